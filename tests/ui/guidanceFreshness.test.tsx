// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replay } from '../../machines';
import { guidanceDue } from '../../src/components/GuidanceFreshness';
import { createI18n } from '../../src/i18n';
import { OutcomePage } from '../../src/pages/OutcomePage';
import { answer } from '../machines/helpers';

/** An outcome page as the app shows it: a case answered Wales, whose outcome (walesProcedures) comes at once. */
async function renderAnOutcome() {
  const result = replay([answer('jurisdiction', 'wales')]);
  if (!result.ok) throw new Error('the case did not replay');
  const i18n = await createI18n('en-GB');
  render(
    <I18nextProvider i18n={i18n}>
      <main>
        <Suspense fallback={null}>
          <OutcomePage state={result.state} onEvent={() => null} onCheckAnswers={() => {}} onNavigate={() => {}} />
        </Suspense>
      </main>
    </I18nextProvider>,
  );
  return waitFor(() => {
    const freshness = document.querySelector('[data-guidance-freshness]');
    expect(freshness).not.toBeNull();
    return freshness as HTMLElement;
  });
}

describe('guidance freshness (issue 16)', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('an outcome shows when the guidance was last reviewed, and marks it due for review thirteen months on', async () => {
    // The guidance of content 1.1.0 was reviewed on 30 November 2026 (content/changelog.json).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-06-01T10:00:00'));
    let freshness = await renderAnOutcome();
    expect(freshness).toHaveAttribute('data-guidance-freshness', '2026-11-30');
    expect(freshness.textContent).toMatch(/last reviewed on 30 November 2026/);
    expect(freshness.textContent).toMatch(/Not yet signed by a named reviewer/);
    expect(freshness).toHaveAttribute('data-guidance-due', 'false');
    expect(freshness.textContent).not.toMatch(/Due for review/);
    cleanup();

    // Thirteen months after the review.
    vi.setSystemTime(new Date('2027-12-30T10:00:00'));
    freshness = await renderAnOutcome();
    expect(freshness).toHaveAttribute('data-guidance-due', 'true');
    expect(freshness.querySelector('[data-flag="guidance-due"]')?.textContent).toBe('Due for review');
    expect(freshness.textContent).toMatch(/last reviewed on 30 November 2026/);
  });

  it('is due only once more than twelve months have passed since the review', () => {
    expect(guidanceDue('2026-11-30', '2026-11-30')).toBe(false);
    expect(guidanceDue('2026-11-30', '2027-11-30')).toBe(false);
    expect(guidanceDue('2026-11-30', '2027-12-01')).toBe(true);
    expect(guidanceDue('2026-11-30', '2027-12-30')).toBe(true);
    expect(guidanceDue('2028-02-29', '2029-02-28')).toBe(false);
    expect(guidanceDue('2028-02-29', '2029-03-01')).toBe(true);
  });
});
