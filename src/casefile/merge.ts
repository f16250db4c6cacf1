/**
 * Two copies of one case made one, append-only (architecture.md, "The case is its event log";
 * issue 15, point 7): the entries the stored copy lacks, by entry id, go after the stored ones in
 * the file's order. Nothing is inserted into the middle, nothing stored is rewritten or dropped.
 * Where the result would not replay (the copies went different ways through the pathway), or
 * where one id holds two different entries, there is no merge: the caller changes nothing.
 */
import { replay, type CaseFile, type CaseState, type LogEntry, type ReplayError } from '../../machines';
import { compareCopies } from './compare';
import { replayReason } from './replayReason';
import type { RecordMessage } from './messages';

/** An entry named in a merge's report: its id, kind, and where it stands in the file brought in (from 1). */
export interface MergeEntryRef {
  readonly id: string;
  readonly kind: LogEntry['kind'];
  readonly position: number;
}

export type MergeResult =
  /** The file holds nothing the stored copy lacks: nothing to do. */
  | { readonly ok: true; readonly change: 'none'; readonly merged: CaseFile; readonly added: readonly LogEntry[] }
  /** These entries go after the stored ones; `merged` replays to `state`. */
  | { readonly ok: true; readonly change: 'append'; readonly merged: CaseFile; readonly added: readonly LogEntry[]; readonly state: CaseState }
  /** The two files are different cases (different case ids): a merge does not apply. */
  | { readonly ok: false; readonly problem: 'different-case' }
  /** The same id holds a different entry in each copy: a copy was edited, which the log never does. */
  | { readonly ok: false; readonly problem: 'differing'; readonly differing: readonly MergeEntryRef[] }
  /**
   * Appended after the stored entries, an entry from the file is refused: `refused` is it; the
   * stored entries the file lacks (`storedOnly`) are what it went a different way from.
   */
  | {
      readonly ok: false;
      readonly problem: 'would-not-replay';
      readonly refused: MergeEntryRef;
      readonly storedOnly: readonly { readonly id: string; readonly kind: LogEntry['kind'] }[];
      readonly reason: RecordMessage;
      readonly error: ReplayError;
    };

const refOf = (file: CaseFile, id: string): MergeEntryRef => {
  const position = file.entries.findIndex((entry) => entry.id === id);
  const entry = file.entries[position];
  return { id, kind: entry?.kind ?? 'note', position: position + 1 };
};

/**
 * Merges `incoming` (an opened file) into `stored` (the copy on this device) by entry id. Pure:
 * `stored` is never changed; the merged case keeps the stored envelope (its reference, creation
 * time and id on this device) and the stored entries exactly as they are, first.
 */
export function mergeCopies(stored: CaseFile, incoming: CaseFile): MergeResult {
  const comparison = compareCopies(stored, incoming);
  if (!comparison.sameCase) return { ok: false, problem: 'different-case' };
  if (comparison.differing.length > 0) {
    return { ok: false, problem: 'differing', differing: comparison.differing.map((id) => refOf(incoming, id)) };
  }
  const lacking = new Set(comparison.onlyInSecond);
  const added = incoming.entries.filter((entry) => entry.id !== undefined && lacking.has(entry.id));
  if (added.length === 0) return { ok: true, change: 'none', merged: stored, added };

  const entries = [...stored.entries, ...added];
  const replayed = replay(entries);
  if (!replayed.ok) {
    const refusedEntry = entries[replayed.error.index];
    const refusedId = refusedEntry?.id ?? '';
    const fileIds = new Set(incoming.entries.flatMap((entry) => (entry.id === undefined ? [] : [entry.id])));
    return {
      ok: false,
      problem: 'would-not-replay',
      refused: refOf(incoming, refusedId),
      storedOnly: stored.entries.filter((entry) => entry.id !== undefined && !fileIds.has(entry.id)).map((entry) => ({ id: entry.id ?? '', kind: entry.kind })),
      reason: replayReason(replayed.error, replayed.state, refusedEntry),
      error: replayed.error,
    };
  }
  return { ok: true, change: 'append', merged: { ...stored, entries }, added, state: replayed.state };
}
