/**
 * The cases stored on this device (issue 6, parts 1 and 4): a summary of each for the start page,
 * and the operations on them (open, rename, delete, clear all, import). Every operation reports a
 * storage fault (full, unavailable, a corrupt case) as a value with a message, never by throwing,
 * and touches only the case it names: one unreadable case never hides or harms the others.
 *
 * Storage is the lead's scheme (src/case/store.ts): one key per case, `seen-alone:case:<id>`,
 * holding the case file's JSON. Stored cases are read through `parseCaseFile`, the same door as
 * an imported file, so a case saved by an earlier version opens migrated, with its notices.
 */
import { contacts, currentPage, isOutcome, replay, reviewDate } from '../../machines';
import type { CaseFile, CaseState, PageId } from '../../machines';
import { caseKey, isQuotaError, newCaseId, saveCase } from '../case/store';
import type { CaseRecord } from '../case/store';
import { parseCaseFile } from './importCase';
import type { ParseResult } from './importCase';
import type { ImportError, ImportErrorCode, MigrationNotice } from './types';

const CASE_PREFIX = caseKey('');

export type StoreFaultCode = 'unavailable' | 'full' | 'corrupt' | 'missing' | 'conflict';

/** A storage fault as the page shows it. */
export interface StoreFault {
  readonly code: StoreFaultCode;
  readonly message: string;
}

const FAULT_MESSAGES: Readonly<Record<Exclude<StoreFaultCode, 'corrupt' | 'conflict'>, string>> = {
  unavailable:
    "This browser is not letting Seen Alone use its storage (this happens in private browsing, or when a browser setting blocks site data), so cases cannot be saved or listed on this device. Export the open case to keep it.",
  full: "This browser's storage for Seen Alone is full, so the last change was not saved. Export the open case to keep it, then delete cases you no longer need. The other cases are not affected.",
  missing: 'This case is no longer stored on this device. It may have been deleted in another tab or window.',
};

export const storeFault = (code: Exclude<StoreFaultCode, 'corrupt' | 'conflict'>): StoreFault => ({
  code,
  message: FAULT_MESSAGES[code],
});

/** A stored case that cannot be opened, with the reason from the file check. */
export const corruptFault = (error: ImportError): StoreFault => ({
  code: 'corrupt',
  message: `This stored case cannot be opened. ${error.message.replace(/ Nothing has been changed\.$/, '')} The other cases are not affected, and this case's raw log can still be exported.`,
});

// -- summaries ---------------------------------------------------------------------------------

export interface CaseSummary {
  readonly reference: string;
  readonly currentPage: PageId;
  readonly pageIsOutcome: boolean;
  /** The time of the last entry, or of the case's creation when it has none. */
  readonly lastChange: string;
  readonly entries: number;
  readonly contacts: number;
  /** The date of the latest contact at which the adult was seen alone. */
  readonly lastSeenAlone?: string;
  /** Whole days from `lastSeenAlone` to today (negative for a contact dated ahead of today). */
  readonly daysSinceSeenAlone?: number;
  readonly reviewDate?: string;
  /** The review date is before today. */
  readonly reviewOverdue: boolean;
}

