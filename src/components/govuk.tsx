import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The GOV.UK Frontend patterns the app repeats, written once: warning text, notification
 * banner, and a text field with its label, hint and error message. They hold no copy.
 */

export function WarningText({ children, ...data }: { children: ReactNode } & Record<`data-${string}`, string>) {
  const { t } = useTranslation();
  return (
    <div className="govuk-warning-text" {...data}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t('guidance.warning')}</span>
        {children}
      </strong>
    </div>
  );
}

export function NotificationBanner({
  id,
  title,
  children,
  role = 'region',
  success = false,
  ...data
}: {
  id: string;
  title: string;
  children: ReactNode;
  role?: 'region' | 'alert';
  success?: boolean;
} & Record<`data-${string}`, string>) {
  return (
    <div className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`} role={role} aria-labelledby={id} {...data}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Label size: the GOV.UK modifier (`s`, `m`), or a plain label. */
  labelSize?: 's' | 'm';
  value: string;
  onChange: (value: string) => void;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ id, label, hint, error, labelSize, children }: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`} text={error} />}
      {children}
    </div>
  );
}

/** GOV.UK text input with label, hint and error. A date is asked with DateInput (day, month, year), never a browser date picker. */
export function TextField({ width, ...props }: FieldProps & { width?: 10 | 20 }) {
  const { id, hint, error, value, onChange } = props;
  const classes = ['govuk-input', width ? `govuk-input--width-${width}` : '', error ? 'govuk-input--error' : ''].filter(Boolean).join(' ');
  return (
    <FieldFrame {...props}>
      <input
        className={classes}
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

/** GOV.UK textarea with label, hint and error. */
export function TextArea({ rows = 5, ...props }: FieldProps & { rows?: number }) {
  const { id, hint, error, value, onChange } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

/** GOV.UK error message for a field, led by "Error:" for screen readers. */
export function ErrorMessage({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  return (
    <p className="govuk-error-message" id={id}>
      <span className="govuk-visually-hidden">{t('errors.prefix')}</span> {text}
    </p>
  );
}

/** GOV.UK summary list of plain rows: a key and its value each. It holds no copy. */
export function SummaryRows({ rows, className = 'govuk-summary-list' }: { rows: readonly (readonly [string, ReactNode])[]; className?: string }) {
  return (
    <dl className={className}>
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
