import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, continueFromOverview, currentStep, expectNoAxeViolations, hardCodedText, startCase, tabTo, waitForPageChangeOrError } from './support';

const fixture = (name: string) => join(process.cwd(), 'content', 'fixtures', name);

async function storedCases(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      if (key.startsWith('seen-alone:case:')) out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}

async function importFile(page: Page, path: string) {
  await page.setInputFiles('#import-file', path);
  await tabTo(page, '[data-action="import"]');
  await page.keyboard.press('Enter');
}

test('a case autosaves: closed and reopened in a new visit, it is where it was left', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startCase(page, 'AUTO-1');
  for (const answer of ['england', 'local-authority', 'no', 'yes']) await answerByKeyboard(page, answer);
  expect(await currentStep(page)).toBe('abuseOrNeglect');
  await page.close();
  // A new tab is a new visit: it opens on the start page, where the case is listed.
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.locator('main')).not.toHaveAttribute('data-step', /.+/);
  const listed = again.locator('[data-list="cases"] li[data-case-id]');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('AUTO-1');
  await expect(listed.locator('[data-current-page]')).toHaveAttribute('data-current-page', 'abuseOrNeglect');
  await expectNoAxeViolations(again, 'start page with a saved case');
  await tabTo(again, '[data-open-case]');
  await again.keyboard.press('Enter');
  await continueFromOverview(again);
  expect(await currentStep(again)).toBe('abuseOrNeglect');
  await context.close();
});

