import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactContradictions, contactThreads, type CaseState, type ContactEntry, type ContactThread } from '../../machines';
import type { NewEntry } from '../casefile';
import { BackLink } from '../components/BackLink';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { SummaryRows, TextArea, WarningText } from '../components/govuk';
import { useUnsaved } from '../components/unsaved';
import { formatDate, formatDateTime } from '../dates';
import type { Refusal } from '../refusal';
import type { Route } from '../route';
import { useContent } from '../useContent';

interface Props {
  state: CaseState;
  onNavigate: (route: Route) => void;
  onAppend: (entry: NewEntry) => Refusal | null;
  /** Where Back goes: the overview, or the question the list was opened from. */
  back: { label: 'overview' | 'question'; onBack: () => void };
}

/** One contact's facts, as a GOV.UK summary list. */
function ContactFacts({ contact }: { contact: ContactEntry }) {
  const { t, i18n } = useTranslation();
  const rows: [string, React.ReactNode][] = [
    [t('contacts.when'), `${formatDate(contact.date, i18n.language)}${contact.time ? `, ${contact.time}` : ''}`],
    [t('contacts.place'), <span data-user-text="">{contact.place}</span>],
    [t('contacts.present'), contact.present ? <span data-user-text="">{contact.present}</span> : t('contacts.nobodyRecorded')],
    [t('contacts.seenAloneShort'), contact.seenAlone ? t('contacts.seenAlone_yes') : t('contacts.seenAlone_no')],
    [t('contacts.words'), contact.words ? <q data-user-text="">{contact.words}</q> : '–'],
  ];
  return <SummaryRows rows={rows} className="govuk-summary-list govuk-!-margin-bottom-3" />;
}

type Pending = { kind: 'error' | 'why'; thread: string } | null;

/**
 * Every contact (GOV.UK "add to a list"): each in its version in force, its earlier versions and
 * whether it was entered in error, with the ways to correct it. Reachable from the case overview
 * at any time and from the question where attempts are recorded.
 */
