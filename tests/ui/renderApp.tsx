import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/App';
import { createI18n } from '../../src/i18n';
import { preloadPages } from '../../src/lazyPages';

/**
 * The whole app, as the browser gets it once it has loaded every later page while idle
 * (src/main.tsx): a page shows as soon as it is reached.
 */
export async function renderApp() {
  const i18n = await createI18n('en-GB');
  await preloadPages();
  return render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
}
