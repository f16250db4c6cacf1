/**
 * Where a case stands, as a stage of the pathway (issue 11: a status in words, never a question).
 * The stages follow the chart's phases (machines/phases/); an outcome, the emergency step and the
 * escalation ladder are stages of their own.
 */
import type { CaseState } from './caseState';
import { isOutcomeId, type StepId } from './ids';
import { currentPage } from './selectors';

export const STAGE_IDS = ['starting', 'seeing-alone', 'risk', 'capacity', 'legal', 'escalation', 'emergency', 'outcome'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Every step's stage: a step's words are filed and loaded by it too (content/en-GB/steps/<stage>.json). */
const STAGE_OF: Readonly<Record<StepId, StageId>> = {
  jurisdiction: 'starting',
  role: 'starting',
  partnerConcern: 'starting',
  immediateDanger: 'starting',
  careNeeds: 'starting',
  abuseOrNeglect: 'starting',
  unableToProtect: 'starting',
  barrier: 'seeing-alone',
  thirdParty: 'seeing-alone',
  riskIndicators: 'seeing-alone',
  accessAttempt: 'seeing-alone',
  speaksFreely: 'seeing-alone',
  adultWishes: 'seeing-alone',
  safeguardingPlan: 'seeing-alone',
  refusalUnreasonable: 'risk',
  interventionJustified: 'risk',
  riskMeeting: 'risk',
  capacity: 'capacity',
  advocacy: 'capacity',
  coercion: 'capacity',
  mentalDisorder: 'capacity',
  forcedMarriage: 'capacity',
  crime: 'capacity',
  legalOptions: 'legal',
  legalAdvice: 'legal',
  respectAutonomy: 'legal',
  escalatePractitioners: 'escalation',
  escalateManagers: 'escalation',
  escalateLeads: 'escalation',
  escalateBoard: 'escalation',
  emergency: 'emergency',
};

/** The stage the case is at now. */
export const caseStage = (s: CaseState): StageId => {
  const page = currentPage(s);
  return isOutcomeId(page) ? 'outcome' : STAGE_OF[page];
};

/** The stage a step belongs to. */
export const stepStage = (step: StepId): StageId => STAGE_OF[step];
