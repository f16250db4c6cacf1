/** A manager's supervision review (issue 15, sign-off): a log entry whose next review date becomes the case's. */
import { describe, expect, it } from 'vitest';
import { chronology, logEntrySchema, reviewDate } from '../../machines';
import type { LogEntry } from '../../machines';
import { AT, TO_BARRIER, accept, answers } from './helpers';

const supervision = (nextReview: string, decision: 'agree' | 'changes-needed' | 'escalate' = 'agree'): LogEntry => ({
  kind: 'supervision',
  at: AT,
  by: 'TM',
  date: '2026-11-30',
  decision,
  comment: 'Plan agreed in supervision.',
  nextReview,
});

describe('the supervision entry', () => {
  it('sets the case review date to its next review date', () => {
    expect(reviewDate(accept([...answers(TO_BARRIER), supervision('2026-12-14')]))).toBe('2026-12-14');
  });

  it('replaces an earlier review date, and is replaced by a later one, in the chronology', () => {
    const log: LogEntry[] = [...answers(TO_BARRIER), { kind: 'review', at: AT, date: '2026-12-01' }, supervision('2026-12-14'), { kind: 'review', at: AT, date: '2027-01-04' }];
    const state = accept(log);
    expect(reviewDate(state)).toBe('2027-01-04');
    const items = chronology(log);
    expect(items.slice(-3).map((item) => [item.kind, item.status])).toEqual([
      ['review', 'replaced'],
      ['supervision', 'replaced'],
      ['review', 'in-force'],
    ]);
  });

  it('is accepted on any page, without moving it', () => {
    const state = accept([...answers(TO_BARRIER), supervision('2026-12-14', 'escalate')]);
    expect(state.core.snapshot.value).toBe('barrier');
  });

  it('names who made it, and takes only the three decisions', () => {
    const { by: _by, ...unsigned } = supervision('2026-12-14') as Extract<LogEntry, { kind: 'supervision' }>;
    expect(logEntrySchema.safeParse(unsigned).success).toBe(false);
    expect(logEntrySchema.safeParse({ ...supervision('2026-12-14'), decision: 'approve' }).success).toBe(false);
    expect(logEntrySchema.safeParse({ ...supervision('2026-12-14'), nextReview: '14/12/2026' }).success).toBe(false);
  });
});
