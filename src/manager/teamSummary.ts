/**
 * A case's row in the manager's overview (issue 15, point 4), computed once when a case is imported
 * for review or changes, and kept beside it, so the overview never replays every case to draw. The
 * flags depend on the day: a summary says which day it was made for (`keptOn`), and one kept on an
 * earlier day is made again, once, from its case (the flags stay single-sourced in machines/flags.ts).
 */
import { caseStage, escalationLevels, lastSeenAlone, levelStatus, actionsOutstanding, reviewDate } from '../../machines';
import type { CaseFile, CaseState, EscalationStepId, LevelStatus, StageId } from '../../machines';
// The manager's flags are imported from their own module, not the machines/ barrel, so that none of them is in the practitioner's first load.
import { flagFacts, flagsFromFacts, type FlagFacts, type FlagThresholds, type RaisedCaseFlag } from '../../machines/flags';

export interface TeamCaseSummary {
  readonly caseId: string;
  readonly reference: string;
  readonly heldBy?: string;
  readonly stage: StageId;
  readonly lastSeenAlone?: string;
  /** The highest escalation level reached on the path in force, and since when. */
  readonly escalation?: { readonly level: EscalationStepId; readonly since: string; readonly status: LevelStatus; readonly due?: string };
  readonly reviewDate?: string;
  readonly outstandingActions: number;
  readonly lastChange?: string;
  readonly entries: number;
  readonly flags: readonly RaisedCaseFlag[];
  /** What the flags are worked out from, none of it depending on the day (machines/flags.ts). */
  readonly facts: FlagFacts;
  /** The day the flags were worked out for (YYYY-MM-DD). */
  readonly keptOn: string;
}

export function summariseForTeam(file: CaseFile, state: CaseState, thresholds: FlagThresholds, today: string): TeamCaseSummary {
  const facts = flagFacts(state, thresholds);
  const levels = escalationLevels(state, thresholds.escalationDays, thresholds.holidays, today);
  const top = levels.at(-1);
  const seen = lastSeenAlone(state);
  const review = reviewDate(state);
  const lastChange = file.entries.at(-1)?.at;
  return {
    caseId: file.caseId,
    reference: file.reference,
    ...(file.heldBy === undefined ? {} : { heldBy: file.heldBy }),
    stage: caseStage(state),
    ...(seen === undefined ? {} : { lastSeenAlone: seen }),
    ...(top === undefined ? {} : { escalation: { level: top.level, since: top.reachedOn, status: top.status, ...(top.due === undefined ? {} : { due: top.due }) } }),
    ...(review === undefined ? {} : { reviewDate: review }),
    outstandingActions: actionsOutstanding(state).length,
    ...(lastChange === undefined ? {} : { lastChange }),
    entries: file.entries.length,
    flags: flagsFromFacts(facts, thresholds, today),
    facts,
    keptOn: today,
  };
}

/**
 * A kept summary for another day, with no replay: the flags and the escalation's status are the only
 * parts that depend on the day, and both are worked out from the facts kept with it.
 */
export function summaryForDay(summary: TeamCaseSummary, thresholds: FlagThresholds, today: string): TeamCaseSummary {
  const top = summary.facts.levels.at(-1);
  return {
    ...summary,
    ...(summary.escalation === undefined || top === undefined ? {} : { escalation: { ...summary.escalation, status: levelStatus(top.answer, top.due, today) } }),
    flags: flagsFromFacts(summary.facts, thresholds, today),
    keptOn: today,
  };
}

/**
 * The thresholds a summary was made with, as a key: a kept summary made with other thresholds (the
 * team's settings changed) is made again, like one made on an earlier day.
 */
export const thresholdsKey = (thresholds: FlagThresholds): string =>
  JSON.stringify([thresholds.notSeenAloneDays, thresholds.actionOutstandingDays, thresholds.escalationDays, thresholds.holidays.size]);
