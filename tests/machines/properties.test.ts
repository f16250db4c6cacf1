/**
 * Properties over generated paths (fast-check, and xstate/graph's shortest paths): replaying any
 * prefix gives the snapshot that stepping through it live gives, and back after any answer gives
 * the case state from before it.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answersInForce,
  applyEntry,
  availableEvents,
  contacts,
  currentPage,
  droppedByBack,
  flags,
  initialState,
  isMultiSelect,
  isOutcome,
  keepTryingCount,
  notes,
  offeredAnswers,
  pathwayMachine,
  raisedFrom,
  recommendedRoutes,
  replay,
  reviewDate,
  visitedPages,
} from '../../machines';
import type { CaseState, LogEntry, PathwayEvent } from '../../machines';
import { shortestPaths } from '../../machines/paths';
import { AT } from './helpers';

/** Everything a case state shows, except what back deliberately remembers (pre-selection). */
const view = (s: CaseState) => ({
  page: currentPage(s),
  context: s.core.snapshot.context,
  answers: answersInForce(s),
  visited: visitedPages(s),
  routes: recommendedRoutes(s),
  flags: flags(s),
  events: availableEvents(s),
  offered: offeredAnswers(s),
  raisedFrom: raisedFrom(s),
  tries: keepTryingCount(s),
  droppedByBack: droppedByBack(s),
  contacts: contacts(s),
  notes: notes(s),
  review: reviewDate(s),
});

/** The entries that can follow `s`: its answers, its global events, and (when `undo`) back, change and notes. */
const options = (s: CaseState, undo: boolean): LogEntry[] => {
  const page = currentPage(s);
  const entries: LogEntry[] = [];
  if (!isOutcome(page)) {
    const offered = offeredAnswers(s);
    for (const value of offered) {
      entries.push({ kind: 'answer', at: AT, step: page, value: isMultiSelect(s) ? [value] : value });
    }
    const pair = offered.filter((v) => v !== 'none').slice(0, 2);
    if (isMultiSelect(s) && pair.length === 2) entries.push({ kind: 'answer', at: AT, step: page, value: pair });
  }
  for (const name of availableEvents(s)) {
    if (name !== 'back') entries.push({ kind: 'event', at: AT, event: name });
    else if (undo) entries.push({ kind: 'back', at: AT });
  }
  if (undo) {
    for (const { step, value } of answersInForce(s)) entries.push({ kind: 'change', at: AT, step, value });
    entries.push({ kind: 'note', at: AT, text: 'note' });
    entries.push({ kind: 'contact', at: AT, date: '2025-03-01', place: 'home', present: 'son', seenAlone: false, words: '' });
  }
  return entries;
};

/** A path through the pathway chosen by `choices`: only entries the pathway accepts. */
const walk = (choices: readonly number[], undo: boolean): LogEntry[] => {
  let state = initialState();
  const log: LogEntry[] = [];
  for (const choice of choices) {
    const next = options(state, undo);
    const entry = next[choice % next.length];
    if (entry === undefined) break;
    const result = applyEntry(state, entry);
    if (!result.ok) continue;
    log.push(entry);
    state = result.state;
  }
  return log;
};

const toEvent = (entry: LogEntry): PathwayEvent => {
  if (entry.kind === 'answer') return { type: 'answer', step: entry.step, value: entry.value };
  if (entry.kind === 'event') return { type: entry.event };
  throw new Error(`no machine event for a ${entry.kind} entry`);
};

const toEntry = (event: PathwayEvent): LogEntry =>
  event.type === 'answer'
    ? { kind: 'answer', at: AT, step: event.step, value: event.value }
    : { kind: 'event', at: AT, event: event.type };

/** The snapshot a live actor reaches, sent the same events one by one. */
const live = (log: readonly LogEntry[]) => {
  const actor = createActor(pathwayMachine).start();
  for (const entry of log) actor.send(toEvent(entry));
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { value: snapshot.value, context: snapshot.context };
};

const replayed = (log: readonly LogEntry[]): CaseState => {
  const result = replay(log);
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
};

const choices = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 });

let graphLogs: LogEntry[][] = [];
beforeAll(() => {
  graphLogs = shortestPaths().map((path) =>
    path.steps.filter((step) => (step.event as { type: string }).type !== 'xstate.init').map((step) => toEntry(step.event)),
  );
});

describe('replay equals stepping live', () => {
  it('for any prefix of a random path', () => {
    fc.assert(
      fc.property(choices, fc.nat(), (picked, cut) => {
        const log = walk(picked, false);
        const prefix = log.slice(0, cut % (log.length + 1));
        const state = replayed(prefix);
        expect({ value: state.core.snapshot.value, context: state.core.snapshot.context }).toEqual(live(prefix));
      }),
    );
  });

  it('for any prefix of a path xstate/graph generated', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (which, cut) => {
        const log = graphLogs[which % graphLogs.length] ?? [];
        const prefix = log.slice(0, cut % (log.length + 1));
        const state = replayed(prefix);
        expect({ value: state.core.snapshot.value, context: state.core.snapshot.context }).toEqual(live(prefix));
      }),
    );
  });
});

describe('back undoes', () => {
  it('any answer, on any path (with backs, changes and notes of its own): the state from before it', () => {
    fc.assert(
      fc.property(choices, fc.nat(), (picked, pick) => {
        const before = replayed(walk(picked, true));
        const moves = options(before, false).filter((e) => e.kind === 'answer' || (e.kind === 'event' && (e.event === 'emergency' || e.event === 'disagree')));
        const move = moves[pick % Math.max(moves.length, 1)];
        if (move === undefined) return;
        const moved = applyEntry(before, move);
        expect(moved.ok).toBe(true);
        if (!moved.ok) return;
        const undone = applyEntry(moved.state, { kind: 'back', at: AT });
        expect(undone.ok).toBe(true);
        if (!undone.ok) return;
        expect(view(undone.state)).toEqual(view(before));
      }),
    );
  });
});
