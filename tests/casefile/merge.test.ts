/**
 * Merging two copies of one case by entry id (issue 15, point 7): what the stored copy lacks goes
 * after it, in the file's order; nothing is inserted or rewritten; a result that would not replay
 * is no merge at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersInForce,
  applyEntry,
  availableEvents,
  currentPage,
  initialState,
  isMultiSelect,
  isOutcome,
  offeredAnswers,
  replay,
  requiresRationale,
} from '../../machines';
import type { CaseFile, CaseState, LogEntry } from '../../machines';
import { mergeCopies } from '../../src/casefile/merge';
import { at, caseWith } from './helpers';
import { TO_BARRIER, answers } from '../machines/helpers';

const note = (id: string, text: string, minute: number): LogEntry => ({ id, kind: 'note', at: at(minute), text });
const withIds = (entries: LogEntry[], prefix: string): LogEntry[] => entries.map((entry, i) => ({ ...entry, id: `${prefix}${i + 1}` }));

describe('mergeCopies: hand-written cases', () => {
  const start = withIds(answers(TO_BARRIER), 's');

  it('appends what the stored copy lacks, in the file order, after the stored entries', () => {
    const stored = caseWith([...start, note('n1', 'here', 10)], 'R');
    const incoming = caseWith([...start, note('m1', 'there', 11), note('m2', 'and there', 12)], 'R');
    const result = mergeCopies(stored, incoming);
    expect(result.ok && result.change).toBe('append');
    if (!result.ok) return;
    expect(result.merged.entries.map((entry) => entry.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 'n1', 'm1', 'm2']);
    expect(result.added.map((entry) => entry.id)).toEqual(['m1', 'm2']);
  });

  it('finds nothing to add when the file is the stored copy, or an earlier one', () => {
    const stored = caseWith([...start, note('n1', 'here', 10)], 'R');
    expect(mergeCopies(stored, stored)).toMatchObject({ ok: true, change: 'none', added: [] });
    expect(mergeCopies(stored, caseWith(start.slice(0, 3), 'R'))).toMatchObject({ ok: true, change: 'none' });
  });

  it('keeps the stored envelope: reference and creation time as stored', () => {
    const stored = { ...caseWith(start, 'R'), reference: 'MY-NAME-FOR-IT' };
    const result = mergeCopies(stored, caseWith([...start, note('m1', 'x', 9)], 'R'));
    expect(result.ok && result.merged.reference).toBe('MY-NAME-FOR-IT');
  });

  it('refuses two different cases', () => {
    expect(mergeCopies(caseWith(start, 'R1'), caseWith(start, 'R2'))).toEqual({ ok: false, problem: 'different-case' });
  });

  it('refuses one id holding two different entries, naming it', () => {
    const result = mergeCopies(caseWith([note('a', 'first', 1)], 'R'), caseWith([note('a', 'edited', 1), note('b', 'new', 2)], 'R'));
    expect(result).toEqual({ ok: false, problem: 'differing', differing: [{ id: 'a', kind: 'note', position: 1 }] });
  });

  it('refuses copies that went different ways through the pathway, naming the entries that conflict', () => {
    // Both answered `barrier` on their own device: appended after the stored answer, the file's is on the wrong page.
    const stored = caseWith([...start, { id: 'x1', kind: 'answer', at: at(20), step: 'barrier', value: ['third-party-always-present'] }], 'R');
    const incoming = caseWith([...start, note('y0', 'before', 20), { id: 'y1', kind: 'answer', at: at(21), step: 'barrier', value: ['third-party-always-present'] }], 'R');
    const result = mergeCopies(stored, incoming);
    expect(result.ok).toBe(false);
    if (result.ok || result.problem !== 'would-not-replay') return expect.fail('expected would-not-replay');
    expect(result.refused).toEqual({ id: 'y1', kind: 'answer', position: 8 });
    expect(result.storedOnly).toEqual([{ id: 'x1', kind: 'answer' }]);
    expect(result.reason.code).toBe('replay.wrong-step');
  });

  it('never changes the stored copy it is given', () => {
    const stored = caseWith([...start], 'R');
    const before = JSON.stringify(stored);
    mergeCopies(stored, caseWith([...start, note('m1', 'x', 9)], 'R'));
    expect(JSON.stringify(stored)).toBe(before);
  });
});

// -- a property over generated logs and extensions ---------------------------------------------

interface Move {
  readonly group: number;
  readonly choice: number;
  readonly day: number;
}

const move: fc.Arbitrary<Move> = fc.record({ group: fc.nat(9), choice: fc.nat(), day: fc.nat(40) });
const dateOf = (day: number) => new Date(Date.UTC(2026, 9, 1 + day)).toISOString().slice(0, 10);

/** Entries of one kind the pathway would accept now, found by its own selectors. */
const candidates = (state: CaseState, m: Move, time: string): LogEntry[] => {
  const page = currentPage(state);
  if (m.group <= 5) {
    if (isOutcome(page)) return [];
    return offeredAnswers(state).map((value) => {
      const entry = { kind: 'answer', at: time, step: page, value: isMultiSelect(state) ? [value] : value } as LogEntry;
      return requiresRationale(state) ? ({ ...entry, rationale: 'because' } as LogEntry) : entry;
    });
  }
  if (m.group === 6) return availableEvents(state).map((event): LogEntry => (event === 'back' ? { kind: 'back', at: time } : { kind: 'event', at: time, event }));
  if (m.group === 7) return answersInForce(state).map((record) => ({ kind: 'change', at: time, step: record.step, value: record.value }) as LogEntry);
  if (m.group === 8) return [{ kind: 'contact', at: time, date: dateOf(m.day), place: 'home', present: '', seenAlone: true, words: '' }];
  return [{ kind: 'note', at: time, text: 'a note' }];
};

