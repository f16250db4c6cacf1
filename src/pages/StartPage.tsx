import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { CaseList } from '../components/CaseList';
import { ImportCase } from '../components/ImportCase';
import { checkReference, type MigrationNotice } from '../record';

interface Props {
  onStart: (reference: string) => void;
  onOpen: (id: string) => void;
  onImported: (reference: string, notices: readonly MigrationNotice[]) => void;
  notice?: string | null;
  listVersion: number;
}

/** What this is for, what to have to hand, how the quick exit works; then a new or saved case. */
export function StartPage({ onStart, onOpen, onImported, notice, listVersion }: Props) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkReference(reference);
    if (!checked.ok) {
      setErrors([{ href: '#case-reference', text: checked.problem === 'empty' ? t('start.referenceError') : t('start.referenceTooLong') }]);
      return;
    }
    setErrors([]);
    onStart(checked.reference);
  }

  const referenceError = errors[0];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {notice && (
          <div className="govuk-notification-banner" role="region" aria-labelledby="notice-title" data-notice="">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="notice-title">
                {t('start.noticeTitle')}
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">{notice}</p>
            </div>
          </div>
        )}
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-xl" tabIndex={-1}>
          {t('start.heading')}
        </h1>
        <p className="govuk-body-l">{t('start.lead')}</p>
        <h2 className="govuk-heading-m">{t('start.whoHeading')}</h2>
        <p className="govuk-body">{t('start.who')}</p>
        <h2 className="govuk-heading-m">{t('start.handHeading')}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('start.hand1')}</li>
          <li>{t('start.hand2')}</li>
          <li>{t('start.hand3')}</li>
          <li>{t('start.hand4')}</li>
        </ul>
        <h2 className="govuk-heading-m">{t('start.privacyHeading')}</h2>
        <p className="govuk-body">{t('start.privacy')}</p>
        <h2 className="govuk-heading-m">{t('start.exitHeading')}</h2>
        <p className="govuk-body">{t('start.exit')}</p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t('guidance.warning')}</span>
            {t('start.reconstruction')}
          </strong>
        </div>
        <div className="govuk-inset-text" data-disclaimer="">
          {t('disclaimer')}
        </div>
        <h2 className="govuk-heading-m">{t('start.newHeading')}</h2>
        <form noValidate onSubmit={submit} data-form="new-case">
          <div className={`govuk-form-group${referenceError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="case-reference">
              {t('start.referenceLabel')}
            </label>
            <div className="govuk-hint" id="case-reference-hint">
              {t('start.referenceHint')}
            </div>
            {referenceError && (
              <p className="govuk-error-message" id="case-reference-error">
                <span className="govuk-visually-hidden">{t('errors.prefix')}</span> {referenceError.text}
              </p>
            )}
            <input
              className={`govuk-input govuk-input--width-20${referenceError ? ' govuk-input--error' : ''}`}
              id="case-reference"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={referenceError ? 'case-reference-hint case-reference-error' : 'case-reference-hint'}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--start" data-action="start">
            {t('start.button')}
            <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </button>
        </form>
        <CaseList onOpen={onOpen} version={listVersion} />
        <ImportCase onImported={(_id, imported, notices) => onImported(imported, notices)} />
      </div>
    </div>
  );
}
