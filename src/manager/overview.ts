/**
 * The manager's overview (issue 15, point 4) as data: one row a case, from the summaries kept for
 * review copies and for the cases on this device; filtered by flag, sorted, grouped by escalation
 * level, and written as CSV for audit. Pure: the page and the tests read the same rows.
 */
import { ESCALATION_STEP_IDS, type EscalationStepId } from '../../machines';
import { FLAG_IDS, type FlagId } from '../../machines/flags';
import { daysBetween } from '../dates';
import type { TeamCaseSummary } from './teamSummary';

/** Where a row's case is kept: a review copy (until it expires), or a case on this device (its storage id). */
export type RowSource = { readonly kind: 'review'; readonly expiresAt: string } | { readonly kind: 'device'; readonly storageId: string };

export interface OverviewRow {
  readonly summary: TeamCaseSummary;
  readonly source: RowSource;
}

export const SORTS = ['flags', 'seenAlone', 'review', 'reference'] as const;
export type SortId = (typeof SORTS)[number];

export const isSortId = (value: string): value is SortId => (SORTS as readonly string[]).includes(value);
export const isFlagId = (value: string): value is FlagId => (FLAG_IDS as readonly string[]).includes(value);

/**
 * One row a case: a case kept for review and also on this device shows once, as the review copy
 * (the copy the manager reviews); the cases on the device follow.
 */
export function overviewRows(review: readonly OverviewRow[], device: readonly OverviewRow[]): OverviewRow[] {
  const reviewed = new Set(review.map((row) => row.summary.caseId));
  return [...review, ...device.filter((row) => !reviewed.has(row.summary.caseId))];
}


const byReference = (a: OverviewRow, b: OverviewRow) => a.summary.reference.localeCompare(b.summary.reference, 'en-GB', { numeric: true });

/** Never seen alone sorts as longest; no review date sorts first among dates (it is a flag too). */
const COMPARE: Readonly<Record<SortId, (a: OverviewRow, b: OverviewRow) => number>> = {
  flags: (a, b) => b.summary.flags.length - a.summary.flags.length,
  seenAlone: (a, b) => (a.summary.lastSeenAlone ?? '') .localeCompare(b.summary.lastSeenAlone ?? ''),
  review: (a, b) => (a.summary.reviewDate ?? '').localeCompare(b.summary.reviewDate ?? ''),
  reference: () => 0,
};

/** The rows shown: only those raising the flag, when one is chosen, in the order chosen (ties by reference). */
export function shownRows(rows: readonly OverviewRow[], options: { flag?: FlagId; sort: SortId }): OverviewRow[] {
  const kept = options.flag === undefined ? [...rows] : rows.filter((row) => row.summary.flags.some((flag) => flag.id === options.flag));
  const compare = COMPARE[options.sort];
  return kept.sort((a, b) => compare(a, b) || byReference(a, b));
}

/** How many cases raise each flag: the filter says it beside each choice. */
export function flagCounts(rows: readonly OverviewRow[]): Record<FlagId, number> {
  const counts = Object.fromEntries(FLAG_IDS.map((id) => [id, 0])) as Record<FlagId, number>;
  for (const row of rows) for (const flag of row.summary.flags) counts[flag.id] += 1;
  return counts;
}

/** The cases at each escalation level now: a case counts at the highest level it reached, unless resolved there. */
export function casesByLevel(rows: readonly OverviewRow[]): Record<EscalationStepId, OverviewRow[]> {
  const levels = Object.fromEntries(ESCALATION_STEP_IDS.map((level) => [level, [] as OverviewRow[]])) as Record<EscalationStepId, OverviewRow[]>;
  for (const row of rows) {
    const escalation = row.summary.escalation;
    if (escalation !== undefined && (escalation.status === 'open' || escalation.status === 'overdue')) levels[escalation.level].push(row);
  }
  for (const level of ESCALATION_STEP_IDS) levels[level].sort(byReference);
  return levels;
}

/** The CSV's columns, by id: their headings are words (manager.json `overview.columns`, `flagNames`). */
export const CSV_COLUMNS = ['reference', 'heldBy', 'stage', 'seenAlone', 'daysSinceSeenAlone', 'escalation', 'escalationSince', 'escalationStatus', 'review', 'actions', 'flags', 'source'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The overview for audit, as cells: ids and dates, never the adult's words, places, who was present
 * or notes (a summary holds none of them). `today` gives the days since seen alone.
 */
export function csvCells(row: OverviewRow, today: string): Record<CsvColumn, string | number | undefined> {
  const { summary, source } = row;
  return {
    reference: summary.reference,
    heldBy: summary.heldBy,
    stage: summary.stage,
    seenAlone: summary.lastSeenAlone ?? 'never',
    daysSinceSeenAlone: summary.lastSeenAlone === undefined ? undefined : daysBetween(summary.lastSeenAlone, today),
    escalation: summary.escalation?.level,
    escalationSince: summary.escalation?.since,
    escalationStatus: summary.escalation?.status,
    review: summary.reviewDate,
    actions: summary.outstandingActions,
    flags: summary.flags.map((flag) => flag.id).join(' '),
    source: source.kind,
  };
}
