/**
 * Replay: a case log in, the case state out (architecture.md, "The case is its event log").
 *
 * Each entry is stepped through the machine with XState's pure transition, from the snapshot the
 * previous entry left, so replaying n entries costs n transitions. `back` and `change` need no
 * transition of their own: the case state keeps, for every entry that moved the page and is still
 * in force, the state from before it (the trail), and both restore from it.
 */
import { createActor } from 'xstate';
import type { ActorScope, SnapshotFrom } from 'xstate';
import { isOutcomeId } from './ids';
import type { AnswerId, PageId, StepId } from './ids';
import { logEntrySchema, looseAnswerSchema } from './log';
import type { ContactEntry, LogEntry, NoteEntry } from './log';
import { pathwayMachine } from './pathway';
import type { PathwayMachine } from './pathway';
import { isOfferedShape, withholdingRule } from './rules';
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
    | 'invalid-entry';
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

const pageOf = (snapshot: PathwaySnapshot): PageId => snapshot.value;

const initialCore: Core = { snapshot: initialSnapshot, answers: [], visited: [pageOf(initialSnapshot)] };

const INITIAL_STATE: CaseState = {
  core: initialCore,
  trail: undefined,
  remembered: {},
  contacts: undefined,
  notes: undefined,
  review: undefined,
  rationales: {},
  moves: 0,
  accepted: 0,
};

/** The case before any entry: the first page, `jurisdiction`. */
export const initialState = (): CaseState => INITIAL_STATE;

const visit = (visited: readonly PageId[], page: PageId): readonly PageId[] =>
  visited.includes(page) ? visited : [...visited, page];

const withRecord = (answers: readonly AnswerRecord[], record: AnswerRecord): readonly AnswerRecord[] => [
  ...answers.filter((a) => a.step !== record.step),
  record,
];

