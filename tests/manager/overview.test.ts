// @vitest-environment jsdom
/**
 * The manager's overview (issue 15, point 4) from fixture cases written by hand: its figures, the
 * filter and the orders, the ladder, the CSV (no adult's words, formulas escaped), and the summaries
 * of the cases on this device, kept and made again only when a case changed, the day moved on or
 * the team's thresholds changed.
 */
import 'fake-indexeddb/auto';
import { createStore, keys } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { replay, type CaseFile, type LogEntry } from '../../machines';
import type { FlagThresholds } from '../../machines/flags';
import { exportCaseFile } from '../../src/casefile/export';
import { toCsv } from '../../src/manager/csv';
import { CSV_COLUMNS, casesByLevel, csvCells, flagCounts, overviewRows, shownRows, type OverviewRow } from '../../src/manager/overview';
import { ownCaseSummaries } from '../../src/manager/ownCases';
import { summariseForTeam, summaryForDay } from '../../src/manager/teamSummary';
import { caseKey } from '../../src/storage/store';
import { caseWith } from '../casefile/helpers';
import { TO_BARRIER, answers } from '../machines/helpers';

const thresholds: FlagThresholds = { notSeenAloneDays: 14, actionOutstandingDays: 7, escalationDays: { escalatePractitioners: 2 }, holidays: new Set() };
const TODAY = '2026-12-10';
const stamp = (entries: readonly Omit<LogEntry, 'id' | 'at'>[], first = 0): LogEntry[] =>
  entries.map((entry, i) => ({ ...entry, id: `e${first + i + 1}`, at: `2026-11-2${Math.min(8, Math.floor((first + i) / 10))}T09:${String((first + i) % 60).padStart(2, '0')}:00.000Z` }) as LogEntry);

/** Three cases: seen alone 5 days ago with a review date ahead; never seen alone; seen alone 20 days ago with a review overdue. */
function fixtures(): CaseFile[] {
  const base = stamp(answers(TO_BARRIER));
  const contact = (date: string, seenAlone: boolean, n: number): LogEntry =>
    ({ kind: 'contact', id: `c${n}`, at: '2026-11-28T10:00:00.000Z', date, place: 'Her home', present: seenAlone ? '' : 'Son', seenAlone, words: 'I am frightened of him' }) as LogEntry;
  const review = (date: string, n: number): LogEntry => ({ kind: 'review', id: `r${n}`, at: '2026-11-28T11:00:00.000Z', date }) as LogEntry;
  return [
    { ...caseWith([...base, contact('2026-12-05', true, 1), review('2026-12-20', 1)], 'B-2'), caseId: 'case-b', heldBy: 'JB' },
    { ...caseWith([...base], 'A-10'), caseId: 'case-a' },
    { ...caseWith([...base, contact('2026-11-20', true, 2), review('2026-12-01', 2)], 'C-3'), caseId: 'case-c', heldBy: '=cmd|calc' },
  ];
}

const rowOf = (file: CaseFile): OverviewRow => {
  const replayed = replay(file.entries);
  if (!replayed.ok) throw new Error('fixture does not replay');
  return { summary: summariseForTeam(file, replayed.state, thresholds, TODAY), source: { kind: 'review', expiresAt: '2026-12-30T00:00:00.000Z' } };
};

describe('the overview of fixture cases', () => {
  const rows = fixtures().map(rowOf);
  const [b, a, c] = rows as [OverviewRow, OverviewRow, OverviewRow];

  it('gives each case its figures and flags', () => {
    expect(b.summary).toMatchObject({ reference: 'B-2', heldBy: 'JB', lastSeenAlone: '2026-12-05', reviewDate: '2026-12-20' });
    expect(b.summary.flags.map((f) => f.id)).toEqual([]);
    expect(a.summary.lastSeenAlone).toBeUndefined();
    expect(a.summary.flags.map((f) => f.id)).toEqual(['review-missing', 'not-seen-alone']);
    expect(c.summary.flags).toEqual([
      { id: 'review-overdue', params: { date: '2026-12-01', days: 9 } },
      { id: 'not-seen-alone', params: { date: '2026-11-20', days: 20 } },
    ]);
    expect(flagCounts(rows)).toMatchObject({ 'review-overdue': 1, 'review-missing': 1, 'not-seen-alone': 2, 'escalation-overdue': 0 });
  });

  it('filters by a flag and sorts by each order, ties by reference', () => {
    const refs = (shown: OverviewRow[]) => shown.map((row) => row.summary.reference);
    expect(refs(shownRows(rows, { flag: 'not-seen-alone', sort: 'reference' }))).toEqual(['A-10', 'C-3']);
    expect(refs(shownRows(rows, { flag: 'review-overdue', sort: 'flags' }))).toEqual(['C-3']);
    expect(refs(shownRows(rows, { sort: 'flags' }))).toEqual(['A-10', 'C-3', 'B-2']);
    // Never seen alone first, then the longest ago.
    expect(refs(shownRows(rows, { sort: 'seenAlone' }))).toEqual(['A-10', 'C-3', 'B-2']);
    // No review date first (it is a flag), then the earliest.
    expect(refs(shownRows(rows, { sort: 'review' }))).toEqual(['A-10', 'C-3', 'B-2']);
    // References sort as people read them: A-10 after A-9.
    expect(refs(shownRows([...rows, rowOf({ ...fixtures()[1]!, reference: 'A-9', caseId: 'case-a9' })], { sort: 'reference' }))).toEqual(['A-9', 'A-10', 'B-2', 'C-3']);
  });

  it('shows a case kept for review and also on this device once, as the review copy', () => {
    const device: OverviewRow = { ...b, source: { kind: 'device', storageId: 's1' } };
    const other: OverviewRow = { ...a, source: { kind: 'device', storageId: 's2' } };
    const merged = overviewRows([b], [device, { ...other, summary: { ...other.summary, caseId: 'case-z' } }]);
    expect(merged.map((row) => row.source.kind)).toEqual(['review', 'device']);
  });

  it('puts a case on the ladder at the level it is open at, and nowhere once resolved', () => {
    const open: OverviewRow = { ...a, summary: { ...a.summary, escalation: { level: 'escalateManagers', since: '2026-12-01', status: 'overdue', due: '2026-12-08' } } };
    const resolved: OverviewRow = { ...b, summary: { ...b.summary, escalation: { level: 'escalatePractitioners', since: '2026-12-01', status: 'resolved' } } };
    const levels = casesByLevel([open, resolved, c]);
    expect(levels.escalateManagers.map((row) => row.summary.reference)).toEqual(['A-10']);
    expect(levels.escalatePractitioners).toEqual([]);
  });

  it('writes CSV with no adult\'s words, places or names, and escapes a cell a spreadsheet would run', () => {
    const csv = toCsv([CSV_COLUMNS, ...rows.map((row) => CSV_COLUMNS.map((column) => csvCells(row, TODAY)[column]))]);
    expect(csv).not.toMatch(/frightened|Her home|Son/);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('B-2,JB,seeing-alone,2026-12-05,5,,,,2026-12-20,0,,review');
    expect(lines[2]).toBe("A-10,,seeing-alone,never,,,,,,0,review-missing not-seen-alone,review");
    expect(lines[3]?.startsWith("C-3,'=cmd|calc,")).toBe(true);
  });
});

