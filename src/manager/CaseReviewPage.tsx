/**
 * A case read for review (issue 15, point 5), read-only: where it stands and its flags, the reviews
 * in supervision, the decision and routes with the rule behind each, actions and their state, the
 * path taken, the contacts with who was present, and the chronology with every correction. A review
 * copy takes the manager's sign-off; a case on this device is opened to be worked on instead.
 */
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionsThatApply, chronology, reviewDate, reviewPeriodOn, visitedPages, type LogEntry } from '../../machines';
import type { Route } from '../route';
import { ActionsTable } from '../components/ActionsTable';
import { BackLink } from '../components/BackLink';
import { CaseSummary } from '../components/CaseSummary';
import { Chronology, usePageName } from '../components/Chronology';
import { ConfirmPanel } from '../components/ConfirmPanel';
import { focusTarget } from '../components/ErrorSummary';
import { ExportCaseButton } from '../components/ExportCaseButton';
import { NotificationBanner, SummaryRows } from '../components/govuk';
import { RecordOpening } from '../components/RecordOpening';
import { RouteLink } from '../components/RouteLink';
import { Disclaimer, RoutesList } from '../components/RoutesList';
import { addDays, formatDateTime, localToday } from '../dates';
import { currentLocalValues } from '../teamSettings';
import { useReadyNamespaces } from '../useReadyNamespaces';
import { removeReviewCopy } from './reviewStore';
import { SignOffForm } from './SignOffForm';
import { summariseForTeam } from './teamSummary';
import { useReviewCase } from './useReviewCase';
import { useManagerWords } from './words';

const CasePathMap = lazy(() => import('./CasePathMap'));

interface Props {
  readonly caseId: string;
  readonly onNavigate: (route: Route) => void;
  /** Opens a case on this device to be worked on (the practitioner's pages). */
  readonly onOpenCase: (storageId: string) => void;
}

