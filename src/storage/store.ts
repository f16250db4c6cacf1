/**
 * Cases live in this browser's localStorage, one key per case, `seen-alone:case:<id>`, holding
 * the case file's JSON, and nowhere else. This file holds the key scheme, the storage faults, and
 * the plain reads and writes the case list, the save guard and the session share: one write and
 * one delete for every caller. Every fault is a value, never a throw.
 */
import type { CaseFile } from '../../machines';
import { message, type RecordMessage } from '../casefile';
import type { ImportError } from '../casefile';

const PREFIX = 'seen-alone:case:';

export interface CaseRecord {
  id: string;
  file: CaseFile;
}

export function caseKey(id: string): string {
  return `${PREFIX}${id}`;
}

/** A new storage key's id (the key of a case on this device, not the case's own id). */
export { newId as newCaseId } from '../casefile';

// -- faults ------------------------------------------------------------------------------------

export type StoreFaultCode = 'unavailable' | 'full' | 'corrupt' | 'missing' | 'conflict';

/** A storage fault as the page shows it: its code, and its message (record.json `store.*`). */
export interface StoreFault {
  readonly code: StoreFaultCode;
  readonly message: RecordMessage;
}

export const storeFault = (code: 'unavailable' | 'full' | 'missing'): StoreFault => ({ code, message: message(`store.${code}`) });

/** A stored case that cannot be opened, with the reason from the file check. */
export const corruptFault = (error: ImportError): StoreFault => {
  // Storage has not changed, and the message says so itself: the reason goes without that line.
  const reason = error.message.code === 'import.unchanged' ? (error.message.params?.reason ?? error.message) : error.message;
  return { code: 'corrupt', message: message('store.corrupt', { reason }) };
};

export type StoreResult = { ok: true } | { ok: false; fault: StoreFault };

/** Browsers name a full storage differently; code 22 is the old WebKit way. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

// -- reads -------------------------------------------------------------------------------------

/** The ids of every stored case, sorted, or undefined when storage cannot be read. */
export function storedIds(storage: Storage): string[] | undefined {
  try {
    const ids: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
    }
    return ids.sort();
  } catch {
    return undefined;
  }
}

export type StoredText = { ok: true; text: string } | { ok: false; fault: StoreFault };

/** The stored text of a case, whatever state it is in. */
export function readStored(storage: Storage | undefined, id: string): StoredText {
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  try {
    const text = storage.getItem(caseKey(id));
    return text === null ? { ok: false, fault: storeFault('missing') } : { ok: true, text };
  } catch {
    return { ok: false, fault: storeFault('unavailable') };
  }
}

// -- writes ------------------------------------------------------------------------------------

/** Writes `text` as case `id`'s stored text: the one write every save goes through. */
export function writeStored(storage: Storage | undefined, id: string, text: string): StoreResult {
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  try {
    storage.setItem(caseKey(id), text);
    return { ok: true };
  } catch (error) {
    return { ok: false, fault: storeFault(isQuotaError(error) ? 'full' : 'unavailable') };
  }
}

/** Saves a case as it is, unguarded: for a case under a new id (an import). Sessions save through saveGuard.ts. */
export function saveCase(record: CaseRecord, storage: Storage | undefined): StoreResult {
  return writeStored(storage, record.id, JSON.stringify(record.file));
}

/** Deletes one stored case; deleting one that is already gone succeeds. */
export function deleteStoredCase(storage: Storage | undefined, id: string): StoreResult {
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  try {
    storage.removeItem(caseKey(id));
    return { ok: true };
  } catch {
    return { ok: false, fault: storeFault('unavailable') };
  }
}
