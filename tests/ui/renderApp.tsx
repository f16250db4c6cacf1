import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/App';
import { createI18n } from '../../src/i18n';

/** The whole app, as the browser gets it, in jsdom. */
export async function renderApp() {
  const i18n = await createI18n('en-GB');
  return render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
}
