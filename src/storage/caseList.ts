/**
 * The cases stored on this device: a summary of each for the start page, and a stored case
 * opened. One unreadable case never hides or harms the others: it is listed apart, with why.
 *
 * Stored cases are read through `parseCaseFile`, the same door as an imported file, so a case
 * saved by an earlier version opens migrated, with its notices. The changes to the list (rename,
 * delete, clear all, import) are in caseChanges.ts.
 */
import type { CaseState } from '../../machines';
import { parseCaseFile, summariseCase } from '../casefile';
import type { CaseSummary, ImportError, ImportErrorCode, MigrationNotice, RecordMessage } from '../casefile';
import { corruptFault, readStored, storeFault, storedIds } from './store';
import type { CaseRecord, StoreFault } from './store';

export interface ListedCase {
  readonly id: string;
  readonly summary: CaseSummary;
  /** What changed since the version it was saved with (shown when it opens); empty when current. */
  readonly notices: readonly MigrationNotice[];
}

export interface UnreadableCase {
  readonly id: string;
  readonly code: ImportErrorCode;
  readonly reason: RecordMessage;
}

export interface CaseList {
  /** Most recently changed first. */
  readonly cases: ListedCase[];
  /** Stored cases that cannot be opened: listed so they can be exported raw or deleted. */
  readonly unreadable: UnreadableCase[];
  /** Set when storage itself cannot be read; the lists are then empty. */
  readonly fault?: StoreFault;
}

/** Every stored case: a summary of each readable one, and why each other one cannot be opened. */
export function listStoredCases(storage: Storage | undefined, now: Date = new Date()): CaseList {
  if (storage === undefined) return { cases: [], unreadable: [], fault: storeFault('unavailable') };
  const ids = storedIds(storage);
  if (ids === undefined) return { cases: [], unreadable: [], fault: storeFault('unavailable') };
  const cases: ListedCase[] = [];
  const unreadable: UnreadableCase[] = [];
  for (const id of ids) {
    const read = readStored(storage, id);
    if (!read.ok) {
      if (read.fault.code === 'missing') continue; // deleted by another tab while listing
      return { cases: [], unreadable: [], fault: read.fault };
    }
    const parsed = parseCaseFile(read.text);
    if (parsed.ok) cases.push({ id, summary: summariseCase(parsed.file, now, parsed.state), notices: parsed.notices });
    else unreadable.push({ id, code: parsed.error.code, reason: corruptFault(parsed.error).message });
  }
  cases.sort((a, b) => (a.summary.lastChange < b.summary.lastChange ? 1 : a.summary.lastChange > b.summary.lastChange ? -1 : 0));
  return { cases, unreadable };
}

export type OpenResult =
  | {
      ok: true;
      record: CaseRecord;
      notices: readonly MigrationNotice[];
      state: CaseState;
      /** The text as stored: what a later save compares against (saveGuard.ts). */
      storedText: string;
    }
  | {
      ok: false;
      fault: StoreFault;
      /** The stored text of a case that cannot be opened, for `rawLogExport`. */
      raw?: string;
      error?: ImportError;
    };

/** Opens a stored case: migrated and replayed, or the fault, with the raw text when there is one. */
export function openStoredCase(storage: Storage | undefined, id: string): OpenResult {
  const read = readStored(storage, id);
  if (!read.ok) return read;
  const parsed = parseCaseFile(read.text);
  if (!parsed.ok) return { ok: false, fault: corruptFault(parsed.error), raw: read.text, error: parsed.error };
  return { ok: true, record: { id, file: parsed.file }, notices: parsed.notices, state: parsed.state, storedText: read.text };
}
