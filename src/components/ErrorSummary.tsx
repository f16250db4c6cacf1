import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  href: string;
  text: string;
}

/** GOV.UK error summary: takes focus when it appears, links to each field in error. */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t('errors.summaryTitle')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.href}>
                <a href={error.href}>{error.text}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
