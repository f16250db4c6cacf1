/**
 * The quick exit, as GOV.UK's "Exit this page" counts it: three presses of Shift on its own,
 * each within 5 seconds of the last; any other key, or a Shift used as a modifier, starts
 * the count again. The page is then replaced (`location.replace`), so Back does not return.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_TIMEOUT_MS = 5000;

export interface ShiftCount {
  readonly count: number;
  readonly lastAt: number;
  /** Whether the last key released was pressed with Shift held (a modified key). */
  readonly lastKeyWasModified: boolean;
}

export const noShifts: ShiftCount = { count: 0, lastAt: 0, lastKeyWasModified: false };

/** One keyup, counted. Pure, so the rule can be tested without a browser. */
export function countShift(
  previous: ShiftCount,
  key: { key: string; shiftKey: boolean },
  now: number,
): { next: ShiftCount; exit: boolean } {
  const expired = previous.count > 0 && now - previous.lastAt > SHIFT_TIMEOUT_MS;
  const base = expired ? noShifts : previous;
  if (key.key === 'Shift' && !base.lastKeyWasModified) {
    const count = base.count + 1;
    if (count >= SHIFT_PRESSES_TO_EXIT) return { next: noShifts, exit: true };
    return { next: { count, lastAt: now, lastKeyWasModified: key.shiftKey }, exit: false };
  }
  return { next: { count: 0, lastAt: 0, lastKeyWasModified: key.shiftKey }, exit: false };
}

export interface QuickExitEffects {
  /** Forget that this tab had a case open, so the next visit opens on the start page. */
  forgetOpenCase: () => void;
  /** Delete the open case (only when the practitioner turned that setting on). */
  deleteOpenCase?: () => void;
  replaceLocation: (url: string) => void;
}

export function quickExit(neutralUrl: string, effects: QuickExitEffects): void {
  // Leave first in spirit: hide the page at once, then clean up, then navigate.
  if (typeof document !== 'undefined') {
    document.title = '';
    document.body.classList.add('govuk-exit-this-page-hide-content');
  }
  try {
    effects.deleteOpenCase?.();
    effects.forgetOpenCase();
  } finally {
    effects.replaceLocation(neutralUrl);
  }
}