export function ContactsPage({ state, onNavigate, onAppend, back }: Props) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const threads = contactThreads(state);
  const contradicting = new Set(contactContradictions(state).map((c) => c.contact));
  const [pending, setPending] = useState<Pending>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useUnsaved('contacts', pending !== null && text.trim() !== '');

  function submit(event: FormEvent, thread: ContactThread) {
    event.preventDefault();
    if (!pending) return;
    if (text.trim() === '') {
      setErrors([{ href: '#pending-text', text: t(pending.kind === 'error' ? 'contacts.errors.reason' : 'contacts.errors.why') }]);
      return;
    }
    const target = thread.current.id ?? thread.id;
    const refused = onAppend(
      pending.kind === 'error' ? { kind: 'contactError', refersTo: target, reason: text.trim() } : { kind: 'note', text: text.trim(), resolves: thread.id },
    );
    if (refused) {
      setErrors([{ href: '#pending-text', text: t(refused) }]);
      return;
    }
    setPending(null);
    setText('');
    setErrors([]);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={back.onBack}>{back.label === 'overview' ? t('contacts.backToOverview') : t('contacts.backToQuestion')}</BackLink>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('contacts.heading')}
        </h1>
        <p className="govuk-body">{t('contacts.intro')}</p>
        <button type="button" className="govuk-button" data-action="add-contact" onClick={() => onNavigate({ view: 'contact' })}>
          {t('contacts.add')}
        </button>
        {threads.length === 0 && <p className="govuk-body">{t('contacts.none')}</p>}
        {threads.map((thread, index) => (
          <div
            className="govuk-summary-card"
            key={thread.id}
            data-contact={thread.id}
            data-seen-alone={thread.current.seenAlone ? 'yes' : 'no'}
            data-status={thread.enteredInError ? 'entered-in-error' : thread.earlier.length > 0 ? 'corrected' : 'recorded'}
          >
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title">
                {formatDate(thread.current.date, i18n.language)}
                {thread.enteredInError && <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">{t('contacts.enteredInError')}</strong>}
                {!thread.enteredInError && thread.earlier.length > 0 && <strong className="govuk-tag govuk-!-margin-left-2">{t('contacts.corrected')}</strong>}
              </h2>
              {!thread.enteredInError && (
                <ul className="govuk-summary-card__actions">
                  <li className="govuk-summary-card__action">
                    <a
                      className="govuk-link"
                      href={`#/contact/${thread.current.id ?? ''}`}
                      data-action="correct-contact"
                      onClick={(event) => {
                        event.preventDefault();
                        onNavigate({ view: 'contact', ...(thread.current.id ? { corrects: thread.current.id } : {}) });
                      }}
                    >
                      {t('contacts.change')}
                      <span className="govuk-visually-hidden"> {index + 1}</span>
                    </a>
                  </li>
                  <li className="govuk-summary-card__action">
                    <button type="button" className="govuk-link app-button-link" data-action="mark-in-error" onClick={() => { setPending({ kind: 'error', thread: thread.id }); setText(''); setErrors([]); }}>
                      {t('contacts.markInError')}
                      <span className="govuk-visually-hidden"> {index + 1}</span>
                    </button>
                  </li>
                </ul>
              )}
            </div>
            <div className="govuk-summary-card__content">
              {contradicting.has(thread.id) && (
                <>
                  <WarningText data-flag="contact-contradiction">{t('contacts.contradiction', { question: content.heading('accessAttempt') })}</WarningText>
                  <div className="govuk-button-group">
                    <button type="button" className="govuk-button govuk-button--secondary" data-action="why-both-stand" onClick={() => { setPending({ kind: 'why', thread: thread.id }); setText(''); setErrors([]); }}>
                      {t('contacts.whyBothStand')}
                    </button>
                    <button type="button" className="govuk-button govuk-button--secondary" data-action="change-answer" onClick={() => onNavigate({ view: 'change', step: 'accessAttempt' })}>
                      {t('contacts.changeAnswer')}
                    </button>
                  </div>
                </>
              )}
              <ContactFacts contact={thread.current} />
              <p className="govuk-body-s">{t('contacts.typedAt', { date: formatDateTime(thread.current.at, i18n.language) })}</p>
              {thread.enteredInError && (
                <p className="govuk-body-s" data-entered-in-error="">
                  {t('record.entry.contactError', { reason: thread.enteredInError.reason })}
                </p>
              )}
              {thread.earlier.map((earlier) => (
                <details className="govuk-details" key={earlier.id ?? earlier.at} data-earlier-version="">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">{t('contacts.earlierVersion', { date: formatDateTime(earlier.at, i18n.language) })}</span>
                  </summary>
                  <div className="govuk-details__text">
                    <ContactFacts contact={earlier} />
                  </div>
                </details>
              ))}
              {pending?.thread === thread.id && (
                <form noValidate onSubmit={(event) => submit(event, thread)} data-form={pending.kind === 'error' ? 'contact-error' : 'why-both-stand'}>
                  {pending.kind === 'error' && <p className="govuk-body govuk-!-font-weight-bold">{t('contacts.confirmError')}</p>}
                  <TextArea
                    id="pending-text"
                    rows={3}
                    label={pending.kind === 'error' ? t('contacts.errorReason') : t('contacts.whyBothStand')}
                    hint={pending.kind === 'error' ? t('contacts.errorReasonHint') : t('contacts.whyBothStandHint')}
                    error={errors[0]?.text}
                    value={text}
                    onChange={setText}
                  />
                  <div className="govuk-button-group">
                    <button type="submit" className={`govuk-button${pending.kind === 'error' ? ' govuk-button--warning' : ''}`} data-action={pending.kind === 'error' ? 'confirm-in-error' : 'save-why'}>
                      {pending.kind === 'error' ? t('contacts.markInError') : t('contacts.saveWhy')}
                    </button>
                    <button type="button" className="govuk-button govuk-button--secondary" onClick={() => { setPending(null); setText(''); setErrors([]); }}>
                      {t('cases.cancel')}
                    </button>
                  </div>
                </form>
              )}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