test('a bad file is refused with where the fault is, and the stored cases do not change', async ({ page }) => {
  await startCase(page, 'KEEP-1');
  await answerByKeyboard(page, 'england');
  await tabTo(page, '[data-action="close-case"]', 400);
  await page.keyboard.press('Enter');
  const before = await storedCases(page);
  await page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1, "entries": [') });
  await tabTo(page, '[data-action="import"]');
  await page.keyboard.press('Enter');
  const error = page.locator('[data-import-error]');
  await expect(error).toContainText('broken.json was not imported');
  await expect(error).toContainText(/line 1/i);
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  expect(await storedCases(page)).toEqual(before);
  await expectNoAxeViolations(page, 'start page with an import error');

  // A file whose entry the pathway refuses: the entry is named.
  const refused = JSON.parse(readFileSync(fixture('case-v1.1.json'), 'utf8'));
  refused.entries.splice(1, 0, { id: 'inserted', kind: 'answer', at: refused.entries[0].at, step: 'thirdParty', value: 'partner' });
  await page.setInputFiles('#import-file', { name: 'refused.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(refused)) });
  await tabTo(page, '[data-action="import"]');
  await page.keyboard.press('Enter');
  await expect(error).toContainText('refused.json was not imported');
  await expect(error).toContainText('Entry 2');
  expect(await storedCases(page)).toEqual(before);
});

test('a case file from the earlier version imports with a notice of what changed', async ({ page }) => {
  await page.goto('/');
  await importFile(page, fixture('case-v0.9.json'));
  await expect(page.locator('[data-notice]')).toContainText('FIX-09');
  await expect(page.locator('[data-notice]')).toContainText('0.9.0');
  const listed = page.locator('li[data-case-id]', { hasText: 'FIX-09' });
  await listed.locator('[data-open-case]').press('Enter');
  await continueFromOverview(page);
  expect(await currentStep(page)).toBe('accessAttempt');
});

test('a release 1.0 case that named a friend opens asking to look at the third party again, one press from the question', async ({ page }) => {
  await page.goto('/');
  await importFile(page, fixture('case-v1.0-friend.json'));
  const listed = page.locator('li[data-case-id]', { hasText: 'FIX-10-FRIEND' });
  await listed.locator('[data-open-case]').press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-view', 'case-overview');
  const revisit = page.locator('[data-revisit="thirdParty"]');
  await expect(revisit).toBeVisible();
  await expect(page.locator('[data-notice-part="pathway"]')).toContainText('1.0.0');
  await expectNoAxeViolations(page, 'a 1.0 case with a question to revisit');
  await revisit.locator('a').press('Enter');
  await expect(page.locator('input[name="answer"][value="household-member"]')).toBeVisible();
  await expect(page.locator('input[name="answer"][value="friend-or-neighbour"]')).toBeChecked();
});

test('a case stored by the earlier version opens with a notice of what changed', async ({ page }) => {
  const old = readFileSync(fixture('case-v0.9.json'), 'utf8');
  await page.addInitScript((text) => {
    if (!localStorage.getItem('seen-alone:case:old-one')) localStorage.setItem('seen-alone:case:old-one', text);
  }, old);
  await page.goto('/');
  const listed = page.locator('li[data-case-id]', { hasText: 'FIX-09' });
  await expect(listed).toHaveCount(1);
  await listed.locator('[data-open-case]').press('Enter');
  await continueFromOverview(page);
  expect(await currentStep(page)).toBe('accessAttempt');
  await expect(page.locator('[data-notices]')).toBeVisible();
  await expect(page.locator('[data-notice-part="pathway"]')).toContainText('0.9.0');
  await expectNoAxeViolations(page, 'accessAttempt with migration notices');
});

test('a case that cannot be migrated is explained, and nothing is stored', async ({ page }) => {
  await page.goto('/');
  const before = await storedCases(page);
  await importFile(page, fixture('case-v0.9-unmigratable.json'));
  await expect(page.locator('[data-import-error]')).toContainText('visitOutcome');
  expect(await storedCases(page)).toEqual(before);
});

test('export then import on another device gives the same case', async ({ browser }) => {
  const first = await browser.newContext({ acceptDownloads: true });
  const page = await first.newPage();
  await startCase(page, 'MOVE-1');
  for (const answer of ['england', 'local-authority', 'no']) await answerByKeyboard(page, answer);
  const downloading = page.waitForEvent('download');
  await tabTo(page, '[data-action="export-case"]', 400);
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^MOVE-1-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(text);
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto('/');
  await other.setInputFiles('#import-file', { name: 'MOVE-1.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await tabTo(other, '[data-action="import"]');
  await other.keyboard.press('Enter');
  await other.locator('[data-open-case]').press('Enter');
  await continueFromOverview(other);
  expect(await currentStep(other)).toBe('careNeeds');
  const stored = Object.values(await storedCases(other)).map((text) => JSON.parse(text));
  expect(stored).toEqual([exported]);
  await second.close();
});

test('the print view holds the chronology, undone and changed answers marked', async ({ page }) => {
  await startCase(page, 'PRINT-1');
  await answerByKeyboard(page, 'england');
  await answerByKeyboard(page, 'local-authority');
  await tabTo(page, '[data-event="back"]');
  await page.keyboard.press('Enter');
  await waitForPageChangeOrError(page);
  await answerByKeyboard(page, 'local-authority');
  await answerByKeyboard(page, 'no');
  await tabTo(page, '[data-action="print-view"]', 400);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Case record');
  await expect(page.locator('[data-reference]')).toHaveText('Case PRINT-1');
  // The reference (free text, which could be a name) stays out of the tab title.
  expect(await page.title()).not.toContain('PRINT-1');
  const statuses = await page.locator('[data-table="chronology"] tbody tr').evaluateAll((rows) =>
    rows.map((row) => `${row.getAttribute('data-entry-kind')}:${row.getAttribute('data-entry-status')}`),
  );
  expect(statuses).toEqual(['answer:in-force', 'answer:undone', 'back:applied', 'answer:in-force', 'answer:in-force']);
  await expect(page.locator('[data-versions]')).toContainText('Pathway version 1.1.0');
  await expect(page.locator('[data-disclaimer]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'print view');
  // The handover summary: one page for a referral.
  await tabTo(page, '[data-action="handover-view"]', 400);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Handover summary');
  await expect(page.locator('[data-reference]')).toHaveText('Case PRINT-1');
  await expect(page.locator('[data-handover="seen-alone"]')).toContainText('Not seen alone');
  await expectNoAxeViolations(page, 'handover summary');
  // Print styles hide the app's chrome.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.govuk-exit-this-page')).toBeHidden();
  await expect(page.locator('[data-action="print"]')).toBeHidden();
});

test('two tabs on the same case: the second is told and offered a choice', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await startCase(first, 'TWO-1');
  await answerByKeyboard(first, 'england');
  const second = await context.newPage();
  await second.goto('/');
  await second.locator('[data-open-case]').press('Enter');
  await expect(second.locator('[data-conflict="open-elsewhere"]')).toBeVisible();
  await expectNoAxeViolations(second, 'two-tab warning');
  await continueFromOverview(second);
  // Until it chooses, the second tab does not save.
  await second.locator('input[value="local-authority"]').press('Space');
  await second.locator('[data-action="continue"]').press('Enter');
  await expect(second.locator('.govuk-error-summary')).toContainText('open in another tab');
  await second.locator('[data-action="take-over"]').press('Enter');
  await expect(second.locator('[data-conflict]')).toHaveCount(0);
  // The first tab is told it was taken over, and stops saving: its answer is refused, and kept.
  await expect(first.locator('[data-conflict="taken-over"]')).toBeVisible();
  await first.locator('input[value="partner-agency"]').press('Space');
  await first.locator('[data-action="continue"]').press('Enter');
  await expect(first.locator('.govuk-error-summary')).toContainText('open in another tab');
  await expect(first.locator('input[value="partner-agency"]')).toBeChecked();
  expect(await currentStep(first)).toBe('role');
  await answerByKeyboard(second, 'local-authority');
  expect(await currentStep(second)).toBe('immediateDanger');
  await context.close();
});

test('cases on this device: rename, delete with a confirmation, and delete all', async ({ page }) => {
  await startCase(page, 'OLD-REF');
  await tabTo(page, '[data-action="close-case"]', 400);
  await page.keyboard.press('Enter');
  await startCase(page, 'SECOND');
  await tabTo(page, '[data-action="close-case"]', 400);
  await page.keyboard.press('Enter');
  const old = page.locator('li[data-case-id]', { hasText: 'OLD-REF' });
  await old.locator('[data-rename-case]').press('Enter');
  const field = old.locator('input[id^="rename-"]');
  await field.press('Control+a');
  await field.pressSequentially('NEW-REF');
  await field.press('Enter');
  await expect(page.locator('[data-message]')).toContainText('NEW-REF');
  await expect(page.locator('li[data-case-id]', { hasText: 'NEW-REF' })).toHaveCount(1);
  await expect(page.locator('li[data-case-id]', { hasText: 'OLD-REF' })).toHaveCount(0);

  const second = page.locator('li[data-case-id]', { hasText: 'SECOND' });
  await second.locator('[data-delete-case]').press('Enter');
  await expect(second.locator('[role="alertdialog"]')).toContainText('cannot be undone');
  await second.locator('[data-action="confirm-delete"]').press('Enter');
  await expect(page.locator('li[data-case-id]')).toHaveCount(1);

  await page.locator('[data-action="clear-all"]').press('Enter');
  await page.locator('[data-action="confirm-clear"]').press('Enter');
  await expect(page.locator('li[data-case-id]')).toHaveCount(0);
  expect(Object.keys(await storedCases(page))).toEqual([]);
});

test('a corrupt stored case is listed as unreadable, the others untouched, and its raw log can be exported', async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('seen-alone:case:broken')) localStorage.setItem('seen-alone:case:broken', '{"format":1,"entries":[{"kind":"answ');
  });
  await startCase(page, 'GOOD-1');
  await tabTo(page, '[data-action="close-case"]', 400);
  await page.keyboard.press('Enter');
  const before = await storedCases(page);
  await expect(page.locator('[data-corrupt-case="broken"]')).toContainText('cannot be opened');
  await expect(page.locator('li[data-case-id]', { hasText: 'GOOD-1' })).toHaveCount(1);
  const downloading = page.waitForEvent('download');
  await page.locator('[data-export-raw="broken"]').press('Enter');
  const raw = readFileSync(await (await downloading).path(), 'utf8');
  expect(raw).toContain('{\\"format\\":1,\\"entries\\":[{\\"kind\\":\\"answ');
  expect(await storedCases(page)).toEqual(before);
  await expectNoAxeViolations(page, 'start page with an unreadable case');
});

test('storage full: the practitioner is told, the case goes on in the page, and it can still be exported', async ({ page }) => {
  await startCase(page, 'FULL-1');
  await answerByKeyboard(page, 'england');
  const stored = await storedCases(page);
  // From now on the browser refuses every write, as a full storage does.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await answerByKeyboard(page, 'local-authority');
  expect(await currentStep(page)).toBe('immediateDanger');
  await expect(page.locator('[data-store-fault="full"]')).toContainText('full');
  expect(await storedCases(page)).toEqual(stored);
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="export-open-case"]').press('Enter');
  const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  expect(exported.entries).toHaveLength(2);
  await expectNoAxeViolations(page, 'storage full');
  // Closing asks first: the unsaved change exists only in this page.
  await page.locator('[data-action="close-case"]').press('Enter');
  await expect(page.locator('[data-confirm-close]')).toBeVisible();
  expect(await currentStep(page)).toBe('immediateDanger');
  await page.locator('[data-action="close-anyway"]').press('Enter');
  await expect(page.locator('#case-reference')).toBeVisible();
});

test('storage unavailable (private browsing): the practitioner is told, and the case works in the page and exports', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.locator('[data-store-fault="unavailable"]')).toBeVisible();
  await tabTo(page, '#case-reference');
  await page.keyboard.type('PRIV-1');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-step', 'jurisdiction');
  await expect(page.locator('[data-store-fault="unavailable"]')).toBeVisible();
  await answerByKeyboard(page, 'england');
  expect(await currentStep(page)).toBe('role');
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="export-open-case"]').press('Enter');
  const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  expect(exported.reference).toBe('PRIV-1');
  expect(exported.entries).toHaveLength(1);
});

