import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isOutcome, isStepId } from '../../machines';
import { checkReference, exportCaseFile, exportFileName, rawExportFileName, rawLogExport } from '../casefile';
import {
  clearAllCases,
  deleteStoredCase,
  listStoredCases,
  openStoredCase,
  readStored,
  renameCase,
  safeLocalStorage,
  type ListedCase,
} from '../storage';
import { formatDate, formatDateTime } from '../dates';
import { downloadText } from '../download';
import { ConfirmPanel } from './ConfirmPanel';
import { TextField, WarningText } from './govuk';
import { useRecordText } from './recordMessage';
import { useContent } from '../useContent';

type Pending = { kind: 'rename' | 'delete'; id: string } | { kind: 'clear' } | null;

/**
 * The cases on this device. Each shows only what a practitioner needs to pick it up again:
 * the reference they chose, where it stands, when it last changed, how long since the adult
 * was last seen alone, and the next review date. Nothing else about the adult.
 */
export function CaseList({ onOpen, version, first = false }: { onOpen: (id: string) => void; version: number; first?: boolean }) {
  const { t, i18n } = useTranslation();
  const recordText = useRecordText();
  const content = useContent();
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [refreshed, setRefreshed] = useState(0);
  const storage = safeLocalStorage();
  // Listing replays every stored case: only when the cases may have changed (a new import,
  // an action here), not on every keystroke. Storage is outside React, so the dependencies
  // are those signals rather than anything the callback reads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const list = useMemo(() => listStoredCases(safeLocalStorage()), [version, refreshed]);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message, refreshed]);

  const refresh = (text: string | null) => {
    setPending(null);
    setMessage(text);
    setError(null);
    setRefreshed((n) => n + 1);
  };
  // A cancelled action puts focus back at the top of the list, never on the page's body.
  const cancel = () => {
    setPending(null);
    setError(null);
    headingRef.current?.focus();
  };

  const pageName = (listed: ListedCase) => {
    const page = listed.summary.currentPage;
    if (isOutcome(page)) return t('cases.atOutcome', { name: content.outcome(page).heading });
    return isStepId(page) ? content.step(page).heading : page;
  };

  function exportCase(id: string) {
    const opened = openStoredCase(storage, id);
    if (opened.ok) downloadText(exportFileName(opened.record.file), exportCaseFile(opened.record.file));
    else {
      const raw = readStored(storage, id);
      if (raw.ok) downloadText(rawExportFileName(id), rawLogExport(raw.text));
    }
  }

  function remove(id: string, done: string) {
    const deleted = deleteStoredCase(storage, id);
    if (deleted.ok) refresh(done);
    else setError(recordText(deleted.fault.message));
  }

  function submitRename(event: FormEvent, id: string) {
    event.preventDefault();
    const checked = checkReference(reference);
    if (!checked.ok) {
      setError(checked.problem === 'empty' ? t('start.referenceError') : t('start.referenceTooLong'));
      return;
    }
    const renamed = renameCase(storage, id, checked.reference);
    if (renamed.ok) refresh(t('cases.renamed', { reference: checked.reference }));
    else if ('fault' in renamed) setError(recordText(renamed.fault.message));
    else setError(renamed.reference === 'empty' ? t('start.referenceError') : t('start.referenceTooLong'));
  }

  if (list.fault) {
    return (
      <WarningText data-store-fault={list.fault.code}>{recordText(list.fault.message)}</WarningText>
    );
  }
  const messageParagraph = message && (
    <p className="govuk-body" tabIndex={-1} ref={messageRef} data-message="">
      {message}
    </p>
  );
  if (list.cases.length === 0 && list.unreadable.length === 0) return messageParagraph || null;

  return (
    <section aria-labelledby="saved-heading" data-section="cases">
      <h2 className={first ? 'govuk-visually-hidden' : 'govuk-heading-m'} id="saved-heading" tabIndex={-1} ref={headingRef}>
        {t('start.savedHeading')}
      </h2>
      {first && list.cases[0] && (
        // Coming back: the most recent case is one press away.
        <button type="button" className="govuk-button" data-action="continue-recent" onClick={() => onOpen(list.cases[0]?.id ?? '')}>
          {t('start.continueRecent', { reference: list.cases[0].summary.reference })}
        </button>
      )}
      {messageParagraph}
      {error && pending?.kind !== 'rename' && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('errors.prefix')}</span> {error}
        </p>
      )}
      <ul className="govuk-list" data-list="cases">
        {list.cases.map((listed) => {
          const { summary } = listed;
          return (
            <li key={listed.id} className="govuk-summary-card govuk-!-margin-bottom-4" data-case-id={listed.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t('cases.reference', { reference: summary.reference })}</h3>
              <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('cases.page')}</dt>
                  <dd className="govuk-summary-list__value" data-current-page={summary.currentPage}>
                    {pageName(listed)}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('cases.lastChange')}</dt>
                  <dd className="govuk-summary-list__value">{formatDateTime(summary.lastChange, i18n.language)}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('cases.seenAlone')}</dt>
                  <dd className="govuk-summary-list__value" data-days-since-seen-alone={summary.daysSinceSeenAlone ?? ''}>
                    {summary.lastSeenAlone === undefined
                      ? t('cases.neverSeenAlone')
                      : t('cases.daysSinceSeenAlone', { count: summary.daysSinceSeenAlone ?? 0, date: summary.lastSeenAlone && formatDate(summary.lastSeenAlone, i18n.language) })}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('cases.review')}</dt>
                  <dd className="govuk-summary-list__value" data-review-overdue={summary.reviewOverdue ? 'yes' : 'no'}>
                    {summary.reviewDate === undefined ? t('cases.noReview') : formatDate(summary.reviewDate, i18n.language)}{' '}
                    {summary.reviewOverdue && <strong className="govuk-tag govuk-tag--red">{t('cases.overdue')}</strong>}
                  </dd>
                </div>
                {summary.outstandingActions > 0 && (
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('overview.actions')}</dt>
                    <dd className="govuk-summary-list__value" data-outstanding-actions={summary.outstandingActions}>
                      {t('outcome.outstanding', { count: summary.outstandingActions })}
                    </dd>
                  </div>
                )}
              </dl>
              {listed.notices.length > 0 && <p className="govuk-body-s">{t('cases.olderVersion')}</p>}
              <div className="govuk-button-group">
                <button type="button" className="govuk-button" data-open-case={listed.id} onClick={() => onOpen(listed.id)}>
                  {t('cases.open')}
                  <span className="govuk-visually-hidden" data-user-text=""> {summary.reference}</span>
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" data-export-case={listed.id} onClick={() => exportCase(listed.id)}>
                  {t('cases.export')}
                  <span className="govuk-visually-hidden" data-user-text=""> {summary.reference}</span>
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  data-rename-case={listed.id}
                  onClick={() => {
                    setReference(summary.reference);
                    setError(null);
                    setPending({ kind: 'rename', id: listed.id });
                  }}
                >
                  {t('cases.rename')}
                  <span className="govuk-visually-hidden" data-user-text=""> {summary.reference}</span>
                </button>
                <button type="button" className="govuk-button govuk-button--warning" data-delete-case={listed.id} onClick={() => setPending({ kind: 'delete', id: listed.id })}>
                  {t('cases.delete')}
                  <span className="govuk-visually-hidden" data-user-text=""> {summary.reference}</span>
                </button>
              </div>
              {pending?.kind === 'rename' && pending.id === listed.id && (
                <form noValidate onSubmit={(event) => submitRename(event, listed.id)} data-form="rename">
                  <TextField
                    id={`rename-${listed.id}`}
                    width={20}
                    label={t('cases.newReference')}
                    hint={t('start.referenceHint')}
                    error={error ?? undefined}
                    value={reference}
                    onChange={setReference}
                  />
                  <div className="govuk-button-group">
                    <button type="submit" className="govuk-button" data-action="save-rename">
                      {t('cases.saveRename')}
                    </button>
                    <button type="button" className="govuk-button govuk-button--secondary" onClick={cancel}>
                      {t('cases.cancel')}
                    </button>
                  </div>
                </form>
              )}
              {pending?.kind === 'delete' && pending.id === listed.id && (
                <ConfirmPanel
                  id={`delete-${listed.id}`}
                  question={t('cases.confirmDelete', { reference: summary.reference })}
                  confirmLabel={t('cases.confirmDeleteButton')}
                  action="confirm-delete"
                  onConfirm={() => remove(listed.id, t('cases.deleted', { reference: summary.reference }))}
                  onCancel={cancel}
                />
              )}
            </li>
          );
        })}
        {list.unreadable.map((unreadable) => (
          <li key={unreadable.id} className="govuk-!-margin-bottom-4" data-corrupt-case={unreadable.id}>
            <p className="govuk-body">{recordText(unreadable.reason)}</p>
            <div className="govuk-button-group">
              <button type="button" className="govuk-button govuk-button--secondary" data-export-raw={unreadable.id} onClick={() => exportCase(unreadable.id)}>
                {t('cases.exportRaw')}
              </button>
              <button type="button" className="govuk-button govuk-button--warning" data-delete-case={unreadable.id} onClick={() => setPending({ kind: 'delete', id: unreadable.id })}>
                {t('cases.delete')}
              </button>
            </div>
            {pending?.kind === 'delete' && pending.id === unreadable.id && (
              <ConfirmPanel
                id={`delete-${unreadable.id}`}
                question={t('cases.confirmDeleteUnreadable')}
                confirmLabel={t('cases.confirmDeleteButton')}
                action="confirm-delete"
                onConfirm={() => remove(unreadable.id, t('cases.deletedUnreadable'))}
                onCancel={cancel}
              />
            )}
          </li>
        ))}
      </ul>
      {pending?.kind === 'clear' ? (
        <ConfirmPanel
          id="clear-all-question"
          question={t('cases.confirmClear', { count: list.cases.length + list.unreadable.length })}
          confirmLabel={t('cases.confirmClearButton')}
          action="confirm-clear"
          onConfirm={() => {
            const cleared = clearAllCases(storage);
            if (cleared.ok) refresh(t('cases.cleared', { count: cleared.removed }));
            else setError(recordText(cleared.fault.message));
          }}
          onCancel={cancel}
        />
      ) : (
        <button type="button" className="govuk-button govuk-button--warning" data-action="clear-all" onClick={() => setPending({ kind: 'clear' })}>
          {t('cases.clearAll')}
        </button>
      )}
    </section>
  );
}
