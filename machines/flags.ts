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
import type { AnswerId, EscalationStepId } from './ids';
import { actionsOutstanding } from './actions';
import { contactContradictions } from './contacts';
import { escalationLevels, levelStatus } from './ladder';
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

/**
 * What the flags are worked out from, none of it depending on the day: kept with a case's summary so
 * that the next day's flags need no replay of the case (the manager's overview, issue 15, point 4).
 * The escalation levels' due dates depend on the team's timescales, so facts are made again when
 * those change.
 */
export interface FlagFacts {
  readonly reviewDate?: string;
  readonly lastSeenAlone?: string;
  readonly levels: readonly { readonly level: EscalationStepId; readonly reachedOn: string; readonly answer?: AnswerId; readonly due?: string }[];
  readonly rationaleMissing: number;
  readonly outstanding: number;
  /** The day the case reached the page it is on. */
  readonly reachedOn?: string;
  readonly contradictions: number;
}

/** The day the case reached the page it is on: the latest move in force. */
const reachedOn = (s: CaseState): string | undefined => s.trail?.head.at.slice(0, 10);

export function flagFacts(s: CaseState, thresholds: Pick<FlagThresholds, 'escalationDays' | 'holidays'>): FlagFacts {
  const review = reviewDate(s);
  const seen = lastSeenAlone(s);
  const reached = reachedOn(s);
  // The levels' status is worked out on the day (levelStatus); any day will do to read the rest.
  const levels = escalationLevels(s, thresholds.escalationDays, thresholds.holidays, '0000-01-01').map((level) => ({
    level: level.level,
    reachedOn: level.reachedOn,
    ...(level.answer === undefined ? {} : { answer: level.answer }),
    ...(level.due === undefined ? {} : { due: level.due }),
  }));
  return {
    ...(review === undefined ? {} : { reviewDate: review }),
    ...(seen === undefined ? {} : { lastSeenAlone: seen }),
    levels,
    rationaleMissing: decisionsWithoutRationale(s).length,
    outstanding: actionsOutstanding(s).length,
    ...(reached === undefined ? {} : { reachedOn: reached }),
    contradictions: contactContradictions(s).length,
  };
}

const reviewOverdueFrom = (f: FlagFacts, today: string): RaisedCaseFlag | undefined =>
  f.reviewDate !== undefined && today > f.reviewDate ? { id: 'review-overdue', params: { date: f.reviewDate, days: daysFrom(f.reviewDate, today) } } : undefined;

const reviewMissingFrom = (f: FlagFacts): RaisedCaseFlag | undefined => (f.reviewDate === undefined ? { id: 'review-missing', params: {} } : undefined);

const notSeenAloneFrom = (f: FlagFacts, days: number, today: string): RaisedCaseFlag | undefined => {
  if (f.lastSeenAlone === undefined) return { id: 'not-seen-alone', params: { days: -1 } };
  const since = daysFrom(f.lastSeenAlone, today);
  return since > days ? { id: 'not-seen-alone', params: { date: f.lastSeenAlone, days: since } } : undefined;
};

const escalationOverdueFrom = (f: FlagFacts, today: string): RaisedCaseFlag | undefined => {
  const overdue = f.levels.find((level) => levelStatus(level.answer, level.due, today) === 'overdue');
  return overdue === undefined ? undefined : { id: 'escalation-overdue', params: { level: overdue.level, date: overdue.due ?? overdue.reachedOn } };
};

const rationaleMissingFrom = (f: FlagFacts): RaisedCaseFlag | undefined =>
  f.rationaleMissing === 0 ? undefined : { id: 'rationale-missing', params: { count: f.rationaleMissing } };

const actionOutstandingFrom = (f: FlagFacts, days: number, today: string): RaisedCaseFlag | undefined => {
  if (f.outstanding === 0 || f.reachedOn === undefined) return undefined;
  const waited = daysFrom(f.reachedOn, today);
  return waited > days ? { id: 'action-outstanding', params: { count: f.outstanding, days: waited } } : undefined;
};

const contactContradictionFrom = (f: FlagFacts): RaisedCaseFlag | undefined =>
  f.contradictions === 0 ? undefined : { id: 'contact-contradiction', params: { count: f.contradictions } };

const noTimescales = { escalationDays: {}, holidays: new Set<string>() };

export const reviewOverdue = (s: CaseState, today: string): RaisedCaseFlag | undefined => reviewOverdueFrom(flagFacts(s, noTimescales), today);

export const reviewMissing = (s: CaseState): RaisedCaseFlag | undefined => reviewMissingFrom(flagFacts(s, noTimescales));

export const notSeenAlone = (s: CaseState, days: number, today: string): RaisedCaseFlag | undefined => notSeenAloneFrom(flagFacts(s, noTimescales), days, today);

export const escalationOverdue = (
  s: CaseState,
  timescales: FlagThresholds['escalationDays'],
  holidays: ReadonlySet<string>,
  today: string,
): RaisedCaseFlag | undefined => escalationOverdueFrom(flagFacts(s, { escalationDays: timescales, holidays }), today);

export const rationaleMissing = (s: CaseState): RaisedCaseFlag | undefined => rationaleMissingFrom(flagFacts(s, noTimescales));

export const actionOutstanding = (s: CaseState, days: number, today: string): RaisedCaseFlag | undefined => actionOutstandingFrom(flagFacts(s, noTimescales), days, today);

export const contactContradiction = (s: CaseState): RaisedCaseFlag | undefined => contactContradictionFrom(flagFacts(s, noTimescales));

/** Every flag raised, in FLAG_IDS order, from a case's facts: no replay. */
export function flagsFromFacts(f: FlagFacts, thresholds: Pick<FlagThresholds, 'notSeenAloneDays' | 'actionOutstandingDays'>, today: string): RaisedCaseFlag[] {
  return [
    reviewOverdueFrom(f, today),
    reviewMissingFrom(f),
    notSeenAloneFrom(f, thresholds.notSeenAloneDays, today),
    escalationOverdueFrom(f, today),
    rationaleMissingFrom(f),
    actionOutstandingFrom(f, thresholds.actionOutstandingDays, today),
    contactContradictionFrom(f),
  ].filter((flag): flag is RaisedCaseFlag => flag !== undefined);
}

/** Every flag raised on a case, in FLAG_IDS order. */
export function caseFlags(s: CaseState, thresholds: FlagThresholds, today: string): RaisedCaseFlag[] {
  return flagsFromFacts(flagFacts(s, thresholds), thresholds, today);
}
