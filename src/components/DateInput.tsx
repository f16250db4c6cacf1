import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './govuk';

/** A date as the GOV.UK date input holds it: what was typed in each box. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const emptyDate: DateParts = { day: '', month: '', year: '' };

/** A YYYY-MM-DD date as the boxes show it. */
export const partsOf = (iso: string | undefined): DateParts => {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' } : emptyDate;
};

/** The boxes as YYYY-MM-DD when they name a real day (no 31 February), or undefined. */
export const isoOf = (parts: DateParts): string | undefined => {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? '')) return undefined;
  const iso = `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
  const time = Date.parse(`${iso}T12:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso ? iso : undefined;
};

interface Props {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
}

/**
 * GOV.UK date input: day, month and year in boxes of their own, never the browser's date picker,
 * which shows a date in the device's own order (12/07/2026 in a US browser). It holds no copy.
 */
export function DateInput({ id, legend, hint, error, value, onChange }: Props) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const box = (part: keyof DateParts, width: 2 | 4, label: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={part === 'day' ? id : `${id}-${part}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
          id={part === 'day' ? id : `${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value[part]}
          onChange={(event) => onChange({ ...value, [part]: event.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={described}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={`${id}-error`} text={error} />}
        <div className="govuk-date-input" id={`${id}-group`}>
          {box('day', 2, t('contacts.day'))}
          {box('month', 2, t('contacts.month'))}
          {box('year', 4, t('contacts.year'))}
        </div>
      </fieldset>
    </div>
  );
}
