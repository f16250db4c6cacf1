/**
 * Phase 2, the risk discussion: not seen alone, the council weighs the refusal and the risks of
 * intervening; high risk needs a multi-agency meeting before deciding not to (steps 15-17) [R17][R74].
 */
import { and } from 'xstate';
import { answered, globalTransitions } from '../chart';
import { pathwaySetup } from '../setup';

const { createStateConfig } = pathwaySetup;

export const riskDiscussionStates = {
  refusalUnreasonable: createStateConfig({
    tags: ['question'],
    description: 'SCIE\'s test: is the third party\'s refusal of access unreasonable? Decided with a rationale.',
    on: {
      answer: [
        { guard: answered('refusalUnreasonable', 'yes'), target: 'interventionJustified', actions: 'recordAnswer' },
        {
          guard: and([answered('refusalUnreasonable', 'no'), 'isHighRisk']),
          target: 'riskMeeting',
          actions: 'recordAnswer',
          description: 'High risk: not intervening needs a multi-agency risk meeting first.',
        },
        { guard: answered('refusalUnreasonable', 'no'), target: 'reviewAndMonitor', actions: 'recordAnswer' },
      ],
      ...globalTransitions('refusalUnreasonable'),
    },
  }),
  interventionJustified: createStateConfig({
    tags: ['question'],
    description: 'Weighing the risks of intervening against those of not intervening, with a rationale.',
    on: {
      answer: [
        { guard: answered('interventionJustified', 'yes'), target: 'capacity', actions: 'recordAnswer' },
        {
          guard: and([answered('interventionJustified', 'no'), 'isHighRisk']),
          target: 'riskMeeting',
          actions: 'recordAnswer',
          description: 'High risk: not intervening needs a multi-agency risk meeting first.',
        },
        { guard: answered('interventionJustified', 'no'), target: 'reviewAndMonitor', actions: 'recordAnswer' },
      ],
      ...globalTransitions('interventionJustified'),
    },
  }),
  riskMeeting: createStateConfig({
    tags: ['question'],
    description: 'High risk and a decision not to intervene: a multi-agency meeting with senior sign-off decides.',
    on: {
      answer: [
        { guard: answered('riskMeeting', 'intervene'), target: 'capacity', actions: 'recordAnswer' },
        { guard: answered('riskMeeting', 'review-and-monitor'), target: 'reviewAndMonitor', actions: 'recordAnswer' },
      ],
      ...globalTransitions('riskMeeting'),
    },
  }),
};
