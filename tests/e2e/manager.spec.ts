/**
 * The manager's view (issue 15) in the browser. The round trip runs on two browser contexts as two
 * devices: the practitioner exports a case, the manager imports it for review, signs it off and
 * exports it, and the practitioner imports it back into the same case, with nothing duplicated.
 * Every new page passes axe and speaks only from content/, in both themes.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import { expectNoAxeViolations, hardCodedText, toAccessAttempt } from './support';

async function view(page: Page, name: string) {
  await expect(page.locator('main')).toHaveAttribute('data-view', name);
}

const textOf = async (download: Download) => readFileSync(await download.path(), 'utf8');

async function newDevice(browser: Browser, options: { label: string; pseudo?: boolean }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // Set before the app reads them, on every load: the device's label, and the pseudo-locale where asked.
  await context.addInitScript(({ label, pseudo }) => {
    window.localStorage.setItem('seen-alone:label', label);
    if (pseudo) window.localStorage.setItem('seen-alone:locale', 'x-pseudo');
  }, options);
  const page = await context.newPage();
  return { context, page };
}

/** The manager's overview, reached as a manager does: from the start page's link. */
async function toOverview(page: Page) {
  await page.goto('/');
  await page.locator('[data-action="team-overview"]').click();
  await view(page, 'team-overview');
}

async function exportOpenCase(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="export-case"]').click();
  return textOf(await downloading);
}

async function importForReview(page: Page, files: { name: string; text: string }[]) {
  if ((await page.locator('main[data-view="team-overview"]').count()) === 0) await toOverview(page);
  await page.locator('#review-files').setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })));
  await page.locator('[data-action="import-review"]').click();
}

async function signOff(page: Page, decision: 'agree' | 'changes-needed' | 'escalate', comment: string) {
  await page.locator(`#supervision-decision-${decision}`).check();
  await page.locator('#supervision-comment').fill(comment);
  await page.locator('#supervision-next').fill('15');
  await page.locator('#supervision-next-month').fill('1');
  await page.locator('#supervision-next-year').fill('2031');
  await page.locator('[data-action="save-review"]').click();
  await expect(page.locator('[data-notice="review-saved"]')).toBeVisible();
}

