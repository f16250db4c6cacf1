import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/main.scss';
import { App } from './App';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, chosenLocale, createI18n } from './i18n';
import { applySettingsToDocument, loadSettings } from './settings';

// Settings that change the look apply before the first paint.
applySettingsToDocument(loadSettings());
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const i18n = await createI18n(chosenLocale());
// The pseudo-locale is the default one, transformed for the tests.
document.documentElement.lang = i18n.language === PSEUDO_LOCALE ? DEFAULT_LOCALE : i18n.language;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
