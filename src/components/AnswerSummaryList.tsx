import { useTranslation } from 'react-i18next';
import type { AnswerId, StepId } from '../../machines';
import { useContent } from '../useContent';
import { useReadyNamespaces } from '../useReadyNamespaces';

export interface AnswerRow {
  readonly step: StepId;
  readonly value: AnswerId | readonly AnswerId[];
  readonly rationale?: string;
}

/** The answer's label, for a single or a multiple answer, from the step's options. */
export function useAnswerLabel() {
  // Answers from any stage of the pathway: every stage's words are asked for at once, not one
  // stage after another as each label is read (issue 13).
  useReadyNamespaces(['steps']);
  const content = useContent();
  return (step: StepId, value: AnswerId | readonly AnswerId[]) => {
    const options = content.step(step).options;
    const values: readonly AnswerId[] = typeof value === 'string' ? [value] : value;
    return values.map((answer) => options[answer]?.label ?? answer).join('; ');
  };
}

interface Props {
  readonly answers: readonly AnswerRow[];
  /** Offers a change link per answer (GOV.UK "Check your answers"). */
  readonly onChange?: (step: StepId) => void;
  /** Steps whose decision needs reasons that were never recorded. */
  readonly withoutReasons?: readonly StepId[];
  readonly name: string;
}

/**
 * GOV.UK summary list of answers: each question, the answer given and the reasons written,
 * with a change link where changing is offered. It holds no copy.
 */
export function AnswerSummaryList({ answers, onChange, withoutReasons = [], name }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const label = useAnswerLabel();
  return (
    <dl className="govuk-summary-list" data-list={name}>
      {answers.map((answer) => {
        const heading = content.step(answer.step).heading;
        return (
          <div className="govuk-summary-list__row" key={answer.step} data-answer-step={answer.step}>
            <dt className="govuk-summary-list__key">{heading}</dt>
            <dd className="govuk-summary-list__value">
              {label(answer.step, answer.value)}
              {answer.rationale && (
                <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  {t('summary.reason')} <span data-user-text="">{answer.rationale}</span>
                </p>
              )}
              {withoutReasons.includes(answer.step) && (
                <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-rationale-missing={answer.step}>
                  <strong>{t('summary.rationaleMissing')}</strong>
                </p>
              )}
            </dd>
            {onChange && (
              <dd className="govuk-summary-list__actions">
                <button type="button" className="govuk-link app-button-link" data-change-step={answer.step} onClick={() => onChange(answer.step)}>
                  {t('check.change')}
                  <span className="govuk-visually-hidden"> {heading}</span>
                </button>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
