import { expect, test, type Page } from '@playwright/test';
import {
  answerByKeyboard,
  chooseByKeyboard,
  continueByKeyboard,
  currentStep,
  expectNoAxeViolations,
  interceptNeutralSite,
  NEUTRAL_ORIGIN,
  recordRequests,
  startCase,
  tabTo,
  waitForPageChangeOrError,
  typeDate,
  completeAskedFirst,
} from './support';

async function toRiskIndicators(page: Page) {
  await startCase(page);
  for (const answer of ['england', 'local-authority', 'no', 'yes', 'yes', 'yes']) await answerByKeyboard(page, answer);
  await answerByKeyboard(page, ['third-party-always-present']);
  await answerByKeyboard(page, 'family-member');
  expect(await currentStep(page)).toBe('riskIndicators');
}

async function pressEvent(page: Page, event: string) {
  await tabTo(page, `[data-event="${event}"]`);
  await page.keyboard.press('Enter');
}

test('changing an answer lists what will be dropped, asks first, and pre-selects dropped answers', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['isolated', 'financial-control']);
  expect(await currentStep(page)).toBe('accessAttempt');
  await tabTo(page, '[data-action="check-answers"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await tabTo(page, '[data-change-step="barrier"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('input[value="third-party-always-present"]')).toBeChecked();
  await tabTo(page, 'input[value="appointments-missed"]');
  await page.keyboard.press('Space');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  // Confirmation: the later answers that the change drops.
  const dropped = await page.locator('[data-dropped-step]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-dropped-step')));
  expect(dropped).toEqual(['thirdParty', 'riskIndicators']);
  await tabTo(page, '[data-action="confirm-change"]');
  await page.keyboard.press('Enter');
  await waitForPageChangeOrError(page);
  expect(await currentStep(page)).toBe('thirdParty');
  await expect(page.locator('input[value="family-member"]')).toBeChecked();
  await answerByKeyboard(page, 'family-member');
  await expect(page.locator('input[value="isolated"]')).toBeChecked();
  await expect(page.locator('input[value="financial-control"]')).toBeChecked();
});

test('a rationale step refuses to move on without reasons', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['isolated']);
  await answerByKeyboard(page, 'not-seen-alone');
  expect(await currentStep(page)).toBe('refusalUnreasonable');
  await tabTo(page, 'input[name="answer"]');
  await page.keyboard.press('Space');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  await expect(page.locator('.govuk-error-summary a[href="#rationale"]')).toBeVisible();
  expect(await currentStep(page)).toBe('refusalUnreasonable');
  await tabTo(page, '#rationale');
  await page.keyboard.type('The son refused three planned visits and gave no reason.');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  expect(await currentStep(page)).toBe('interventionJustified');
});

test('the contact log records who was present and whether the adult was seen alone', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['isolated']);
  expect(await currentStep(page)).toBe('accessAttempt');
  // Contacts have pages of their own (issue 11), one link away from the question.
  await tabTo(page, '[data-section="contact-log"] [data-action="contacts"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-view', 'contacts');
  await tabTo(page, '[data-action="add-contact"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-view', 'contact');
  await tabTo(page, '#contact-place');
  await page.keyboard.type('At home');
  await tabTo(page, '#contact-present');
  await page.keyboard.type('Son');
  await tabTo(page, 'input[name="contact-seen-alone"]');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#contact-words');
  await page.keyboard.type('I am fine, he looks after me.');
  await tabTo(page, '[data-action="save-contact"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-view', 'contacts');
  await tabTo(page, 'main .govuk-back-link');
  await page.keyboard.press('Enter');
  expect(await currentStep(page)).toBe('accessAttempt');
  const row = page.locator('[data-table="contacts"] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-seen-alone', 'no');
  await expect(row).toContainText('Son');
  await expect(row).toContainText('I am fine, he looks after me.');
});