/** Today's date, YYYY-MM-DD, in the device's time zone: the date the practitioner is living. */
export const localIsoDate = (now: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to`, both YYYY-MM-DD (no time zone or clock change enters). */
export const daysBetween = (from: string, to: string): number => {
  const day = (date: string) => {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((day(to) - day(from)) / DAY_MS);
};

/** The start page's line for a case. `state` is the replayed case, when the caller has it. */
export function summariseCase(file: CaseFile, now: Date, state: CaseState = replay(file.entries).state): CaseSummary {
  const page = currentPage(state);
  const contactList = contacts(state);
  let lastSeenAlone: string | undefined;
  for (const contact of contactList) {
    // By the contact's own date, not its place in the log: a visit may be recorded days later.
    if (contact.seenAlone && (lastSeenAlone === undefined || contact.date > lastSeenAlone)) lastSeenAlone = contact.date;
  }
  const today = localIsoDate(now);
  const review = reviewDate(state);
  return {
    reference: file.reference,
    currentPage: page,
    pageIsOutcome: isOutcome(page),
    lastChange: file.entries.at(-1)?.at ?? file.createdAt,
    entries: file.entries.length,
    contacts: contactList.length,
    ...(lastSeenAlone === undefined ? {} : { lastSeenAlone, daysSinceSeenAlone: daysBetween(lastSeenAlone, today) }),
    ...(review === undefined ? {} : { reviewDate: review }),
    reviewOverdue: review !== undefined && review < today,
  };
}

// -- reading storage ---------------------------------------------------------------------------

/** The ids of every stored case, or undefined when storage cannot be read. */
const storedIds = (storage: Storage): string[] | undefined => {
  try {
    const ids: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(CASE_PREFIX)) ids.push(key.slice(CASE_PREFIX.length));
    }
    return ids.sort();
  } catch {
    return undefined;
  }
};

type Read = { ok: true; text: string } | { ok: false; fault: StoreFault };

const readStored = (storage: Storage | undefined, id: string): Read => {
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  try {
    const text = storage.getItem(caseKey(id));
    return text === null ? { ok: false, fault: storeFault('missing') } : { ok: true, text };
  } catch {
    return { ok: false, fault: storeFault('unavailable') };
  }
};

export interface ListedCase {
  readonly id: string;
  readonly summary: CaseSummary;
  /** What changed since the version it was saved with (shown when it opens); empty when current. */
  readonly notices: readonly MigrationNotice[];
}

export interface UnreadableCase {
  readonly id: string;
  readonly code: ImportErrorCode;
  readonly reason: string;
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
      /** The text as stored: what a later save compares against (twoTabs.ts). */
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
  const parsed: ParseResult = parseCaseFile(read.text);
  if (!parsed.ok) return { ok: false, fault: corruptFault(parsed.error), raw: read.text, error: parsed.error };
  return { ok: true, record: { id, file: parsed.file }, notices: parsed.notices, state: parsed.state, storedText: read.text };
}

/** The stored text of a case, whatever state it is in, for a raw export. */
export function readStoredText(storage: Storage | undefined, id: string): Read {
  return readStored(storage, id);
}

// -- changing storage --------------------------------------------------------------------------

export type StoreResult = { ok: true } | { ok: false; fault: StoreFault };

/** Longest reference accepted: a case number, not a description. */
export const MAX_REFERENCE_LENGTH = 60;

/** A reference as typed, checked: trimmed, not empty, not long. The page advises a case number. */
export function checkReference(
  text: string,
): { ok: true; reference: string } | { ok: false; problem: 'empty' | 'too-long'; message: string } {
  const reference = text.trim();
  if (reference === '') return { ok: false, problem: 'empty', message: 'Enter a case reference, such as your case number.' };
  if (reference.length > MAX_REFERENCE_LENGTH) {
    return {
      ok: false,
      problem: 'too-long',
      message: `A case reference must be ${MAX_REFERENCE_LENGTH} characters or fewer. Use your case number, not a name or a description.`,
    };
  }
  return { ok: true, reference };
}

const setItem = (storage: Storage, key: string, value: string): StoreResult => {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, fault: storeFault(isQuotaError(error) ? 'full' : 'unavailable') };
  }
};

export { isQuotaError };

/**
 * Renames a stored case. The reference is part of the file's envelope, not of its log, so this
 * edits no entry; only `reference` changes in the stored text, which is otherwise kept as it is
 * (a case saved by an earlier version stays in that version until it is next saved).
 */
export function renameCase(
  storage: Storage | undefined,
  id: string,
  reference: string,
): StoreResult | { ok: false; reference: 'empty' | 'too-long'; message: string } {
  const checked = checkReference(reference);
  if (!checked.ok) return { ok: false, reference: checked.problem, message: checked.message };
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  const read = readStored(storage, id);
  if (!read.ok) return read;
  const parsed = parseCaseFile(read.text);
  if (!parsed.ok) return { ok: false, fault: corruptFault(parsed.error) };
  // parseCaseFile has just read this text as a JSON object.
  const stored = JSON.parse(read.text) as Record<string, unknown>;
  stored.reference = checked.reference;
  return setItem(storage, caseKey(id), JSON.stringify(stored));
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
  if (!saved.ok) return { ok: false, problem: 'storage', fault: storeFault(saved.fault) };
  return { ok: true, id, file: parsed.file, notices: parsed.notices, sameAs };
}
