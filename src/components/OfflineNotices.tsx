import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { askToPersist, offlineState, setCaseOpenHere, subscribeOffline, activateNewVersion, type NewVersionAnswer } from '../storage/offline';
import { NotificationBanner } from './govuk';

/**
 * What the practitioner needs to know about working offline (issue 13): a new version waiting (it
 * never replaces an open case; with none open it can be used at once), and a browser that would
 * not promise to keep this app's storage. Shown above every page.
 */
export function OfflineNotices({ caseOpen }: { caseOpen: boolean }) {
  const { t } = useTranslation();
  const { update, persist } = useSyncExternalStore(subscribeOffline, offlineState, offlineState);
  const [answer, setAnswer] = useState<NewVersionAnswer | null>(null);

  useEffect(() => {
    setCaseOpenHere(caseOpen);
    // Asked once a case is open: that is when there is something worth keeping.
    if (caseOpen && offlineState().persist === 'unknown') void askToPersist();
  }, [caseOpen]);

  return (
    <>
      {update !== 'current' && (
        <NotificationBanner id="update-title" title={t('offline.updateTitle')} data-update={caseOpen ? 'waits-for-case' : 'ready'}>
          {caseOpen ? (
            <p className="govuk-body">{t('offline.updateWaitsForCase')}</p>
          ) : (
            <>
              <p className="govuk-body">{answer === 'case-open-elsewhere' && update === 'waiting' ? t('offline.caseOpenElsewhere') : t('offline.updateReady')}</p>
              <button
                type="button"
                className="govuk-button govuk-!-margin-bottom-0"
                data-action="use-new-version"
                disabled={update === 'activating'}
                onClick={() => void activateNewVersion().then(setAnswer)}
              >
                {t('offline.useNewVersion')}
              </button>
            </>
          )}
        </NotificationBanner>
      )}
      {persist === 'refused' && !caseOpen && (
        <div className="govuk-inset-text" data-offline="persist-refused">
          {t('offline.persistRefused')}
        </div>
      )}
    </>
  );
}
