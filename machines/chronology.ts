/**
 * The chronology, a view of the log for print and review: every entry with its time and what
 * became of it. (The handover summary, the other print view, is src/casefile/handover.ts.)
 *
 * What became of an entry is read from replay itself, never re-derived: the log is applied entry
 * by entry with the machine's `applyEntry`, and after each one the case state says which answers
 * are still in force and which moves can still be undone. An answer is in force while its record
 * is among the state's answers; whichever later entry last took it out (a back, a change, or the
 * same page answered again) is what happened to it. Records are followed by identity, because
 * replay keeps a record's object for as long as the answer stands and restores it on a back.
 * That identity is why this reads the state's answer records and trail frames directly, beside
 * replay, instead of through the selectors: the selectors rightly hand out copies.
 */
import type { LogEntry } from './log';
import { applyEntry, initialState, type CaseState } from './replay';
import { flags } from './selectors';

export type ChronologyStatus =
  /** An answer or change still in force; a review date still in force. */
  | 'in-force'
  /** An answer, change or event undone by a later back (or an event dropped by a change). */
  | 'undone'
  /** An answer dropped or replaced by a later change. */
  | 'changed'
  /** An answer replaced when its page was answered again; a review date replaced by a later one. */
  | 'replaced'
  /** An event (emergency, disagree, crimeSuspected, referForReview) that still stands. */
  | 'raised'
  /** A back: it did its undoing. */
  | 'applied'
  /** A contact or a note: part of the record for good. */
  | 'recorded'
  /** A contact a later contact corrects: kept, and read as the correction says. */
  | 'corrected'
  /** A contact marked entered in error by a later entry: kept, and no longer counted. */
  | 'entered-in-error'
  /** The entry the pathway refused, in a log that does not replay; and every entry after it. */
  | 'refused'
  | 'not-replayed';

export interface ChronologyItem {
  /** 0-based position in the log. */
  readonly index: number;
  /** 1-based, as people count: "entry 12". */
  readonly number: number;
  readonly at: string;
  readonly kind: LogEntry['kind'];
  readonly entry: LogEntry;
  readonly status: ChronologyStatus;
  /** For `undone`, `changed`, `replaced`, `corrected` and `entered-in-error`: the index of the entry that did it. */
  readonly by?: number;
  /** For a back: the index of the entry it undid. */
  readonly undoes?: number;
  /** For a change: the index of the answer it replaced. */
  readonly replaces?: number;
}

type Removal = { by: number; how: 'back' | 'change' | 'answer' };

const statusOfRemoval = (how: Removal['how']): ChronologyStatus =>
  how === 'back' ? 'undone' : how === 'change' ? 'changed' : 'replaced';

/** The trail's frames as a set, to see which a back or a change removed. */
const framesOf = (state: CaseState): Set<object> => {
  const frames = new Set<object>();
  for (let node = state.trail; node !== undefined; node = node.tail) frames.add(node.head);
  return frames;
};

