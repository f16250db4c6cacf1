// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutPage } from '../../src/pages/AboutPage';
import { createI18n } from '../../src/i18n';

async function renderAbout() {
  const i18n = await createI18n('en-GB');
  render(
    <I18nextProvider i18n={i18n}>
      <main>
        <AboutPage onBack={() => {}} onPreview={() => {}} />
      </main>
    </I18nextProvider>,
  );
}

describe('the About page (issue 9: what changed, and sources a reader can trust)', () => {
  afterEach(() => cleanup());

  it('says what changed in this version, for the questions and for the guidance', async () => {
    await renderAbout();
    const section = screen.getByRole('region', { name: 'What changed in this version' });
    expect(within(section).getByRole('heading', { name: /The questions \(pathway 1\.1\.0, 30 November 2026\)/ })).toBeTruthy();
    expect(within(section).getByRole('heading', { name: /The guidance \(content 1\.1\.0, 30 November 2026\)/ })).toBeTruthy();
    expect(section.textContent).toMatch(/shares the adult's household/);
  });

  it('says when the guidance was last reviewed, as GOV.UK writes a date', async () => {
    await renderAbout();
    expect(document.querySelector('[data-guidance-reviewed]')?.textContent).toMatch(/last reviewed on 30 November 2026/);
  });

  it('tells a source read on a date from one carried over from the brief', async () => {
    await renderAbout();
    const fromBrief = document.querySelector('[data-source-id="R1"] [data-checked]');
    expect(fromBrief?.getAttribute('data-checked')).toBe('brief');
    expect(fromBrief?.textContent).toMatch(/Not read again/);
  });
});
