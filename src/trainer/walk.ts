/**
 * A case study as moves through the pathway (issue 14, points 2 and 3): the scenario runner
 * (src/cli/run-scenario.ts) writes the log; this replays it one entry at a time, keeping the state
 * before each entry, so the player can show any step as the practitioner saw it. "What if" replays
 * the same log up to a step, gives another answer there, and plays on with the scenario's own answers
 * where they still apply: its `each` lists go on from where they were, its interrupts are dropped
 * after the branch, and where it has no answer (or one the pathway no longer offers) the trainer's
 * own choice is used, or asked for. Nothing is stored: a walk lives in memory only.
 */
import { applyEntry, currentPage, initialState, isOutcome, offeredAnswers, recommendedRoutes, requiresRationale } from '../../machines';
import type { AnswerId, CaseState, LogEntry, OutcomeId, PageId, RouteId, StepId } from '../../machines';
import type { GivenAnswer, Scenario } from '../../content/schema/scenario';
import { EVENT_LIMIT, answerForVisit, runScenario } from '../cli/run-scenario';
import { fault, type ScenarioFault } from '../cli/scenarioFault';
import { replayReason } from '../casefile/replayReason';

export interface Move {
  /** The page the entry was made on. */
  readonly page: PageId;
  readonly entry: LogEntry;
  /** The case as it stood on that page, before the entry. */
  readonly before: CaseState;
}

export type WalkEnd =
  | { readonly kind: 'outcome'; readonly outcome: OutcomeId; readonly routes: readonly RouteId[] }
  /** The scenario has no answer here that the pathway offers: the trainer is asked. */
  | { readonly kind: 'needs-answer'; readonly step: StepId; readonly offered: readonly AnswerId[] }
  /** Why, as a code with parameters: the page words it (src/trainer/useFaultText.ts). */
  | { readonly kind: 'failed'; readonly fault: ScenarioFault };

export interface Walk {
  readonly moves: readonly Move[];
  readonly final: CaseState;
  readonly end: WalkEnd;
}

/** The pages a walk stands on, in order: the page of each move, then where it ended. */
export const pagesOf = (walk: Walk): PageId[] => [...walk.moves.map((move) => move.page), currentPage(walk.final)];

const at = (n: number): string => new Date(Date.UTC(2025, 0, 1, 9, 0, 0) + n * 60_000).toISOString();

const endOf = (state: CaseState): WalkEnd | undefined => {
  const page = currentPage(state);
  return isOutcome(page) ? { kind: 'outcome', outcome: page as OutcomeId, routes: recommendedRoutes(state).map((route) => route.route) } : undefined;
};

/** Plays a scenario as written: the runner's log, replayed one entry at a time. */
export function playScenario(scenario: Scenario): Walk {
  const result = runScenario(scenario);
  let state = initialState();
  const moves: Move[] = [];
  for (const entry of result.entries) {
    const applied = applyEntry(state, entry, moves.length);
    if (!applied.ok) return { moves, final: state, end: { kind: 'failed', fault: fault('logRefused', { refusal: { record: replayReason(applied.error, applied.state, entry) } }) } };
    moves.push({ page: currentPage(state), entry, before: state });
    state = applied.state;
  }
  const end = endOf(state);
  const failed = (why: ScenarioFault | undefined): WalkEnd => ({ kind: 'failed', fault: why ?? fault('other') });
  // A refusal the scenario expects (rejectedAt) passes, but the walk still stops there: say which.
  if (result.refused) return { moves, final: state, end: failed(result.refused) };
  if (!result.passed) return { moves, final: state, end: failed(result.fault) };
  return { moves, final: state, end: end ?? failed(result.fault) };
}

const sameAnswer = (a: LogEntry, value: AnswerId | readonly AnswerId[]): boolean =>
  a.kind === 'answer' && JSON.stringify(a.value) === JSON.stringify(value);

export interface Branch {
  /** The move whose answer is changed. */
  readonly at: number;
  readonly value: AnswerId | AnswerId[];
  /** The trainer's answers where the scenario has none the pathway offers, by step. */
  readonly chosen?: Readonly<Partial<Record<StepId, AnswerId | AnswerId[]>>>;
}

/** The original walk up to move `branch.at`, the other answer there, and the scenario's answers after it. */
export function playBranch(scenario: Scenario, original: Walk, branch: Branch): Walk {
  const start = original.moves[branch.at];
  if (!start || start.entry.kind !== 'answer') return { moves: original.moves, final: original.final, end: { kind: 'failed', fault: fault('branchNotAnAnswer') } };
  const moves: Move[] = original.moves.slice(0, branch.at);
  const visits = new Map<StepId, number>();
  for (const move of moves) if (move.entry.kind === 'answer') visits.set(move.entry.step, (visits.get(move.entry.step) ?? 0) + 1);
  let state = start.before;

  const answer = (step: StepId, value: AnswerId | AnswerId[]): boolean => {
    const entry: LogEntry = requiresRationale(state)
      ? { kind: 'answer', at: at(moves.length), step, value, rationale: `What if: ${scenario.id}` }
      : { kind: 'answer', at: at(moves.length), step, value };
    const applied = applyEntry(state, entry, moves.length);
    if (!applied.ok) return false;
    moves.push({ page: step, entry, before: state });
    visits.set(step, (visits.get(step) ?? 0) + 1);
    state = applied.state;
    return true;
  };

  if (!answer(start.entry.step, branch.value)) return { moves, final: state, end: { kind: 'failed', fault: fault('branchNotOffered') } };
  for (;;) {
    const end = endOf(state);
    if (end) return { moves, final: state, end };
    if (moves.length >= EVENT_LIMIT) return { moves, final: state, end: { kind: 'failed', fault: fault('branchLoop', { limit: EVENT_LIMIT }) } };
    const page = currentPage(state) as StepId;
    const spec = scenario.answers[page];
    const written = spec === undefined ? undefined : (answerForVisit(spec, visits.get(page) ?? 0) as GivenAnswer as AnswerId | AnswerId[]);
    if (written !== undefined && answer(page, written)) continue;
    const chosen = branch.chosen?.[page];
    if (chosen !== undefined && answer(page, chosen)) continue;
    return { moves, final: state, end: { kind: 'needs-answer', step: page, offered: offeredAnswers(state) } };
  }
}

/** The last page the two walks share before they go different ways; undefined when they never part. */
export function whereTheyPart(a: Walk, b: Walk): { index: number; page: PageId } | undefined {
  const left = pagesOf(a);
  const right = pagesOf(b);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index++) {
    if (left[index] !== right[index]) {
      const page = left[index - 1] ?? right[index - 1];
      return page === undefined ? undefined : { index: index - 1, page };
    }
  }
  return undefined;
}

/** Whether a move changed the answer the scenario gave (for marking the branch point). */
export const isSameAnswer = sameAnswer;
