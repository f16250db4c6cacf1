import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/main.scss';
import { App } from './App';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, chosenLocale, createI18n, loadEveryNamespace } from './i18n';
import { preloadPages } from './lazyPages';
import { startOffline } from './storage/offline';
import { applySettingsToDocument, loadSettings } from './settings';
import { putTeamSettingsInForce, storedTeamSettingsText } from './teamSettings';

// Settings that change the look apply before the first paint.
applySettingsToDocument(loadSettings());
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

/**
 * Start-up runs in a function that nothing awaits at the module's top level: a chunk loaded during
 * start-up imports from this first-load chunk, and a top-level await would keep this module from
 * finishing, so that import would never settle.
 */
async function start() {
  // A device that keeps a team's settings (issue 15) reads and checks them before any word is shown,
  // with the file's schema loaded only then (precached by the service worker, so at once offline): a
  // first visit loads none of it. Damaged settings never stand; the shipped values do.
  if (storedTeamSettingsText() !== undefined) {
    try {
      const { loadTeamSettings } = await import('./teamSettingsFile');
      putTeamSettingsInForce(loadTeamSettings());
    } catch {
      // The file's code could not be loaded: the app starts all the same, with the shipped values.
    }
  }

  // Only the words the first pages read: the rest load after the first page (issue 13).
  const i18n = await createI18n(chosenLocale(), { load: 'first-pages' });
  // The pseudo-locale is the default one, transformed for the tests.
  document.documentElement.lang = i18n.language === PSEUDO_LOCALE ? DEFAULT_LOCALE : i18n.language;

  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <Suspense fallback={null}>
            <App />
          </Suspense>
        </I18nextProvider>
      </StrictMode>,
    );
  }

  // Once the first page is shown: the service worker (offline, updates), then every later page's
  // code and words while the browser is idle, so no later page waits (the worker precaches them too).
  if (import.meta.env.PROD) void startOffline().catch(() => undefined);
  const whenIdle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 3000 }) : setTimeout(work, 1000));
  whenIdle(() => {
    void preloadPages().catch(() => undefined);
    void loadEveryNamespace(i18n).catch(() => undefined);
  });
}

void start();
