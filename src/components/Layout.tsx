import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnChange } from '../useFocusOnChange';
import { focusTarget } from './ErrorSummary';
import { OfflineNotices } from './OfflineNotices';
import type { Route } from '../route';

interface Props {
  children: ReactNode;
  pageKey: string;
  dataStep: string | undefined;
  /** The view's name on <main data-view> (architecture.md's page vocabulary), where it has one. */
  dataView?: string | undefined;
  neutralTitle: boolean;
  onExit: () => void;
  onNavigate: (route: Route) => void;
  /** Shown above the page: the open case's tools and anything to know about it. */
  banner: ReactNode;
  caseOpen: boolean;
  onCloseCase: () => void;
}

/** The frame of every page: skip link, header, quick exit, main, footer, live region. */
export function Layout({ children, pageKey, dataStep, dataView, neutralTitle, onExit, onNavigate, banner, caseOpen, onCloseCase }: Props) {
  const { t } = useTranslation();
  useFocusOnChange(pageKey);

  useEffect(() => {
    const heading = document.querySelector('main h1')?.textContent ?? '';
    document.title = neutralTitle ? t('title.neutral') : heading ? `${heading} – ${t('service.name')}` : t('service.name');
  }, [pageKey, neutralTitle, t]);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link" onClick={(event) => focusTarget(event, '#main-content')}>
        {t('nav.skip')}
      </a>
      <header className="app-header app-no-print">
        <div className="govuk-width-container">
          <nav className="app-header__nav" aria-label={t('nav.label')}>
            {caseOpen && (
              <button type="button" className="app-button-link app-header__link" data-action="close-case" onClick={onCloseCase}>
                {t('nav.closeCase')}
              </button>
            )}
            <a className="app-header__link" href="#/settings" onClick={(e) => { e.preventDefault(); onNavigate({ view: 'settings' }); }}>
              {t('nav.settings')}
            </a>
            <a className="app-header__link" href="#/about" onClick={(e) => { e.preventDefault(); onNavigate({ view: 'about' }); }}>
              {t('nav.about')}
            </a>
          </nav>
          <a className="app-header__name" href="#/" onClick={(e) => { e.preventDefault(); onNavigate({ view: 'start' }); }}>
            {t('service.name')}
          </a>
        </div>
      </header>
      <div className="govuk-width-container">
        <div className="govuk-exit-this-page app-exit">
          <button type="button" className="govuk-button govuk-button--warning govuk-exit-this-page__button" data-action="quick-exit" onClick={onExit}>
            <span className="govuk-visually-hidden">{t('exit.emergency')}</span> {t('exit.button')}
          </button>
          <p className="govuk-body-s govuk-!-margin-bottom-0">{t('exit.hint')}</p>
        </div>
        <OfflineNotices caseOpen={caseOpen} />
        {banner}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} data-step={dataStep} data-view={dataView}>
          {/* A later page's code or words still loading (src/lazyPages.tsx): the frame and the quick exit stay. */}
          <Suspense fallback={null}>{children}</Suspense>
        </main>
      </div>
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true" data-live="" />
      <footer className="app-footer" role="contentinfo">
        <div className="govuk-width-container">
          <ul className="app-footer__links">
            <li>
              <a className="govuk-link" href="#/about" onClick={(e) => { e.preventDefault(); onNavigate({ view: 'about' }); }}>
                {t('footer.about')}
              </a>
            </li>
          </ul>
          <p className="govuk-body-s">{t('footer.privacy')}</p>
          <p className="govuk-body-s">{t('disclaimer')}</p>
        </div>
      </footer>
    </>
  );
}
