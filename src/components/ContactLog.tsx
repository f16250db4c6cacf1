import { useTranslation } from 'react-i18next';
import { contactsInForce, type CaseState } from '../../machines';
import { formatDate } from '../dates';
import { Table } from './Table';

/**
 * The contacts so far, on the question where attempts to see the adult are recorded, and the way
 * to the contacts pages, where they are recorded and corrected (issue 11: a contact typed here
 * was lost on Continue in release 1.0; now it has a page of its own).
 */
export function ContactLog({ state, onOpen }: { state: CaseState; onOpen: () => void }) {
  const { t } = useTranslation();
  const recorded = contactsInForce(state);
  return (
    <section aria-labelledby="contacts-heading" className="govuk-!-margin-top-6" data-section="contact-log">
      <h2 className="govuk-heading-m" id="contacts-heading">
        {t('contacts.heading')}
      </h2>
      {recorded.length === 0 ? <p className="govuk-body">{t('contacts.none')}</p> : <ContactTable state={state} />}
      <p className="govuk-body">
        <a
          className="govuk-link"
          href="#/contacts"
          data-action="contacts"
          onClick={(event) => {
            event.preventDefault();
            onOpen();
          }}
        >
          {t('contacts.listLink')}
        </a>
      </p>
    </section>
  );
}

/** The contacts in force, by the day they happened; on a phone, one block per contact. */
export function ContactTable({ state }: { state: CaseState }) {
  const { t, i18n } = useTranslation();
  const recorded = contactsInForce(state);
  return (
    <Table
      name="contacts"
      caption={t('contacts.caption', { count: recorded.length })}
      stackOnPhone
      head={[t('contacts.date'), t('contacts.place'), t('contacts.present'), t('contacts.seenAloneShort'), t('contacts.words')]}
      rows={recorded.map((contact, index) => ({
        key: contact.id ?? `${contact.at}-${index}`,
        data: { 'data-seen-alone': contact.seenAlone ? 'yes' : 'no' },
        cells: [
          `${formatDate(contact.date, i18n.language)}${contact.time ? `, ${contact.time}` : ''}`,
          <span data-user-text="">{contact.place}</span>,
          contact.present ? <span data-user-text="">{contact.present}</span> : t('contacts.nobodyRecorded'),
          contact.seenAlone ? t('contacts.seenAlone_yes') : t('contacts.seenAlone_no'),
          <span data-user-text="">{contact.words}</span>,
        ],
      }))}
    />
  );
}
