/**
 * The trainer's view in Chromium (issue 14): the map holds every state and answer transition the
 * chart defines, each global event's availability and each return; zoom by keyboard; axe on the map,
 * the text version and the player in both themes; every scenario played by keyboard to its expected
 * outcome; "what if" on a chosen case study; nothing written to storage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const SCENARIO_DIR = join(import.meta.dirname, '../../content/scenarios');
const scenarios = readdirSync(SCENARIO_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(SCENARIO_DIR, name), 'utf8')) as { id: string; expect: { outcome?: string } });

async function storageSnapshot(page: Page) {
  return page.evaluate(async () => {
    const local = Object.keys(localStorage).filter((key) => key !== 'seen-alone:locale' && key !== 'seen-alone:settings');
    const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name) : [];
    return { local: local.sort(), databases };
  });
}

async function highContrast(page: Page, on: boolean) {
  await page.evaluate((value) => document.documentElement.classList.toggle('app-high-contrast', value), on);
}

test('the map draws every state, answer transition, return and global event of the chart', async ({ page }) => {
  await page.goto('/#/map');
  await expect(page.locator('main[data-view="map"]')).toBeVisible();
  // The expected figures are the chart's, counted by hand from machines/phases/ (pathway.md 1.1).
  await expect(page.locator('main svg [data-state]')).toHaveCount(42);
  await expect(page.locator('main svg [data-edge]')).toHaveCount(54 + 5);
  await expect(page.locator('main svg [data-transition$=" return"]')).toHaveCount(5);
  await expect(page.locator('main svg [data-transition="escalateManagers resolved return"]')).toHaveCount(1);
  await expect(page.locator('main svg [data-transition="careNeeds unsure abuseOrNeglect"]')).toHaveCount(1);
  await expect(page.locator('main svg [data-transition="accessAttempt not-seen-alone interventionJustified"]')).toHaveCount(1);
  await expect(page.locator('main svg [data-state="jurisdiction"]')).not.toHaveAttribute('data-events');
  await expect(page.locator('main svg [data-state="emergency"]')).toHaveAttribute('data-events', 'crimeSuspected referForReview back');
  await expect(page.locator('main [data-global-event]')).toHaveCount(5);
  await expect(page.locator('main [data-text-transition]')).toHaveCount(await page.locator('main svg [data-transition]').count());
});

test('the map zooms and moves by keyboard, and a link centres it on a page', async ({ page }) => {
  await page.goto('/#/map');
  const svg = page.locator('main svg.map__svg');
  const whole = await svg.getAttribute('data-viewbox');
  await page.locator('[data-map-frame]').focus();
  await page.keyboard.press('+');
  const zoomed = await svg.getAttribute('data-viewbox');
  expect(zoomed).not.toEqual(whole);
  await page.keyboard.press('ArrowRight');
  expect(await svg.getAttribute('data-viewbox')).not.toEqual(zoomed);
  await page.keyboard.press('0');
  expect(await svg.getAttribute('data-viewbox')).toEqual(whole);
  await page.goto('/#/map/capacity');
  await expect(page.locator('main [data-map-focus="capacity"]')).toBeVisible();
  expect(await svg.getAttribute('data-viewbox')).not.toEqual(whole);
});

async function axeOnTrainerPages(page: Page, contrast: boolean) {
    await page.goto('/#/map');
    await expect(page.locator('main[data-view="map"] svg [data-state]').first()).toBeVisible();
    await highContrast(page, contrast);
    await expectNoAxeViolations(page, 'the map and its text version');
    await page.goto('/#/case-studies');
    await expect(page.locator('main [data-scenario]').first()).toBeVisible();
    await highContrast(page, contrast);
    await expectNoAxeViolations(page, 'the case study library');
    await page.goto('/#/case-study/adult-b-pattern/10');
    await expect(page.locator('main[data-view="case-study"]')).toHaveAttribute('data-path-step', /\w+/);
    await highContrast(page, contrast);
    await expectNoAxeViolations(page, 'the player');
}

test('axe finds nothing on the map, its text version, the library and the player', async ({ page }) => axeOnTrainerPages(page, false));
test('axe finds nothing on the map, its text version, the library and the player in high contrast', async ({ page }) => axeOnTrainerPages(page, true));

test('every scenario plays to its expected outcome by keyboard, and nothing is stored', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/#/case-studies');
  const before = await storageSnapshot(page);
  for (const scenario of scenarios.filter((s) => s.expect.outcome)) {
    await page.goto(`/#/case-study/${scenario.id}`);
    const main = page.locator('main[data-view="case-study"]');
    await expect(main).toHaveAttribute('data-path-step', 'jurisdiction');
    await page.locator('main h1').first().focus();
    for (let i = 0; i < 60; i++) {
      if ((await main.getAttribute('data-path-step')) === scenario.expect.outcome) break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(main, scenario.id).toHaveAttribute('data-path-step', scenario.expect.outcome!);
    await expect(page.locator(`main [data-path-step="${scenario.expect.outcome}"]`)).toHaveCount(1);
  }
  expect(await storageSnapshot(page)).toEqual(before);
});

test('what if: at "Could the adult speak freely?" a different answer reaches another outcome', async ({ page }) => {
  // seen-alone-after-two-tries: seen alone, spoke freely, no concerns: seenAloneSafe (content/scenarios).
  await page.goto('/#/case-study/seen-alone-after-two-tries');
  const main = page.locator('main[data-view="case-study"]');
  for (let i = 0; i < 40 && (await main.getAttribute('data-path-step')) !== 'speaksFreely'; i++) await page.locator('[data-action="next"]').click();
  await expect(main).toHaveAttribute('data-path-step', 'speaksFreely');
  await page.locator('[data-what-if] input[value="no"]').check();
  await page.locator('[data-action="what-if"]').click();
  // Not free to speak: "no concerns" no longer closes the case; the pathway asks about capacity, which the scenario never answered.
  await expect(page.locator('[data-what-if-asks="capacity"]')).toBeVisible();
  await page.locator('[data-what-if-asks] input[value="appears-to-have"]').check();
  await page.locator('[data-action="what-if-continue"]').click();
  await expect(page.locator('[data-what-if-asks="advocacy"]')).toBeVisible();
});

test('About links to the map and the case studies; a deep link opens a step of a case study', async ({ page }) => {
  await page.goto('/#/about');
  await page.locator('[data-trainer-link="map"]').click();
  await expect(page.locator('main[data-view="map"]')).toBeVisible();
  await expect(page.locator('[data-training-banner]')).toBeVisible();
  await page.goto('/#/case-study/forced-marriage-abroad/10');
  await expect(page.locator('main[data-view="case-study"]')).toHaveAttribute('data-path-step', 'speaksFreely');
  await expect(page.locator('[data-narration]')).toContainText('Even alone at college');
  await page.locator('[data-action="previous"]').click();
  await expect(page).toHaveURL(/#\/case-study\/forced-marriage-abroad\/9$/);
});
