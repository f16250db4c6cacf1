/**
 * The one-page supervision record (issue 15, point 6): the latest review on the case, with the case
 * as it stood (who holds it, where it stands, last seen alone, escalation, flags), and room to sign.
 * For the supervision file: no adult's words, contacts or notes are on it.
 */
import { useTranslation } from 'react-i18next';
import { replay, type LogEntry } from '../../machines';
import type { Route } from '../route';
import { BackLink } from '../components/BackLink';
import { SummaryRows } from '../components/govuk';
import { formatDateTime, localToday } from '../dates';
import { currentLocalValues } from '../teamSettings';
import { useReadyNamespaces } from '../useReadyNamespaces';
import { summariseForTeam } from './teamSummary';
import { useReviewCase } from './useReviewCase';
import { useManagerWords } from './words';

export function SupervisionRecordPage({ caseId, onNavigate }: { caseId: string; onNavigate: (route: Route) => void }) {
  useReadyNamespaces(['manager']);
  const { t, i18n } = useTranslation('manager');
  const ui = useTranslation('ui').t;
  const words = useManagerWords();
  const found = useReviewCase(caseId, 0);
  const back = (
    <BackLink onClick={() => onNavigate({ view: 'case-review', caseId })} data-action="back-to-review">
      {t('record.back')}
    </BackLink>
  );
  if (found.status !== 'ok')
    return (
      <>
        {back}
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('record.heading')}
        </h1>
        {found.status === 'missing' && <p className="govuk-body">{t('review.missing')}</p>}
      </>
    );
  const { file, state } = found;
  const review = file.entries.filter((entry): entry is Extract<LogEntry, { kind: 'supervision' }> => entry.kind === 'supervision').at(-1);
  // The case as it stood when reviewed: its log up to the review (not the review itself, whose next
  // review date would hide a review overdue or missing), and the flags of the day of the supervision.
  const upTo = review === undefined ? file.entries : file.entries.slice(0, file.entries.indexOf(review));
  const then = replay(upTo);
  const summary = summariseForTeam({ ...file, entries: upTo }, then.ok ? then.state : state, currentLocalValues().thresholds, review?.date ?? localToday());
  return (
    <div className="app-supervision-record" data-case={file.reference}>
      <div className="app-no-print">{back}</div>
      <span className="govuk-caption-l" data-reference="">
        {t('record.caption', { reference: file.reference })}
      </span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('record.heading')}
      </h1>
      {review === undefined ? (
        <p className="govuk-body" data-no-review="">
          {t('record.noReview')}
        </p>
      ) : (
        <>
          <div className="govuk-button-group app-no-print">
            <button type="button" className="govuk-button" data-action="print" onClick={() => window.print()}>
              {t('record.print')}
            </button>
          </div>
          <h2 className="govuk-heading-m">{t('record.reviewHeading')}</h2>
          <SummaryRows
            rows={[
              [t('record.by'), <span data-user-text="">{review.by}</span>],
              [t('record.date'), words.date(review.date)],
              [t('record.decision'), <span data-decision={review.decision}>{t(`signOff.decisions.${review.decision}`)}</span>],
              [t('record.comment'), review.comment === '' ? '–' : <span data-user-text="">{review.comment}</span>],
              [t('record.nextReview'), words.date(review.nextReview)],
            ]}
          />
          <h2 className="govuk-heading-m">{t('record.caseHeading')}</h2>
          <SummaryRows
            rows={[
              [t('record.heldBy'), summary.heldBy === undefined ? t('overview.heldByNone') : <span data-user-text="">{summary.heldBy}</span>],
              [t('record.stage'), ui(`overview.stages.${summary.stage}`)],
              [t('record.seenAlone'), words.seenAlone(summary, review.date)],
              [t('record.escalation'), words.escalation(summary)],
              [
                t('record.flags'),
                summary.flags.length === 0 ? (
                  t('overview.noFlags')
                ) : (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {summary.flags.map((flag) => (
                      <li key={flag.id} data-flag={flag.id}>
                        {words.flagReason(flag)}
                      </li>
                    ))}
                  </ul>
                ),
              ],
            ]}
          />
          <div className="app-signature">
            <p className="govuk-body">{t('record.signature')}: ______________________________</p>
            <p className="govuk-body">{t('record.signatureDate')}: ______________</p>
          </div>
        </>
      )}
      <p className="govuk-body-s">{t('record.printed', { date: formatDateTime(new Date(), i18n.language), pathway: file.pathwayVersion, content: file.contentVersion })}</p>
    </div>
  );
}
