import { useTranslation } from 'react-i18next';
import { isOutcome, isStepId, type ChronologyItem, type LogEntry, type PageId } from '../../machines';
import { formatDate, formatDateTime } from '../dates';
import { useAnswerLabel } from './AnswerSummaryList';
import { useActionWords } from './actionText';
import { useContent } from '../useContent';

/**
 * The case's log as a chronology: every entry in words, with when, and what became of it. Printed
 * in the record (PrintPage) and read in the manager's case review.
 */
export function usePageName() {
  const content = useContent();
  return (page: PageId) => (isOutcome(page) ? content.outcome(page).heading : isStepId(page) ? content.step(page).heading : page);
}

/** One log entry in words, for the chronology. */
function useDescribe() {
  const { t, i18n } = useTranslation();
  const label = useAnswerLabel();
  const pageName = usePageName();
  const actionWords = useActionWords();
  const actionText = (ref: string) => actionWords(ref).text;
  return (entry: LogEntry): string => {
    switch (entry.kind) {
      case 'answer':
        return t('record.entry.answer', { question: pageName(entry.step), answer: label(entry.step, entry.value) });
      case 'change':
        return t('record.entry.change', { question: pageName(entry.step), answer: label(entry.step, entry.value) });
      case 'event':
        return t(`record.entry.event.${entry.event}`);
      case 'back':
        return t('record.entry.back');
      case 'contact': {
        const contact = t(entry.seenAlone ? 'record.entry.contactAlone' : 'record.entry.contactNotAlone', {
          date: formatDate(entry.date, i18n.language),
          place: entry.place,
          present: entry.present || t('contacts.nobodyRecorded'),
        });
        return entry.corrects === undefined ? contact : t('record.entry.contactCorrection', { contact });
      }
      case 'contactError':
        return t('record.entry.contactError', { reason: entry.reason });
      case 'actionDone':
        return t('record.entry.actionDone', { action: actionText(entry.action), note: entry.note || '–' });
      case 'disagreement':
        return t('record.entry.disagreement', { decision: entry.decision, madeBy: entry.madeBy, date: formatDate(entry.decidedOn, i18n.language) });
      case 'note':
        return entry.resolves === undefined ? t('record.entry.note', { text: entry.text }) : t('record.entry.noteResolves', { text: entry.text });
      case 'review':
        return t('record.entry.review', { date: formatDate(entry.date, i18n.language) });
      case 'supervision':
        return t('record.entry.supervision', {
          by: entry.by,
          date: formatDate(entry.date, i18n.language),
          decision: t(`record.supervisionDecisions.${entry.decision}`),
          comment: entry.comment || '–',
          nextReview: formatDate(entry.nextReview, i18n.language),
        });
    }
  };
}

export function Chronology({ items }: { items: readonly ChronologyItem[] }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribe();
  return (
    <table className="govuk-table" data-table="chronology">
      <caption className="govuk-table__caption govuk-table__caption--m">{t('record.chronology')}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{t('record.number')}</th>
          <th scope="col" className="govuk-table__header">{t('record.time')}</th>
          <th scope="col" className="govuk-table__header">{t('record.what')}</th>
          <th scope="col" className="govuk-table__header">{t('record.status')}</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr className="govuk-table__row" key={item.index} data-entry-status={item.status} data-entry-kind={item.kind}>
            <td className="govuk-table__cell">{item.number}</td>
            <td className="govuk-table__cell">{formatDateTime(item.at, i18n.language)}</td>
            <td className="govuk-table__cell">
              {describe(item.entry)}
              {(item.entry.kind === 'answer' || item.entry.kind === 'change') && item.entry.rationale && (
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {t('summary.reason')} <span data-user-text="">{item.entry.rationale}</span>
                </p>
              )}
            </td>
            <td className="govuk-table__cell">
              {t(`record.statuses.${item.status}`)}
              {item.by !== undefined && ` ${t('record.byEntry', { number: item.by + 1 })}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

