import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  href: string;
  text: string;
}

/** GOV.UK error summary: takes focus when it appears, links to each field in error. */
export function ErrorSummary({ errors, title }: { errors: readonly FieldError[]; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title ?? t('errors.summaryTitle')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {/* Several errors may point at one field (each file of an import): keyed by place and text. */}
            {errors.map((error, index) => (
              <li key={`${index}:${error.href}`}>
                <a href={error.href} onClick={(event) => focusTarget(event, error.href)}>
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * As GOV.UK Frontend's error summary does: a link moves focus to its field (and the field's
 * question into view) without changing the address, which in this app names the view.
 */
export function focusTarget(event: MouseEvent<HTMLAnchorElement>, href: string) {
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  const legend = target.closest('fieldset')?.querySelector('legend');
  (legend ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}
