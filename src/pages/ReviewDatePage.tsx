import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPage, isOutcomeId, reviewDate, reviewPeriodOn, type CaseState } from '../../machines';
import { localSettings } from '../../content';
import { currentLocalValues } from '../teamSettings';
import type { NewEntry } from '../casefile';
import { BackLink } from '../components/BackLink';
import { DateInput, isoOf, partsOf, type DateParts } from '../components/DateInput';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { Unconfirmed } from '../components/Blocks';
import { useUnsaved } from '../components/unsaved';
import { addDays, formatDate, localToday } from '../dates';
import type { Refusal } from '../refusal';

interface Props {
  state: CaseState;
  onSave: (entry: NewEntry) => Refusal | null;
  /** After saving: the date is in the record now. */
  onSaved: () => void;
  /** Back, which asks first where a date is typed and not saved. */
  onBack: () => void;
  today?: string;
}

/** Days before a review where neither the case nor the team's settings give a period. */
const FALLBACK_PERIOD_DAYS = 28;

/**
 * The review date, asked on a page of its own (GOV.UK date input) and saved when the practitioner
 * continues: the date in force, or the outcome's period from the team's settings, pre-filled.
 */
export function ReviewDatePage({ state, onSave, onSaved, onBack, today = localToday() }: Props) {
  const { t, i18n } = useTranslation();
  const set = reviewDate(state);
  const period = reviewPeriodOn(state, currentLocalValues().reviewPeriodDays) ?? FALLBACK_PERIOD_DAYS;
  const page = currentPage(state);
  const initial = partsOf(set ?? addDays(today, period));
  const [date, setDate] = useState<DateParts>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  useUnsaved('review-date', date.day !== initial.day || date.month !== initial.month || date.year !== initial.year);

  function submit(event: FormEvent) {
    event.preventDefault();
    const iso = isoOf(date);
    if (iso === undefined) {
      setErrors([{ href: '#review-date', text: t('outcome.reviewDateError') }]);
      return;
    }
    const refused = onSave({ kind: 'review', date: iso });
    if (refused) setErrors([{ href: '#review-date', text: t(refused) }]);
    else onSaved();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={onBack}>{t('nav.back')}</BackLink>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('outcome.reviewHeading')}
        </h1>
        {set ? (
          <p className="govuk-body" data-review-date={set}>
            {t('outcome.reviewSet', { date: formatDate(set, i18n.language) })}
          </p>
        ) : (
          <p className="govuk-body">
            {t('outcome.reviewProposed', { days: period, date: formatDate(addDays(today, period), i18n.language) })} {!(isOutcomeId(page) && currentLocalValues().teamSet.periods.has(page)) && <Unconfirmed ids={localSettings.reviewPeriodUnconfirmed} />}
          </p>
        )}
        <form noValidate onSubmit={submit} data-form="review">
          <DateInput id="review-date" legend={t('outcome.reviewLabel')} error={errors[0]?.text} value={date} onChange={setDate} />
          <button type="submit" className="govuk-button" data-action="continue">
            {t('outcome.reviewSave')}
          </button>
        </form>
      </div>
    </div>
  );
}