test('global actions appear exactly where the contract allows them', async ({ page }) => {
  await startCase(page);
  // jurisdiction: none of them.
  await expect(page.locator('[data-event]')).toHaveCount(0);
  await answerByKeyboard(page, 'england');
  // role: back only.
  expect(await page.locator('[data-event]').evaluateAll((n) => n.map((e) => e.getAttribute('data-event')))).toEqual(['back']);
  await answerByKeyboard(page, 'local-authority');
  await answerByKeyboard(page, 'no');
  expect(await currentStep(page)).toBe('careNeeds');
  const onStep = await page.locator('[data-event]').evaluateAll((n) => n.map((e) => e.getAttribute('data-event')));
  expect(onStep.sort()).toEqual(['back', 'crimeSuspected', 'disagree', 'emergency', 'referForReview']);
  // The emergency page: no emergency or disagree from there.
  await pressEvent(page, 'emergency');
  await waitForPageChangeOrError(page);
  expect(await currentStep(page)).toBe('emergency');
  const onEmergency = await page.locator('[data-event]').evaluateAll((n) => n.map((e) => e.getAttribute('data-event')));
  expect(onEmergency.sort()).toEqual(['back', 'crimeSuspected', 'referForReview']);
  await answerByKeyboard(page, 'continue-pathway');
  expect(await currentStep(page)).toBe('careNeeds');
  // The escalation ladder: emergency yes, disagree no.
  await pressEvent(page, 'disagree');
  await waitForPageChangeOrError(page);
  // The disagreement goes on record first (issue 12): what, who, when.
  await expect(page.locator('main')).toHaveAttribute('data-view', 'disagreement');
  await completeAskedFirst(page);
  expect(await currentStep(page)).toBe('escalatePractitioners');
  const onLadder = await page.locator('[data-event]').evaluateAll((n) => n.map((e) => e.getAttribute('data-event')));
  expect(onLadder.sort()).toEqual(['back', 'crimeSuspected', 'emergency', 'referForReview']);
  // The escalation timescales are not Sussex's own (brief §3.11): shown as to be confirmed locally.
  await expect(page.locator('[data-level-due] [data-unconfirmed~="U2"]')).toHaveText('To be confirmed locally');
  await expect(page.locator('[data-level-due]')).toContainText('2 working days');
  await answerByKeyboard(page, 'resolved');
  expect(await currentStep(page)).toBe('careNeeds');
  // A suspected crime marks the police route without leaving the page.
  await pressEvent(page, 'crimeSuspected');
  await expect(page.locator('[data-flag="crimeSuspected"]')).toBeVisible();
  expect(await currentStep(page)).toBe('careNeeds');
  await pressEvent(page, 'referForReview');
  await expect(page.locator('[data-flag="referForReview"]')).toBeVisible();
});

test('back on a multi-select page pre-selects every undone answer', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['isolated', 'others-at-risk']);
  await pressEvent(page, 'back');
  await waitForPageChangeOrError(page);
  expect(await currentStep(page)).toBe('riskIndicators');
  await expect(page.locator('input[value="isolated"]')).toBeChecked();
  await expect(page.locator('input[value="others-at-risk"]')).toBeChecked();
  await expect(page.locator('input[value="none"]')).not.toBeChecked();
});

test('settings survive a reload', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, 'a[href="#/settings"]');
  await page.keyboard.press('Enter');
  // The neutral tab title is on from the first visit (issue 11).
  await expect(page).toHaveTitle('Weather forecast');
  for (const name of ['highContrast', 'largerText', 'reducedMotion', 'neutralTitle']) {
    await tabTo(page, `#setting-${name}`);
    await page.keyboard.press('Space');
  }
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/app-high-contrast/);
  await expect(page.locator('html')).toHaveClass(/app-larger-text/);
  await expect(page.locator('html')).toHaveClass(/app-reduced-motion/);
  await expect(page).not.toHaveTitle('Weather forecast');
});

test('on a page change, focus moves to the heading and the live region announces it', async ({ page }) => {
  await startCase(page);
  await answerByKeyboard(page, 'england');
  const heading = page.locator('main h1');
  await expect(heading).toBeFocused();
  await expect(page.locator('[data-live]')).toHaveText((await heading.textContent()) ?? 'missing');
});

test('a reload on any page restores it, with nothing personal in the address', async ({ page }) => {
  await toRiskIndicators(page);
  expect(page.url()).toMatch(/#\/case\/riskIndicators$/);
  await page.reload();
  expect(await currentStep(page)).toBe('riskIndicators');
  expect(page.url()).not.toContain('TEST-001');
  expect(page.url()).not.toContain('family-member');
});

test.describe('quick exit', () => {
  test('the button replaces the page with the neutral site, Back does not return, and the next visit opens on the start page', async ({ page, baseURL }) => {
    const requests = recordRequests(page, baseURL!);
    await interceptNeutralSite(page);
    await toRiskIndicators(page);
    await tabTo(page, '[data-action="quick-exit"]', 400);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(baseURL!) && page.url().includes('#/case')).toBe(false);
    await page.goto('/');
    await expect(page.locator('main')).not.toHaveAttribute('data-step', /.+/);
    await expect(page.locator('[data-open-case]')).toHaveCount(1);
    requests.expectNoneForeign();
  });

  test('Shift pressed three times leaves too', async ({ page }) => {
    await interceptNeutralSite(page);
    await startCase(page);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
  });

  test('Shift twice, then another key, does not leave', async ({ page, baseURL }) => {
    await interceptNeutralSite(page);
    await startCase(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    // Leaving takes a moment: give it the time a real exit takes, and see that none happens.
    await expect(page.waitForURL(`${NEUTRAL_ORIGIN}/**`, { timeout: 2000 })).rejects.toThrow();
    expect(page.url().startsWith(baseURL!)).toBe(true);
  });

  test('with the setting on, the quick exit also deletes the open case', async ({ page }) => {
    await interceptNeutralSite(page);
    await page.addInitScript(() => {
      if (!window.localStorage.getItem('seen-alone:settings'))
        window.localStorage.setItem('seen-alone:settings', JSON.stringify({ exitDeletesCase: true }));
    });
    await startCase(page);
    await tabTo(page, '[data-action="quick-exit"]', 400);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
    await page.goto('/');
    await expect(page.locator('[data-open-case]')).toHaveCount(0);
  });
});

test('a training link names a step and opens it as a preview, with no case', async ({ page, baseURL }) => {
  const requests = recordRequests(page, baseURL!);
  await page.goto('/#/preview/barrier');
  await expect(page.locator('[data-preview="barrier"]')).toBeVisible();
  await expect(page.locator('[data-list="preview-answers"] [data-answer]')).toHaveCount(6);
  await expect(page.locator('main input')).toHaveCount(0);
  await expectNoAxeViolations(page, 'preview of barrier');
  // A link that names a case page opens no case: a new visit starts on the start page.
  await page.goto('/#/case/barrier');
  await expect(page.locator('main')).not.toHaveAttribute('data-step', /.+/);
  await expect(page.locator('#case-reference')).toBeVisible();
  requests.expectNoneForeign();
});

test('trying again asks for the date of the next attempt, which becomes the review date', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['isolated']);
  await chooseByKeyboard(page, 'keep-trying');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  await expect(page.locator('.govuk-error-summary a[href="#next-attempt"]')).toBeVisible();
  await typeDate(page, '#next-attempt', '12', '12', '2030');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  expect(await currentStep(page)).toBe('accessAttempt');
  await tabTo(page, '[data-action="close-case"]', 400);
  await page.keyboard.press('Enter');
  await expect(page.locator('li[data-case-id] [data-review-overdue]')).toContainText('12 December 2030');
});

