import type { ReactNode } from 'react';
import { ErrorMessage } from './govuk';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

interface Props<T extends string> {
  /** The group's name, and the prefix of each input's id (`<idPrefix>-<value>`). */
  readonly name: string;
  readonly idPrefix: string;
  /** Radios take one answer; checkboxes take several. */
  readonly multiple: boolean;
  readonly legend: ReactNode;
  /** The legend is the page's heading (GOV.UK: one question per page). */
  readonly legendIsHeading?: boolean;
  readonly legendSize?: 'l' | 's';
  readonly hint?: string;
  readonly error?: string;
  readonly choices: readonly Choice<T>[];
  readonly selected: readonly T[];
  readonly onToggle: (value: T) => void;
  /** Small inline radios, as GOV.UK uses for a yes or no inside a longer form. */
  readonly inlineSmall?: boolean;
}

/**
 * GOV.UK radios or checkboxes in a fieldset: the legend (as the page heading where it is one),
 * hint, error message and the choices, each with its label and hint. It holds no copy.
 */
export function ChoiceGroup<T extends string>({
  name,
  idPrefix,
  multiple,
  legend,
  legendIsHeading = false,
  legendSize = 's',
  hint,
  error,
  choices,
  selected,
  onToggle,
  inlineSmall = false,
}: Props<T>) {
  const kind = multiple ? 'checkboxes' : 'radios';
  const hintId = `${idPrefix}-group-hint`;
  const errorId = `${idPrefix}-group-error`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const size = legendIsHeading ? 'l' : legendSize;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={described}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>
          {legendIsHeading ? (
            <h1 className="govuk-fieldset__heading" tabIndex={-1}>
              {legend}
            </h1>
          ) : (
            legend
          )}
        </legend>
        {hint && (
          <div className="govuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId} text={error} />}
        <div className={`govuk-${kind}${inlineSmall ? ` govuk-${kind}--inline govuk-${kind}--small` : ''}`} data-module={`govuk-${kind}`}>
          {choices.map((choice) => {
            const id = `${idPrefix}-${choice.value}`;
            return (
              <div className={`govuk-${kind}__item`} key={choice.value}>
                <input
                  className={`govuk-${kind}__input`}
                  id={id}
                  name={name}
                  type={multiple ? 'checkbox' : 'radio'}
                  value={choice.value}
                  checked={selected.includes(choice.value)}
                  onChange={() => onToggle(choice.value)}
                  aria-describedby={choice.hint ? `${id}-hint` : undefined}
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <div className={`govuk-hint govuk-${kind}__hint`} id={`${id}-hint`}>
                    {choice.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
