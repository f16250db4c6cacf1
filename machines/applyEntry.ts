/**
 * One entry applied to the case state: the step of replay. Each entry is stepped through the
 * machine with XState's pure transition, from the snapshot the previous entry left, so replaying n
 * entries costs n transitions. `back` and `change` need no transition of their own: the case state
 * keeps, for every entry that moved the page and is still in force, the state from before it (the
 * trail), and both restore from it.
 */
import { isOutcomeId } from './ids';
import type { AnswerId, PageId, StepId } from './ids';
import type { LogEntry } from './log';
import { pathwayMachine } from './pathway';
import { isOfferedShape, withholdingRule } from './rules';
import type { WithholdingRuleId } from './rules';
import { ACTION_REFS } from './actions';
import { pageOf, step } from './caseState';
import type { AnswerRecord, CaseState, Core, Frame, ReplayError, ReplayResult, Stack } from './caseState';

const visit = (visited: readonly PageId[], page: PageId): readonly PageId[] =>
  visited.includes(page) ? visited : [...visited, page];

const withRecord = (answers: readonly AnswerRecord[], record: AnswerRecord): readonly AnswerRecord[] => [
  ...answers.filter((a) => a.step !== record.step),
  record,
];

export const describe = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map((v) => `'${String(v)}'`).join(', ')}]` : `'${String(value)}'`;

export const fail = (
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

/** Whether an earlier contact of this case has the id (a later entry may point only backwards). */
const hasContact = (state: CaseState, id: string): boolean => {
  for (let node = state.contacts; node !== undefined; node = node.tail) if (node.head.id === id) return true;
  return false;
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
      const frame: Frame = { before: core, moved: 'answer', step: entry.step, value: entry.value, at: entry.at, ...(entry.happenedAt ? { happenedAt: entry.happenedAt } : {}) };
      return {
        ok: true,
        state: {
          ...state,
          core: next,
          trail: { head: frame, tail: state.trail },
          rationales: withRationale(state.rationales, entry),
          moves: state.moves + 1,
          lastMove: accepted,
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
      const frame: Frame = { before: core, moved: entry.event === 'emergency' ? 'emergency' : 'disagree', at: entry.at };
      const moved: Core = { snapshot: next, answers: core.answers, visited: visit(core.visited, pageOf(next)) };
      return { ok: true, state: { ...state, core: moved, trail: { head: frame, tail: state.trail }, moves: state.moves + 1,
          lastMove: accepted, accepted } };
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
          lastMove: accepted,
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
      const frame: Frame = { before: rewound, moved: 'change', step: entry.step, value: entry.value, at: entry.at, ...(entry.happenedAt ? { happenedAt: entry.happenedAt } : {}) };
      return {
        ok: true,
        state: {
          ...state,
          core: next,
          trail: { head: frame, tail: found.below },
          remembered: remember(state.remembered, dropped),
          rationales: withRationale(state.rationales, entry),
          moves: state.moves + 1,
          lastMove: accepted,
          accepted,
        },
      };
    }
    case 'contact':
      if (entry.corrects !== undefined && !hasContact(state, entry.corrects)) {
        return fail(state, index, entry.kind, 'unknown-entry', `it corrects '${entry.corrects}', which is no earlier contact of this case`);
      }
      return { ok: true, state: { ...state, contacts: { head: entry, tail: state.contacts }, accepted } };
    case 'contactError':
      if (!hasContact(state, entry.refersTo)) {
        return fail(state, index, entry.kind, 'unknown-entry', `it marks '${entry.refersTo}', which is no earlier contact of this case`);
      }
      return { ok: true, state: { ...state, contactErrors: { head: entry, tail: state.contactErrors }, accepted } };
    case 'note':
      if (entry.resolves !== undefined && !hasContact(state, entry.resolves)) {
        return fail(state, index, entry.kind, 'unknown-entry', `it explains '${entry.resolves}', which is no earlier contact of this case`);
      }
      return { ok: true, state: { ...state, notes: { head: entry, tail: state.notes }, accepted } };
    case 'review':
      return { ok: true, state: { ...state, review: entry.date, lastReview: accepted, accepted } };
    // A manager's sign-off sets the next review: it becomes the case's review date (issue 15).
    case 'supervision':
      return { ok: true, state: { ...state, review: entry.nextReview, lastReview: accepted, accepted } };
    case 'actionDone':
      if (!ACTION_REFS.has(entry.action)) {
        return fail(state, index, entry.kind, 'unknown-entry', `it marks '${entry.action}' done, which is no action of this pathway`);
      }
      return { ok: true, state: { ...state, actionsDone: { head: entry, tail: state.actionsDone }, accepted } };
    case 'disagreement':
      return { ok: true, state: { ...state, disagreements: { head: { entry, after: state.accepted }, tail: state.disagreements }, accepted } };
  }
};