export function CaseReviewPage({ caseId, onNavigate, onOpenCase }: Props) {
  useReadyNamespaces(['manager', 'outcomes', 'routes', 'rules', 'actions']);
  const { t, i18n } = useTranslation('manager');
  const ui = useTranslation('ui').t;
  const words = useManagerWords();
  const pageName = usePageName();
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [mapOpen, setMapOpen] = useState(false);
  const found = useReviewCase(caseId, version);
  const back = (
    <BackLink onClick={() => onNavigate({ view: 'team-overview' })} data-action="back-to-overview">
      {t('review.back')}
    </BackLink>
  );

  if (found.status === 'loading') return back;
  if (found.status !== 'ok')
    return (
      <>
        {back}
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('review.heading')}
        </h1>
        <p className="govuk-body" data-review-missing={found.status}>
          {t(`review.${found.status}`)}
        </p>
        {found.status === 'damaged' && (
          <button type="button" className="govuk-button govuk-button--warning" data-action="remove-review" onClick={() => void removeReviewCopy(caseId).catch(() => undefined).then(() => onNavigate({ view: 'team-overview' }))}>
            {t('review.remove')}
          </button>
        )}
      </>
    );

  const { file, state, copy, storageId } = found;
  const today = localToday();
  const summary = summariseForTeam(file, state, currentLocalValues().thresholds, today);
  const supervisions = file.entries.filter((entry): entry is Extract<LogEntry, { kind: 'supervision' }> => entry.kind === 'supervision');
  const path = visitedPages(state);
  // The next review offered: the case's review date where it is still ahead, else the team's period from today.
  const current = reviewDate(state);
  const suggestedNext = current !== undefined && current > today ? current : addDays(today, reviewPeriodOn(state, currentLocalValues().reviewPeriodDays) ?? 28);

  async function remove() {
    await removeReviewCopy(caseId).catch(() => undefined);
    onNavigate({ view: 'team-overview' });
  }

  return (
    <div className="app-manager" data-case={file.reference}>
      {back}
      <span className="govuk-caption-l" data-reference="">
        {t('review.caption', { reference: file.reference })}
      </span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('review.heading')}
      </h1>
      {saved && (
        <NotificationBanner id="review-saved-title" title={t('success')} success role="alert" data-notice="review-saved">
          <p className="govuk-notification-banner__heading">{t('signOff.saved')}</p>
        </NotificationBanner>
      )}
      {copy ? (
        <p className="govuk-inset-text" data-read-only="review-copy">
          {t('review.readOnly')}
        </p>
      ) : (
        <div className="govuk-inset-text" data-read-only="device">
          <p className="govuk-body">{t('review.ownCase')}</p>
          {storageId !== undefined && (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-action="open-case" onClick={() => onOpenCase(storageId)}>
              {t('review.openCase')}
            </button>
          )}
        </div>
      )}

      {copy && (
        <p className="govuk-body app-no-print">
          <a className="govuk-link" href="#sign-off-heading" data-action="to-sign-off" onClick={(event) => focusTarget(event, '#sign-off-heading')}>
            {t('review.toSignOff')}
          </a>
        </p>
      )}
      <h2 className="govuk-heading-m">{t('review.summaryHeading')}</h2>
      <SummaryRows
        rows={[
          [t('review.heldBy'), summary.heldBy === undefined ? t('overview.heldByNone') : <span data-user-text="">{summary.heldBy}</span>],
          [t('review.stage'), ui(`overview.stages.${summary.stage}`)],
          [t('overview.columns.seenAlone'), words.seenAlone(summary, today)],
          [t('overview.columns.escalation'), words.escalation(summary)],
          [t('overview.columns.review'), words.review(summary)],
          ...(copy
            ? ([
                [t('review.imported'), formatDateTime(copy.importedAt, i18n.language)],
                [t('review.expires'), words.date(copy.expiresAt.slice(0, 10))],
              ] as const)
            : []),
          [t('review.entries'), String(file.entries.length)],
        ]}
      />

      <h2 className="govuk-heading-m">{t('review.flagsHeading')}</h2>
      {summary.flags.length === 0 ? (
        <p className="govuk-body">{t('review.noFlags')}</p>
      ) : (
        <ul className="govuk-list" data-section="flags">
          {summary.flags.map((flag) => (
            <li key={flag.id} data-flag={flag.id}>
              <strong className="govuk-tag govuk-tag--red">{words.flagName(flag)}</strong> {words.flagReason(flag)}
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">{t('review.supervisionHeading')}</h2>
      {supervisions.length === 0 ? (
        <p className="govuk-body">{t('review.noSupervision')}</p>
      ) : (
        <ul className="govuk-list" data-section="supervisions">
          {supervisions.map((entry) => (
            <li key={entry.id} data-supervision={entry.decision}>
              {t('review.supervisionItem', {
                date: words.date(entry.date),
                by: entry.by,
                decision: t(`signOff.decisions.${entry.decision}`),
                nextReview: words.date(entry.nextReview),
              })}
              {entry.comment && (
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  <span data-user-text="">{entry.comment}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {supervisions.length > 0 && (
        // Always at hand, not only just after saving: the manager may export or print again later.
        <div className="govuk-button-group app-no-print">
          <ExportCaseButton file={file} look="button" action="export-reviewed" />
          <RouteLink href={`#/supervision-record/${caseId}`} data-action="supervision-record" onFollow={() => onNavigate({ view: 'supervision-record', caseId })}>
            {t('signOff.print')}
          </RouteLink>
        </div>
      )}


      <RecordOpening state={state} />
      <RoutesList state={state} />
      <h2 className="govuk-heading-m">{t('review.actionsHeading')}</h2>
      {actionsThatApply(state).length === 0 ? <p className="govuk-body">{t('review.noActions')}</p> : <ActionsTable state={state} />}

      <h2 className="govuk-heading-m">{t('review.pathHeading')}</h2>
      <p className="govuk-body">{t('review.pathIntro')}</p>
      <ol className="govuk-list govuk-list--number" data-section="path">
        {path.map((page, index) => (
          <li key={`${page}-${index}`} data-path-step={page}>
            {pageName(page)}
          </li>
        ))}
      </ol>
      <details className="govuk-details app-no-print" data-section="path-map" onToggle={(event) => setMapOpen(event.currentTarget.open)}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('review.pathOnMap')}</span>
        </summary>
        <div className="govuk-details__text">
          {/* The map loads only when opened: it is the trainer's, and large. */}
          {mapOpen && (
            <Suspense fallback={null}>
              <CasePathMap state={state} />
            </Suspense>
          )}
        </div>
      </details>

      <CaseSummary state={state} />
      <Chronology items={chronology(file.entries)} />
      <Disclaimer />

      {copy && <SignOffForm key={version} caseId={caseId} suggestedNext={suggestedNext} onSaved={() => { setSaved(true); setVersion((n) => n + 1); }} />}

      {copy && (
        <div className="app-no-print">
          {removing ? (
            <ConfirmPanel
              id="remove-review-question"
              question={t('review.removeConfirm', { reference: file.reference })}
              confirmLabel={t('review.removeYes')}
              action="confirm-remove-review"
              onConfirm={() => void remove()}
              onCancel={() => setRemoving(false)}
            />
          ) : (
            <button type="button" className="govuk-button govuk-button--warning" data-action="remove-review" onClick={() => setRemoving(true)}>
              {t('review.remove')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
