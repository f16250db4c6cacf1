import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { availableEvents, caseActions, currentPage, isOutcome, othersAtRisk, reviewDate, sarToConsider, type CaseState } from '../../machines';
import { Blocks, Sources, Unconfirmed } from '../components/Blocks';
import { CaseSummary } from '../components/CaseSummary';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { GlobalActions } from '../components/GlobalActions';
import { RoutesList } from '../components/RoutesList';
import { TextField, WarningText } from '../components/govuk';
import type { NewEntry } from '../case/useCase';
import type { Refusal } from './QuestionPage';
import { addDays, localToday } from '../dates';
import { useContent } from '../useContent';

interface Props {
  state: CaseState;
  onEvent: (entry: NewEntry) => Refusal | null;
  onCheckAnswers: () => void;
  today?: string;
}

/** Where a run of the pathway ends: never the case. Protection and review go on. */
export function OutcomePage({ state, onEvent, onCheckAnswers, today = localToday() }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const page = currentPage(state);
  const set = reviewDate(state);
  const outcome = isOutcome(page) ? content.outcome(page) : null;
  const proposed = addDays(today, outcome?.reviewPeriodDays ?? 28);
  const [date, setDate] = useState(set ?? proposed);
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (!isOutcome(page) || !outcome) return null;

  function submitReview(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setErrors([{ href: '#review-date', text: t('outcome.reviewDateError') }]);
      return;
    }
    const refused = onEvent({ kind: 'review', date });
    setErrors(refused ? [{ href: '#review-date', text: t(refused) }] : []);
  }

  function raise(entry: NewEntry) {
    const refused = onEvent(entry);
    if (refused) setErrors([{ href: '#review-date', text: t(refused) }]);
  }

  return (
    <>
      {availableEvents(state).includes('back') && (
        <button type="button" className="govuk-back-link app-button-link" data-event="back" onClick={() => raise({ kind: 'back' })}>
          {t('nav.back')}
        </button>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{t('outcome.caption')}</span>
          <h1 className="govuk-heading-xl" tabIndex={-1}>
            {outcome.heading}
          </h1>
          <Blocks blocks={outcome.summary} />
          <div className="govuk-inset-text" data-continues="">
            {t('outcome.protectionContinues')}
          </div>
          <h2 className="govuk-heading-m">{t('outcome.actions')}</h2>
          <table className="govuk-table" data-table="actions">
            <caption className="govuk-visually-hidden">{t('outcome.actions')}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">{t('outcome.action')}</th>
                <th scope="col" className="govuk-table__header">{t('outcome.who')}</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {caseActions(state).map((id) => {
                const action = content.caseAction(id);
                return (
                  <tr className="govuk-table__row" key={id} data-case-action={id}>
                    <td className="govuk-table__cell">
                      {action.text}
                      <Sources ids={action.sources} />
                    </td>
                    <td className="govuk-table__cell">{action.who}</td>
                  </tr>
                );
              })}
              {outcome.actions.map((action) => (
                <tr className="govuk-table__row" key={action.text}>
                  <td className="govuk-table__cell">
                    {action.text}
                    <Sources ids={action.sources} />
                  </td>
                  <td className="govuk-table__cell">{action.who}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <RoutesList state={state} />
          {othersAtRisk(state) && (
            <WarningText data-referral="others-at-risk">{t('outcome.othersAtRisk')}</WarningText>
          )}
          <h2 className="govuk-heading-m">{t('outcome.involve')}</h2>
          <Blocks blocks={outcome.involve} />
          <h2 className="govuk-heading-m">{t('outcome.record')}</h2>
          <Blocks blocks={outcome.record} />
          {outcome.guidance && <Blocks blocks={outcome.guidance} />}
          <h2 className="govuk-heading-m">{t('outcome.sarHeading')}</h2>
          <p className="govuk-body" data-sar={sarToConsider(state) ? 'to-consider' : 'not-raised'}>
            {sarToConsider(state) ? t('outcome.sarToConsider') : t('outcome.sarNotRaised')}
          </p>
          <h2 className="govuk-heading-m" id="review-heading">
            {t('outcome.reviewHeading')}
          </h2>
          {set ? (
            <p className="govuk-body" data-review-date={set}>
              {t('outcome.reviewSet', { date: set })}
            </p>
          ) : (
            <p className="govuk-body">
              {t('outcome.reviewProposed', { days: outcome.reviewPeriodDays, date: proposed })}{' '}
              <Unconfirmed ids={outcome.reviewPeriodUnconfirmed} />
            </p>
          )}
          <form noValidate onSubmit={submitReview} data-form="review" className="app-no-print">
            <TextField id="review-date" type="date" width={10} label={t('outcome.reviewLabel')} error={errors[0]?.text} value={date} onChange={setDate} />
            <button type="submit" className="govuk-button govuk-button--secondary" data-action="set-review">
              {t('outcome.reviewSave')}
            </button>
          </form>
          <CaseSummary state={state} />
          <GlobalActions state={state} onEvent={(event) => raise({ kind: 'event', event })} />
          <p className="govuk-body govuk-!-margin-top-4 app-no-print">
            <button type="button" className="govuk-link app-button-link" data-action="check-answers" onClick={onCheckAnswers}>
              {t('check.link')}
            </button>
          </p>
        </div>
      </div>
    </>
  );
}