/** Walks on from `state`, each entry given an id `<prefix><n>`. */
const walkFrom = (state: CaseState, moves: readonly Move[], prefix: string): LogEntry[] => {
  const entries: LogEntry[] = [];
  moves.forEach((m, i) => {
    const options = candidates(state, m, new Date(Date.UTC(2026, 10, 1) + i * 61_000).toISOString());
    const chosen = options[m.choice % Math.max(options.length, 1)];
    if (chosen === undefined) return;
    const entry = { ...chosen, id: `${prefix}${entries.length + 1}` } as LogEntry;
    const applied = applyEntry(state, entry, entries.length);
    if (!applied.ok) return;
    state = applied.state;
    entries.push(entry);
  });
  return entries;
};

const stateAfter = (entries: readonly LogEntry[]): CaseState => {
  const result = replay(entries);
  if (!result.ok) throw new Error('a generated walk must replay');
  return result.state;
};

const copies = fc
  .record({
    shared: fc.array(move, { maxLength: 40 }),
    storedOn: fc.array(move, { maxLength: 15 }),
    fileOn: fc.array(move, { maxLength: 15 }),
    /** The file may lack some shared entries too (an earlier export, with entries of its own after). */
    fileDrops: fc.nat(5),
  })
  .map(({ shared, storedOn, fileOn, fileDrops }): [CaseFile, CaseFile] => {
    const prefix = walkFrom(initialState(), shared, 'c');
    const common = stateAfter(prefix);
    const stored = [...prefix, ...walkFrom(common, storedOn, 's')];
    const kept = prefix.slice(0, Math.max(0, prefix.length - fileDrops));
    const fileEntries = [...kept, ...walkFrom(stateAfter(kept), fileOn, 'f')];
    return [caseWith(stored, 'GEN'), caseWith(fileEntries, 'GEN')];
  });

describe('mergeCopies: a property over generated logs and extensions', () => {
  it('keeps every entry exactly once, the stored entries first and unchanged, and the result replays or nothing changes', () => {
    fc.assert(
      fc.property(copies, ([stored, incoming]) => {
        const storedBefore = JSON.stringify(stored);
        const result = mergeCopies(stored, incoming);
        // Pure: the stored copy is the same whatever the outcome.
        expect(JSON.stringify(stored)).toBe(storedBefore);
        if (!result.ok) {
          expect(result.problem).toBe('would-not-replay');
          expect(replay([...stored.entries, ...incoming.entries.filter((e) => !stored.entries.some((s) => s.id === e.id))]).ok).toBe(false);
          return;
        }
        const ids = result.merged.entries.map((entry) => entry.id);
        const every = new Set([...stored.entries, ...incoming.entries].map((entry) => entry.id));
        // Every entry of either copy, exactly once.
        expect(ids.length).toBe(new Set(ids).size);
        expect(new Set(ids)).toEqual(every);
        // The stored entries first, unchanged.
        expect(result.merged.entries.slice(0, stored.entries.length)).toEqual(stored.entries);
        // The added ones in the file order.
        const added = result.merged.entries.slice(stored.entries.length);
        const fileOrder = incoming.entries.filter((entry) => added.some((a) => a.id === entry.id));
        expect(added).toEqual(fileOrder);
        expect(replay(result.merged.entries).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the property is not vacuous: some generated pairs merge and some refuse', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(copies, ([stored, incoming]) => {
        const result = mergeCopies(stored, incoming);
        outcomes.add(result.ok ? result.change : result.problem);
      }),
      { numRuns: 300, seed: 15 },
    );
    expect(outcomes).toEqual(new Set(['append', 'none', 'would-not-replay']));
  });
});
