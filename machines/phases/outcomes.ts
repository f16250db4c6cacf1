/**
 * The outcomes: where a run of the pathway ends. They are not final states: protection and
 * review go on, so disagreement, an emergency, a review referral and back still work here.
 */
import { globalTransitions } from '../chart';
import { pathwaySetup } from '../setup';

const { createStateConfig } = pathwaySetup;

export const outcomeStates = {
  concernRaised: createStateConfig({
    tags: ['outcome'],
    description: 'A partner agency raised a safeguarding concern with the council, which now leads.',
    on: globalTransitions('concernRaised'),
  }),
  notSection42: createStateConfig({
    tags: ['outcome'],
    description: 'The s.42 duty does not apply on these answers; what still applies is signposted.',
    on: globalTransitions('notSection42'),
  }),
  emergencyServices: createStateConfig({
    tags: ['outcome'],
    description: 'The emergency services are dealing with the immediate danger.',
    on: globalTransitions('emergencyServices'),
  }),
  seenAloneSafe: createStateConfig({
    tags: ['outcome'],
    description: 'Seen alone, spoke freely, no concerns and risk not high.',
    on: globalTransitions('seenAloneSafe'),
  }),
  planAgreed: createStateConfig({
    tags: ['outcome'],
    description: 'The adult wants help and a safeguarding plan is agreed with them.',
    on: globalTransitions('planAgreed'),
  }),
  reviewAndMonitor: createStateConfig({
    tags: ['outcome'],
    description: 'No action now: the case is reviewed and monitored, with the reasons recorded.',
    on: globalTransitions('reviewAndMonitor'),
  }),
  autonomyRespected: createStateConfig({
    tags: ['outcome'],
    description: 'The adult, seen alone and speaking freely, made a choice that is respected.',
    on: globalTransitions('autonomyRespected'),
  }),
  protectiveAction: createStateConfig({
    tags: ['outcome'],
    description: 'A protective or legal action is agreed with whoever decides it.',
    on: globalTransitions('protectiveAction'),
  }),
  escalatedToBoard: createStateConfig({
    tags: ['outcome'],
    description: 'The disagreement was not resolved at any level and rests with the Safeguarding Adults Board.',
    on: globalTransitions('escalatedToBoard'),
  }),
  sarReferral: createStateConfig({
    tags: ['outcome'],
    description: 'The Board found the criteria for a Safeguarding Adults Review met.',
    on: globalTransitions('sarReferral'),
  }),
  walesProcedures: createStateConfig({
    tags: ['outcome'],
    description: 'The adult is in Wales, which has its own Act and procedures.',
    on: globalTransitions('walesProcedures'),
  }),
};
