// @vitest-environment jsdom
/**
 * The manager's sign-off (issue 15, point 6): what it refuses, and that one press adds one review.
 */
import 'fake-indexeddb/auto';
import { Suspense } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCaseFile } from '../../src/casefile/export';
import { localToday, addDays } from '../../src/dates';
import { createI18n } from '../../src/i18n';
import { SignOffForm } from '../../src/manager/SignOffForm';
import { getReviewCopy, importForReview } from '../../src/manager/reviewStore';
import { currentLocalValues } from '../../src/teamSettings';
import { caseWith } from '../casefile/helpers';
import { TO_BARRIER, answers } from '../machines/helpers';

const today = localToday();
const parts = (iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

async function showForm(onSaved: () => void, suggestedNext = addDays(today, 28)) {
  const file = caseWith(answers(TO_BARRIER).map((entry, i) => ({ ...entry, id: `s${i + 1}` })), 'SIGN-1');
  await importForReview([{ name: 'sign.json', text: exportCaseFile(file) }], currentLocalValues().thresholds);
  const i18n = await createI18n('en-GB');
  render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <SignOffForm caseId={file.caseId} suggestedNext={suggestedNext} onSaved={onSaved} />
      </Suspense>
    </I18nextProvider>,
  );
  await screen.findByRole('button', { name: 'Save the review' });
  return file.caseId;
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, id: string, iso: string) {
  const { day, month, year } = parts(iso);
  for (const [field, value] of [[id, day], [`${id}-month`, month], [`${id}-year`, year]] as const) {
    const input = document.getElementById(field) as HTMLInputElement;
    await user.clear(input);
    await user.type(input, value);
  }
}

const supervisions = async (caseId: string) =>
  (JSON.parse((await getReviewCopy(caseId))?.text ?? '{"entries":[]}') as { entries: { kind: string }[] }).entries.filter((entry) => entry.kind === 'supervision');

describe('the sign-off form', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => cleanup());

  it('asks for what must change when the decision is "changes needed" or "escalate"', async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    await showForm(saved);
    await user.type(screen.getByLabelText('Your label'), 'TM');
    await user.click(screen.getByLabelText('Changes are needed'));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say what must change, or why the case is escalated');
    expect(saved).not.toHaveBeenCalled();
  });

  it('refuses a supervision dated in the future, and a next review that is not after today', async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    await showForm(saved);
    await user.type(screen.getByLabelText('Your label'), 'TM');
    await user.click(screen.getByLabelText('Agree with the decisions and plan'));
    await typeDate(user, 'supervision-date', addDays(today, 1));
    await typeDate(user, 'supervision-next', today);
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The date of the supervision must be today or in the past');
    expect(alert).toHaveTextContent('Enter the next review date as a real date after today');
    expect(saved).not.toHaveBeenCalled();
  });

  it('asks for the manager\'s label: a review names its manager', async () => {
    const user = userEvent.setup();
    await showForm(vi.fn());
    await user.click(screen.getByLabelText('Agree with the decisions and plan'));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your label');
  });

  it('adds one review for a double press, with the next review date offered', async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    const caseId = await showForm(saved, addDays(today, 14));
    await user.type(screen.getByLabelText('Your label'), 'TM');
    await user.click(screen.getByLabelText('Agree with the decisions and plan'));
    // Two presses before the first review is written.
    const form = document.querySelector('form[data-form="sign-off"]') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(saved).toHaveBeenCalled());
    // Both presses have settled: one review written, one "saved".
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(saved).toHaveBeenCalledTimes(1);
    const added = await supervisions(caseId);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ by: 'TM', decision: 'agree', date: today, nextReview: addDays(today, 14) });
  });
});
