/**
 * Where each global event is available (pathway.md, "Global events", second table). The chart
 * builds its global transitions from this; `back` is answered by replay (machines/replay.ts).
 */
import { ESCALATION_STEP_IDS, OUTCOME_IDS, STEP_IDS } from './ids';
import type { GlobalEventId, PageId } from './ids';

const ALL: readonly GlobalEventId[] = ['emergency', 'disagree', 'crimeSuspected', 'referForReview', 'back'];
const isLadder = (page: PageId): boolean => (ESCALATION_STEP_IDS as readonly string[]).includes(page);

/** The global events the contract makes available on `page`, in GLOBAL_EVENT_IDS order. */
export const globalEventsOn = (page: PageId): readonly GlobalEventId[] => {
  if (page === 'jurisdiction') return [];
  if (page === 'role' || page === 'walesProcedures') return ['back'];
  if (page === 'emergency') return ['crimeSuspected', 'referForReview', 'back'];
  if (isLadder(page)) return ['emergency', 'crimeSuspected', 'referForReview', 'back'];
  return ALL;
};

export const PAGE_IDS: readonly PageId[] = [...STEP_IDS, ...OUTCOME_IDS];

/** Pages the `emergency` step can return to: every page that raises it, and `careNeeds` after `immediateDanger` = `yes`. */
export const EMERGENCY_RETURN_PAGES: readonly PageId[] = PAGE_IDS.filter((page) =>
  globalEventsOn(page).includes('emergency'),
);

/** Pages the escalation ladder can return to: every page that raises `disagree`, `legalAdvice` among them. */
export const LADDER_RETURN_PAGES: readonly PageId[] = PAGE_IDS.filter((page) =>
  globalEventsOn(page).includes('disagree'),
);
