/**
 * Phase 5, escalation and emergency: the ladder a professional disagreement climbs, and the
 * emergency step. Both remember where they were raised and return there (pathway.md, "Global
 * events" and "Escalation ladder") [R9][R10][R75][R22].
 */
import { and } from 'xstate';
import { EMERGENCY_RETURN_PAGES, LADDER_RETURN_PAGES } from '../availability';
import { answered, globalTransitions, returnsTo } from '../chart';
import type { EscalationStepId } from '../ids';
import { pathwaySetup } from '../setup';

const { createStateConfig } = pathwaySetup;

/** `resolved` at any level goes back to the page where the disagreement was raised. */
const resolvedReturns = (level: EscalationStepId) =>
  LADDER_RETURN_PAGES.map((page) => ({
    guard: and([answered(level, 'resolved'), returnsTo(page)]),
    target: page,
    actions: ['recordAnswer', 'popReturn'] as const,
    description: 'Resolved: back to the page where the disagreement was raised.',
  }));

export const escalationStates = {
  escalatePractitioners: createStateConfig({
    tags: ['question'],
    description: 'Practitioner to practitioner: the first level of a professional disagreement.',
    on: {
      answer: [
        ...resolvedReturns('escalatePractitioners'),
        { guard: answered('escalatePractitioners', 'not-resolved'), target: 'escalateManagers', actions: 'recordAnswer' },
      ],
      ...globalTransitions('escalatePractitioners'),
    },
  }),
  escalateManagers: createStateConfig({
    tags: ['question'],
    description: 'Line managers: the second level of a professional disagreement.',
    on: {
      answer: [
        ...resolvedReturns('escalateManagers'),
        { guard: answered('escalateManagers', 'not-resolved'), target: 'escalateLeads', actions: 'recordAnswer' },
      ],
      ...globalTransitions('escalateManagers'),
    },
  }),
  escalateLeads: createStateConfig({
    tags: ['question'],
    description: 'Agency safeguarding leads: the third level of a professional disagreement.',
    on: {
      answer: [
        ...resolvedReturns('escalateLeads'),
        { guard: answered('escalateLeads', 'not-resolved'), target: 'escalateBoard', actions: 'recordAnswer' },
      ],
      ...globalTransitions('escalateLeads'),
    },
  }),
  escalateBoard: createStateConfig({
    tags: ['question'],
    description: 'The Safeguarding Adults Board: the last level, which may also decide a SAR referral [R12][R59].',
    on: {
      answer: [
        ...resolvedReturns('escalateBoard'),
        {
          guard: answered('escalateBoard', 'not-resolved'),
          target: 'escalatedToBoard',
          actions: ['recordAnswer', 'clearReturns'],
        },
        {
          guard: answered('escalateBoard', 'sar-criteria-met'),
          target: 'sarReferral',
          actions: ['recordAnswer', 'clearReturns'],
        },
      ],
      ...globalTransitions('escalateBoard'),
    },
  }),
  emergency: createStateConfig({
    tags: ['question'],
    meta: { shows: ['call-999'] },
    description: 'Someone is in immediate danger: 999, police powers of entry, an urgent court application; then back.',
    on: {
      answer: [
        {
          guard: answered('emergency', 'services-dealing'),
          target: 'emergencyServices',
          actions: ['recordAnswer', 'clearReturns'],
        },
        ...EMERGENCY_RETURN_PAGES.map((page) => ({
          guard: and([answered('emergency', 'continue-pathway'), returnsTo(page)]),
          target: page,
          actions: ['recordAnswer', 'popReturn'] as const,
          description: 'Continue: back to where the emergency was raised (careNeeds after immediateDanger).',
        })),
      ],
      ...globalTransitions('emergency'),
    },
  }),
};
