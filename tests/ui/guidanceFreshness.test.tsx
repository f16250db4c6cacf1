// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guidanceDue } from '../../src/components/GuidanceFreshness';
import { renderApp } from './renderApp';

/** Starts a case and answers Wales, whose outcome (walesProcedures) comes at once. */
async function reachAnOutcome() {
  const user = userEvent.setup();
  await renderApp();
  await user.type(screen.getByLabelText('Case reference'), 'CASE-16');
  await user.click(screen.getByRole('button', { name: /^Start/ }));
  await user.click(screen.getByRole('radio', { name: /wales/i }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await waitFor(() => expect(document.querySelector('main')).toHaveAttribute('data-step', 'walesProcedures'));
  return waitFor(() => {
    const freshness = document.querySelector('[data-guidance-freshness]');
    expect(freshness).not.toBeNull();
    return freshness as HTMLElement;
  });
}

describe('guidance freshness (issue 16)', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    window.location.hash = '';
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('an outcome shows when the guidance was last reviewed, and marks it due for review thirteen months on', async () => {
    // The guidance of content 1.1.0 was reviewed on 30 November 2026 (content/changelog.json).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-06-01T10:00:00'));
    let freshness = await reachAnOutcome();
    expect(freshness).toHaveAttribute('data-guidance-freshness', '2026-11-30');
    expect(freshness.textContent).toMatch(/last reviewed on 30 November 2026/);
    expect(freshness.textContent).toMatch(/Not yet signed by a named reviewer/);
    expect(freshness).toHaveAttribute('data-guidance-due', 'false');
    expect(freshness.textContent).not.toMatch(/Due for review/);
    cleanup();

    // Thirteen months after the review.
    vi.setSystemTime(new Date('2027-12-30T10:00:00'));
    window.localStorage.clear();
    freshness = await reachAnOutcome();
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
