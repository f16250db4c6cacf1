import { useTranslation } from 'react-i18next';
import {
  answersInForce,
  contactsInForce,
  decisionsWithoutRationale,
  escalationLevelsReached,
  notes,
  type CaseState,
} from '../../machines';
import { useContent } from '../useContent';
import { ContactTable } from './ContactLog';
import { WarningText } from './govuk';
import { AnswerSummaryList, useAnswerLabel } from './AnswerSummaryList';

/**
 * The case summary on outcome pages: every contact with the seen-alone record, the
 * adult's own words, the decisions taken with their reasons (not intervening included),
 * and the escalations.
 */
export function CaseSummary({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const content = useContent();
  const label = useAnswerLabel();
  const recordedContacts = contactsInForce(state);
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
      <AnswerSummaryList answers={answers} withoutReasons={unreasoned} name="decisions" />
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
