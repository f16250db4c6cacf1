import type { CaseFile } from '../../machines';
import { safeLocalStorage } from '../settings';

/**
 * Cases live in this browser's localStorage, one key per case, and nowhere else. The
 * record (src/record/) reads, lists, imports and guards them; this file holds the key
 * scheme and the plain writes they share.
 */
const PREFIX = 'seen-alone:case:';

export interface CaseRecord {
  id: string;
  file: CaseFile;
}

export type SaveResult = { ok: true } | { ok: false; fault: 'unavailable' | 'full' };

export function caseKey(id: string): string {
  return `${PREFIX}${id}`;
}

export function newCaseId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function saveCase(record: CaseRecord, storage: Storage | undefined = safeLocalStorage()): SaveResult {
  if (!storage) return { ok: false, fault: 'unavailable' };
  try {
    storage.setItem(caseKey(record.id), JSON.stringify(record.file));
    return { ok: true };
  } catch (error) {
    return { ok: false, fault: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

export function deleteCase(id: string, storage: Storage | undefined = safeLocalStorage()): boolean {
  try {
    storage?.removeItem(caseKey(id));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Browsers name a full storage differently; code 22 is the old WebKit way. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}
