/**
 * Phase 4, legal options: the routes that apply, the action agreed with whoever decides it, or
 * respect for a choice made alone and freely (steps 24-26).
 */
import { and } from 'xstate';
import { answered, globalTransitions, pushReturn } from '../chart';
import { pathwaySetup } from '../setup';

const { createStateConfig } = pathwaySetup;

export const legalOptionsStates = {
  legalOptions: createStateConfig({
    tags: ['guidance'],
    meta: { shows: ['routes'] },
    description: 'Always shown: the routes that apply with their tests, or that none applies; not intervening is an option considered.',
    on: {
      answer: [
        {
          guard: and([answered('legalOptions', 'done'), 'anyRouteApplies']),
          target: 'legalAdvice',
          actions: 'recordAnswer',
          description: 'At least one protective route applies: agree the action with whoever decides it.',
        },
        {
          guard: and([answered('legalOptions', 'done'), 'spokeFreelyWhenSeenAlone']),
          target: 'respectAutonomy',
          actions: 'recordAnswer',
          description: 'No route applies and the adult chose alone and freely: respect the choice.',
        },
        { guard: answered('legalOptions', 'done'), target: 'reviewAndMonitor', actions: 'recordAnswer' },
      ],
      ...globalTransitions('legalOptions'),
    },
  }),
  legalAdvice: createStateConfig({
    tags: ['question'],
    description: 'Legal services, the AMHP service or the police decide the action; a dispute is escalated.',
    on: {
      answer: [
        { guard: answered('legalAdvice', 'action-agreed'), target: 'protectiveAction', actions: 'recordAnswer' },
        { guard: answered('legalAdvice', 'not-yet'), target: 'reviewAndMonitor', actions: 'recordAnswer' },
        {
          guard: answered('legalAdvice', 'disputed'),
          target: 'escalatePractitioners',
          actions: ['recordAnswer', pushReturn('legalAdvice')],
          description: 'A dispute goes up the escalation ladder, which returns here when resolved.',
        },
      ],
      ...globalTransitions('legalAdvice'),
    },
  }),
  respectAutonomy: createStateConfig({
    tags: ['guidance'],
    description: 'Seen alone, spoke freely, no route applies: respect the choice, keep in touch, set a review.',
    on: {
      answer: [{ guard: answered('respectAutonomy', 'done'), target: 'autonomyRespected', actions: 'recordAnswer' }],
      ...globalTransitions('respectAutonomy'),
    },
  }),
};
