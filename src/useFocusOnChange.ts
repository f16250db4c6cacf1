import { useEffect, useRef } from 'react';

/**
 * On every page change (not the first load), focus moves to the new page's heading and the
 * live region (`[data-live]`) announces it, so a screen reader user hears where they are.
 * The live region is written directly: it is a channel to assistive technology, not state.
 */
/** Whether an element sits inside one React has hidden (inline display: none) while a page loads. */
const hiddenBySuspense = (element: HTMLElement): boolean => {
  for (let node: HTMLElement | null = element; node !== null; node = node.parentElement) {
    if (node.style.display === 'none') return true;
  }
  return false;
};

export function useFocusOnChange(pageKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A page whose code or words are still loading (src/lazyPages.tsx) has no heading yet: wait for
    // it to appear, however long the network takes (offline, from the precache, it is at once). A
    // second was not always enough on a loaded machine, and focus then stayed where it was.
    const focusHeading = (): boolean => {
      // While a page suspends, React keeps the previous page in the DOM, hidden by an inline
      // display: none: its heading is not the new page's.
      const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find((candidate) => !hiddenBySuspense(candidate));
      if (!heading) return false;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      const live = document.querySelector<HTMLElement>('[data-live]');
      if (live) {
        live.textContent = heading.textContent ?? '';
        // A heading someone typed (a trainer's own scenario's title) is announced as theirs too.
        live.toggleAttribute('data-user-text', heading.hasAttribute('data-user-text'));
      }
      return true;
    };
    if (focusHeading() || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    // Style changes too: React shows a suspended page again by removing its display: none.
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    return () => observer.disconnect();
  }, [pageKey]);
}
