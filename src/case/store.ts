import { caseFileSchema, type CaseFile } from '../../machines';
import { safeLocalStorage } from '../settings';

/**
 * Cases live in this browser's localStorage, one key per case, and nowhere else.
 * Every read is checked by the case-file schema; a corrupt entry is reported, never
 * thrown, and never overwritten by a read.
 */
const PREFIX = 'seen-alone:case:';

export type StoreFault = 'unavailable' | 'full' | 'corrupt' | 'missing';

export interface CaseRecord {
  id: string;
  file: CaseFile;
}

export type LoadResult = { ok: true; record: CaseRecord } | { ok: false; fault: StoreFault; id: string };
export type SaveResult = { ok: true } | { ok: false; fault: 'unavailable' | 'full' };

export function caseKey(id: string): string {
  return `${PREFIX}${id}`;
}

export function newCaseId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function listCaseIds(storage: Storage | undefined = safeLocalStorage()): string[] {
  if (!storage) return [];
  const ids: string[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
    }
  } catch {
    return [];
  }
  return ids.sort();
}

export function loadCase(id: string, storage: Storage | undefined = safeLocalStorage()): LoadResult {
  if (!storage) return { ok: false, fault: 'unavailable', id };
  let raw: string | null;
  try {
    raw = storage.getItem(caseKey(id));
  } catch {
    return { ok: false, fault: 'unavailable', id };
  }
  if (raw === null) return { ok: false, fault: 'missing', id };
  try {
    const parsed = caseFileSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ok: true, record: { id, file: parsed.data } } : { ok: false, fault: 'corrupt', id };
  } catch {
    return { ok: false, fault: 'corrupt', id };
  }
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

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}
