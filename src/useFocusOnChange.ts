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
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    const live = document.querySelector<HTMLElement>('[data-live]');
    if (live) live.textContent = heading.textContent ?? '';
  }, [pageKey]);
}
