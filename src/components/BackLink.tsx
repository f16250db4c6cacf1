import type { ReactNode } from 'react';

/**
 * GOV.UK back link, as a button: the app keeps one history entry (so Back after a quick exit
 * cannot return into a case), and the in-page back is an action, never a history step.
 */
export function BackLink({ onClick, children, ...data }: { onClick: () => void; children: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <button type="button" className="govuk-back-link app-button-link" onClick={onClick} {...data}>
      {children}
    </button>
  );
}
