import { useTranslation } from 'react-i18next';
import {
  answersInForce,
  contacts,
  decisionsWithoutRationale,
  escalationLevelsReached,
  notes,
  type AnswerId,
  type CaseState,
  type StepId,
} from '../../machines';
import { useContent } from '../useContent';
import { ContactTable } from './ContactLog';
import { WarningText } from './govuk';

/** The answer's label, for a single or a multiple answer. */
export function useAnswerLabel() {
  const content = useContent();
  return (step: StepId, value: AnswerId | readonly AnswerId[]) => {
    const options = content.step(step).options;
    const values: readonly AnswerId[] = typeof value === 'string' ? [value] : value;
    return values.map((answer) => options[answer]?.label ?? answer).join('; ');
  };
}

/**
 * The case summary on outcome pages: every contact with the seen-alone record, the
 * adult's own words, the decisions taken with their reasons (not intervening included),
 * and the escalations.
 */
export function CaseSummary({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const content = useContent();
  const label = useAnswerLabel();
  const recordedContacts = contacts(state);
  const seenAloneCount = recordedContacts.filter((contact) => contact.seenAlone).length;
  const answers = answersInForce(state);
  const escalations = escalationLevelsReached(state);
  const wishes = answers.find((answer) => answer.step === 'adultWishes');
  const unreasoned = decisionsWithoutRationale(state);
  return (
    <section aria-labelledby="summary-heading" data-section="case-summary">
      <h2 className="govuk-heading-m" id="summary-heading">
        {t('summary.heading')}
      </h2>
      <h3 className="govuk-heading-s">{t('summary.contacts')}</h3>
      <p className="govuk-body" data-seen-alone-count={seenAloneCount}>
        {t('summary.seenAloneCount', { count: recordedContacts.length, alone: seenAloneCount })}
      </p>
      {recordedContacts.length > 0 && <ContactTable state={state} />}
      <h3 className="govuk-heading-s">{t('summary.wishes')}</h3>
      <p className="govuk-body">{wishes ? label('adultWishes', wishes.value) : t('summary.wishesNotRecorded')}</p>
      {recordedContacts.filter((contact) => contact.words).length > 0 && (
        <ul className="govuk-list govuk-list--bullet" data-list="adult-words">
          {recordedContacts
            .filter((contact) => contact.words)
            .map((contact, index) => (
              <li key={index}>
                {t('summary.wordsOn', { date: contact.date })} <q data-user-text="">{contact.words}</q>
              </li>
            ))}
        </ul>
      )}
      <h3 className="govuk-heading-s">{t('summary.decisions')}</h3>
      {unreasoned.length > 0 && (
        <WarningText data-flag="rationale-missing">{t('summary.rationaleMissingCount', { count: unreasoned.length })}</WarningText>
      )}
      <dl className="govuk-summary-list" data-list="decisions">
        {answers.map((answer) => (
          <div className="govuk-summary-list__row" key={answer.step} data-answer-step={answer.step}>
            <dt className="govuk-summary-list__key">{content.step(answer.step).heading}</dt>
            <dd className="govuk-summary-list__value">
              {label(answer.step, answer.value)}
              {answer.rationale && (
                <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  {t('summary.reason')} <span data-user-text="">{answer.rationale}</span>
                </p>
              )}
              {unreasoned.includes(answer.step) && (
                <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-rationale-missing={answer.step}>
                  <strong>{t('summary.rationaleMissing')}</strong>
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="govuk-heading-s">{t('summary.escalations')}</h3>
      {escalations.length === 0 ? (
        <p className="govuk-body">{t('summary.noEscalations')}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" data-list="escalations">
          {escalations.map((page) => (
            <li key={page}>{content.step(page).heading}</li>
          ))}
        </ul>
      )}
      {notes(state).length > 0 && (
        <>
          <h3 className="govuk-heading-s">{t('summary.notes')}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {notes(state).map((note, index) => (
              <li key={index} data-user-text="">
                {note.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