/** Every entry in order, with its time, kind and what became of it. */
export function chronology(entries: readonly LogEntry[]): ChronologyItem[] {
  const recordOf = new Map<object, number>(); // answer record → the entry that made it
  const frameOf = new Map<object, number>(); // trail frame → the entry that pushed it
  // Entry → the last entry that took its answer out. A back can restore an answer that answering
  // its page again had replaced; the final state's answers say what is in force, so this map only
  // has to be right for the answers that end up out, and the last removal is the one that stuck.
  const removed = new Map<number, Removal>();
  const eventUndoneBy = new Map<number, number>();
  const openFlags: { index: number; flag: 'crimeSuspected' | 'referForReview' }[] = [];
  const undoes = new Map<number, number>();
  const replaces = new Map<number, number>();
  let review: number | undefined;
  const reviewReplacedBy = new Map<number, number>();
  let refusedAt: number | undefined;
  // A contact's id → its index; a contact corrected or marked in error → the entry that did it.
  const contactIndex = new Map<string, number>();
  const contactFate = new Map<number, { status: 'corrected' | 'entered-in-error'; by: number }>();

  let state = initialState();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as LogEntry;
    const result = applyEntry(state, entry, index);
    if (!result.ok) {
      refusedAt = index;
      break;
    }
    const before = state;
    const after = result.state;
    state = after;

    if (entry.kind === 'answer' || entry.kind === 'change') {
      const record = after.core.answers.at(-1);
      if (record !== undefined) recordOf.set(record, index);
      if (entry.kind === 'change') {
        const old = before.core.answers.find((r) => r.step === entry.step);
        const oldIndex = old === undefined ? undefined : recordOf.get(old);
        if (oldIndex !== undefined) replaces.set(index, oldIndex);
      }
    }
    if (after.trail !== before.trail && after.trail !== undefined && !frameOf.has(after.trail.head)) {
      frameOf.set(after.trail.head, index);
    }
    if (entry.kind === 'back' && before.trail !== undefined) {
      const undone = frameOf.get(before.trail.head);
      if (undone !== undefined) undoes.set(index, undone);
    }

    // Only an answer, a change or a back can take answers out or pop frames.
    if (entry.kind === 'answer' || entry.kind === 'change' || entry.kind === 'back') {
      const now = new Set<object>(after.core.answers);
      for (const record of before.core.answers) {
        const made = recordOf.get(record);
        if (made !== undefined && !now.has(record)) removed.set(made, { by: index, how: entry.kind });
      }
      if (entry.kind !== 'answer') {
        const still = framesOf(after);
        for (const frame of framesOf(before)) {
          const pushed = frameOf.get(frame);
          if (pushed !== undefined && !still.has(frame) && entries[pushed]?.kind === 'event') eventUndoneBy.set(pushed, index);
        }
      }
    }

    if (entry.kind === 'contact' && entry.id !== undefined) contactIndex.set(entry.id, index);
    const target = entry.kind === 'contact' ? entry.corrects : entry.kind === 'contactError' ? entry.refersTo : undefined;
    const targetIndex = target === undefined ? undefined : contactIndex.get(target);
    // Marked in error wins over corrected: a contact entered in error no longer counts at all.
    if (targetIndex !== undefined && contactFate.get(targetIndex)?.status !== 'entered-in-error') {
      contactFate.set(targetIndex, { status: entry.kind === 'contactError' ? 'entered-in-error' : 'corrected', by: index });
    }

    if (entry.kind === 'event' && (entry.event === 'crimeSuspected' || entry.event === 'referForReview')) {
      openFlags.push({ index, flag: entry.event });
    }
    if (entry.kind === 'back' && openFlags.length > 0) {
      // Flags are lowered only by a back restoring a state from before they were raised.
      const raised = flags(after);
      for (let i = openFlags.length - 1; i >= 0; i--) {
        const open = openFlags[i];
        if (open !== undefined && !raised[open.flag]) {
          eventUndoneBy.set(open.index, index);
          openFlags.splice(i, 1);
        }
      }
    }
    // A supervision's next review date is a review date too: each replaces the one before.
    if (entry.kind === 'review' || entry.kind === 'supervision') {
      if (review !== undefined) reviewReplacedBy.set(review, index);
      review = index;
    }
  }

  const inForce = new Set<number>();
  for (const record of state.core.answers) {
    const made = recordOf.get(record);
    if (made !== undefined) inForce.add(made);
  }

  return entries.map((entry, index): ChronologyItem => {
    const base = { index, number: index + 1, at: entry.at, kind: entry.kind, entry };
    if (refusedAt !== undefined && index >= refusedAt) return { ...base, status: index === refusedAt ? 'refused' : 'not-replayed' };
    switch (entry.kind) {
      case 'answer':
      case 'change': {
        const replaced = replaces.get(index);
        const extra = replaced === undefined ? {} : { replaces: replaced };
        if (inForce.has(index)) return { ...base, ...extra, status: 'in-force' };
        const removal = removed.get(index);
        return removal === undefined
          ? { ...base, ...extra, status: 'in-force' }
          : { ...base, ...extra, status: statusOfRemoval(removal.how), by: removal.by };
      }
      case 'event': {
        const by = eventUndoneBy.get(index);
        return by === undefined ? { ...base, status: 'raised' } : { ...base, status: 'undone', by };
      }
      case 'back': {
        const undid = undoes.get(index);
        return undid === undefined ? { ...base, status: 'applied' } : { ...base, status: 'applied', undoes: undid };
      }
      case 'review':
      case 'supervision': {
        const by = reviewReplacedBy.get(index);
        return by === undefined ? { ...base, status: 'in-force' } : { ...base, status: 'replaced', by };
      }
      case 'contact': {
        const fate = contactFate.get(index);
        return fate === undefined ? { ...base, status: 'recorded' } : { ...base, ...fate };
      }
      case 'contactError':
      case 'note':
      case 'actionDone':
      case 'disagreement':
        return { ...base, status: 'recorded' };
    }
  });
}