describe("a kept summary on a later day", () => {
  it('has the flags and the escalation status a fresh summary of that day has, with no replay', () => {
    const escalated = { ...caseWith([...stamp(answers(TO_BARRIER)), { kind: 'event', id: 'd1', at: '2026-11-30T10:00:00.000Z', event: 'disagree' } as LogEntry], 'E-1'), caseId: 'case-e' };
    for (const file of [...fixtures(), escalated]) {
      const replayed = replay(file.entries);
      if (!replayed.ok) throw new Error(`${file.reference} does not replay`);
      const kept = summariseForTeam(file, replayed.state, thresholds, '2026-12-01');
      for (const day of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-06', '2026-12-20', '2027-02-01']) {
        expect(summaryForDay(kept, thresholds, day), `${file.reference} on ${day}`).toEqual(summariseForTeam(file, replayed.state, thresholds, day));
      }
    }
    // The escalated case goes overdue as the days pass: the status moves with the day, not with a replay.
    const replayed = replay(escalated.entries);
    if (!replayed.ok) throw new Error('escalated case does not replay');
    const kept = summariseForTeam(escalated, replayed.state, thresholds, '2026-11-30');
    expect(kept.escalation).toMatchObject({ level: 'escalatePractitioners', status: 'open', due: '2026-12-02' });
    expect(summaryForDay(kept, thresholds, '2026-12-03').escalation?.status).toBe('overdue');
    expect(summaryForDay(kept, thresholds, '2026-12-03').flags.map((f) => f.id)).toContain('escalation-overdue');
  });
});

describe('the cases on this device', () => {
  let n = 0;
  const freshStore = () => createStore(`own-test-${n++}`, 'own');

  it('are summarised once, and again only when a case changes, the day moves on or the thresholds change', async () => {
    window.localStorage.clear();
    const [b, a] = fixtures() as [CaseFile, CaseFile];
    window.localStorage.setItem(caseKey('s-b'), exportCaseFile(b));
    window.localStorage.setItem(caseKey('s-a'), exportCaseFile(a));
    const store = freshStore();
    const first = await ownCaseSummaries(thresholds, { today: TODAY, store });
    expect(first.replayed).toBe(2);
    expect(first.summaries.map((s) => [s.storageId, s.summary.reference])).toEqual([['s-a', 'A-10'], ['s-b', 'B-2']]);
    expect((await ownCaseSummaries(thresholds, { today: TODAY, store })).replayed).toBe(0);
    // One case gains an entry: only it is made again.
    window.localStorage.setItem(caseKey('s-a'), exportCaseFile({ ...a, entries: [...a.entries, { kind: 'review', id: 'r9', at: '2026-12-09T09:00:00.000Z', date: '2026-12-31' } as LogEntry] }));
    const changed = await ownCaseSummaries(thresholds, { today: TODAY, store });
    expect(changed.replayed).toBe(1);
    expect(changed.summaries.find((s) => s.storageId === 's-a')?.summary.reviewDate).toBe('2026-12-31');
    // The next day: the day's flags from the facts kept, no case replayed.
    const nextDay = await ownCaseSummaries(thresholds, { today: '2026-12-11', store });
    expect(nextDay.replayed).toBe(0);
    expect(nextDay.summaries.every((s) => s.summary.keptOn === '2026-12-11')).toBe(true);
    // Other thresholds: every case is summarised again.
    expect((await ownCaseSummaries({ ...thresholds, notSeenAloneDays: 3 }, { today: '2026-12-11', store })).replayed).toBe(2);
    // A case deleted from the device takes its kept summary with it.
    window.localStorage.removeItem(caseKey('s-b'));
    const after = await ownCaseSummaries(thresholds, { today: '2026-12-11', store });
    expect(after.summaries.map((s) => s.storageId)).toEqual(['s-a']);
    expect(await keys(store)).toEqual(['s-a']);
    window.localStorage.clear();
  });
});