test('the round trip: practitioner exports, manager reviews and signs off, practitioner imports the review into the same case', async ({ browser }) => {
  test.setTimeout(150_000);
  const practitioner = await newDevice(browser, { label: 'PR' });
  await toAccessAttempt(practitioner.page, 'ROUND-1');
  const sent = await exportOpenCase(practitioner.page);
  const sentFile = JSON.parse(sent) as { caseId: string; heldBy?: string; entries: { id: string; by?: string }[] };
  expect(sentFile.heldBy).toBe('PR');

  const manager = await newDevice(browser, { label: 'TM' });
  await importForReview(manager.page, [{ name: 'round-1.json', text: sent }]);
  await expect(manager.page.locator('[data-notice="imported"]')).toContainText('1 case imported for review');
  const row = manager.page.locator('tr[data-case="ROUND-1"]');
  await expect(row).toContainText('PR');
  // A case with no contact that saw the adult alone, and no review date yet, says so.
  await expect(row.locator('[data-flag="not-seen-alone"]')).toContainText('No contact on record saw the adult alone');
  await expect(row.locator('[data-flag="review-missing"]')).toBeVisible();

  await row.locator('[data-action="review-case"]').click();
  await view(manager.page, 'case-review');
  await expect(manager.page.locator('[data-read-only="review-copy"]')).toBeVisible();
  await expect(manager.page.locator('[data-section="path"] [data-path-step="accessAttempt"]')).toBeVisible();
  // The same path, lit on the trainer's map when asked for (its chunk loads then).
  await manager.page.locator('[data-section="path-map"] summary').click();
  await expect(manager.page.locator('[data-section="path-map"] [data-state="accessAttempt"][data-on-path]')).toBeVisible();
  await expect(manager.page.locator('[data-section="path-map"] [data-state="thirdParty"][data-on-path]')).toHaveCount(1);
  await expect(manager.page.locator('[data-section="path-map"] [data-state="capacity"][data-on-path]')).toHaveCount(0);
  await signOff(manager.page, 'changes-needed', 'Visit again with a colleague; ask to speak to her alone.');
  await expect(manager.page.locator('[data-section="supervisions"] [data-supervision="changes-needed"]')).toContainText('TM');

  // The supervision record: one page, with the review and the case as it stood.
  await manager.page.locator('[data-action="supervision-record"]').click();
  await view(manager.page, 'supervision-record');
  await expect(manager.page.locator('[data-decision="changes-needed"]')).toBeVisible();
  const pdf = await manager.page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, 'the supervision record prints on one A4 page').toBe(1);
  await manager.page.locator('[data-action="back-to-review"]').click();
  await view(manager.page, 'case-review');

  const downloading = manager.page.waitForEvent('download');
  await manager.page.locator('[data-action="export-reviewed"]').click();
  const returned = await textOf(await downloading);
  const returnedFile = JSON.parse(returned) as typeof sentFile & { entries: { id: string; kind: string; by?: string; nextReview?: string }[] };
  expect(returnedFile.caseId).toBe(sentFile.caseId);
  expect(returnedFile.entries.slice(0, sentFile.entries.length)).toEqual(sentFile.entries);
  const review = returnedFile.entries.at(-1);
  expect(review).toMatchObject({ kind: 'supervision', by: 'TM', decision: 'changes-needed', nextReview: '2031-01-15' });

  // Back on the practitioner's device: the review is added to the same case, once.
  const page = practitioner.page;
  await page.goto('/');
  await page.locator('#import-file').setInputFiles({ name: 'round-1-reviewed.json', mimeType: 'application/json', buffer: Buffer.from(returned) });
  await page.locator('[data-action="import"]').click();
  await expect(page.locator('[data-merge-entries] li')).toHaveCount(1);
  await expect(page.locator('[data-merge-entries] li')).toContainText('TM');
  await page.locator('[data-action="confirm-merge"]').click();
  await expect(page.locator('[data-notice]')).toBeVisible();
  await expect(page.locator('[data-list="cases"] [data-case-id]')).toHaveCount(1);
  const stored = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('seen-alone:case:')).length);
  expect(stored, 'one case on the device, not two').toBe(1);
  await page.locator('[data-list="cases"] [data-open-case]').click();
  await view(page, 'case-overview');
  await expect(page.locator('[data-supervision="changes-needed"]')).toContainText('TM');
  await expect(page.locator('[data-supervision="changes-needed"]')).toContainText('Visit again with a colleague');
  // Its next review date is now the case's review date (the overview's review-date task says so).
  await expect(page.locator('[data-action="review-date"]').locator('xpath=../..')).toContainText('15 January 2031');

  // Importing the same file again adds nothing.
  await page.goto('/');
  await page.locator('#import-file').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(returned) });
  await page.locator('[data-action="import"]').click();
  await expect(page.locator('[data-import-error]')).toContainText('holds nothing that case ROUND-1 on this device does not already have');
  await expect(page.locator('[data-list="cases"] [data-case-id]')).toHaveCount(1);
  await practitioner.context.close();
  await manager.context.close();
});

test('the overview filters and sorts by flag, shows the ladder, and exports CSV with no adult words in it', async ({ browser }) => {
  test.setTimeout(150_000);
  const practitioner = await newDevice(browser, { label: 'PR' });
  await toAccessAttempt(practitioner.page, 'FILTER-1');
  // A contact that saw the adult alone, with her words, so the CSV can be checked for them.
  await practitioner.page.locator('[data-section="contact-log"] [data-action="contacts"]').click();
  await practitioner.page.locator('[data-action="add-contact"]').click();
  await practitioner.page.locator('#contact-date').fill('1');
  await practitioner.page.locator('#contact-date-month').fill('12');
  await practitioner.page.locator('#contact-date-year').fill('2026');
  await practitioner.page.locator('#contact-place').fill('=HYPERLINK("x") kitchen');
  await practitioner.page.locator('#contact-seen-alone-yes').check();
  await practitioner.page.locator('#contact-words').fill('I am frightened of him');
  await practitioner.page.locator('[data-action="save-contact"]').click();
  await view(practitioner.page, 'contacts');
  const seen = await exportOpenCase(practitioner.page);
  await practitioner.page.goto('/');
  await toAccessAttempt(practitioner.page, 'FILTER-2');
  const never = await exportOpenCase(practitioner.page);

  const manager = await newDevice(browser, { label: 'TM' });
  await importForReview(manager.page, [
    { name: 'f1.json', text: seen },
    { name: 'f2.json', text: never },
    { name: 'broken.json', text: '{"format": 2' },
  ]);
  await expect(manager.page.locator('[data-notice="imported"]')).toContainText('2 cases imported');
  await expect(manager.page.locator('[data-import-error]')).toContainText('broken.json');
  await expect(manager.page.locator('tr[data-case]')).toHaveCount(2);
  await manager.page.locator('#overview-flag').selectOption('not-seen-alone');
  await manager.page.locator('[data-action="apply-filter"]').click();
  await expect(manager.page.locator('tr[data-case]')).toHaveCount(1);
  await expect(manager.page.locator('tr[data-case="FILTER-2"]')).toBeVisible();
  await manager.page.locator('#overview-flag').selectOption('');
  await manager.page.locator('#overview-sort').selectOption('reference');
  await manager.page.locator('[data-action="apply-filter"]').click();
  await expect(manager.page.locator('tr[data-case]').first()).toHaveAttribute('data-case', 'FILTER-1');
  await expect(manager.page.locator('[data-section="ladder"] [data-level]')).toHaveCount(4);

  // For audit, the CSV holds every case, whatever filter is left on the screen.
  await manager.page.locator('#overview-flag').selectOption('not-seen-alone');
  await manager.page.locator('[data-action="apply-filter"]').click();
  await expect(manager.page.locator('tr[data-case]')).toHaveCount(1);
  const downloading = manager.page.waitForEvent('download');
  await manager.page.locator('[data-action="export-csv"]').click();
  const csv = await textOf(await downloading);
  expect(csv.split('\r\n')[0]).toContain('Reference');
  expect(csv).toContain('FILTER-1');
  expect(csv).toContain('FILTER-2');
  // The adult's words and the place typed in the contact never reach the CSV.
  expect(csv).not.toContain('frightened');
  expect(csv).not.toContain('kitchen');
  await practitioner.context.close();
  await manager.context.close();
});

