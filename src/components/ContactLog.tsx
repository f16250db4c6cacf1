import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contacts, type CaseState } from '../../machines';
import type { NewEntry } from '../casefile';
import type { Refusal } from '../refusal';
import { localToday } from '../dates';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { ChoiceGroup } from './ChoiceGroup';
import { TextArea, TextField } from './govuk';
import { Table } from './Table';


/**
 * Every attempt to see the adult, with who was present and whether they were seen alone.
 * "Seen" is not "seen alone" (Adult B): the form asks it every time.
 */
export function ContactLog({ state, onAdd }: { state: CaseState; onAdd: (entry: NewEntry) => Refusal | null }) {
  const { t } = useTranslation();
  const recorded = contacts(state);
  const [date, setDate] = useState(() => localToday());
  const [place, setPlace] = useState('');
  const [present, setPresent] = useState('');
  const [seenAlone, setSeenAlone] = useState<'' | 'yes' | 'no'>('');
  const [words, setWords] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const savedMessage = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) savedMessage.current?.focus();
  }, [saved, recorded.length]);

  const errorFor = (href: string) => errors.find((error) => error.href === href)?.text;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push({ href: '#contact-date', text: t('contacts.errors.date') });
    if (place.trim() === '') found.push({ href: '#contact-place', text: t('contacts.errors.place') });
    if (seenAlone === '') found.push({ href: '#contact-seen-alone-yes', text: t('contacts.errors.seenAlone') });
    setErrors(found);
    if (found.length > 0) return;
    const refused = onAdd({ kind: 'contact', date, place: place.trim(), present: present.trim(), seenAlone: seenAlone === 'yes', words: words.trim() });
    // Refused (a read-only tab): keep everything typed, and say why.
    if (refused) {
      setErrors([{ href: '#contact-place', text: t(refused) }]);
      return;
    }
    setSaved(true);
    setPlace('');
    setPresent('');
    setSeenAlone('');
    setWords('');
  }

  return (
    <section aria-labelledby="contacts-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="contacts-heading">
        {t('contacts.heading')}
      </h2>
      {saved && (
        <p className="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={savedMessage} data-message="contact-saved">
          {t('contacts.saved', { count: recorded.length })}
        </p>
      )}
      {recorded.length === 0 ? (
        <p className="govuk-body">{t('contacts.none')}</p>
      ) : (
        <ContactTable state={state} />
      )}
      <details className="govuk-details" open={recorded.length === 0}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('contacts.add')}</span>
        </summary>
        <div className="govuk-details__text">
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={submit} data-form="contact">
            <TextField id="contact-date" type="date" width={10} label={t('contacts.date')} error={errorFor('#contact-date')} value={date} onChange={setDate} />
            <TextField id="contact-place" label={t('contacts.place')} hint={t('contacts.placeHint')} error={errorFor('#contact-place')} value={place} onChange={setPlace} />
            <TextField id="contact-present" label={t('contacts.present')} hint={t('contacts.presentHint')} value={present} onChange={setPresent} />
            <ChoiceGroup
              name="contact-seen-alone"
              idPrefix="contact-seen-alone"
              multiple={false}
              legend={t('contacts.seenAlone')}
              error={errorFor('#contact-seen-alone-yes')}
              choices={(['yes', 'no'] as const).map((value) => ({ value, label: t(`contacts.seenAlone_${value}`) }))}
              selected={seenAlone === '' ? [] : [seenAlone]}
              onToggle={setSeenAlone}
              inlineSmall
            />
            <TextArea id="contact-words" rows={3} label={t('contacts.words')} hint={t('contacts.wordsHint')} value={words} onChange={setWords} />
            <button type="submit" className="govuk-button govuk-button--secondary" data-action="add-contact">
              {t('contacts.save')}
            </button>
          </form>
        </div>
      </details>
    </section>
  );
}

export function ContactTable({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const recorded = contacts(state);
  return (
    <Table
      name="contacts"
      caption={t('contacts.caption', { count: recorded.length })}
      stackOnPhone
      head={[t('contacts.date'), t('contacts.place'), t('contacts.present'), t('contacts.seenAloneShort'), t('contacts.words')]}
      rows={recorded.map((contact, index) => ({
        key: `${contact.at}-${index}`,
        data: { 'data-seen-alone': contact.seenAlone ? 'yes' : 'no' },
        cells: [
          contact.date,
          <span data-user-text="">{contact.place}</span>,
          contact.present ? <span data-user-text="">{contact.present}</span> : t('contacts.nobodyRecorded'),
          contact.seenAlone ? t('contacts.seenAlone_yes') : t('contacts.seenAlone_no'),
          <span data-user-text="">{contact.words}</span>,
        ],
      }))}
    />
  );
}
