import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactThreads, type CaseState } from '../../machines';
import type { NewEntry } from '../casefile';
import { BackLink } from '../components/BackLink';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { DateInput, isoOf, partsOf, type DateParts } from '../components/DateInput';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { TextArea, TextField } from '../components/govuk';
import { useUnsaved } from '../components/unsaved';
import { localToday } from '../dates';
import type { Refusal } from '../refusal';

interface Props {
  state: CaseState;
  /** The contact being corrected (its entry id), or none for a new contact. */
  corrects?: string;
  onSave: (entry: NewEntry) => Refusal | null;
  /** After saving: what was typed is in the record now. */
  onSaved: () => void;
  /** Back, which asks first where something is typed and not saved. */
  onBack: () => void;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * One contact (GOV.UK "add to a list", the add page): when it happened (a day, and a time if
 * known, kept apart from when it was typed), where, who was present, seen alone or not, and the
 * adult's own words. A correction is a new entry that points at the contact it corrects.
 */
export function ContactPage({ state, corrects, onSave, onSaved, onBack }: Props) {
  const { t } = useTranslation();
  const earlier = corrects === undefined ? undefined : contactThreads(state).find((thread) => thread.current.id === corrects)?.current;
  const initial = {
    date: earlier ? partsOf(earlier.date) : partsOf(localToday()),
    time: earlier?.time ?? '',
    place: earlier?.place ?? '',
    present: earlier?.present ?? '',
    seenAlone: earlier ? (earlier.seenAlone ? 'yes' : 'no') : '',
    words: earlier?.words ?? '',
  } as const;
  const [date, setDate] = useState<DateParts>(initial.date);
  const [time, setTime] = useState<string>(initial.time);
  const [place, setPlace] = useState<string>(initial.place);
  const [present, setPresent] = useState<string>(initial.present);
  const [seenAlone, setSeenAlone] = useState<'' | 'yes' | 'no'>(initial.seenAlone);
  const [words, setWords] = useState<string>(initial.words);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const dirty =
    date.day !== initial.date.day ||
    date.month !== initial.date.month ||
    date.year !== initial.date.year ||
    time !== initial.time ||
    place !== initial.place ||
    present !== initial.present ||
    seenAlone !== initial.seenAlone ||
    words !== initial.words;
  useUnsaved('contact', dirty);
  const errorFor = (href: string) => errors.find((error) => error.href === href)?.text;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    const day = isoOf(date);
    if (day === undefined) found.push({ href: '#contact-date', text: t('contacts.errors.date') });
    if (time.trim() !== '' && !TIME.test(time.trim())) found.push({ href: '#contact-time', text: t('contacts.errors.time') });
    if (place.trim() === '') found.push({ href: '#contact-place', text: t('contacts.errors.place') });
    if (seenAlone === '') found.push({ href: '#contact-seen-alone-yes', text: t('contacts.errors.seenAlone') });
    if (found.length > 0 || day === undefined) {
      setErrors(found);
      return;
    }
    const at = time.trim();
    const refused = onSave({
      kind: 'contact',
      date: day,
      ...(at ? { time: at } : {}),
      happenedAt: at ? `${day}T${at}` : day,
      place: place.trim(),
      present: present.trim(),
      seenAlone: seenAlone === 'yes',
      words: words.trim(),
      ...(earlier?.id ? { corrects: earlier.id } : {}),
    });
    // Refused (a read-only tab): keep everything typed, and say why.
    if (refused) setErrors([{ href: '#contact-place', text: t(refused) }]);
    else onSaved();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={onBack}>{t('nav.back')}</BackLink>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {earlier ? t('contacts.changeHeading') : t('contacts.addHeading')}
        </h1>
        {earlier && <p className="govuk-body">{t('contacts.changeHint')}</p>}
        <form noValidate onSubmit={submit} data-form="contact">
          <DateInput id="contact-date" legend={t('contacts.date')} hint={t('contacts.dateHint')} error={errorFor('#contact-date')} value={date} onChange={setDate} />
          <TextField id="contact-time" width={10} label={t('contacts.time')} hint={t('contacts.timeHint')} error={errorFor('#contact-time')} value={time} onChange={setTime} />
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
          <TextArea id="contact-words" rows={4} label={t('contacts.words')} hint={t('contacts.wordsHint')} value={words} onChange={setWords} />
          <button type="submit" className="govuk-button" data-action="save-contact">
            {t('contacts.save')}
          </button>
        </form>
      </div>
    </div>
  );
}
