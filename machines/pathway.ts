/**
 * The pathway statechart: one machine, its states the contract's steps and outcomes, assembled
 * from the phase modules in machines/phases/. State ids are step and outcome ids.
 */
import { pathwaySetup } from './setup';
import { accessStates } from './phases/access';
import { capacityAndInfluenceStates } from './phases/capacityAndInfluence';
import { escalationStates } from './phases/escalation';
import { legalOptionsStates } from './phases/legalOptions';
import { outcomeStates } from './phases/outcomes';
import { riskDiscussionStates } from './phases/riskDiscussion';

export const pathwayMachine = pathwaySetup.createMachine({
  id: 'pathway',
  description: 'Adult cannot be seen alone: the decision pathway of pathway.md, version 1.',
  context: { answers: {}, keepTrying: 0, crimeSuspected: false, referForReview: false, returnTo: [] },
  initial: 'jurisdiction',
  states: {
    ...accessStates,
    ...riskDiscussionStates,
    ...capacityAndInfluenceStates,
    ...legalOptionsStates,
    ...escalationStates,
    ...outcomeStates,
  },
});

export type PathwayMachine = typeof pathwayMachine;