test.describe('in the pseudo-locale, the record speaks only from content/', () => {
  const pseudo = async (page: Page) => page.addInitScript(() => window.localStorage.setItem('seen-alone:locale', 'x-pseudo'));
  const noEnglish = async (page: Page, where: string) => expect(await hardCodedText(page), `text not from content/ on ${where}`).toEqual([]);

  test('an import fault, and a case from an earlier version with its notices and question to revisit', async ({ page }) => {
    await pseudo(page);
    await page.goto('/');
    await page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
    await tabTo(page, '[data-action="import"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-import-error]')).toBeVisible();
    await noEnglish(page, 'an import fault');
    await importFile(page, fixture('case-v1.0-friend.json'));
    await expect(page.locator('[data-notice]')).toBeVisible();
    await noEnglish(page, 'the start page after importing an earlier version');
    await page.locator('li[data-case-id] [data-open-case]').first().press('Enter');
    await expect(page.locator('[data-revisit="thirdParty"]')).toBeVisible();
    await expect(page.locator('[data-changelog]').first()).toBeVisible();
    await noEnglish(page, 'migration notices');
  });

  test('a storage fault and a two-tab conflict', async ({ browser }) => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await pseudo(first);
    await startCase(first, 'PSEUDO-1');
    await answerByKeyboard(first, 'england');
    const second = await context.newPage();
    await pseudo(second);
    await second.goto('/');
    await second.locator('[data-open-case]').press('Enter');
    await expect(second.locator('[data-conflict="open-elsewhere"]')).toBeVisible();
    await noEnglish(second, 'a two-tab conflict');
    await second.close();
    await first.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await answerByKeyboard(first, 'local-authority');
    await expect(first.locator('[data-store-fault="full"]')).toBeVisible();
    await noEnglish(first, 'storage full');
    await context.close();
  });
});
