/**
 * The case record (issue 6): opening, exporting and migrating case files, the stored-case list and
 * its operations, the chronology and handover views, and the two-tab guard. Pure TypeScript: no
 * React; Storage and BroadcastChannel are passed in.
 */
export { CURRENT_VERSIONS, MAX_CASE_FILE_CHARS, parseCaseFile } from './importCase';
export type { ParseResult } from './importCase';
export { exportCaseFile, exportFileName, rawExportFileName, rawLogExport } from './exportCase';
export { changelog, compareVersions, migrateCase } from './migrate';
export type { Changelog } from './migrate';
export {
  MAX_REFERENCE_LENGTH,
  checkReference,
  clearAllCases,
  deleteStoredCase,
  importIntoStorage,
  listStoredCases,
  openStoredCase,
  readStoredText,
  renameCase,
  summariseCase,
} from './caseList';
export type { CaseList, CaseSummary, ImportResult, ListedCase, OpenResult, StoreFault, StoreFaultCode, StoreResult, UnreadableCase } from './caseList';
export { chronology, handoverSummary } from './chronology';
export type { ChronologyItem, ChronologyStatus, HandoverContact, HandoverSummary } from './chronology';
export { CHANNEL_NAME, CaseTab, browserChannel, saveGuarded, stampOf, stampOfText } from './twoTabs';
export type {
  CaseTabOptions,
  ChannelFactory,
  ChannelLike,
  ConflictFault,
  ConflictReason,
  GuardedSaveResult,
  Stamp,
  TabChoice,
  TabConflict,
  TabStatus,
} from './twoTabs';
export type { ImportError, ImportErrorCode, KnownVersions, MigrationNotice } from './types';
