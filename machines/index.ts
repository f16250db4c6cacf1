/**
 * The public face of machines/: the contract's vocabulary, the case log and its schemas, replay,
 * and the selectors the UI reads. Nothing here knows about React, content or storage.
 */
export * from './ids';
export { z } from './zod';
export { CASE_FORMAT_VERSION, LOG_ENTRY_KINDS, SUPERVISION_DECISIONS, caseEnvelopeSchema, caseFileSchema, logEntrySchema } from './log';
export type { CaseFile, ContactEntry, LogEntry, LogEntryKind, NoteEntry, ReviewEntry, SupervisionDecision, SupervisionEntry } from './log';
export { applyEntry, initialState, replay } from './replay';
export type { CaseState, ReplayError, ReplayResult } from './replay';
export { chronology } from './chronology';
export type { ChronologyItem, ChronologyStatus } from './chronology';
export {
  answersInForce,
  availableEvents,
  caseActions,
  contacts,
  currentPage,
  droppedByBack,
  droppedByChange,
  flags,
  isHighRisk,
  isMultiSelect,
  isOutcome,
  keepTryingCount,
  notes,
  offeredAnswers,
  offeredOnChange,
  othersAtRisk,
  pageKind,
  preselected,
  raisedFrom,
  recommendedRoutes,
  requiresRationale,
  reviewDate,
  reviewPeriodOn,
  visitedPages,
  raisedFlags,
  globalActionsOffered,
  pageShows,
  sarToConsider,
  escalationLevelsReached,
  lastSeenAlone,
  pageMoves,
  rationaleOn,
  decisionsWithoutRationale,
} from './selectors';
export type { RaisedFlag } from './selectors';
export { changeQuestionOn, questionOn } from './questionView';
export type { QuestionView } from './questionView';
export type { PagePart, PageMeta } from './setup';
export { contactContradictions, contactThreads, contactsInForce } from './contacts';
export type { ContactThread, Contradiction } from './contacts';
export { caseStage, stepStage, STAGE_IDS } from './stages';
export type { StageId } from './stages';
export { ACTION_REFS, OUTCOME_ACTIONS, actionsDone, actionsOutstanding, actionsThatApply } from './actions';
export type { ActionRef } from './actions';
export { disagreementOnRecord, escalationLevels, levelStatus, needsDisagreementDetails, needsReviewDate, workingDaysAfter } from './ladder';
export type { LevelOnRecord, LevelStatus } from './ladder';
// The manager's flags (machines/flags.ts) are imported from their module, not from here: none of them is in the practitioner's first load.
export { globalEventsOn } from './availability';
export { pathwayMachine } from './pathway';
export type { PathwayMachine } from './pathway';
export {
  HIGH_RISK_RULE_IDS,
  KEEP_TRYING_LIMIT,
  NEVER_RULE_IDS,
  WITHHOLDING_RULE_IDS,
} from './rules';
export type { HighRiskRuleId, NeverRuleId, PathwayRuleId, WithholdingRuleId } from './rules';
export type { AnswerEvent, Answers, PathwayContext, PathwayEvent } from './types';
