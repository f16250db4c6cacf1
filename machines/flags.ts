/**
 * The manager's flags (issue 15, the overview): what is overdue or missing on a case, each a pure
 * selector of the replayed case, the team's thresholds and today's date. Each flag is raised with
 * the figures its plain reason needs (content/en-GB/manager.json `flags.<id>`).
 *
 * Boundaries, by day: a review is overdue the day after its date; "not seen alone" is raised when
 * the last contact seen alone was more than N days ago (N days ago is not yet); an escalation level
 * is overdue the day after it falls due (machines/ladder.ts); an action is outstanding when it still
 * applies and is not done more than N days after the case reached the page that recommends it.
 */
import type { CaseState } from './caseState';
import type { EscalationStepId } from './ids';
import { actionsOutstanding } from './actions';
import { contactContradictions } from './contacts';
import { escalationLevels } from './ladder';
import { decisionsWithoutRationale, lastSeenAlone, reviewDate } from './selectors';

export const FLAG_IDS = [
  'review-overdue',
  'review-missing',
  'not-seen-alone',
  'escalation-overdue',
  'rationale-missing',
  'action-outstanding',
  'contact-contradiction',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

/** The team's thresholds (its local settings). */
export interface FlagThresholds {
  /** Raise `not-seen-alone` when the adult was last seen alone more than this many days ago. */
  readonly notSeenAloneDays: number;
  /** Raise `action-outstanding` when an action is not done this many days after it applied. */
  readonly actionOutstandingDays: number;
  /** Each escalation level's timescale, in working days. */
  readonly escalationDays: Readonly<Partial<Record<EscalationStepId, number>>>;
  /** Bank holidays, YYYY-MM-DD, skipped when counting working days. */
  readonly holidays: ReadonlySet<string>;
}

/** A flag raised, with what its reason names: a date, a number of days, a count, a level. */
export interface RaisedCaseFlag {
  readonly id: FlagId;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Whole calendar days from one YYYY-MM-DD to another. */
const daysFrom = (from: string, to: string): number => {
  const day = (date: string) => {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((day(to) - day(from)) / 86_400_000);
};

export const reviewOverdue = (s: CaseState, today: string): RaisedCaseFlag | undefined => {
  const date = reviewDate(s);
  return date !== undefined && today > date ? { id: 'review-overdue', params: { date, days: daysFrom(date, today) } } : undefined;
};

export const reviewMissing = (s: CaseState): RaisedCaseFlag | undefined =>
  reviewDate(s) === undefined ? { id: 'review-missing', params: {} } : undefined;

export const notSeenAlone = (s: CaseState, days: number, today: string): RaisedCaseFlag | undefined => {
  const last = lastSeenAlone(s);
  if (last === undefined) return { id: 'not-seen-alone', params: { days: -1 } };
  const since = daysFrom(last, today);
  return since > days ? { id: 'not-seen-alone', params: { date: last, days: since } } : undefined;
};

export const escalationOverdue = (
  s: CaseState,
  timescales: FlagThresholds['escalationDays'],
  holidays: ReadonlySet<string>,
  today: string,
): RaisedCaseFlag | undefined => {
  const overdue = escalationLevels(s, timescales, holidays, today).find((level) => level.status === 'overdue');
  return overdue === undefined ? undefined : { id: 'escalation-overdue', params: { level: overdue.level, date: overdue.due ?? overdue.reachedOn } };
};

export const rationaleMissing = (s: CaseState): RaisedCaseFlag | undefined => {
  const steps = decisionsWithoutRationale(s);
  return steps.length === 0 ? undefined : { id: 'rationale-missing', params: { count: steps.length } };
};

/** The day the case reached the page it is on: the latest move in force. */
const reachedOn = (s: CaseState): string | undefined => s.trail?.head.at.slice(0, 10);

export const actionOutstanding = (s: CaseState, days: number, today: string): RaisedCaseFlag | undefined => {
  const outstanding = actionsOutstanding(s);
  const since = reachedOn(s);
  if (outstanding.length === 0 || since === undefined) return undefined;
  const waited = daysFrom(since, today);
  return waited > days ? { id: 'action-outstanding', params: { count: outstanding.length, days: waited } } : undefined;
};

export const contactContradiction = (s: CaseState): RaisedCaseFlag | undefined => {
  const count = contactContradictions(s).length;
  return count === 0 ? undefined : { id: 'contact-contradiction', params: { count } };
};

/** Every flag raised on a case, in FLAG_IDS order. */
export function caseFlags(s: CaseState, thresholds: FlagThresholds, today: string): RaisedCaseFlag[] {
  return [
    reviewOverdue(s, today),
    reviewMissing(s),
    notSeenAlone(s, thresholds.notSeenAloneDays, today),
    escalationOverdue(s, thresholds.escalationDays, thresholds.holidays, today),
    rationaleMissing(s),
    actionOutstanding(s, thresholds.actionOutstandingDays, today),
    contactContradiction(s),
  ].filter((flag): flag is RaisedCaseFlag => flag !== undefined);
}
