import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contacts, type CaseState } from '../../machines';
import type { NewEntry } from '../case/useCase';
import type { Refusal } from '../pages/QuestionPage';
import { localToday } from '../dates';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { TextArea, TextField } from './govuk';


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
            <div className={`govuk-form-group${errorFor('#contact-seen-alone-yes') ? ' govuk-form-group--error' : ''}`}>
              <fieldset className="govuk-fieldset" aria-describedby={errorFor('#contact-seen-alone-yes') ? 'contact-seen-alone-error' : undefined}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('contacts.seenAlone')}</legend>
                {errorFor('#contact-seen-alone-yes') && (
                  <p className="govuk-error-message" id="contact-seen-alone-error">
                    <span className="govuk-visually-hidden">{t('errors.prefix')}</span> {errorFor('#contact-seen-alone-yes')}
                  </p>
                )}
                <div className="govuk-radios govuk-radios--inline govuk-radios--small">
                  {(['yes', 'no'] as const).map((value) => (
                    <div className="govuk-radios__item" key={value}>
                      <input
                        className="govuk-radios__input"
                        id={`contact-seen-alone-${value}`}
                        name="contact-seen-alone"
                        type="radio"
                        value={value}
                        checked={seenAlone === value}
                        onChange={() => setSeenAlone(value)}
                      />
                      <label className="govuk-label govuk-radios__label" htmlFor={`contact-seen-alone-${value}`}>
                        {t(`contacts.seenAlone_${value}`)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
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
    <table className="govuk-table" data-table="contacts">
      <caption className="govuk-table__caption govuk-table__caption--s">{t('contacts.caption', { count: recorded.length })}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{t('contacts.date')}</th>
          <th scope="col" className="govuk-table__header">{t('contacts.place')}</th>
          <th scope="col" className="govuk-table__header">{t('contacts.present')}</th>
          <th scope="col" className="govuk-table__header">{t('contacts.seenAloneShort')}</th>
          <th scope="col" className="govuk-table__header">{t('contacts.words')}</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {recorded.map((contact, index) => (
          <tr className="govuk-table__row" key={`${contact.at}-${index}`} data-seen-alone={contact.seenAlone ? 'yes' : 'no'}>
            <td className="govuk-table__cell">{contact.date}</td>
            <td className="govuk-table__cell" data-user-text="">{contact.place}</td>
            <td className="govuk-table__cell">{contact.present ? <span data-user-text="">{contact.present}</span> : t('contacts.nobodyRecorded')}</td>
            <td className="govuk-table__cell">{contact.seenAlone ? t('contacts.seenAlone_yes') : t('contacts.seenAlone_no')}</td>
            <td className="govuk-table__cell" data-user-text="">{contact.words}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
