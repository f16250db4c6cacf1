import { useEffect, useRef, useState } from 'react';

/**
 * On every page change (not the first load), focus moves to the new page's heading and a
 * live region announces it, so a screen reader user hears where they are.
 */
export function useFocusOnChange(pageKey: string) {
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (first.current) {
      first.current = false;
      return;
    }
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      setAnnouncement(heading.textContent ?? '');
    }
  }, [pageKey]);
  return announcement;
}
