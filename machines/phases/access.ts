/**
 * Phase 1, access: where the adult is, who is asking, whether the s.42 duty applies, what stops
 * the practitioner seeing the adult alone, and the attempt to do so (pathway.md steps 1-14).
 */
import { and } from 'xstate';
import { answered, globalTransitions, pushReturn, selected } from '../chart';
import { pathwaySetup } from '../setup';

const { createStateConfig } = pathwaySetup;

export const accessStates = {
  jurisdiction: createStateConfig({
    tags: ['question'],
    description: 's.42 applies to an adult in the council\'s area; Wales has its own Act, so it is settled first.',
    on: {
      answer: [
        { guard: answered('jurisdiction', 'england'), target: 'role', actions: 'recordAnswer' },
        { guard: answered('jurisdiction', 'wales'), target: 'walesProcedures', actions: 'recordAnswer' },
      ],
    },
  }),
  role: createStateConfig({
    tags: ['question'],
    description: 'The council leads s.42 enquiries; a partner agency raises a concern and supports them.',
    on: {
      answer: [
        { guard: answered('role', 'local-authority'), target: 'immediateDanger', actions: 'recordAnswer' },
        { guard: answered('role', 'partner-agency'), target: 'partnerConcern', actions: 'recordAnswer' },
      ],
    },
  }),
  partnerConcern: createStateConfig({
    tags: ['guidance'],
    description: 'A partner agency\'s part: keep the adult safe now, raise a concern, record, do not alert the third party.',
    on: {
      answer: [{ guard: answered('partnerConcern', 'done'), target: 'concernRaised', actions: 'recordAnswer' }],
      ...globalTransitions('partnerConcern'),
    },
  }),
  immediateDanger: createStateConfig({
    tags: ['question'],
    description: 'Immediate danger comes before any enquiry: 999 first, the pathway after.',
    on: {
      answer: [
        {
          guard: answered('immediateDanger', 'yes'),
          target: 'emergency',
          actions: ['recordAnswer', pushReturn('careNeeds')],
          description: 'After the emergency, the pathway goes on at careNeeds.',
        },
        { guard: answered('immediateDanger', 'no'), target: 'careNeeds', actions: 'recordAnswer' },
      ],
      ...globalTransitions('immediateDanger'),
    },
  }),
  careNeeds: createStateConfig({
    tags: ['question'],
    description: 'The first of the three s.42(1) conditions: needs for care and support (unsure = reasonable cause to suspect).',
    on: {
      answer: [
        { guard: answered('careNeeds', 'yes', 'unsure'), target: 'abuseOrNeglect', actions: 'recordAnswer' },
        { guard: answered('careNeeds', 'no'), target: 'notSection42', actions: 'recordAnswer' },
      ],
      ...globalTransitions('careNeeds'),
    },
  }),
  abuseOrNeglect: createStateConfig({
    tags: ['question'],
    description: 'The second s.42(1) condition: experiencing, or at risk of, abuse or neglect.',
    on: {
      answer: [
        { guard: answered('abuseOrNeglect', 'yes', 'unsure'), target: 'unableToProtect', actions: 'recordAnswer' },
        { guard: answered('abuseOrNeglect', 'no'), target: 'notSection42', actions: 'recordAnswer' },
      ],
      ...globalTransitions('abuseOrNeglect'),
    },
  }),
  unableToProtect: createStateConfig({
    tags: ['question'],
    description: 'The third s.42(1) condition: unable to protect themselves because of those needs.',
    on: {
      answer: [
        { guard: answered('unableToProtect', 'yes', 'unsure'), target: 'barrier', actions: 'recordAnswer' },
        { guard: answered('unableToProtect', 'no'), target: 'notSection42', actions: 'recordAnswer' },
      ],
      ...globalTransitions('unableToProtect'),
    },
  }),
  barrier: createStateConfig({
    tags: ['question'],
    description: 'What stops the practitioner seeing the adult alone decides which questions follow.',
    on: {
      answer: [{ guard: selected('barrier'), target: 'thirdParty', actions: 'recordAnswer' }],
      ...globalTransitions('barrier'),
    },
  }),
  thirdParty: createStateConfig({
    tags: ['question'],
    description:
      'Who the third party is decides which domestic-abuse remedies reach them (personally connected, associated through the household, or neither).',
    on: {
      answer: [
        {
          guard: answered('thirdParty', 'partner', 'family-member', 'household-member', 'paid-carer', 'friend-or-neighbour'),
          target: 'riskIndicators',
          actions: 'recordAnswer',
        },
        {
          guard: and([answered('thirdParty', 'none'), 'mayNameNoThirdParty']),
          target: 'riskIndicators',
          actions: 'recordAnswer',
          description: 'Withheld when a third party is the barrier: then there is one.',
        },
      ],
      ...globalTransitions('thirdParty'),
    },
  }),
  riskIndicators: createStateConfig({
    tags: ['question'],
    description: 'What was seen or told sets the risk level that several later rules read.',
    on: {
      answer: [
        {
          guard: and([selected('riskIndicators'), 'noneStandsAlone']),
          target: 'accessAttempt',
          actions: 'recordAnswer',
        },
      ],
      ...globalTransitions('riskIndicators'),
    },
  }),
  accessAttempt: createStateConfig({
    tags: ['question'],
    meta: { shows: ['contact-log'] },
    description: 'The practitioner plans and makes an attempt to see the adult alone; the result decides the route.',
    on: {
      answer: [
        { guard: answered('accessAttempt', 'seen-alone'), target: 'speaksFreely', actions: 'recordAnswer' },
        {
          guard: and([answered('accessAttempt', 'not-seen-alone'), 'adultAloneRefuses']),
          target: 'interventionJustified',
          actions: 'recordAnswer',
          description: 'No third party: the question is the adult\'s own refusal, not a third party\'s.',
        },
        { guard: answered('accessAttempt', 'not-seen-alone'), target: 'refusalUnreasonable', actions: 'recordAnswer' },
        {
          guard: and([answered('accessAttempt', 'keep-trying'), 'mayKeepTrying']),
          target: 'accessAttempt',
          actions: ['recordAnswer', 'countKeepTrying'],
          description: 'Withheld at high risk or after three tries: sustained obstruction needs a decision.',
        },
      ],
      ...globalTransitions('accessAttempt'),
    },
  }),
  speaksFreely: createStateConfig({
    tags: ['question'],
    description: 'Seen alone is not enough: the adult must be able to speak without fear of what follows.',
    on: {
      answer: [{ guard: answered('speaksFreely', 'yes', 'no', 'unsure'), target: 'adultWishes', actions: 'recordAnswer' }],
      ...globalTransitions('speaksFreely'),
    },
  }),
  adultWishes: createStateConfig({
    tags: ['question'],
    description: 'Making Safeguarding Personal: what the adult wants shapes what happens.',
    on: {
      answer: [
        {
          guard: and([answered('adultWishes', 'no-concerns'), 'seenAloneAndSafe']),
          target: 'seenAloneSafe',
          actions: 'recordAnswer',
          description: 'Only when the adult spoke freely and risk is not high.',
        },
        { guard: answered('adultWishes', 'no-concerns'), target: 'capacity', actions: 'recordAnswer' },
        { guard: answered('adultWishes', 'wants-help'), target: 'safeguardingPlan', actions: 'recordAnswer' },
        { guard: answered('adultWishes', 'declines-help'), target: 'capacity', actions: 'recordAnswer' },
      ],
      ...globalTransitions('adultWishes'),
    },
  }),
  safeguardingPlan: createStateConfig({
    tags: ['guidance'],
    meta: { shows: ['routes'] },
    description: 'The adult wants help: agree a plan around the outcomes they want, in their words.',
    on: {
      answer: [{ guard: answered('safeguardingPlan', 'done'), target: 'planAgreed', actions: 'recordAnswer' }],
      ...globalTransitions('safeguardingPlan'),
    },
  }),
};
