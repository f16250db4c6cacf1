import { useTranslation } from 'react-i18next';
import { isStepId, type CaseFile } from '../../machines';
import type { MigrationNotice } from '../casefile';
import type { StoreFault, TabConflict } from '../storage';
import { routeHash } from '../route';
import { useContent } from '../useContent';
import { ExportCaseButton } from './ExportCaseButton';
import { NotificationBanner } from './govuk';
import { useRecordText } from './recordMessage';

interface Props {
  file: CaseFile;
  storeFault: StoreFault | null;
  conflict: TabConflict | null;
  notices: readonly MigrationNotice[];
  onChoose: (choice: 'take-over' | 'close') => void;
  /** Closing was asked for while the last changes are unsaved: confirm first. */
  confirmClose: { onClose: () => void; onStay: () => void } | null;
}

/** What the practitioner must know about the open case before going on, and the way to keep it. */
export function CaseBanner({ file, storeFault, conflict, notices, onChoose, confirmClose }: Props) {
  const { t } = useTranslation();
  const recordText = useRecordText();
  const content = useContent();
  const exportButton = <ExportCaseButton file={file} look="button" action="export-open-case" />;
  return (
    <>
      {conflict && (
        <NotificationBanner id="conflict-title" title={t('record.conflictTitle')} role="alert" success data-conflict={conflict.reason}>
          <p className="govuk-notification-banner__heading">
            {conflict.reason === 'open-elsewhere' ? t('record.openElsewhere') : t('record.takenOver')}
          </p>
          <p className="govuk-body">{t('record.conflictChoice')}</p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button" data-action="take-over" onClick={() => onChoose('take-over')}>
              {t('record.takeOver')}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" data-action="close-here" onClick={() => onChoose('close')}>
              {t('record.closeHere')}
            </button>
          </div>
        </NotificationBanner>
      )}
      {storeFault && (
        <div className="govuk-error-summary" role="alert" data-store-fault={storeFault.code}>
          <h2 className="govuk-error-summary__title">{t('store.title')}</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{recordText(storeFault.message)}</p>
            {confirmClose && (
              <p className="govuk-body govuk-!-font-weight-bold" data-confirm-close="">
                {t('record.confirmClose')}
              </p>
            )}
            <div className="govuk-button-group govuk-!-margin-bottom-0">
              {exportButton}
              {confirmClose && (
                <>
                  <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-action="close-anyway" onClick={confirmClose.onClose}>
                    {t('record.closeAnyway')}
                  </button>
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-action="stay" onClick={confirmClose.onStay}>
                    {t('record.stay')}
                  </button>
                </>
              )}
            </div>
          </div>
        </div>
      )}
      {notices.length > 0 && (
        <NotificationBanner id="notices-title" title={t('record.noticesTitle')} data-notices="">
          {notices.map((notice) => (
            <div key={notice.part} data-notice-part={notice.part}>
              <p className="govuk-body">{recordText(notice.message)}</p>
              {notice.changes.length > 0 && (
                <ul className="govuk-list govuk-list--bullet">
                  {notice.changes.map((change) => (
                    <li key={`${change.part}-${change.version}-${change.index}`} data-changelog={change.version}>
                      {t('record.changeLine', { version: change.version, change: content.release(change.part, change.version).changes[change.index] ?? change.text })}
                    </li>
                  ))}
                </ul>
              )}
              {notice.revisit.map((item) => (
                <div key={item.step} data-revisit={item.step}>
                  <p className="govuk-body">{content.release('pathway', item.version).revisit[item.step] ?? item.why}</p>
                  {isStepId(item.step) && (
                    <p className="govuk-body">
                      <a className="govuk-notification-banner__link" href={routeHash({ view: 'change', step: item.step })}>
                        {t('record.revisitLink', { question: content.step(item.step).heading })}
                      </a>
                    </p>
                  )}
                </div>
              ))}
            </div>
          ))}
        </NotificationBanner>
      )}
    </>
  );
}

/**
 * The open case's bar, on every page of a case: the way to its overview, print, handover and
 * export; "call 999"; and, wherever the pathway takes it, the emergency control, styled unlike
 * the quick exit so that one is never pressed for the other.
 */
export function CaseTools({
  file,
  onNavigate,
  onEmergency,
}: {
  file: CaseFile;
  onNavigate: (view: 'print' | 'handover' | 'case-overview') => void;
  /** Present where the pathway takes the emergency event now. */
  onEmergency: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="app-case-tools app-no-print">
      <nav aria-label={t('record.toolsLabel')}>
        <span className="govuk-body-s govuk-!-margin-right-3">{t('record.caseLabel', { reference: file.reference })}</span>
        <button type="button" className="govuk-link app-button-link govuk-!-margin-right-3" data-action="case-overview" onClick={() => onNavigate('case-overview')}>
          {t('nav.overview')}
        </button>
        <button type="button" className="govuk-link app-button-link govuk-!-margin-right-3" data-action="print-view" onClick={() => onNavigate('print')}>
          {t('record.printLink')}
        </button>
        <button type="button" className="govuk-link app-button-link govuk-!-margin-right-3" data-action="handover-view" onClick={() => onNavigate('handover')}>
          {t('record.handoverLink')}
        </button>
        <ExportCaseButton file={file} look="link" action="export-case" />
      </nav>
      <div className="app-emergency-bar">
        <p className="govuk-body-s govuk-!-margin-bottom-0" data-call-999="">
          {t('emergency.call')}{' '}
          <a className="govuk-link" href="tel:999">
            {t('emergency.callLink')}
          </a>
        </p>
        {onEmergency && (
          <button type="button" className="govuk-button app-button--emergency govuk-!-margin-bottom-0" data-event="emergency" data-place="case-bar" onClick={onEmergency}>
            {t('emergency.button')}
          </button>
        )}
      </div>
    </div>
  );
}
