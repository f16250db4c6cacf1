import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive action asks first, in the page, with the choice to cancel. */
export function ConfirmPanel(props: { id: string; question: string; confirmLabel: string; action: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={props.id} className="govuk-!-margin-bottom-4">
      <p className="govuk-body govuk-!-font-weight-bold" id={props.id} tabIndex={-1} ref={question}>
        {props.question}
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--warning" data-action={props.action} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={props.onCancel}>
          {t('cases.cancel')}
        </button>
      </div>
    </div>
  );
}
