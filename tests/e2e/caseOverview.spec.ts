/**
 * The practitioner's case, part 1 (issue 11), at a phone's size (390 × 844): each test fails on
 * release 1.0, where a contact typed at accessAttempt was lost on Continue, contacts could not be
 * corrected, nothing checked them against the answers, and a case was picked up after its outcome
 * only by pressing Back again and again.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, expectNoAxeViolations, hardCodedText, interceptNeutralSite, startCase, toAccessAttempt } from './support';

test.use({ viewport: { width: 390, height: 844 } });

async function view(page: Page, name: string) {
  await expect(page.locator('main')).toHaveAttribute('data-view', name);
}

/** On the contact page: fills the form (the day, month and year boxes, where, present, seen alone). */
async function fillContact(page: Page, contact: { day: string; month: string; year: string; place: string; seenAlone: boolean; words?: string }) {
  await page.locator('#contact-date').fill(contact.day);
  await page.locator('#contact-date-month').fill(contact.month);
  await page.locator('#contact-date-year').fill(contact.year);
  await page.locator('#contact-place').fill(contact.place);
  await page.locator(`#contact-seen-alone-${contact.seenAlone ? 'yes' : 'no'}`).check();
  if (contact.words) await page.locator('#contact-words').fill(contact.words);
}

async function addContact(page: Page, contact: Parameters<typeof fillContact>[1]) {
  await page.locator('[data-action="add-contact"]').click();
  await view(page, 'contact');
  await fillContact(page, contact);
  await page.locator('[data-action="save-contact"]').click();
  await view(page, 'contacts');
}

test('a contact typed but not saved is not lost: leaving asks first, and staying keeps every word', async ({ page }) => {
  await toAccessAttempt(page, 'UNSAVED-1');
  await page.locator('[data-section="contact-log"] [data-action="contacts"]').click();
  await view(page, 'contacts');
  await page.locator('[data-action="add-contact"]').click();
  await fillContact(page, { day: '27', month: '11', year: '2026', place: 'Front door', seenAlone: false, words: 'Go away.' });
  // Back, and a link in the header, each ask first.
  await page.locator('main .govuk-back-link').click();
  await expect(page.locator('[data-unsaved-warning]')).toBeFocused();
  await view(page, 'contact');
  await page.locator('[data-action="stay"]').click();
  await expect(page.locator('#contact-place')).toHaveValue('Front door');
  await page.locator('a[href="#/about"]').first().click();
  await expect(page.locator('[data-unsaved-warning]')).toBeVisible();
  await page.locator('[data-action="stay"]').click();
  await expect(page.locator('#contact-words')).toHaveValue('Go away.');
  await page.locator('[data-action="save-contact"]').click();
  await view(page, 'contacts');
  await expect(page.locator('[data-contact]')).toHaveCount(1);
  await expect(page.locator('[data-contact]')).toContainText('Front door');
});

test('the quick exit with unsaved input leaves at once, asking nothing', async ({ page }) => {
  await interceptNeutralSite(page);
  await toAccessAttempt(page, 'EXIT-1');
  await page.locator('[data-section="contact-log"] [data-action="contacts"]').click();
  await page.locator('[data-action="add-contact"]').click();
  await page.locator('#contact-place').fill('Kitchen');
  await page.locator('[data-action="quick-exit"]').click();
  await expect(page).toHaveURL(/bbc\.co\.uk\/weather/);
  await expect(page.locator('h1')).toHaveText('Weather');
});

test('a contact corrected and one entered in error both stay in the record, marked', async ({ page }) => {
  await toAccessAttempt(page, 'CORRECT-1');
  await page.locator('[data-section="contact-log"] [data-action="contacts"]').click();
  await addContact(page, { day: '20', month: '11', year: '2026', place: 'Home', seenAlone: true });
  await addContact(page, { day: '21', month: '11', year: '2026', place: 'Wrong case', seenAlone: false });
  // Correct the first: it was not seen alone after all.
  await page.locator('[data-contact]').nth(0).locator('[data-action="correct-contact"]').click();
  await view(page, 'contact');
  await expect(page.locator('#contact-place')).toHaveValue('Home');
  await page.locator('#contact-seen-alone-no').check();
  await page.locator('[data-action="save-contact"]').click();
  await view(page, 'contacts');
  // Mark the second as entered in error.
  await page.locator('[data-contact]').nth(1).locator('[data-action="mark-in-error"]').click();
  await page.locator('#pending-text').fill('Recorded on the wrong case.');
  await page.locator('[data-action="confirm-in-error"]').click();
  await expect(page.locator('[data-contact]').nth(0)).toHaveAttribute('data-status', 'corrected');
  await expect(page.locator('[data-contact]').nth(1)).toHaveAttribute('data-status', 'entered-in-error');
  await expectNoAxeViolations(page, 'contacts, with a correction and an error');
  // The printed record keeps all four entries, each marked for what became of it.
  await page.locator('[data-action="print-view"]').click();
  const statuses = await page.locator('[data-entry-kind="contact"], [data-entry-kind="contactError"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry-status')));
  expect(statuses).toEqual(['corrected', 'entered-in-error', 'recorded', 'recorded']);
});

