/**
 * Everything that touches the browser's storage: the store (keys, quota, faults), the case list
 * and its changes, the two-tab save guard and tab claim, and the session hook. The case file's
 * pure code is src/casefile/.
 */
export { safeLocalStorage, safeSessionStorage } from './browserStorage';
export { caseKey, corruptFault, deleteStoredCase, isQuotaError, newCaseId, readStored, saveCase, storeFault, storedIds } from './store';
export type { CaseRecord, StoreFault, StoreFaultCode, StoreResult } from './store';
export { listStoredCases, openStoredCase } from './caseList';
export type { CaseList, ListedCase, OpenResult, UnreadableCase } from './caseList';
export { clearAllCases, importIntoStorage, renameCase } from './caseChanges';
export type { ImportResult } from './caseChanges';
export { MAX_LABEL_LENGTH, checkLabel, loadDeviceLabel, saveDeviceLabel } from './deviceLabel';
export type { LabelCheck } from './deviceLabel';
export { applyMerge, applyNewImport, planImport } from './caseMerge';
export type { ImportPlan, MergeWriteResult } from './caseMerge';
export { conflictFault, saveGuarded, stampOf, stampOfText } from './saveGuard';
export type { ConflictFault, ConflictReason, GuardedSaveResult, Stamp } from './saveGuard';
export { CHANNEL_NAME, CaseTab, browserChannel } from './tabClaim';
export type { CaseTabOptions, ChannelFactory, ChannelLike, TabChoice, TabConflict, TabMessage, TabStatus } from './tabClaim';
export { openCaseId, rememberOpenCase, useCaseSession } from './useCaseSession';
export type { CaseSession, OpenCase } from './useCaseSession';
