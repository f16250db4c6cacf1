import { useTranslation } from 'react-i18next';
import { answersInForce, contactsInForce, decisionsWithoutRationale, type CaseState, type StepId } from '../../machines';
import { ContactTable } from '../components/ContactLog';
import { AnswerSummaryList } from '../components/AnswerSummaryList';
import { BackLink } from '../components/BackLink';
import { ErrorSummary } from '../components/ErrorSummary';
import { useContent } from '../useContent';

/** GOV.UK "Check your answers": every answer in force, each with a change link. */
export function CheckAnswersPage({ state, onChange, onReturn }: { state: CaseState; onChange: (step: StepId) => void; onReturn: () => void }) {
  const { t } = useTranslation();
  const answers = answersInForce(state);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={onReturn}>{t('check.return')}</BackLink>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('check.heading')}
        </h1>
        {answers.length === 0 ? (
          <p className="govuk-body">{t('check.none')}</p>
        ) : (
          <AnswerSummaryList answers={answers} onChange={onChange} withoutReasons={decisionsWithoutRationale(state)} name="answers" />
        )}
        <h2 className="govuk-heading-m">{t('contacts.heading')}</h2>
        {contactsInForce(state).length === 0 ? <p className="govuk-body">{t('contacts.none')}</p> : <ContactTable state={state} />}
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
