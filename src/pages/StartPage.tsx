import { Suspense, lazy, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { RouteLink } from '../components/RouteLink';
import { NotificationBanner, TextField, WarningText } from '../components/govuk';
import { checkReference, type MigrationNotice } from '../casefile';
import { referenceLooksPersonal } from '../casefile/referenceLooksPersonal';
import { safeLocalStorage, storedIds } from '../storage';

/**
 * The cases on this device load with the page, not in the first load (issue 13): a first visit has
 * none to list, and a device that has some has been here before, so the service worker has the list's
 * chunk already and it comes at once.
 */
const CaseList = lazy(() => import('../components/CaseList').then((m) => ({ default: m.CaseList })));
/** Importing is below the fold and not needed to start or continue a case: its code loads after the page. */
const ImportCase = lazy(() => import('../components/ImportCase').then((m) => ({ default: m.ImportCase })));

interface Props {
  onStart: (reference: string) => void;
  onOpen: (id: string) => void;
  onImported: (id: string, reference: string, notices: readonly MigrationNotice[]) => void;
  onMerged?: (id: string, reference: string, added: number) => void;
  /** Opens the manager's view (issue 15). */
  onManager?: () => void;
  notice?: string | null;
  listVersion: number;
}

/** What this is for, what to have to hand, how the quick exit works; then a new or saved case. */
export function StartPage({ onStart, onOpen, onImported, onMerged, onManager, notice, listVersion }: Props) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  // A reference that looks like a name or an address is warned about once; Start again goes on.
  const [warnedFor, setWarnedFor] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkReference(reference);
    if (!checked.ok) {
      setErrors([{ href: '#case-reference', text: checked.problem === 'empty' ? t('start.referenceError') : t('start.referenceTooLong') }]);
      return;
    }
    setErrors([]);
    if (referenceLooksPersonal(checked.reference) !== undefined && warnedFor !== checked.reference) {
      setWarnedFor(checked.reference);
      return;
    }
    onStart(checked.reference);
  }

  const referenceError = errors[0];
  const looks = warnedFor !== null && warnedFor === reference.trim() ? referenceLooksPersonal(warnedFor) : undefined;
  // Coming back (after a quick exit, or a day later): "Your cases" first, the latest one press away.
  const storage = safeLocalStorage();
  const hasCases = storage !== undefined && (storedIds(storage) ?? []).length > 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {notice && (
          <NotificationBanner id="notice-title" title={t('start.noticeTitle')} data-notice="">
            <p className="govuk-notification-banner__heading">{notice}</p>
          </NotificationBanner>
        )}
        <ErrorSummary errors={errors} />
        {hasCases && (
          <>
            <h1 className="govuk-heading-xl" tabIndex={-1}>
              {t('start.yourCases')}
            </h1>
            <Suspense fallback={null}>
              <CaseList onOpen={onOpen} version={listVersion} first />
            </Suspense>
            <h2 className="govuk-heading-l">{t('start.heading')}</h2>
          </>
        )}
        {!hasCases && (
          <h1 className="govuk-heading-xl" tabIndex={-1}>
            {t('start.heading')}
          </h1>
        )}
        <p className="govuk-body-l">{t('start.lead')}</p>
        <h2 className="govuk-heading-m">{t('start.whoHeading')}</h2>
        <p className="govuk-body">{t('start.who')}</p>
        <h2 className="govuk-heading-m">{t('start.handHeading')}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('start.hand1')}</li>
          <li>{t('start.hand2')}</li>
          <li>{t('start.hand3')}</li>
          <li>{t('start.hand4')}</li>
        </ul>
        <h2 className="govuk-heading-m">{t('start.privacyHeading')}</h2>
        <p className="govuk-body">{t('start.privacy')}</p>
        <h2 className="govuk-heading-m">{t('start.exitHeading')}</h2>
        <p className="govuk-body">{t('start.exit')}</p>
        <WarningText>{t('start.reconstruction')}</WarningText>
        <div className="govuk-inset-text" data-disclaimer="">
          {t('disclaimer')}
        </div>
        <h2 className="govuk-heading-m">{t('start.newHeading')}</h2>
        <form noValidate onSubmit={submit} data-form="new-case">
          <TextField
            id="case-reference"
            width={20}
            label={t('start.referenceLabel')}
            hint={t('start.referenceHint')}
            error={referenceError?.text}
            value={reference}
            onChange={setReference}
          />
          {looks && <WarningText data-reference-warning={looks}>{t(`start.referenceLooks.${looks}`)}</WarningText>}
          <button type="submit" className="govuk-button govuk-button--start" data-action="start">
            {t('start.button')}
            <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </button>
        </form>
        {!hasCases && (
          <Suspense fallback={null}>
            <CaseList onOpen={onOpen} version={listVersion} />
          </Suspense>
        )}
        {/* Importing is not needed to start or continue a case: it loads after the page is shown. */}
        <Suspense fallback={null}>
          <ImportCase onImported={onImported} {...(onMerged ? { onMerged } : {})} />
        </Suspense>
        {onManager && (
          <>
            <h2 className="govuk-heading-m">{t('start.managersHeading')}</h2>
            <p className="govuk-body">
              <RouteLink href="#/team-overview" data-action="team-overview" onFollow={onManager}>
                {t('start.managersLink')}
              </RouteLink>
            </p>
            <p className="govuk-hint">{t('start.managersHint')}</p>
          </>
        )}
      </div>
    </div>
  );
}