test('importing cases for review changes none of the manager\'s own cases, and a review copy can be removed', async ({ browser }) => {
  test.setTimeout(150_000);
  const practitioner = await newDevice(browser, { label: 'PR' });
  await toAccessAttempt(practitioner.page, 'COPY-1');
  const sent = await exportOpenCase(practitioner.page);
  const manager = await newDevice(browser, { label: 'TM' });
  await toAccessAttempt(manager.page, 'MINE-1');
  await manager.page.goto('/');
  const before = await manager.page.evaluate(() => JSON.stringify(Object.entries(window.localStorage).filter(([key]) => key.startsWith('seen-alone:case:')).sort()));
  await importForReview(manager.page, [{ name: 'copy.json', text: sent }]);
  await expect(manager.page.locator('tr[data-case="COPY-1"]')).toBeVisible();
  // The manager's own case is in the overview too, kept as a case on this device.
  await expect(manager.page.locator('tr[data-case="MINE-1"]')).toBeVisible();
  const after = await manager.page.evaluate(() => JSON.stringify(Object.entries(window.localStorage).filter(([key]) => key.startsWith('seen-alone:case:')).sort()));
  expect(after).toBe(before);
  await manager.page.locator('tr[data-case="COPY-1"] [data-action="review-case"]').click();
  await manager.page.locator('[data-action="remove-review"]').click();
  await manager.page.locator('[data-action="confirm-remove-review"]').click();
  await view(manager.page, 'team-overview');
  await expect(manager.page.locator('tr[data-case="COPY-1"]')).toHaveCount(0);
  await expect(manager.page.locator('tr[data-case="MINE-1"]')).toBeVisible();
  await practitioner.context.close();
  await manager.context.close();
});

