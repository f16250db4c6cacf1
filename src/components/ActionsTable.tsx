import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionsDone, actionsThatApply, type CaseState } from '../../machines';
import type { NewEntry } from '../casefile';
import { formatDate, localToday } from '../dates';
import type { Refusal } from '../refusal';
import { useActionWords } from './actionText';
import { Sources } from './Blocks';
import { DateInput, isoOf, partsOf, type DateParts } from './DateInput';
import { TextField } from './govuk';
import { Table } from './Table';
import { useUnsaved } from './unsaved';

/**
 * "What to do next": only the actions that belong to this case (machines/actions.ts), each with who
 * does it and whether it is done; an action is marked done with when, and a note, as an entry.
 */
/** Without `onAppend` the table is read-only (the manager's case review): an action not done says so. */
export function ActionsTable({ state, onAppend }: { state: CaseState; onAppend?: (entry: NewEntry) => Refusal | null }) {
  const { t, i18n } = useTranslation();
  const words = useActionWords();
  const done = actionsDone(state);
  const [marking, setMarking] = useState<string | null>(null);
  const [when, setWhen] = useState<DateParts>(partsOf(localToday()));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  useUnsaved('action-done', marking !== null && note !== '');

  function submit(event: FormEvent, ref: string) {
    event.preventDefault();
    const day = isoOf(when);
    if (day === undefined) {
      setError(t('outcome.doneDateError'));
      return;
    }
    const refused = onAppend?.({ kind: 'actionDone', action: ref, note: note.trim(), happenedAt: day });
    if (refused) {
      setError(t(refused));
      return;
    }
    setMarking(null);
    setNote('');
    setError(null);
  }

  return (
    <>
      <Table
        name="actions"
        caption={t('outcome.actions')}
        captionHidden
        stackOnPhone
        head={[t('outcome.action'), t('outcome.who'), t('outcome.actionStatus')]}
        rows={actionsThatApply(state).map((ref) => {
          const action = words(ref);
          const entry = done.get(ref);
          const on = entry ? formatDate(entry.happenedAt ?? entry.at, i18n.language) : '';
          return {
            key: ref,
            data: { 'data-action-ref': ref, 'data-action-state': entry ? 'done' : 'to-do', ...(ref.includes('.') ? {} : { 'data-case-action': ref }) },
            cells: [
              <>
                {action.text}
                <Sources ids={action.sources} />
                {entry?.note && (
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    <span data-user-text="">{entry.note}</span>
                  </p>
                )}
              </>,
              action.who,
              entry ? (
                <strong className="govuk-tag govuk-tag--green">{entry.by ? t('outcome.doneBy', { date: on, by: entry.by }) : t('outcome.done', { date: on })}</strong>
              ) : onAppend === undefined ? (
                <strong className="govuk-tag govuk-tag--grey">{t('outcome.notDone')}</strong>
              ) : (
                <button type="button" className="govuk-link app-button-link app-no-print" data-action="mark-done" onClick={() => { setMarking(ref); setError(null); }}>
                  {t('outcome.markDone')}
                </button>
              ),
            ],
          };
        })}
      />
      {marking !== null && (
        <form noValidate onSubmit={(event) => submit(event, marking)} data-form="action-done" className="app-no-print">
          <p className="govuk-body govuk-!-font-weight-bold">{words(marking).text}</p>
          <DateInput id="action-done-date" legend={t('outcome.doneWhen')} {...(error ? { error } : {})} value={when} onChange={setWhen} />
          <TextField id="action-done-note" label={t('outcome.doneNote')} value={note} onChange={setNote} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-action="save-done">
              {t('outcome.doneSave')}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setMarking(null)}>
              {t('cases.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
