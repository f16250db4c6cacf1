import { useEffect, useRef } from 'react';
import { countShift, noShifts } from './quickExit';

/**
 * Marks the page while a presenting trainer has turned the Shift shortcut off (issue 14, point 5:
 * a presenter's Shift is for slides and selection): `<html data-shift-exit="off">`. Set and cleared
 * by the trainer's view (src/trainer/TrainerFrame.tsx) and never stored, so a reload or leaving
 * presenter mode turns the shortcut back on. An attribute, not an import, so the trainer's chunk
 * shares no module with the first load for it. The exit button stays on every page regardless.
 */
export const SHIFT_EXIT_OFF_ATTRIBUTE = 'data-shift-exit';

const shiftShortcutOn = (): boolean => document.documentElement.getAttribute(SHIFT_EXIT_OFF_ATTRIBUTE) !== 'off';

/** Shift pressed three times, anywhere on any page, leaves at once (unless a presenter turned it off). */
export function useQuickExitKeys(exit: () => void): void {
  const count = useRef(noShifts);
  const exitRef = useRef(exit);
  useEffect(() => {
    exitRef.current = exit;
  }, [exit]);
  useEffect(() => {
    const onKeyUp = (event: KeyboardEvent) => {
      if (!shiftShortcutOn()) {
        count.current = noShifts;
        return;
      }
      const { next, exit: leave } = countShift(count.current, event, Date.now());
      count.current = next;
      if (leave) exitRef.current();
    };
    document.addEventListener('keyup', onKeyUp, true);
    return () => document.removeEventListener('keyup', onKeyUp, true);
  }, []);
}