test('a contact that contradicts the answer warns on the overview and its page until resolved', async ({ page }) => {
  await toAccessAttempt(page, 'CONTRA-1');
  await answerByKeyboard(page, 'not-seen-alone');
  await page.locator('[data-action="case-overview"]').click();
  await view(page, 'case-overview');
  await expect(page.locator('[data-flag="contact-contradiction"]')).toHaveCount(0);
  await page.locator('[data-action="contacts"]').click();
  const today = new Date();
  await addContact(page, { day: String(today.getDate()), month: String(today.getMonth() + 1), year: String(today.getFullYear()), place: 'Day centre', seenAlone: true });
  await expect(page.locator('[data-contact] [data-flag="contact-contradiction"]')).toBeVisible();
  await page.locator('main .govuk-back-link').click();
  await view(page, 'case-overview');
  await expect(page.locator('main [data-flag="contact-contradiction"]')).toBeVisible();
  // Resolve it by saying why both stand.
  await page.locator('[data-action="contacts"]').click();
  await page.locator('[data-action="why-both-stand"]').click();
  await page.locator('#pending-text').fill('Seen alone at the day centre after the doorstep visit that day.');
  await page.locator('[data-action="save-why"]').click();
  await expect(page.locator('[data-flag="contact-contradiction"]')).toHaveCount(0);
  await page.locator('main .govuk-back-link').click();
  await expect(page.locator('main [data-flag="contact-contradiction"]')).toHaveCount(0);
});

test('a case is picked up from its overview after its outcome, with no Back pressed', async ({ page }) => {
  await startCase(page, 'PICKUP-1');
  await answerByKeyboard(page, 'wales');
  await expect(page.locator('main')).toHaveAttribute('data-step', 'walesProcedures');
  await page.locator('[data-action="close-case"]').click();
  // Your cases first, the latest one press away.
  await expect(page.locator('main h1')).toHaveText('Your cases');
  await page.locator('[data-action="continue-recent"]').click();
  await view(page, 'case-overview');
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage', 'outcome');
  await expect(page.locator('[data-browser-only]')).toBeVisible();
  await page.locator('[data-action="contacts"]').click();
  await addContact(page, { day: '1', month: '12', year: '2026', place: 'Home', seenAlone: true, words: 'I am fine now.' });
  await page.locator('main .govuk-back-link').click();
  await view(page, 'case-overview');
  await expect(page.locator('[data-action="contacts"]')).toContainText('');
  await expect(page.locator('main')).toContainText('1 contact');
});

test('the summary copies as plain text, naming the case by its reference only', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await toAccessAttempt(page, 'COPY-1');
  await page.locator('[data-action="case-overview"]').click();
  await page.locator('[data-action="copy-summary"]').click();
  await expect(page.locator('[data-message="summary-copied"]')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Reference: COPY-1');
  expect(copied).toContain('Trying to see the adult alone');
});

test('the review date page saves the date as an entry, written as GOV.UK writes dates', async ({ page }) => {
  await toAccessAttempt(page, 'REVIEW-1');
  await page.locator('[data-action="case-overview"]').click();
  await page.locator('[data-action="review-date"]').click();
  await view(page, 'review-date');
  await page.locator('#review-date').fill('7');
  await page.locator('#review-date-month').fill('12');
  await page.locator('#review-date-year').fill('2030');
  await page.locator('main [data-action="continue"]').click();
  await view(page, 'case-overview');
  await expect(page.locator('[data-action="review-date"]').locator('xpath=../..')).toContainText('7 December 2030');
});

for (const theme of ['normal', 'high contrast'] as const) {
  test(`the new pages pass axe and speak only from content/ (${theme})`, async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('seen-alone:locale', 'x-pseudo'));
    await toAccessAttempt(page, '4242');
    if (theme === 'high contrast') await page.evaluate(() => document.documentElement.classList.add('app-high-contrast'));
    const check = async (name: string) => {
      await expectNoAxeViolations(page, `${name} (${theme})`);
      expect(await hardCodedText(page), `text not from content/ on ${name}`).toEqual([]);
    };
    await page.locator('[data-action="case-overview"]').click();
    await view(page, 'case-overview');
    await check('case overview');
    await page.locator('[data-action="contacts"]').click();
    await view(page, 'contacts');
    await check('contacts, empty');
    await page.locator('[data-action="add-contact"]').click();
    await view(page, 'contact');
    await check('contact');
    await page.locator('[data-action="save-contact"]').click();
    await expect(page.locator('.govuk-error-summary')).toBeVisible();
    await check('contact with errors');
    await fillContact(page, { day: '2', month: '12', year: '2026', place: '4242', seenAlone: true });
    await page.locator('[data-action="save-contact"]').click();
    await view(page, 'contacts');
    await check('contacts, one recorded');
    await page.locator('main .govuk-back-link').click();
    await page.locator('[data-action="review-date"]').click();
    await view(page, 'review-date');
    await check('review date');
    await page.locator('#review-date').fill('');
    await page.locator('main .govuk-back-link').click();
    await expect(page.locator('[data-unsaved-warning]')).toBeVisible();
    await check('leaving with unsaved input');
  });
}
