/**
 * The practitioner's case, part 2 (issue 12), at a phone's size: each test fails on release 1.0,
 * where the review date shown was not saved, the routes began 2,100 px down the outcome, every
 * action of an outcome was listed whether it applied or not, a disagreement recorded no what, who
 * or when, the handover said "crime suspected: no" above the police route, and the print was ten
 * pages without the outcome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, completeAskedFirst, startCase, expectNoAxeViolations, hardCodedText, walkScenario, type Scenario } from './support';

test.use({ viewport: { width: 390, height: 844 } });

const scenario = (id: string): Scenario => JSON.parse(readFileSync(join(process.cwd(), 'content', 'scenarios', `${id}.json`), 'utf8')) as Scenario;

async function storedEntries(page: Page): Promise<{ kind: string; [key: string]: unknown }[]> {
  return page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      if (key.startsWith('seen-alone:case:')) return JSON.parse(localStorage.getItem(key)!).entries;
    }
    return [];
  });
}

test('the review date is asked before the outcome and saved with it; the decision panel is above the fold', async ({ page }) => {
  const visited: string[] = [];
  await walkScenario(page, scenario('capacitous-father-aggressive-son'), async (step) => {
    visited.push(step);
  });
  // The review-date page came first, and its pre-filled date was saved as an entry.
  expect(visited).toContain('review-date');
  expect(await page.locator('main').getAttribute('data-step')).toBe('protectiveAction');
  const reviews = (await storedEntries(page)).filter((entry) => entry.kind === 'review');
  expect(reviews).toHaveLength(1);
  const panel = page.locator('[data-decision]');
  await expect(panel.locator('[data-review-date]')).toHaveAttribute('data-review-date', String(reviews[0]?.date));
  // Outcome, routes and review date, visible without scrolling at 390 × 844.
  const box = await panel.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
  await expect(panel.locator('[data-route]')).toHaveCount(3);
  await expectNoAxeViolations(page, 'outcome with the decision panel');
});

test('only the actions that apply are listed, and one marked done shows as done', async ({ page }) => {
  await walkScenario(page, scenario('capacitous-father-aggressive-son'));
  const actions = page.locator('[data-action-ref]');
  const refs = await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action-ref')));
  // A capacitous adult with no mental disorder: no Mental Health Act action.
  expect(refs).not.toContain('protectiveAction.mental-health-act');
  expect(refs).toContain('protectiveAction.court-application');
  await page.locator('[data-action-ref="protectiveAction.chronology"] [data-action="mark-done"]').click();
  await page.locator('#action-done-note').fill('Sent to legal services.');
  await page.locator('[data-action="save-done"]').click();
  await expect(page.locator('[data-action-ref="protectiveAction.chronology"]')).toHaveAttribute('data-action-state', 'done');
  expect((await storedEntries(page)).filter((entry) => entry.kind === 'actionDone')).toMatchObject([{ action: 'protectiveAction.chronology', note: 'Sent to legal services.' }]);
  // The overview counts what is left to do.
  await page.locator('[data-action="case-overview"]').click();
  await expect(page.locator('[data-action="outstanding-actions"]').locator('xpath=../..')).toContainText('3 actions to do');
});

test('a disagreement records what, who and when; each level its conversation date and due day, overdue when the clock moves on', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await startCase(page, 'LADDER-1');
  for (const answer of ['england', 'local-authority', 'no']) await answerByKeyboard(page, answer);
  await expect(page.locator('main')).toHaveAttribute('data-step', 'careNeeds');
  await page.locator('main [data-event="disagree"]').click();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'disagreement');
  await expectNoAxeViolations(page, 'disagreement');
  await completeAskedFirst(page);
  await expect(page.locator('main')).toHaveAttribute('data-step', 'escalatePractitioners');
  // Reached 1 December (a Tuesday): due two working days later.
  await expect(page.locator('[data-level-due]')).toHaveAttribute('data-level-due', '2026-12-03');
  await answerByKeyboard(page, 'not-resolved', 'Practitioner would not reopen.');
  await expect(page.locator('main')).toHaveAttribute('data-step', 'escalateManagers');
  const disagreement = (await storedEntries(page)).find((entry) => entry.kind === 'disagreement');
  expect(disagreement).toMatchObject({ decision: 'The referral was closed with no further action.', madeBy: 'Duty manager, adult social care', decidedOn: '2026-11-27' });
  const answered = (await storedEntries(page)).find((entry) => entry.kind === 'answer' && entry.step === 'escalatePractitioners');
  expect(answered).toMatchObject({ happenedAt: '2026-12-01' });
  await page.locator('[data-action="case-overview"]').click();
  await expect(page.locator('[data-escalation="escalateManagers"]')).toHaveAttribute('data-escalation-status', 'open');
  // Ten days on, the line-manager level is past its five working days.
  await page.clock.setFixedTime(new Date('2026-12-11T10:00:00Z'));
  // A reload of the tab reopens the case where it was: its overview.
  await page.reload();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'case-overview');
  await expect(page.locator('[data-escalation="escalateManagers"]')).toHaveAttribute('data-escalation-status', 'overdue');
  await expect(page.locator('[data-escalation="escalateManagers"]')).toContainText('overdue at line-manager level');
});

test('the handover says a crime is suspected when the answer says so, and prints on one page', async ({ page }) => {
  await walkScenario(page, scenario('capacitous-father-aggressive-son'));
  await page.locator('[data-action="handover-view"]').click();
  await expect(page.locator('[data-handover="crime-suspected"]')).toContainText('Yes');
  await expect(page.locator('[data-handover="high-risk"]')).toContainText('not a risk assessment');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test('the printed record opens with the outcome, its routes, the review date and what is still to do', async ({ page }) => {
  await walkScenario(page, scenario('capacitous-father-aggressive-son'));
  await page.locator('[data-action="print-view"]').click();
  const order = await page.locator('main section[data-section], main [data-table="chronology"]').evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-section') ?? node.getAttribute('data-table')),
  );
  expect(order[0]).toBe('record-opening');
  await expect(page.locator('[data-section="record-opening"]')).toContainText('Outcome reached');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-list="printed-sources"]')).toBeVisible();
  await expect(page.locator('main .app-sources').first()).toBeHidden();
});

for (const theme of ['normal', 'high contrast'] as const) {
  test(`the route page, the review-date page and the disagreement page pass axe and speak only from content/ (${theme})`, async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('seen-alone:locale', 'x-pseudo'));
    const check = async (name: string) => {
      if (theme === 'high contrast') await page.evaluate(() => document.documentElement.classList.add('app-high-contrast'));
      await expectNoAxeViolations(page, `${name} (${theme})`);
      expect(await hardCodedText(page), `text not from content/ on ${name}`).toEqual([]);
    };
    // A route's legal detail, as a training preview: no case behind it.
    await page.goto('/#/route/domesticAbuse');
    await expect(page.locator('main')).toHaveAttribute('data-view', 'route');
    await check('route');
    await startCase(page, '4343');
    for (const answer of ['england', 'local-authority', 'no']) await answerByKeyboard(page, answer);
    await page.locator('main [data-event="disagree"]').click();
    await expect(page.locator('main')).toHaveAttribute('data-view', 'disagreement');
    await check('disagreement');
    await page.locator('[data-action="case-overview"]').click();
    await page.locator('[data-action="review-date"]').click();
    await expect(page.locator('main')).toHaveAttribute('data-view', 'review-date');
    await check('review date');
  });
}
