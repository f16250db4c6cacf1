/**
 * The case file, as pure code: open (parse, migrate, check, replay), export, describe a fault,
 * the start page's summary and the handover view. No React, no browser storage: src/storage/
 * keeps cases on the device, and machines/ holds the chronology beside the selectors.
 */
export { CURRENT_VERSIONS, MAX_CASE_FILE_CHARS, RAW_EXPORT_MARK, parseCaseFile } from './open';
export type { ParseResult } from './open';
export { exportCaseFile, exportFileName, rawExportFileName, rawLogExport } from './export';
export { changelog, compareVersions, migrateCase } from './migrate';
export type { Changelog } from './migrate';
export { handoverSummary } from './handover';
export type { HandoverContact, HandoverSummary } from './handover';
export { summariseCase } from './summary';
export type { CaseSummary } from './summary';
export { MAX_REFERENCE_LENGTH, checkReference } from './reference';
export type { ReferenceCheck } from './reference';
export { newCaseFile, stampEntry } from './newCase';
export { legacyCaseId, newId, positionId } from './ids';
export { compareCopies } from './compare';
export type { CaseComparison } from './compare';
export { mergeCopies } from './merge';
export type { MergeEntryRef, MergeResult } from './merge';
export type { NewEntry } from './newCase';
export { RECORD_CODES, isRecordMessage, message } from './messages';
export type { MessageParam, RecordCode, RecordMessage } from './messages';
export { isRecord } from './isRecord';
export { TOP_OF_FILE } from './types';
export type { ChangelogLine, ImportError, ImportErrorCode, KnownVersions, MigrationNotice } from './types';