test('team settings: a file with faults is refused with where each is; a good one is in force and reaches the flags and the guidance', async ({ page, browser }) => {
  test.setTimeout(150_000);
  await toOverview(page);
  await page.locator('a[href="#/team-settings"]').first().click();
  await view(page, 'team-settings');
  await expect(page.locator('[data-team-settings="examples"]')).toBeVisible();
  const faulty = {
    format: 'seen-alone-team-settings',
    version: 1,
    team: 'East Team',
    setOn: '2026-11-30',
    contacts: { emergencyNumber: '112' },
    escalationDays: {},
    reviewPeriodDays: {},
    flags: { notSeenAloneDays: 14, actionOutstandingDays: 7 },
    reviewCopyDays: 30,
  };
  await page.locator('#team-file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(faulty)) });
  await page.locator('[data-action="import-team-settings"]').click();
  await expect(page.locator('[data-team-file-errors]')).toContainText('contacts.emergencyNumber');
  await expect(page.locator('[data-team-file-errors]')).toContainText('national number');
  await expect(page.locator('[data-team-settings="examples"]')).toBeVisible();

  // Set on the page: a team name, the AMHP service and the not-seen-alone limit.
  await page.locator('#team-name').fill('East Team');
  await page.locator('#contact-amhpServiceContact').fill('AMHP duty line 01234 000000');
  await page.locator('#flag-notSeenAloneDays').fill('0');
  await page.locator('[data-action="save-team-settings"]').click();
  await expect(page.locator('.govuk-error-summary')).toContainText('whole number of days from 1 to 365');
  await page.locator('#flag-notSeenAloneDays').fill('10');
  await page.locator('#escalation-escalatePractitioners').fill('3');
  await page.locator('[data-action="save-team-settings"]').click();
  await expect(page.locator('[data-team-settings="team"]')).toContainText('East Team');
  // The overview works to them: the team's name, and the ladder's timescale.
  await page.locator('a[href="#/team-overview"]').first().click();
  await expect(page.locator('[data-team-settings="team"]')).toContainText('East Team');
  await page.locator('a[href="#/team-settings"]').first().click();
  await view(page, 'team-settings');
  const downloading = page.waitForEvent('download');
  await page.locator('[data-action="export-team-settings"]').click();
  const exported = JSON.parse(await textOf(await downloading));
  expect(exported).toMatchObject({ team: 'East Team', contacts: { amhpServiceContact: 'AMHP duty line 01234 000000' }, flags: { notSeenAloneDays: 10 } });
  // The guidance shows the team's value where the placeholder stood.
  await page.goto('/#/route/mentalHealthAct');
  await expect(page.locator('main')).toContainText('AMHP duty line 01234 000000');

  // A practitioner's device: Settings says none is set, and leads to where the manager's file is imported.
  const practitioner = await newDevice(browser, { label: 'PR' });
  await practitioner.page.goto('/');
  await practitioner.page.locator('a[href="#/settings"]').first().click();
  await expect(practitioner.page.locator('[data-team-settings="examples"]')).toBeVisible();
  await practitioner.page.locator('[data-action="team-settings"]').click();
  await view(practitioner.page, 'team-settings');
  await practitioner.page.locator('#team-file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await practitioner.page.locator('[data-action="import-team-settings"]').click();
  await expect(practitioner.page.locator('[data-notice="team-settings"]')).toContainText('East Team');
  // Kept on the device: after the app starts again, the team's settings are still in force.
  await practitioner.page.goto('/');
  await practitioner.page.locator('a[href="#/settings"]').first().click();
  await expect(practitioner.page.locator('[data-team-settings="team"]')).toContainText('East Team');
  await practitioner.context.close();
});

for (const theme of ['normal', 'high contrast'] as const) {
  test(`the manager's pages pass axe and speak only from content/ (${theme})`, async ({ browser }) => {
    test.setTimeout(150_000);
  test.setTimeout(150_000);
    const practitioner = await newDevice(browser, { label: 'PR' });
    await toAccessAttempt(practitioner.page, 'AXE-1');
    const sent = await exportOpenCase(practitioner.page);
    const manager = await newDevice(browser, { label: 'TM', pseudo: true });
    const page = manager.page;
    const check = async (name: string) => {
      if (theme === 'high contrast') await page.evaluate(() => document.documentElement.classList.add('app-high-contrast'));
      await expectNoAxeViolations(page, `${name} (${theme})`);
      expect(await hardCodedText(page), `text not from content/ on ${name}`).toEqual([]);
    };
    await toOverview(page);
    await check('team overview, empty');
    await importForReview(page, [{ name: 'axe.json', text: sent }]);
    await expect(page.locator('tr[data-case="AXE-1"]')).toBeVisible();
    await check('team overview');
    await page.locator('tr[data-case="AXE-1"] [data-action="review-case"]').click();
    await view(page, 'case-review');
    await page.locator('[data-section="path-map"] summary').click();
    await expect(page.locator('[data-section="path-map"] [data-on-path]').first()).toBeVisible();
    await check('case review');
    await page.locator('[data-action="save-review"]').click();
    await expect(page.locator('.govuk-error-summary')).toBeVisible();
    await check('sign-off with errors');
    await signOff(page, 'agree', 'Plan agreed.');
    await check('case review, signed off');
    await page.locator('[data-action="supervision-record"]').click();
    await view(page, 'supervision-record');
    await check('supervision record');
    await page.locator('[data-action="back-to-review"]').click();
    await page.locator('[data-action="back-to-overview"]').click();
    await page.locator('a[href="#/team-settings"]').first().click();
    await view(page, 'team-settings');
    await check('team settings');
    await practitioner.context.close();
    await manager.context.close();
  });
}