test('an error link and the skip link move focus within the page, and the case stays open', async ({ page }) => {
  await startCase(page);
  await answerByKeyboard(page, 'england');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  await tabTo(page, '.govuk-error-summary a');
  await page.keyboard.press('Enter');
  await expect(page.locator('input[value="local-authority"]')).toBeFocused();
  expect(await currentStep(page)).toBe('role');
  await page.reload();
  await tabTo(page, '.govuk-skip-link');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(await currentStep(page)).toBe('role');
});

test('following the contacts link with a next-attempt date typed asks first, and staying keeps the answer and the date', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['isolated']);
  await chooseByKeyboard(page, 'keep-trying');
  await typeDate(page, '#next-attempt', '12', '12', '2030');
  await tabTo(page, '[data-section="contact-log"] [data-action="contacts"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-unsaved-warning]')).toBeFocused();
  await tabTo(page, '[data-action="stay"]');
  await page.keyboard.press('Enter');
  expect(await currentStep(page)).toBe('accessAttempt');
  await expect(page.locator('input[value="keep-trying"]')).toBeChecked();
  await expect(page.locator('#next-attempt')).toHaveValue('12');
  await expect(page.locator('#next-attempt-year')).toHaveValue('2030');
});

test('a change left unconfirmed is dropped: it never reaches another step or case', async ({ page }) => {
  await startCase(page, 'CASE-A');
  await answerByKeyboard(page, 'england');
  await answerByKeyboard(page, 'local-authority');
  await answerByKeyboard(page, 'no');
  await tabTo(page, '[data-action="check-answers"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-change-step="role"]');
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page, 'partner-agency');
  await continueByKeyboard(page);
  await expect(page.locator('[data-action="confirm-change"]')).toBeVisible();
  // Leave without confirming, then change another answer.
  await tabTo(page, '[data-action="cancel-change"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-change-step="jurisdiction"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-step', 'jurisdiction');
  await expect(page.locator('[data-action="confirm-change"]')).toHaveCount(0);
  await expect(page.locator('input[value="england"]')).toBeChecked();
});

test('changing an answer at a rationale step asks for reasons, shown as last written; back shows them too', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['isolated']);
  await answerByKeyboard(page, 'not-seen-alone');
  await answerByKeyboard(page, 'yes', 'He refused three visits.');
  expect(await currentStep(page)).toBe('interventionJustified');
  await tabTo(page, '[data-event="back"]');
  await page.keyboard.press('Enter');
  await waitForPageChangeOrError(page);
  await expect(page.locator('#rationale')).toHaveValue('He refused three visits.');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  expect(await currentStep(page)).toBe('interventionJustified');
  await tabTo(page, '[data-action="check-answers"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-change-step="refusalUnreasonable"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#rationale')).toHaveValue('He refused three visits.');
  // Emptying the reasons is refused.
  await tabTo(page, '#rationale');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  await expect(page.locator('.govuk-error-summary a[href="#rationale"]')).toBeVisible();
});

test('a change offers only what the pathway offers at that step', async ({ page }) => {
  await toRiskIndicators(page);
  await answerByKeyboard(page, ['unexplained-injuries']);
  await answerByKeyboard(page, 'not-seen-alone');
  await tabTo(page, '[data-action="check-answers"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-change-step="accessAttempt"]');
  await page.keyboard.press('Enter');
  // High risk: trying again is not offered (contract, step 11).
  await expect(page.locator('input[value="keep-trying"]')).toHaveCount(0);
  await expect(page.locator('input[value="seen-alone"]')).toHaveCount(1);
});
