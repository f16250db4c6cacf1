/**
 * Changes to the cases stored on this device: rename, delete, clear all, import. Each touches only
 * the case it names, reports a storage fault as a value (never by throwing), and leaves storage as
 * it was when it fails.
 */
import type { CaseFile } from '../../machines';
import { checkReference, parseCaseFile } from '../casefile';
import type { ImportError, MigrationNotice } from '../casefile';
import { caseKey, corruptFault, newCaseId, readStored, saveCase, storeFault, storedIds, writeStored } from './store';
import type { StoreFault, StoreResult } from './store';

export { deleteStoredCase } from './store';

/**
 * Renames a stored case. The reference is part of the file's envelope, not of its log, so this
 * edits no entry; only `reference` changes in the stored text, which is otherwise kept as it is
 * (a case saved by an earlier version stays in that version until it is next saved).
 */
export function renameCase(
  storage: Storage | undefined,
  id: string,
  reference: string,
): StoreResult | { ok: false; reference: 'empty' | 'too-long' } {
  const checked = checkReference(reference);
  if (!checked.ok) return { ok: false, reference: checked.problem };
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  const read = readStored(storage, id);
  if (!read.ok) return read;
  const parsed = parseCaseFile(read.text);
  if (!parsed.ok) return { ok: false, fault: corruptFault(parsed.error) };
  // parseCaseFile has just read this text as a JSON object.
  const stored = JSON.parse(read.text) as Record<string, unknown>;
  stored.reference = checked.reference;
  return writeStored(storage, id, JSON.stringify(stored));
}

/** Deletes every stored case, and nothing else this site keeps (settings stay). */
export function clearAllCases(storage: Storage | undefined): { ok: true; removed: number } | { ok: false; fault: StoreFault } {
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  const ids = storedIds(storage);
  if (ids === undefined) return { ok: false, fault: storeFault('unavailable') };
  try {
    for (const id of ids) storage.removeItem(caseKey(id));
    return { ok: true, removed: ids.length };
  } catch {
    return { ok: false, fault: storeFault('unavailable') };
  }
}

export type ImportResult =
  | {
      ok: true;
      id: string;
      file: CaseFile;
      notices: readonly MigrationNotice[];
      /** Ids of cases already stored with the same reference and creation time: the same case, imported before. */
      sameAs: string[];
    }
  | { ok: false; problem: 'file'; error: ImportError }
  | { ok: false; problem: 'storage'; fault: StoreFault };

/** Whether a stored text is a case with this reference and creation time (the rest unchecked). */
const isSameCase = (text: string, file: CaseFile): boolean => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    return Object.hasOwn(value, 'reference') && Object.hasOwn(value, 'createdAt') &&
      (value as Record<string, unknown>).reference === file.reference &&
      (value as Record<string, unknown>).createdAt === file.createdAt;
  } catch {
    return false;
  }
};

/**
 * Imports a case file into storage under a new id, only when the file opens; otherwise storage is
 * left exactly as it was (nothing is written, renamed or removed). The case is stored migrated, in
 * the current version; the notices are returned to be shown now.
 */
export function importIntoStorage(
  storage: Storage | undefined,
  text: string,
  newId: () => string = newCaseId,
): ImportResult {
  const parsed = parseCaseFile(text);
  if (!parsed.ok) return { ok: false, problem: 'file', error: parsed.error };
  if (storage === undefined) return { ok: false, problem: 'storage', fault: storeFault('unavailable') };
  const ids = storedIds(storage);
  if (ids === undefined) return { ok: false, problem: 'storage', fault: storeFault('unavailable') };

  let id = newId();
  // A fresh id is random; this only makes sure that no chance collision overwrites a case.
  for (let tries = 0; ids.includes(id) && tries < 5; tries++) id = newId();
  if (ids.includes(id)) return { ok: false, problem: 'storage', fault: storeFault('unavailable') };

  const sameAs: string[] = [];
  for (const other of ids) {
    const read = readStored(storage, other);
    if (read.ok && isSameCase(read.text, parsed.file)) sameAs.push(other);
  }

  const saved = saveCase({ id, file: parsed.file }, storage);
  if (!saved.ok) return { ok: false, problem: 'storage', fault: saved.fault };
  return { ok: true, id, file: parsed.file, notices: parsed.notices, sameAs };
}
