/**
 * Runs one scenario through the pathway: the runner turns the scenario's answers into log entries
 * by stepping the case state, so the runner, the UI and the tests share one replay
 * (architecture.md). It never throws on a scenario; it says why one fails, as a code with parameters
 * (./scenarioFault.ts) that the command line and the trainer's view word from content/.
 */
import {
  applyEntry,
  currentPage,
  initialState,
  isOutcome,
  recommendedRoutes,
  requiresRationale,
} from '../../machines';
import type { AnswerId, CaseState, LogEntry, PageId, ReplayError, StepId } from '../../machines';
import type { AnswerSpec, GivenAnswer, Scenario } from '../../content/schema/scenario';
import { replayReason } from '../casefile/replayReason';
import { fault, type FaultParam, type ScenarioFault } from './scenarioFault';

/** pathway.md: a run that goes past 200 events fails as a loop. */
export const EVENT_LIMIT = 200;

export interface ScenarioResult {
  id: string;
  passed: boolean;
  /** Why it failed, as a code with parameters (./scenarioFault.ts); absent when it passed. */
  fault?: ScenarioFault;
  /** Every page the run was on, in order (a page visited twice appears twice). */
  trace: PageId[];
  /** The log the run wrote. */
  entries: LogEntry[];
  /** The case state at the end of the run. */
  state: CaseState;
  /** The refusal that ended the run, if one did. */
  rejection?: ReplayError;
  /** That refusal, as a fault to word: the step or interrupt refused, and why (also when it was expected). */
  refused?: ScenarioFault;
}

const RUN_START = Date.UTC(2025, 0, 1, 9, 0, 0);
const timeOf = (n: number): string => new Date(RUN_START + n * 60_000).toISOString();

/** The answer for the `visit`-th visit (0-based) of a step: `each` gives one per visit, its last repeating. */
export const answerForVisit = (spec: AnswerSpec, visit: number): GivenAnswer => {
  if (typeof spec === 'string' || Array.isArray(spec)) return spec;
  return spec.each[Math.min(visit, spec.each.length - 1)] ?? [];
};

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));

const list = (items: readonly string[]): string => `[${items.join(', ')}]`;

/** The expectations other than the outcome, checked against the end of the run. */
const unmet = (scenario: Scenario, state: CaseState, trace: readonly PageId[]): ScenarioFault | undefined => {
  const { expect } = scenario;
  const routes = recommendedRoutes(state).map((r) => r.route);
  if (expect.routes && !sameSet(expect.routes, routes)) {
    return fault('routes', { routes: list(routes), expected: list(expect.routes) });
  }
  const unwanted = (expect.notRoutes ?? []).filter((route) => routes.includes(route));
  if (unwanted.length > 0) return fault('routesUnwanted', { routes: list(unwanted) });
  const missing = (expect.visits ?? []).filter((page) => !trace.includes(page));
  if (missing.length > 0) return fault('notVisited', { pages: list(missing) });
  const visited = (expect.notVisits ?? []).filter((page) => trace.includes(page));
  if (visited.length > 0) return fault('visitedUnwanted', { pages: list(visited) });
  return undefined;
};

/** Runs `scenario` from the first page to its first outcome (or its expected refusal). */
export const runScenario = (scenario: Scenario): ScenarioResult => {
  let state = initialState();
  const entries: LogEntry[] = [];
  const trace: PageId[] = [currentPage(state)];
  const visits = new Map<StepId, number>();
  const pending = [...(scenario.interrupts ?? [])];
  const done = (passed: boolean, why?: ScenarioFault, rejection?: { error: ReplayError; refused: ScenarioFault }): ScenarioResult => {
    const result: ScenarioResult = { id: scenario.id, passed, trace, entries, state };
    if (why !== undefined) result.fault = why;
    if (rejection !== undefined) {
      result.rejection = rejection.error;
      result.refused = rejection.refused;
    }
    return result;
  };
  /** The refusal of an entry, and why in the record's words (src/casefile/replayReason.ts). */
  const apply = (entry: LogEntry): { error: ReplayError; why: { refusal: FaultParam } } | undefined => {
    const result = applyEntry(state, entry, entries.length);
    if (!result.ok) return { error: result.error, why: { refusal: { record: replayReason(result.error, result.state, entry), detail: result.error.message } } };
    entries.push(entry);
    state = result.state;
    const page = currentPage(state);
    if (page !== trace.at(-1)) trace.push(page);
    return undefined;
  };

  for (;;) {
    const page = currentPage(state);
    if (isOutcome(page)) {
      if (scenario.expect.rejectedAt !== undefined) {
        return done(false, fault('refusedButReached', { step: scenario.expect.rejectedAt, outcome: page }));
      }
      if (page !== scenario.expect.outcome) {
        return done(false, fault('wrongOutcome', { outcome: page, expected: scenario.expect.outcome ?? '' }));
      }
      const why = unmet(scenario, state, trace);
      return why === undefined ? done(true) : done(false, why);
    }
    if (entries.length >= EVENT_LIMIT) {
      return done(false, fault('loop', { limit: EVENT_LIMIT }));
    }
    const interruptIndex = pending.findIndex((i) => i.at === page);
    const [interrupt] = interruptIndex >= 0 ? pending.splice(interruptIndex, 1) : [];
    if (interrupt !== undefined) {
      const { event } = interrupt;
      const at = timeOf(entries.length);
      const refused = apply(event === 'back' ? { kind: 'back', at } : { kind: 'event', at, event });
      if (refused) {
        const why = fault('interruptRefused', { event, page, ...refused.why });
        return done(false, why, { error: refused.error, refused: why });
      }
      continue;
    }
    const spec = scenario.answers[page];
    if (spec === undefined) return done(false, fault('noAnswer', { step: page }));
    const visit = visits.get(page) ?? 0;
    visits.set(page, visit + 1);
    // The scenario's ids are unchecked strings on purpose: replay refuses one the step does not offer.
    const value = answerForVisit(spec, visit) as AnswerId | AnswerId[];
    const answer: LogEntry = requiresRationale(state)
      ? { kind: 'answer', at: timeOf(entries.length), step: page, value, rationale: `Scenario ${scenario.id}: rationale not given in the scenario.` }
      : { kind: 'answer', at: timeOf(entries.length), step: page, value };
    const refused = apply(answer);
    if (refused) {
      const offered = refused.error.code === 'not-offered' || refused.error.code === 'withheld';
      const rejection = { error: refused.error, refused: fault('answerRefused', { step: page, ...refused.why }) };
      if (scenario.expect.rejectedAt === page && offered) {
        const why = unmet(scenario, state, trace);
        return why === undefined ? done(true, undefined, rejection) : done(false, why, rejection);
      }
      return done(false, rejection.refused, rejection);
    }
  }
};
