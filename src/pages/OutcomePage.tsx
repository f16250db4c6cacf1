import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { availableEvents, caseActions, currentPage, isOutcome, othersAtRisk, reviewDate, reviewPeriodOn, sarToConsider, type CaseState } from '../../machines';
import { localSettings } from '../../content';
import { BackLink } from '../components/BackLink';
import { Blocks, Sources, Unconfirmed } from '../components/Blocks';
import { CaseSummary } from '../components/CaseSummary';
import { GuidanceFreshness } from '../components/GuidanceFreshness';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { GlobalActions } from '../components/GlobalActions';
import { RoutesList } from '../components/RoutesList';
import { TextField, WarningText } from '../components/govuk';
import { Table } from '../components/Table';
import type { NewEntry } from '../casefile';
import type { Refusal } from '../refusal';
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
  const period = reviewPeriodOn(state, localSettings.reviewPeriodDays) ?? 28;
  const proposed = addDays(today, period);
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
        <BackLink data-event="back" onClick={() => raise({ kind: 'back' })}>
          {t('nav.back')}
        </BackLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{t('outcome.caption')}</span>
          <h1 className="govuk-heading-xl" tabIndex={-1}>
            {outcome.heading}
          </h1>
          <Blocks blocks={outcome.summary} />
          <GuidanceFreshness today={today} />
          <div className="govuk-inset-text" data-continues="">
            {t('outcome.protectionContinues')}
          </div>
          <h2 className="govuk-heading-m">{t('outcome.actions')}</h2>
          <Table
            name="actions"
            caption={t('outcome.actions')}
            captionHidden
            stackOnPhone
            head={[t('outcome.action'), t('outcome.who')]}
            rows={[
              ...caseActions(state).map((id) => {
                const action = content.caseAction(id);
                return {
                  key: id,
                  data: { 'data-case-action': id },
                  cells: [
                    <>
                      {action.text}
                      <Sources ids={action.sources} />
                    </>,
                    action.who,
                  ],
                };
              }),
              ...outcome.actions.map((action) => ({
                key: action.text,
                cells: [
                  <>
                    {action.text}
                    <Sources ids={action.sources} />
                  </>,
                  action.who,
                ],
              })),
            ]}
          />
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
              {t('outcome.reviewProposed', { days: period, date: proposed })}{' '}
              <Unconfirmed ids={localSettings.reviewPeriodUnconfirmed} />
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
