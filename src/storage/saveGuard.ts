/**
 * Two tabs with the same case open must not silently overwrite each other. This is the write
 * guard, which alone is enough to lose nothing: before a save, the stored case is compared with
 * what this tab last loaded or wrote. If another tab has written since, the save is refused as a
 * conflict instead of overwriting, and the message says what changed (from the stamps: entry
 * count, last entry's time, reference). The claim protocol (tabClaim.ts) tells the practitioner
 * before typing into a tab whose saves would be refused; it is a courtesy, and this is the rule.
 */
import type { CaseFile } from '../../machines';
import { message, type RecordMessage } from '../casefile';
import { readStored, writeStored } from './store';
import type { CaseRecord, StoreFault } from './store';
import { isRecord } from '../casefile';

/** What a conflict message compares: enough to say what another tab changed. */
export interface Stamp {
  readonly entries: number;
  readonly lastAt: string | null;
  readonly reference: string;
}

export const stampOf = (file: Pick<CaseFile, 'entries' | 'reference'>): Stamp => ({
  entries: file.entries.length,
  lastAt: file.entries.at(-1)?.at ?? null,
  reference: file.reference,
});

/**
 * The stamp of a stored text, in the current format or format 0 (`log`, `time`), or undefined when
 * the text is not a case at all.
 */
export const stampOfText = (text: string): Stamp | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const list = Object.hasOwn(value, 'entries') ? value.entries : Object.hasOwn(value, 'log') ? value.log : undefined;
  const reference = Object.hasOwn(value, 'reference') ? value.reference : undefined;
  if (!Array.isArray(list) || typeof reference !== 'string') return undefined;
  const last: unknown = list.at(-1);
  const lastAt = isRecord(last) ? (Object.hasOwn(last, 'at') ? last.at : Object.hasOwn(last, 'time') ? last.time : null) : null;
  return { entries: list.length, lastAt: typeof lastAt === 'string' ? lastAt : null, reference };
};

export type ConflictReason =
  /** Another tab has added to the case, or renamed it, since this tab loaded or wrote it. */
  | 'moved-on'
  /** The case was deleted (in another tab) since this tab loaded it. */
  | 'deleted'
  /** A new case's id is already taken. */
  | 'exists'
  /** The stored copy can no longer be read; saving over it would destroy what is there. */
  | 'unreadable';

export interface ConflictFault extends StoreFault {
  readonly code: 'conflict';
  readonly reason: ConflictReason;
  /** What is stored now, where it can be read. */
  readonly stored?: Stamp;
}

const conflictMessage = (reason: ConflictReason, mine: Stamp | null, stored?: Stamp): RecordMessage => {
  if (reason !== 'moved-on') return message(`conflict.${reason}`);
  const more = stored !== undefined && mine !== null ? stored.entries - mine.entries : 0;
  const what =
    stored !== undefined && mine !== null && stored.reference !== mine.reference && more === 0
      ? message('conflict.renamed', { reference: stored.reference })
      : more > 0
        ? message('conflict.added', { count: more })
        : message('conflict.changed');
  return message('conflict.movedOn', { what });
};

export const conflictFault = (reason: ConflictReason, mine: Stamp | null, stored?: Stamp): ConflictFault => ({
  code: 'conflict',
  reason,
  message: conflictMessage(reason, mine, stored),
  ...(stored === undefined ? {} : { stored }),
});

export type GuardedSaveResult =
  | {
      ok: true;
      /** The text now stored: what the next save from this tab expects to find. */
      written: string;
    }
  | { ok: false; fault: StoreFault | ConflictFault };

/**
 * Saves `record` only if storage still holds exactly the text this tab last loaded or wrote
 * (`expected`; null for a case not yet stored). Comparing the text is stricter than comparing
 * stamps and cheaper than parsing what is stored (npm run bench); the stamps are read only to word
 * a conflict. Every fault, the conflict among them, leaves storage as it was.
 */
export function saveGuarded(storage: Storage | undefined, record: CaseRecord, expected: string | null): GuardedSaveResult {
  const read = readStored(storage, record.id);
  if (!read.ok && read.fault.code !== 'missing') return read;
  const stored = read.ok ? read.text : null;
  if (stored !== expected) {
    if (expected === null) return { ok: false, fault: conflictFault('exists', null, stored === null ? undefined : stampOfText(stored)) };
    const mine = stampOfText(expected) ?? null;
    if (stored === null) return { ok: false, fault: conflictFault('deleted', mine) };
    const now = stampOfText(stored);
    return { ok: false, fault: now === undefined ? conflictFault('unreadable', mine) : conflictFault('moved-on', mine, now) };
  }
  const text = JSON.stringify(record.file);
  const written = writeStored(storage, record.id, text);
  return written.ok ? { ok: true, written: text } : written;
}
