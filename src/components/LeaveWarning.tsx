import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Leaving a page that holds typed input not yet saved asks first (issue 11), as a GOV.UK error
 * summary at the top of the page: stay and save it, or leave without saving. It holds no copy.
 */
export function LeaveWarning({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="govuk-error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="leave-warning-title" data-unsaved-warning="">
      <h2 className="govuk-error-summary__title" id="leave-warning-title">
        {t('unsaved.title')}
      </h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{t('unsaved.body')}</p>
        <div className="govuk-button-group govuk-!-margin-bottom-0">
          <button type="button" className="govuk-button govuk-!-margin-bottom-0" data-action="stay" onClick={onStay}>
            {t('unsaved.stay')}
          </button>
          <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-action="leave-without-saving" onClick={onLeave}>
            {t('unsaved.leave')}
          </button>
        </div>
      </div>
    </div>
  );
}
