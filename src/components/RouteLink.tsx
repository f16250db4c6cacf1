import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to another view of the app: a real link (its address is the view's, so it can be opened in
 * a new tab or copied), followed within the app so that leaving a page with typed input asks first.
 * It holds no copy.
 */
export function RouteLink({
  href,
  onFollow,
  children,
  className = 'govuk-link',
  ...data
}: { href: string; onFollow: () => void; children: ReactNode; className?: string; 'aria-current'?: 'page' | undefined } & Record<`data-${string}`, string | undefined>) {
  return (
    <a
      className={className}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        // A new tab or window (Ctrl, Cmd, Shift or a middle click) is the browser's to open.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        onFollow();
      }}
      {...data}
    >
      {children}
    </a>
  );
}
