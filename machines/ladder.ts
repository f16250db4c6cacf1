/**
 * The escalation ladder on record (issue 12): each level the case reached, when it reached it, the
 * date of that level's conversation, how it ended, and when it falls due by the team's timescale in
 * working days (weekends and England's bank holidays left out). Pure: the timescales, the holidays
 * and today come in as arguments.
 */
import type { CaseState, Frame } from './caseState';
import { ESCALATION_STEP_IDS, isOutcomeId, type AnswerId, type EscalationStepId, type PageId } from './ids';
import type { DisagreementEntry } from './log';

const isLevel = (page: PageId | undefined): page is EscalationStepId => (ESCALATION_STEP_IDS as readonly (PageId | undefined)[]).includes(page);

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (iso: string): number => {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const isoOfDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The date `days` working days after `start` (a weekday that is not a bank holiday counts one). */
export function workingDaysAfter(start: string, days: number, holidays: ReadonlySet<string>): string {
  let time = dayOf(start);
  let left = days;
  while (left > 0) {
    time += DAY_MS;
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(isoOfDay(time))) left -= 1;
  }
  return isoOfDay(time);
}

export type LevelStatus = 'resolved' | 'passed-on' | 'sar-criteria-met' | 'open' | 'overdue';

export interface LevelOnRecord {
  readonly level: EscalationStepId;
  /** The day the case reached this level. */
  readonly reachedOn: string;
  /** The day of this level's conversation, where recorded with its answer. */
  readonly conversationOn?: string;
  readonly answer?: AnswerId;
  /** When the level falls due, where the team has a timescale for it. */
  readonly due?: string;
  readonly status: LevelStatus;
}

const oldestFirst = (s: CaseState): Frame[] => {
  const frames: Frame[] = [];
  for (let node = s.trail; node !== undefined; node = node.tail) frames.push(node.head);
  return frames.reverse();
};

/** A level's status on a day: from its answer, or, while unanswered, from when it falls due. */
export const levelStatus = (answer: AnswerId | undefined, due: string | undefined, today: string): LevelStatus => {
  if (answer === 'resolved') return 'resolved';
  if (answer === 'not-resolved') return 'passed-on';
  if (answer === 'sar-criteria-met') return 'sar-criteria-met';
  return due !== undefined && today > due ? 'overdue' : 'open';
};

/**
 * Every escalation level on the path in force, oldest first: the move into each level and the
 * answer given there (with its conversation's date) are read from the trail of moves in force.
 */
export function escalationLevels(
  s: CaseState,
  timescales: Readonly<Partial<Record<EscalationStepId, number>>>,
  holidays: ReadonlySet<string>,
  today: string,
): LevelOnRecord[] {
  const frames = oldestFirst(s);
  const current = s.core.snapshot.value;
  const levels: LevelOnRecord[] = [];
  frames.forEach((frame, index) => {
    const reached = index + 1 < frames.length ? frames[index + 1]?.before.snapshot.value : current;
    if (!isLevel(reached)) return;
    // The answer given at this level: the next move made from it.
    const next = frames[index + 1];
    const answered = next && next.step === reached && typeof next.value === 'string' ? next : undefined;
    const reachedOn = frame.at.slice(0, 10);
    const days = timescales[reached];
    const due = days === undefined ? undefined : workingDaysAfter(reachedOn, days, holidays);
    levels.push({
      level: reached,
      reachedOn,
      ...(answered?.happenedAt ? { conversationOn: answered.happenedAt.slice(0, 10) } : {}),
      ...(answered ? { answer: answered.value as AnswerId } : {}),
      ...(due === undefined ? {} : { due }),
      status: levelStatus(answered?.value as AnswerId | undefined, due, today),
    });
  });
  return levels;
}

/** The disagreement on record for the ladder the case is on now, if it was recorded. */
export function disagreementOnRecord(s: CaseState): DisagreementEntry | undefined {
  return s.disagreements?.head.entry;
}

/** The ladder was entered and what, who and when are not on record yet: ask them first. */
export function needsDisagreementDetails(s: CaseState): boolean {
  if (s.core.snapshot.value !== 'escalatePractitioners') return false;
  const latest = s.disagreements?.head;
  return latest === undefined || latest.after < s.lastMove;
}

/** An outcome reached and no review date set since: ask it on a page of its own before the outcome (issue 12). */
export function needsReviewDate(s: CaseState): boolean {
  const page = s.core.snapshot.value;
  if (!isOutcomeId(page) || page === 'walesProcedures' || page === 'concernRaised') return false;
  return s.lastReview < s.lastMove;
}
