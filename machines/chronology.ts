/**
 * Views of the log for print and review (issue 6, part 3): the chronology, every entry with its
 * time and what became of it, and the one-page handover for a police or multi-agency referral.
 *
 * What became of an entry is read from replay itself, never re-derived: the log is applied entry
 * by entry with the machine's `applyEntry`, and after each one the case state says which answers
 * are still in force and which moves can still be undone. An answer is in force while its record
 * is among the state's answers; whichever later entry last took it out (a back, a change, or the
 * same page answered again) is what happened to it. Records are followed by identity, because
 * replay keeps a record's object for as long as the answer stands and restores it on a back.
 */
import {
  answersInForce,
  applyEntry,
  contacts,
  currentPage,
  flags,
  initialState,
  isHighRisk,
  isOutcome,
  notes,
  othersAtRisk,
  recommendedRoutes,
  replay,
  reviewDate,
} from '../../machines';
import type {
  AnswerId,
  CaseFile,
  CaseState,
  ContactEntry,
  LogEntry,
  PageId,
  RouteId,
  RouteRuleId,
  StepId,
} from '../../machines';

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
  /** For `undone`, `changed` and `replaced`: the index of the entry that did it. */
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
    if (entry.kind === 'review') {
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
      case 'review': {
        const by = reviewReplacedBy.get(index);
        return by === undefined ? { ...base, status: 'in-force' } : { ...base, status: 'replaced', by };
      }
      case 'contact':
      case 'note':
        return { ...base, status: 'recorded' };
    }
  });
}

// -- handover ----------------------------------------------------------------------------------

export interface HandoverContact {
  readonly date: string;
  readonly place: string;
  readonly present: string;
  readonly seenAlone: boolean;
  readonly words: string;
  /** When it was recorded. */
  readonly at: string;
}

/** The one-page summary a police or multi-agency referral needs, as data; the page words it. */
export interface HandoverSummary {
  readonly reference: string;
  readonly createdAt: string;
  readonly lastChange: string;
  readonly format: number;
  readonly pathwayVersion: string;
  readonly contentVersion: string;
  readonly currentPage: PageId;
  readonly pageIsOutcome: boolean;
  /** The routes recommended, each with the rules that recommend it. */
  readonly routes: readonly { route: RouteId; rules: RouteRuleId[] }[];
  readonly crimeSuspected: boolean;
  readonly referForReview: boolean;
  readonly highRisk: boolean;
  /** Children or other adults in the household are at risk (riskIndicators `others-at-risk`). */
  readonly othersAtRisk: boolean;
  /** Every contact, by its date (then the time it was recorded). */
  readonly contacts: readonly HandoverContact[];
  readonly seenAloneEver: boolean;
  readonly lastSeenAlone?: string;
  /** The adult's own words, contact by contact, where any were recorded. */
  readonly adultsWords: readonly { date: string; seenAlone: boolean; words: string }[];
  readonly barrier?: readonly AnswerId[];
  readonly thirdParty?: AnswerId;
  readonly riskIndicators?: readonly AnswerId[];
  /** Every answer in force, in the order answered, with its rationale where one was given. */
  readonly answers: readonly { step: StepId; value: AnswerId | AnswerId[]; rationale?: string; at: string }[];
  readonly notes: readonly { at: string; text: string }[];
  readonly reviewDate?: string;
}

const byDate = (a: ContactEntry, b: ContactEntry): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0;

const asList = (value: AnswerId | AnswerId[] | undefined): readonly AnswerId[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/** The handover's data for a case. `state` is the replayed case, when the caller has it. */
export function handoverSummary(file: CaseFile, state: CaseState = replay(file.entries).state): HandoverSummary {
  const page = currentPage(state);
  const answers = answersInForce(state);
  const answerOf = (step: StepId) => answers.find((a) => a.step === step)?.value;
  const contactList = [...contacts(state)].sort(byDate);
  const seenAlone = contactList.filter((c) => c.seenAlone);
  const raised = flags(state);
  const thirdParty = answerOf('thirdParty');
  const barrier = asList(answerOf('barrier'));
  const riskIndicators = asList(answerOf('riskIndicators'));
  const review = reviewDate(state);
  const lastSeenAlone = seenAlone.at(-1)?.date;
  return {
    reference: file.reference,
    createdAt: file.createdAt,
    lastChange: file.entries.at(-1)?.at ?? file.createdAt,
    format: file.format,
    pathwayVersion: file.pathwayVersion,
    contentVersion: file.contentVersion,
    currentPage: page,
    pageIsOutcome: isOutcome(page),
    routes: recommendedRoutes(state),
    crimeSuspected: raised.crimeSuspected,
    referForReview: raised.referForReview,
    highRisk: isHighRisk(state),
    othersAtRisk: othersAtRisk(state),
    contacts: contactList.map(({ date, place, present, seenAlone: alone, words, at }) => ({
      date,
      place,
      present,
      seenAlone: alone,
      words,
      at,
    })),
    seenAloneEver: seenAlone.length > 0,
    ...(lastSeenAlone === undefined ? {} : { lastSeenAlone }),
    adultsWords: contactList
      .filter((c) => c.words.trim() !== '')
      .map((c) => ({ date: c.date, seenAlone: c.seenAlone, words: c.words })),
    ...(barrier === undefined ? {} : { barrier }),
    ...(typeof thirdParty === 'string' ? { thirdParty } : {}),
    ...(riskIndicators === undefined ? {} : { riskIndicators }),
    answers,
    notes: notes(state).map(({ at, text }) => ({ at, text })),
    ...(review === undefined ? {} : { reviewDate: review }),
  };
}
