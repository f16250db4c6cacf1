/**
 * Phase 3, capacity and influence: capacity, advocacy, coercion, mental disorder, forced marriage
 * and crime, whose answers decide the protective routes (steps 18-23).
 */
import { answered, globalTransitions } from '../chart';
import { pathwaySetup } from '../setup';

const { createStateConfig } = pathwaySetup;

export const capacityAndInfluenceStates = {
  capacity: createStateConfig({
    tags: ['question'],
    description: 'Reason to believe the adult lacks capacity opens the MCA; apparent capacity points to the inherent jurisdiction.',
    on: {
      answer: [
        {
          guard: answered('capacity', 'reason-to-believe-lacks', 'appears-to-have'),
          target: 'advocacy',
          actions: 'recordAnswer',
        },
      ],
      ...globalTransitions('capacity'),
    },
  }),
  advocacy: createStateConfig({
    tags: ['question'],
    description: 'An adult with substantial difficulty and no appropriate person needs an advocate (s.68, IMCA).',
    on: {
      answer: [
        {
          guard: answered('advocacy', 'advocate-arranged', 'advocate-needed', 'appropriate-person', 'not-needed'),
          target: 'coercion',
          actions: 'recordAnswer',
        },
      ],
      ...globalTransitions('advocacy'),
    },
  }),
  coercion: createStateConfig({
    tags: ['question'],
    description: 'Coercion, undue influence or constraint decides the inherent jurisdiction and domestic-abuse routes.',
    on: {
      answer: [{ guard: answered('coercion', 'yes', 'unsure', 'no'), target: 'mentalDisorder', actions: 'recordAnswer' }],
      ...globalTransitions('coercion'),
    },
  }),
  mentalDisorder: createStateConfig({
    tags: ['question'],
    description: 'A suspected mental disorder with ill-treatment or neglect opens the Mental Health Act route.',
    on: {
      answer: [{ guard: answered('mentalDisorder', 'yes', 'no'), target: 'forcedMarriage', actions: 'recordAnswer' }],
      ...globalTransitions('mentalDisorder'),
    },
  }),
  forcedMarriage: createStateConfig({
    tags: ['question'],
    description: 'A risk of forced marriage opens a protection order and the police (forcing a marriage is an offence).',
    on: {
      answer: [{ guard: answered('forcedMarriage', 'yes', 'no'), target: 'crime', actions: 'recordAnswer' }],
      ...globalTransitions('forcedMarriage'),
    },
  }),
  crime: createStateConfig({
    tags: ['question'],
    description: 'A suspected crime goes to the police.',
    on: {
      answer: [{ guard: answered('crime', 'yes', 'no'), target: 'legalOptions', actions: 'recordAnswer' }],
      ...globalTransitions('crime'),
    },
  }),
};
