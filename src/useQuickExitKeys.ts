import { useEffect, useRef } from 'react';
import { countShift, noShifts } from './quickExit';

/** Shift pressed three times, anywhere on any page, leaves at once. */
export function useQuickExitKeys(exit: () => void): void {
  const count = useRef(noShifts);
  const exitRef = useRef(exit);
  useEffect(() => {
    exitRef.current = exit;
  }, [exit]);
  useEffect(() => {
    const onKeyUp = (event: KeyboardEvent) => {
      const { next, exit: leave } = countShift(count.current, event, Date.now());
      count.current = next;
      if (leave) exitRef.current();
    };
    document.addEventListener('keyup', onKeyUp, true);
    return () => document.removeEventListener('keyup', onKeyUp, true);
  }, []);
}
