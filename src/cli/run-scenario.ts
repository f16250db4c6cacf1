/**
 * Runs one scenario through the pathway: the runner turns the scenario's answers into log entries
 * by stepping the case state, so the runner, the UI and the tests share one replay
 * (architecture.md). It never throws on a scenario; it says why one fails.
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

/** pathway.md: a run that goes past 200 events fails as a loop. */
export const EVENT_LIMIT = 200;

export interface ScenarioResult {
  id: string;
  passed: boolean;
  /** Why it failed; absent when it passed. */
  reason?: string;
  /** Every page the run was on, in order (a page visited twice appears twice). */
  trace: PageId[];
  /** The log the run wrote. */
  entries: LogEntry[];
  /** The case state at the end of the run. */
  state: CaseState;
  /** The refusal that ended the run, if one did. */
  rejection?: ReplayError;
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
const unmet = (scenario: Scenario, state: CaseState, trace: readonly PageId[]): string | undefined => {
  const { expect } = scenario;
  const routes = recommendedRoutes(state).map((r) => r.route);
  if (expect.routes && !sameSet(expect.routes, routes)) {
    return `routes ${list(routes)}, expected ${list(expect.routes)}`;
  }
  const unwanted = (expect.notRoutes ?? []).filter((route) => routes.includes(route));
  if (unwanted.length > 0) return `route(s) ${list(unwanted)} recommended, expected absent`;
  const missing = (expect.visits ?? []).filter((page) => !trace.includes(page));
  if (missing.length > 0) return `did not visit ${list(missing)}`;
  const visited = (expect.notVisits ?? []).filter((page) => trace.includes(page));
  if (visited.length > 0) return `visited ${list(visited)}, expected not to`;
  return undefined;
};

/** Runs `scenario` from the first page to its first outcome (or its expected refusal). */
export const runScenario = (scenario: Scenario): ScenarioResult => {
  let state = initialState();
  const entries: LogEntry[] = [];
  const trace: PageId[] = [currentPage(state)];
  const visits = new Map<StepId, number>();
  const pending = [...(scenario.interrupts ?? [])];
  const done = (passed: boolean, reason?: string, rejection?: ReplayError): ScenarioResult => {
    const result: ScenarioResult = { id: scenario.id, passed, trace, entries, state };
    if (reason !== undefined) result.reason = reason;
    if (rejection !== undefined) result.rejection = rejection;
    return result;
  };
  const apply = (entry: LogEntry): ReplayError | undefined => {
    const result = applyEntry(state, entry, entries.length);
    if (!result.ok) return result.error;
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
        return done(false, `expected step '${scenario.expect.rejectedAt}' to refuse its answer, but reached outcome '${page}'`);
      }
      if (page !== scenario.expect.outcome) {
        return done(false, `reached outcome '${page}', expected '${scenario.expect.outcome ?? ''}'`);
      }
      const why = unmet(scenario, state, trace);
      return why === undefined ? done(true) : done(false, why);
    }
    if (entries.length >= EVENT_LIMIT) {
      return done(false, `loop: more than ${EVENT_LIMIT} events without reaching an outcome`);
    }
    const interruptIndex = pending.findIndex((i) => i.at === page);
    const [interrupt] = interruptIndex >= 0 ? pending.splice(interruptIndex, 1) : [];
    if (interrupt !== undefined) {
      const { event } = interrupt;
      const at = timeOf(entries.length);
      const refused = apply(event === 'back' ? { kind: 'back', at } : { kind: 'event', at, event });
      if (refused) return done(false, `interrupt '${event}' at '${page}' was refused: ${refused.message}`, refused);
      continue;
    }
    const spec = scenario.answers[page];
    if (spec === undefined) return done(false, `no answer for step '${page}'`);
    const visit = visits.get(page) ?? 0;
    visits.set(page, visit + 1);
    // The scenario's ids are unchecked strings on purpose: replay refuses one the step does not offer.
    const value = answerForVisit(spec, visit) as AnswerId | AnswerId[];
    const answer: LogEntry = requiresRationale(state)
      ? { kind: 'answer', at: timeOf(entries.length), step: page, value, rationale: `Scenario ${scenario.id}: rationale not given in the scenario.` }
      : { kind: 'answer', at: timeOf(entries.length), step: page, value };
    const refused = apply(answer);
    if (refused) {
      const offered = refused.code === 'not-offered' || refused.code === 'withheld';
      if (scenario.expect.rejectedAt === page && offered) {
        const why = unmet(scenario, state, trace);
        return why === undefined ? done(true, undefined, refused) : done(false, why, refused);
      }
      return done(false, `step '${page}' refused its answer: ${refused.message}`, refused);
    }
  }
};
