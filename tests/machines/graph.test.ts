/**
 * Path tests generated from the chart with xstate/graph (machines/paths.ts): every step and
 * outcome reachable, no dead end, each global event available exactly where the contract's table
 * says, and every transition the machine defines taken somewhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OUTCOME_IDS,
  STEP_IDS,
  applyEntry,
  availableEvents,
  currentPage,
  initialState,
  isOutcome,
  offeredAnswers,
} from '../../machines';
import type { CaseState, LogEntry, PageId } from '../../machines';
import { adjacency, coveredTransitions, definedTransitions, serializeSnapshot, shortestPaths } from '../../machines/paths';
import type { PathwayEvent } from '../../machines';
import { AT } from './helpers';

/** pathway.md, "Global events", second table, column by column. */
const NONE: string[] = [];
const BACK_ONLY = ['back'];
const EMERGENCY_STEP = ['crimeSuspected', 'referForReview', 'back'];
const LADDER = ['emergency', 'crimeSuspected', 'referForReview', 'back'];
const ALL = ['emergency', 'disagree', 'crimeSuspected', 'referForReview', 'back'];
const EXPECTED_EVENTS: Record<PageId, string[]> = {
  jurisdiction: NONE,
  role: BACK_ONLY,
  walesProcedures: BACK_ONLY,
  partnerConcern: ALL,
  immediateDanger: ALL,
  careNeeds: ALL,
  abuseOrNeglect: ALL,
  unableToProtect: ALL,
  barrier: ALL,
  thirdParty: ALL,
  riskIndicators: ALL,
  accessAttempt: ALL,
  speaksFreely: ALL,
  adultWishes: ALL,
  safeguardingPlan: ALL,
  refusalUnreasonable: ALL,
  interventionJustified: ALL,
  riskMeeting: ALL,
  capacity: ALL,
  advocacy: ALL,
  coercion: ALL,
  mentalDisorder: ALL,
  forcedMarriage: ALL,
  crime: ALL,
  legalOptions: ALL,
  legalAdvice: ALL,
  respectAutonomy: ALL,
  emergency: EMERGENCY_STEP,
  escalatePractitioners: LADDER,
  escalateManagers: LADDER,
  escalateLeads: LADDER,
  escalateBoard: LADDER,
  concernRaised: ALL,
  notSection42: ALL,
  emergencyServices: ALL,
  seenAloneSafe: ALL,
  planAgreed: ALL,
  reviewAndMonitor: ALL,
  autonomyRespected: ALL,
  protectiveAction: ALL,
  escalatedToBoard: ALL,
  sarReferral: ALL,
};

const toEntry = (event: PathwayEvent): LogEntry =>
  event.type === 'answer'
    ? { kind: 'answer', at: AT, step: event.step, value: event.value }
    : { kind: 'event', at: AT, event: event.type };

type Path = ReturnType<typeof shortestPaths>[number];
let paths: Path[] = [];
/** The case state at the end of every path, replayed from its parent's along the shortest-path tree. */
const cases: { path: Path; state: CaseState }[] = [];

beforeAll(() => {
  paths = [...shortestPaths()].sort((a, b) => a.steps.length - b.steps.length);
  const byKey = new Map<string, CaseState>();
  for (const path of paths) {
    // A step is an event and the state it led to; xstate/graph opens every path with `xstate.init`.
    const last = path.steps.at(-1);
    const parent = path.steps.at(-2);
    let state = initialState();
    if (last !== undefined && parent !== undefined) {
      const from = byKey.get(serializeSnapshot(parent.state));
      if (from === undefined) throw new Error('a shortest path whose parent was not replayed');
      const result = applyEntry(from, toEntry(last.event));
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    byKey.set(serializeSnapshot(path.state), state);
    cases.push({ path, state });
  }
});

describe('the chart, walked by xstate/graph', () => {
  it('replays every generated path to the state the graph reached', () => {
    expect(cases.length).toBeGreaterThan(100);
    for (const { path, state } of cases) {
      expect(currentPage(state)).toBe(path.state.value);
      // The graph keeps one snapshot per key; any other with the same key behaves the same.
      expect(serializeSnapshot(state.core.snapshot)).toBe(serializeSnapshot(path.state));
    }
  });

  it('reaches every step', () => {
    const reached = new Set(cases.map(({ state }) => currentPage(state)));
    expect(STEP_IDS.filter((step) => !reached.has(step))).toEqual([]);
  });

  it('reaches every outcome', () => {
    const reached = new Set(cases.map(({ state }) => currentPage(state)));
    expect(OUTCOME_IDS.filter((outcome) => !reached.has(outcome))).toEqual([]);
  });

  it('has no dead end: every page that is not an outcome offers an answer the pathway accepts', () => {
    const deadEnds: string[] = [];
    for (const { state } of cases) {
      const page = currentPage(state);
      if (isOutcome(page)) continue;
      const accepted = offeredAnswers(state).some((value) => {
        const multi = page === 'barrier' || page === 'riskIndicators';
        return applyEntry(state, { kind: 'answer', at: AT, step: page, value: multi ? [value] : value }).ok;
      });
      if (!accepted) deadEnds.push(page);
    }
    expect(deadEnds).toEqual([]);
  });

  it('the expected-events table names every page', () => {
    expect(Object.keys(EXPECTED_EVENTS).sort()).toEqual([...STEP_IDS, ...OUTCOME_IDS].sort());
  });

  it('offers each global event exactly where the contract says, in every state reached', () => {
    const wrong: string[] = [];
    for (const { state } of cases) {
      const page = currentPage(state);
      const expected = EXPECTED_EVENTS[page];
      const available = availableEvents(state);
      if (JSON.stringify(available) !== JSON.stringify(expected)) wrong.push(`${page}: ${available.join(',')}`);
      const machineEvents = (['emergency', 'disagree', 'crimeSuspected', 'referForReview'] as const).filter((type) =>
        state.core.snapshot.can({ type }),
      );
      if (JSON.stringify(machineEvents) !== JSON.stringify(expected.filter((e) => e !== 'back'))) {
        wrong.push(`${page} (machine): ${machineEvents.join(',')}`);
      }
      for (const name of ['emergency', 'disagree', 'crimeSuspected', 'referForReview'] as const) {
        const applied = applyEntry(state, { kind: 'event', at: AT, event: name }).ok;
        if (applied !== expected.includes(name)) wrong.push(`${page}: ${name} applied=${String(applied)}`);
      }
      if (applyEntry(state, { kind: 'back', at: AT }).ok !== expected.includes('back')) wrong.push(`${page}: back`);
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('takes every transition the machine defines (coverage 100%)', () => {
    const defined = definedTransitions();
    const covered = coveredTransitions(adjacency());
    const missed = [...defined.keys()].filter((key) => !covered.has(key));
    expect(missed).toEqual([]);
    expect(covered.size).toBe(defined.size);
  });
});
