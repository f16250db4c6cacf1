/**
 * Importing a file for a case already on this device (issue 15, point 7): never a second copy. The
 * import is planned first (what the file is to this device), shown to the practitioner, and only
 * then carried out; carrying it out checks that the stored case has not changed since the plan.
 *
 * - a case not on the device: imported as a new case, as before (caseChanges.ts);
 * - the same case (same case id): the entries the stored copy lacks are appended after it
 *   (src/casefile/merge.ts), or, where that would not replay, nothing changes and the plan says why;
 * - a different case whose reference is already used here: asked before importing.
 */
import type { CaseFile, LogEntry } from '../../machines';
import { mergeCopies, parseCaseFile } from '../casefile';
import type { ImportError, MergeResult, MigrationNotice } from '../casefile';
import { importIntoStorage, type ImportResult } from './caseChanges';
import { readStored, storeFault, storedIds, writeStored } from './store';
import type { StoreFault } from './store';

export type ImportPlan =
  | { readonly kind: 'new'; readonly text: string; readonly file: CaseFile; readonly notices: readonly MigrationNotice[] }
  /** Another case on this device already has this reference: ask before importing it as a new case. */
  | { readonly kind: 'reference-taken'; readonly text: string; readonly file: CaseFile; readonly notices: readonly MigrationNotice[]; readonly otherId: string }
  /** The same case is stored: the merge, to show before it is made. */
  | {
      readonly kind: 'same-case';
      readonly storedId: string;
      /** The stored text the plan was made from: the merge is written only over this text. */
      readonly storedText: string;
      readonly stored: CaseFile;
      readonly file: CaseFile;
      readonly merge: MergeResult;
    }
  | { readonly kind: 'file-fault'; readonly error: ImportError }
  | { readonly kind: 'storage-fault'; readonly fault: StoreFault };

/** What this device makes of a file: nothing is written. */
export function planImport(storage: Storage | undefined, text: string): ImportPlan {
  const parsed = parseCaseFile(text);
  if (!parsed.ok) return { kind: 'file-fault', error: parsed.error };
  if (storage === undefined) return { kind: 'storage-fault', fault: storeFault('unavailable') };
  const ids = storedIds(storage);
  if (ids === undefined) return { kind: 'storage-fault', fault: storeFault('unavailable') };
  let sameReference: string | undefined;
  for (const id of ids) {
    const read = readStored(storage, id);
    if (!read.ok) continue;
    const stored = parseCaseFile(read.text);
    // A stored case that cannot be read is listed apart on the start page; it is no merge target.
    if (!stored.ok) continue;
    if (stored.file.caseId === parsed.file.caseId) {
      return { kind: 'same-case', storedId: id, storedText: read.text, stored: stored.file, file: parsed.file, merge: mergeCopies(stored.file, parsed.file) };
    }
    if (stored.file.reference === parsed.file.reference) sameReference ??= id;
  }
  if (sameReference !== undefined) return { kind: 'reference-taken', text, file: parsed.file, notices: parsed.notices, otherId: sameReference };
  return { kind: 'new', text, file: parsed.file, notices: parsed.notices };
}

export type MergeWriteResult =
  | { ok: true; id: string; added: readonly LogEntry[] }
  /** The stored case changed (another tab) since the plan was shown: plan again. */
  | { ok: false; problem: 'changed' }
  | { ok: false; problem: 'no-merge' }
  | { ok: false; problem: 'storage'; fault: StoreFault };

/** Writes a planned merge: only when it replays, and only over the stored text it was planned from. */
export function applyMerge(storage: Storage | undefined, plan: Extract<ImportPlan, { kind: 'same-case' }>): MergeWriteResult {
  if (!plan.merge.ok || plan.merge.change !== 'append') return { ok: false, problem: 'no-merge' };
  const read = readStored(storage, plan.storedId);
  if (!read.ok) return { ok: false, problem: 'storage', fault: read.fault };
  if (read.text !== plan.storedText) return { ok: false, problem: 'changed' };
  const written = writeStored(storage, plan.storedId, JSON.stringify(plan.merge.merged));
  return written.ok ? { ok: true, id: plan.storedId, added: plan.merge.added } : { ok: false, problem: 'storage', fault: written.fault };
}

/** Imports a planned new case (or one whose reference is taken, once the practitioner has said so). */
export function applyNewImport(storage: Storage | undefined, plan: Extract<ImportPlan, { kind: 'new' | 'reference-taken' }>): ImportResult {
  return importIntoStorage(storage, plan.text);
}
