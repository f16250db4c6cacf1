/** The start page's line for a case: where it stands, when the adult was last seen alone, its review. */
import { actionsOutstanding, contactsInForce, currentPage, isOutcome, lastSeenAlone, replay, reviewDate } from '../../machines';
import type { CaseFile, CaseState, PageId } from '../../machines';
import { daysBetween, localToday } from '../dates';

export interface CaseSummary {
  readonly reference: string;
  readonly currentPage: PageId;
  readonly pageIsOutcome: boolean;
  /** The time of the last entry, or of the case's creation when it has none. */
  readonly lastChange: string;
  readonly entries: number;
  readonly contacts: number;
  /** The date of the latest contact at which the adult was seen alone. */
  readonly lastSeenAlone?: string;
  /** Whole days from `lastSeenAlone` to today (negative for a contact dated ahead of today). */
  readonly daysSinceSeenAlone?: number;
  readonly reviewDate?: string;
  /** The review date is before today. */
  readonly reviewOverdue: boolean;
  /** The recommended actions not yet marked done (machines/actions.ts). */
  readonly outstandingActions: number;
}

/** The start page's line for a case. `state` is the replayed case, when the caller has it. */
export function summariseCase(file: CaseFile, now: Date, state: CaseState = replay(file.entries).state): CaseSummary {
  const page = currentPage(state);
  const contactList = contactsInForce(state);
  // By the contact's own date, not its place in the log: a visit may be recorded days later.
  const lastSeen = lastSeenAlone(state);
  const today = localToday(now);
  const review = reviewDate(state);
  return {
    reference: file.reference,
    currentPage: page,
    pageIsOutcome: isOutcome(page),
    lastChange: file.entries.at(-1)?.at ?? file.createdAt,
    entries: file.entries.length,
    contacts: contactList.length,
    ...(lastSeen === undefined ? {} : { lastSeenAlone: lastSeen, daysSinceSeenAlone: daysBetween(lastSeen, today) }),
    ...(review === undefined ? {} : { reviewDate: review }),
    reviewOverdue: review !== undefined && review < today,
    outstandingActions: actionsOutstanding(state).length,
  };
}
