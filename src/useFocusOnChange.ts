import { useEffect, useRef } from 'react';

/**
 * On every page change (not the first load), focus moves to the new page's heading and the
 * live region (`[data-live]`) announces it, so a screen reader user hears where they are.
 * The live region is written directly: it is a channel to assistive technology, not state.
 */
export function useFocusOnChange(pageKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A page whose code or words are still loading (src/lazyPages.tsx) has no heading yet: look
    // again on the next frames, for a second at most (offline, from the precache, it is at once).
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) {
        if (tries++ < 60 && typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(focusHeading);
        return;
      }
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      const live = document.querySelector<HTMLElement>('[data-live]');
      if (live) live.textContent = heading.textContent ?? '';
    };
    focusHeading();
    return () => {
      if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    };
  }, [pageKey]);
}
