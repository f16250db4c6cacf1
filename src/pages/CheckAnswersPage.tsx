import { useTranslation } from 'react-i18next';
import { answersInForce, type CaseState, type StepId } from '../../machines';
import { useAnswerLabel } from '../components/CaseSummary';
import { useContent } from '../useContent';
import { ErrorSummary } from '../components/ErrorSummary';

/** GOV.UK "Check your answers": every answer in force, each with a change link. */
export function CheckAnswersPage({ state, onChange, onReturn }: { state: CaseState; onChange: (step: StepId) => void; onReturn: () => void }) {
  const { t } = useTranslation();
  const content = useContent();
  const label = useAnswerLabel();
  const answers = answersInForce(state);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <button type="button" className="govuk-back-link app-button-link" onClick={onReturn}>
          {t('check.return')}
        </button>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('check.heading')}
        </h1>
        {answers.length === 0 ? (
          <p className="govuk-body">{t('check.none')}</p>
        ) : (
          <dl className="govuk-summary-list">
            {answers.map((answer) => (
              <div className="govuk-summary-list__row" key={answer.step} data-answer-step={answer.step}>
                <dt className="govuk-summary-list__key">{content.step(answer.step).heading}</dt>
                <dd className="govuk-summary-list__value">
                  {label(answer.step, answer.value)}
                  {answer.rationale && (
                    <p className="govuk-body-s govuk-!-margin-bottom-0" data-user-text="">
                      {answer.rationale}
                    </p>
                  )}
                </dd>
                <dd className="govuk-summary-list__actions">
                  <button type="button" className="govuk-link app-button-link" data-change-step={answer.step} onClick={() => onChange(answer.step)}>
                    {t('check.change')}
                    <span className="govuk-visually-hidden"> {content.step(answer.step).heading}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        )}
        <button type="button" className="govuk-button" data-action="return-to-case" onClick={onReturn}>
          {t('check.return')}
        </button>
      </div>
    </div>
  );
}

/** Before a change drops later answers, say which, and ask to confirm. */
export function ConfirmChangePage({
  step,
  dropped,
  error,
  onConfirm,
  onCancel,
}: {
  step: StepId;
  dropped: readonly StepId[];
  /** Why the change was refused (a read-only tab), when it was. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={error ? [{ href: '#confirm-change', text: error }] : []} />
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('check.confirmHeading', { question: content.step(step).heading })}
        </h1>
        <p className="govuk-body">{t('check.confirmIntro', { count: dropped.length })}</p>
        <ul className="govuk-list govuk-list--bullet" data-list="dropped">
          {dropped.map((droppedStep) => (
            <li key={droppedStep} data-dropped-step={droppedStep}>
              {content.step(droppedStep).heading}
            </li>
          ))}
        </ul>
        <p className="govuk-body">{t('check.confirmKept')}</p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--warning" id="confirm-change" data-action="confirm-change" onClick={onConfirm}>
            {t('check.confirm')}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" data-action="cancel-change" onClick={onCancel}>
            {t('check.cancelChange')}
          </button>
        </div>
      </div>
    </div>
  );
}
