/**
 * The public face of machines/: the contract's vocabulary, the case log and its schemas, replay,
 * and the selectors the UI reads. Nothing here knows about React, content or storage.
 */
export * from './ids';
export { z } from './zod';
export { CASE_FORMAT_VERSION, LOG_ENTRY_KINDS, caseEnvelopeSchema, caseFileSchema, logEntrySchema } from './log';
export type { CaseFile, ContactEntry, LogEntry, LogEntryKind, NoteEntry, ReviewEntry } from './log';
export { applyEntry, initialState, replay } from './replay';
export type { CaseState, ReplayError, ReplayResult } from './replay';
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
  rulesFor,
  visitedPages,
} from './selectors';
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
