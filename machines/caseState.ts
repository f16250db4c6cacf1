/**
 * The case state replay builds (architecture.md, "The case is its event log"): the machine's
 * snapshot with what the record derives from the path, the trail that back and change restore
 * from, and what else the log holds. Opaque to the UI: pages read it through machines/selectors.
 */
import { createActor } from 'xstate';
import type { ActorScope, SnapshotFrom } from 'xstate';
import type { AnswerId, PageId, StepId } from './ids';
import type { ActionDoneEntry, ContactEntry, ContactErrorEntry, DisagreementEntry, LogEntry, NoteEntry } from './log';
import { pathwayMachine } from './pathway';
import type { PathwayMachine } from './pathway';
import type { WithholdingRuleId } from './rules';
import type { PathwayEvent } from './types';

export type PathwaySnapshot = SnapshotFrom<PathwayMachine>;

/** An answer in force, as the case record shows it. */
export interface AnswerRecord {
  readonly step: StepId;
  readonly value: AnswerId | AnswerId[];
  readonly rationale?: string;
  readonly at: string;
}

/** What back and change restore: the machine's snapshot and what the case record derives from the path. */
export interface Core {
  readonly snapshot: PathwaySnapshot;
  /** The answers in force, in the order answered (a step answered again moves to the end). */
  readonly answers: readonly AnswerRecord[];
  /** The pages on the path in force, in first-visit order, each once. */
  readonly visited: readonly PageId[];
}

/** One entry that moved the page and is still in force, with the state from before it. */
export interface Frame {
  readonly before: Core;
  readonly moved: 'answer' | 'change' | 'emergency' | 'disagree';
  readonly step?: StepId;
  readonly value?: AnswerId | AnswerId[];
  /** When the entry that moved the page was made, and when what it records happened (where given). */
  readonly at: string;
  readonly happenedAt?: string;
}

/** A persistent stack: pushing and popping share the rest, so replay never copies it. */
export type Stack<T> = { readonly head: T; readonly tail: Stack<T> } | undefined;

/**
 * The case as replay builds it. Opaque to the UI: read it through the selectors.
 */
export interface CaseState {
  readonly core: Core;
  readonly trail: Stack<Frame>;
  /** Answers dropped by back or change, to show pre-selected when their page comes again. */
  readonly remembered: Readonly<Partial<Record<StepId, AnswerId | AnswerId[]>>>;
  readonly contacts: Stack<ContactEntry>;
  /** Contacts marked entered in error, newest first. */
  readonly contactErrors: Stack<ContactErrorEntry>;
  /** Actions marked done, newest first. */
  readonly actionsDone: Stack<ActionDoneEntry>;
  /** Disagreements put on record, newest first, each with the number of entries accepted before it. */
  readonly disagreements: Stack<{ readonly entry: DisagreementEntry; readonly after: number }>;
  /** The number of entries accepted when the page last moved, and when a review date was last set. */
  readonly lastMove: number;
  readonly lastReview: number;
  readonly notes: Stack<NoteEntry>;
  readonly review: string | undefined;
  /**
   * The reasons last written for each step (an answer or a change), kept when back or a change
   * drops the answer, so the page shows them again when it comes back.
   */
  readonly rationales: Readonly<Partial<Record<StepId, string>>>;
  /** How many entries moved the page: answers, changes, backs, and the emergency or disagree event. */
  readonly moves: number;
  /** How many entries were accepted. */
  readonly accepted: number;
}

/**
 * An entry the pathway rejects. `index` is the entry's 0-based position in the log; the message,
 * written for people, counts from 1 ("Entry 1" is index 0).
 */
export interface ReplayError {
  index: number;
  kind: LogEntry['kind'] | 'unknown';
  code:
    | 'not-offered'
    | 'withheld'
    | 'wrong-step'
    | 'not-available'
    | 'nothing-to-undo'
    | 'not-answered'
    | 'invalid-entry'
    | 'unknown-entry';
  message: string;
  /** For `withheld`: the rule that withholds the answer (machines/rules.ts). */
  rule?: WithholdingRuleId;
}

export type ReplayResult = { ok: true; state: CaseState } | { ok: false; state: CaseState; error: ReplayError };

/**
 * One inert actor scope for every transition. XState's `transition()` builds an actor per call;
 * the machine's own `transition(snapshot, event, scope)` with a shared scope is the same pure
 * step, about five times faster. The machine has no side effects: assign is all it does.
 */
const inertScope: ActorScope<PathwaySnapshot, PathwayEvent> = (() => {
  const self = createActor(pathwayMachine);
  return {
    self,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    system: self.system,
    actionExecutor: () => {},
  };
})();

export const step = (snapshot: PathwaySnapshot, event: PathwayEvent): PathwaySnapshot =>
  pathwayMachine.transition(snapshot, event, inertScope);

const initialSnapshot: PathwaySnapshot = pathwayMachine.getInitialSnapshot(inertScope);

export const pageOf = (snapshot: PathwaySnapshot): PageId => snapshot.value;

const initialCore: Core = { snapshot: initialSnapshot, answers: [], visited: [pageOf(initialSnapshot)] };

const INITIAL_STATE: CaseState = {
  core: initialCore,
  trail: undefined,
  remembered: {},
  contacts: undefined,
  contactErrors: undefined,
  actionsDone: undefined,
  disagreements: undefined,
  lastMove: 0,
  lastReview: -1,
  notes: undefined,
  review: undefined,
  rationales: {},
  moves: 0,
  accepted: 0,
};

/** The case before any entry: the first page, `jurisdiction`. */
export const initialState = (): CaseState => INITIAL_STATE;