const describe = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map((v) => `'${String(v)}'`).join(', ')}]` : `'${String(value)}'`;

const fail = (
  state: CaseState,
  index: number,
  kind: ReplayError['kind'],
  code: ReplayError['code'],
  detail: string,
  rule?: WithholdingRuleId,
): ReplayResult => {
  const error: ReplayError = { index, kind, code, message: `Entry ${index + 1} (${kind}): ${detail}` };
  if (rule !== undefined) error.rule = rule;
  return { ok: false, state, error };
};

type Refusal = { code: ReplayError['code']; detail: string; rule?: WithholdingRuleId };

/**
 * Steps an answer through the machine from `core`, whose page must be `entry.step`. Returns the
 * next core, or why the answer is refused.
 */
const answerFrom = (
  core: Core,
  entry: { step: StepId; value: AnswerId | AnswerId[]; rationale?: string; at: string },
): Core | Refusal => {
  const page = pageOf(core.snapshot);
  if (isOutcomeId(page)) {
    return { code: 'wrong-step', detail: `the current page is the outcome '${page}', which takes no answer` };
  }
  if (entry.step !== page) {
    return { code: 'wrong-step', detail: `the current page is '${page}', not '${entry.step}'` };
  }
  if (!isOfferedShape(entry.step, entry.value)) {
    const multi = entry.step === 'barrier' || entry.step === 'riskIndicators';
    const shape = multi !== Array.isArray(entry.value);
    return {
      code: 'not-offered',
      detail: shape
        ? `step '${entry.step}' takes ${multi ? 'a list of answers' : 'one answer'}, not ${describe(entry.value)}`
        : `step '${entry.step}' does not offer ${describe(entry.value)}`,
    };
  }
  const { context } = core.snapshot;
  const next = step(core.snapshot, { type: 'answer', step: entry.step, value: entry.value });
  if (next === core.snapshot) {
    const withheld = withholdingRule(entry.step, entry.value, context.answers, context.keepTrying);
    return withheld
      ? {
          code: 'withheld',
          detail: `step '${entry.step}' does not offer ${describe(entry.value)} ${withheld.reason}`,
          rule: withheld.rule,
        }
      : { code: 'not-offered', detail: `step '${entry.step}' does not offer ${describe(entry.value)} here` };
  }
  const record: AnswerRecord =
    entry.rationale === undefined
      ? { step: entry.step, value: entry.value, at: entry.at }
      : { step: entry.step, value: entry.value, rationale: entry.rationale, at: entry.at };
  return { snapshot: next, answers: withRecord(core.answers, record), visited: visit(core.visited, pageOf(next)) };
};

const isRefusal = (result: Core | Refusal): result is Refusal => 'code' in result;

/** The frame of the answer in force for `step`, and the trail below it. */
const frameOf = (trail: Stack<Frame>, target: StepId): { frame: Frame; below: Stack<Frame> } | undefined => {
  for (let node = trail; node !== undefined; node = node.tail) {
    if (node.head.step === target && (node.head.moved === 'answer' || node.head.moved === 'change')) {
      return { frame: node.head, below: node.tail };
    }
  }
  return undefined;
};

/** The answers in `now` that are not in force in `before`: what undoing back to `before` drops. */
export const droppedBetween = (now: Core, before: Core): AnswerRecord[] =>
  now.answers.filter((record) => !before.answers.includes(record));

/**
 * `core` with the flags and the keep-trying count of `current`: a change rewinds answers, not what
 * happened (a crime suspected, a review referral, the attempts to see the adult).
 */
const carryOver = (core: Core, current: Core): Core => {
  const from = current.snapshot.context;
  const to = core.snapshot.context;
  if (
    from.crimeSuspected === to.crimeSuspected &&
    from.referForReview === to.referForReview &&
    from.keepTrying === to.keepTrying
  ) {
    return core;
  }
  const snapshot = pathwayMachine.resolveState({
    value: core.snapshot.value,
    context: {
      ...to,
      crimeSuspected: from.crimeSuspected,
      referForReview: from.referForReview,
      keepTrying: from.keepTrying,
    },
  });
  return { ...core, snapshot };
};

/** The reasons written with an answer or a change, kept for the step; an empty one keeps the last. */
const withRationale = (
  rationales: CaseState['rationales'],
  entry: { step: StepId; rationale?: string },
): CaseState['rationales'] =>
  entry.rationale === undefined || entry.rationale.trim() === '' ? rationales : { ...rationales, [entry.step]: entry.rationale };

const remember = (
  remembered: CaseState['remembered'],
  records: readonly AnswerRecord[],
): CaseState['remembered'] => {
  if (records.length === 0) return remembered;
  const next: Partial<Record<StepId, AnswerId | AnswerId[]>> = { ...remembered };
  for (const record of records) next[record.step] = record.value;
  return next;
};

/**
 * Applies one entry to the case state. `index` (the entry's position, for messages) defaults to
 * the number of entries accepted so far. On a refusal, `state` is returned unchanged.
 */
export const applyEntry = (state: CaseState, entry: LogEntry, index: number = state.accepted): ReplayResult => {
  const { core } = state;
  const accepted = state.accepted + 1;
  switch (entry.kind) {
    case 'answer': {
      const next = answerFrom(core, entry);
      if (isRefusal(next)) return fail(state, index, entry.kind, next.code, next.detail, next.rule);
      const frame: Frame = { before: core, moved: 'answer', step: entry.step, value: entry.value };
      return {
        ok: true,
        state: {
          ...state,
          core: next,
          trail: { head: frame, tail: state.trail },
          rationales: withRationale(state.rationales, entry),
          moves: state.moves + 1,
          accepted,
        },
      };
    }
    case 'event': {
      const event = { type: entry.event } as const;
      const page = pageOf(core.snapshot);
      const next = step(core.snapshot, event);
      const moves = entry.event === 'emergency' || entry.event === 'disagree';
      if (next === core.snapshot) {
        return fail(state, index, entry.kind, 'not-available', `'${entry.event}' is not available on page '${page}'`);
      }
      if (!moves) return { ok: true, state: { ...state, core: { ...core, snapshot: next }, accepted } };
      const frame: Frame = { before: core, moved: entry.event === 'emergency' ? 'emergency' : 'disagree' };
      const moved: Core = { snapshot: next, answers: core.answers, visited: visit(core.visited, pageOf(next)) };
      return { ok: true, state: { ...state, core: moved, trail: { head: frame, tail: state.trail }, moves: state.moves + 1, accepted } };
    }
    case 'back': {
      const top = state.trail;
      if (top === undefined) {
        return fail(state, index, entry.kind, 'nothing-to-undo', `there is nothing to go back to from page '${pageOf(core.snapshot)}'`);
      }
      const dropped = droppedBetween(core, top.head.before);
      return {
        ok: true,
        state: {
          ...state,
          core: top.head.before,
          trail: top.tail,
          remembered: remember(state.remembered, dropped),
          moves: state.moves + 1,
          accepted,
        },
      };
    }
    case 'change': {
      const found = frameOf(state.trail, entry.step);
      if (found === undefined || !core.answers.some((record) => record.step === entry.step)) {
        return fail(state, index, entry.kind, 'not-answered', `step '${entry.step}' has no answer in force to change`);
      }
      const rewound = carryOver(found.frame.before, core);
      const next = answerFrom(rewound, entry);
      if (isRefusal(next)) return fail(state, index, entry.kind, next.code, next.detail, next.rule);
      const dropped = droppedBetween(core, rewound).filter((record) => record.step !== entry.step);
      const frame: Frame = { before: rewound, moved: 'change', step: entry.step, value: entry.value };
      return {
        ok: true,
        state: {
          ...state,
          core: next,
          trail: { head: frame, tail: found.below },
          remembered: remember(state.remembered, dropped),
          rationales: withRationale(state.rationales, entry),
          moves: state.moves + 1,
          accepted,
        },
      };
    }
    case 'contact':
      return { ok: true, state: { ...state, contacts: { head: entry, tail: state.contacts }, accepted } };
    case 'note':
      return { ok: true, state: { ...state, notes: { head: entry, tail: state.notes }, accepted } };
    case 'review':
      return { ok: true, state: { ...state, review: entry.date, accepted } };
  }
};

const kindOf = (entry: unknown): ReplayError['kind'] => {
  if (typeof entry !== 'object' || entry === null || !('kind' in entry)) return 'unknown';
  const { kind } = entry;
  return kind === 'answer' ||
    kind === 'event' ||
    kind === 'back' ||
    kind === 'change' ||
    kind === 'contact' ||
    kind === 'note' ||
    kind === 'review'
    ? kind
    : 'unknown';
};

/** Checks an entry's shape; an answer naming an answer id the pathway does not know is "not offered". */
export const parseEntry = (entry: unknown, index: number, state: CaseState): LogEntry | ReplayResult => {
  const parsed = logEntrySchema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const kind = kindOf(entry);
  const loose = looseAnswerSchema.safeParse(entry);
  if (loose.success) {
    return fail(state, index, kind, 'not-offered', `step '${loose.data.step}' does not offer ${describe(loose.data.value)}`);
  }
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at '${issue.path.join('.')}'` : '';
  return fail(state, index, kind, 'invalid-entry', `not a valid log entry${where}: ${issue?.message ?? 'unreadable'}`);
};

const isResult = (value: LogEntry | ReplayResult): value is ReplayResult => 'ok' in value;

/**
 * Replays a log from the start: the case state, or the first entry the pathway rejects and why
 * (with the state after the last accepted entry). Never throws.
 */
export const replay = (log: readonly unknown[]): ReplayResult => {
  let state = INITIAL_STATE;
  if (!Array.isArray(log)) {
    return fail(state, 0, 'unknown', 'invalid-entry', 'the log is not a list of entries');
  }
  for (let index = 0; index < log.length; index++) {
    try {
      const entry = parseEntry(log[index], index, state);
      if (isResult(entry)) return entry;
      const result = applyEntry(state, entry, index);
      if (!result.ok) return result;
      state = result.state;
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return fail(state, index, kindOf(log[index]), 'invalid-entry', `could not be replayed (${reason})`);
    }
  }
  return { ok: true, state };
};
