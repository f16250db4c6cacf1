/**
 * The trainer's view in Chromium (issue 14): the map holds every state and answer transition the
 * chart defines, each global event's availability and each return; zoom by keyboard; axe on the map,
 * the text version and the player in both themes; every scenario played by keyboard to its expected
 * outcome; "what if" on a chosen case study, its two paths on the map; nothing written to storage;
 * an exported case and a trainer's own scenario opened from a file (faults named, typed words hidden
 * until shown); presenter mode with the Shift shortcut turned off; the blank decision sheet; every
 * page of the view in the pseudo-locale, showing only text from content/ or typed by a person.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { NEUTRAL_ORIGIN, expectNoAxeViolations, hardCodedText, interceptNeutralSite } from './support';

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

test('what if lights the branched path on the map apart from the path as written', async ({ page }) => {
  // forced-marriage-abroad: at step 12, "What does the adult want?", she declines help (content/scenarios).
  await page.goto('/#/case-study/forced-marriage-abroad/11');
  await expect(page.locator('main[data-view="case-study"]')).toHaveAttribute('data-path-step', 'adultWishes');
  await expect(page.locator('[data-answer-given]')).toHaveAttribute('data-answer-given', 'declines-help');
  await page.locator('[data-what-if] input[value="wants-help"]').check();
  await page.locator('[data-action="what-if"]').click();
  const map = page.locator('[data-what-if-map]');
  await expect(map).toBeVisible();
  // Where they part is on both paths; after it, each path's own boxes and arrows are marked as its own.
  await expect(map.locator('[data-state="adultWishes"][data-on-path][data-on-branch]')).toHaveCount(1);
  await expect(map.locator('[data-state="safeguardingPlan"][data-on-branch]:not([data-on-path])')).toHaveCount(1);
  await expect(map.locator('[data-state="capacity"][data-on-path]:not([data-on-branch])')).toHaveCount(1);
  const branchOnly = map.locator('[data-on-branch]:not([data-on-path]) [data-transition="adultWishes wants-help safeguardingPlan"]');
  const pathOnly = map.locator('[data-on-path]:not([data-on-branch]) [data-transition="adultWishes declines-help capacity"]');
  await expect(branchOnly).toHaveCount(1);
  await expect(pathOnly).toHaveCount(1);
  // Told apart by line style, not colour alone: the branch's line is dashed, the original's solid.
  expect(await branchOnly.evaluate((path) => getComputedStyle(path).strokeDasharray)).not.toBe('none');
  expect(await pathOnly.evaluate((path) => getComputedStyle(path).strokeDasharray)).toBe('none');
  await expect(map.locator('[data-legend-line="onBranch"]')).toBeVisible();
  await expect(map.locator('[data-legend-line="onPath"]')).toBeVisible();
  await expectNoAxeViolations(page, 'the player with what if on the map');
});

test('a route in the player links to its legal test', async ({ page }) => {
  await page.goto('/#/case-study/adult-b-pattern/99');
  const link = page.locator('main [data-route-link]').first();
  await expect(link).toBeVisible();
  const route = await link.getAttribute('data-route-link');
  await link.click();
  await expect(page.locator('main[data-view="route"]')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/route/${route}$`));
});

const CASE_FILE = readFileSync(join(import.meta.dirname, '../../content/fixtures/case-v1.1.json'), 'utf8');
/** The fixture's entries: the player's last position is where the case stands after them. */
const CASE_ENTRIES = (JSON.parse(CASE_FILE) as { entries: unknown[] }).entries.length;

test('an exported case plays entry by entry with its times, its typed words hidden until shown, and nothing is stored', async ({ page }) => {
  await page.goto('/#/case-studies');
  const before = await storageSnapshot(page);
  // A broken file first: named in the error summary, as the start page's import names it.
  await page.setInputFiles('#open-case-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 2, "entries": [') });
  await page.locator('[data-action="open-case"]').click();
  await expect(page.locator('[data-open-error="case"]')).toContainText('broken.json cannot be played');
  await expect(page.locator('[data-open-error="case"]')).toContainText(/line 1/i);
  await expect(page.locator('[data-open-file="case"] .govuk-error-summary')).toBeFocused();

  await page.setInputFiles('#open-case-file', { name: 'case-v1.1.json', mimeType: 'application/json', buffer: Buffer.from(CASE_FILE) });
  await page.locator('[data-action="open-case"]').click();
  const main = page.locator('main[data-view="case-study"]');
  await expect(main).toHaveAttribute('data-path-step', 'jurisdiction');
  await expect(page.locator('[data-training-banner]')).toBeVisible();
  await expect(page.locator('[data-entry-at]')).toHaveText('27 November 2026, 9:00am');
  // Entry 21 of the fixture is a contact at the GP surgery, with the adult's words.
  await page.goto('/#/opened-file/20');
  await expect(page.locator('[data-case-study-step]')).toHaveAttribute('data-entry-kind', 'contact');
  await expect(page.locator('[data-free-text-state]')).toHaveAttribute('data-free-text-state', 'hidden');
  await expect(page.locator('[data-free-text-hidden]')).toBeVisible();
  await expect(main).not.toContainText("He won't let me see my sister.");
  await expect(main).not.toContainText('GP surgery');
  await expect(main).not.toContainText('FIX-11');
  await expect(page.locator('[data-entry-words]')).toContainText('seen alone');
  await page.locator('[data-action="show-free-text"]').click();
  await expect(page.locator('[data-free-text="words"]')).toHaveText("He won't let me see my sister.");
  await expect(page.locator('[data-free-text="place"]')).toHaveText('GP surgery');
  await expect(page.locator('[data-free-text="reference"]')).toHaveText('FIX-11');
  await expectNoAxeViolations(page, 'an exported case in the player, typed words shown');
  await page.locator('[data-action="show-free-text"]').click();
  await expect(main).not.toContainText("He won't let me see my sister.");
  // Forward by the arrow key, and the path lit on the map.
  await page.locator('main h1').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/opened-file\/21$/);
  await expect(page.locator('main svg [data-state="speaksFreely"][data-on-path]')).toHaveCount(1);
  expect(await storageSnapshot(page)).toEqual(before);
});

/** A scenario a trainer wrote (the contract's format), shared with tests/trainer/openedFile.test.ts. */
const OWN_SCENARIO = JSON.parse(readFileSync(join(import.meta.dirname, '../trainer/ownScenario.json'), 'utf8')) as { answers: Record<string, unknown>; expect: { outcome: string } };

test("a trainer's own scenario: a fault named as the runner names it, then played with what if", async ({ page }) => {
  await page.goto('/#/case-studies');
  const before = await storageSnapshot(page);
  const faulty = { ...OWN_SCENARIO, answers: { ...OWN_SCENARIO.answers, capacty: 'appears-to-have' } };
  await page.setInputFiles('#open-scenario-file', { name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(faulty)) });
  await page.locator('[data-action="open-scenario"]').click();
  const error = page.locator('[data-open-error="scenario"]');
  await expect(error).toContainText("ours.json is not a scenario that can be played: not a valid scenario at 'answers'");
  await expect(error).toContainText('capacty');
  await expectNoAxeViolations(page, 'the library with a scenario fault');

  await page.setInputFiles('#open-scenario-file', { name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(OWN_SCENARIO)) });
  await page.locator('[data-action="open-scenario"]').click();
  const main = page.locator('main[data-view="case-study"]');
  await expect(main).toHaveAttribute('data-path-step', 'jurisdiction');
  await expect(page.locator('main h1').first()).toHaveText('Our team exercise');
  await expect(page.locator('[data-own-scenario]')).toBeVisible();
  const outcome = await (async () => {
    for (let i = 0; i < 40; i++) {
      const step = await main.getAttribute('data-path-step');
      if (step === 'speaksFreely') await expect(page.locator('[data-narration]')).toContainText('Our own narration');
      if (await page.locator('[data-action="next"]').isDisabled()) return step;
      await page.locator('[data-action="next"]').click();
    }
    return undefined;
  })();
  expect(outcome).toBe(OWN_SCENARIO.expect.outcome);
  await expect(page.locator('[data-scenario-fault]')).toHaveCount(0);
  // What if, in the same player.
  await page.goto('/#/opened-file/11');
  await expect(main).toHaveAttribute('data-path-step', 'adultWishes');
  await page.locator('[data-what-if] input[value="declines-help"]').check();
  await page.locator('[data-action="what-if"]').click();
  // The file has no answer for capacity: the room is asked, as for the library's case studies.
  await expect(page.locator('[data-what-if-asks="capacity"]')).toBeVisible();
  await expect(page.locator('[data-what-if-map] [data-state="capacity"][data-on-branch]')).toHaveCount(1);
  expect(await storageSnapshot(page)).toEqual(before);
});

test('a scenario that does not reach the outcome it expects opens with why, and plays as far as it goes', async ({ page }) => {
  await page.goto('/#/case-studies');
  const wrong = { ...OWN_SCENARIO, expect: { outcome: 'concernRaised' } };
  await page.setInputFiles('#open-scenario-file', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await page.locator('[data-action="open-scenario"]').click();
  await expect(page.locator('[data-scenario-fault]')).toContainText("reached outcome 'planAgreed', expected 'concernRaised'");
});

test('presenter mode can turn the Shift shortcut off; the exit button stays, and Shift works again after', async ({ page, baseURL }) => {
  await interceptNeutralSite(page);
  await page.goto('/#/map');
  await page.locator('[data-action="presenter"]').click();
  await page.locator('#presenter-shift-off').check();
  await page.locator('main h1').first().click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(page.waitForURL(`${NEUTRAL_ORIGIN}/**`, { timeout: 2000 })).rejects.toThrow();
  expect(page.url().startsWith(baseURL!)).toBe(true);
  // Still off on another page of the trainer's view while presenting.
  await page.locator('.trainer__links a[href="#/case-studies"]').click();
  await expect(page.locator('main[data-view="case-studies"]')).toBeVisible();
  await expect(page.locator('#presenter-shift-off')).toBeChecked();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(page.waitForURL(`${NEUTRAL_ORIGIN}/**`, { timeout: 2000 })).rejects.toThrow();
  await expect(page.locator('[data-action="quick-exit"]')).toBeVisible();
  // Leaving presenter mode turns the shortcut back on.
  await page.locator('[data-action="presenter"]').click();
  await page.locator('main h1').first().click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
});

test('presenting without turning the shortcut off, Shift still leaves', async ({ page }) => {
  await interceptNeutralSite(page);
  await page.goto('/#/map');
  await page.locator('[data-action="presenter"]').click();
  await expect(page.locator('#presenter-shift-off')).not.toBeChecked();
  await page.locator('main h1').first().click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(`${NEUTRAL_ORIGIN}/**`);
});

async function axeOnDecisionSheet(page: Page, contrast: boolean) {
  await page.goto('/#/map');
  await page.locator('.trainer__links a[href="#/decision-sheet"]').click();
  const main = page.locator('main[data-view="decision-sheet"]');
  await expect(main).toBeVisible();
  // Every step of the chart: 27 main steps and 4 levels of the ladder (pathway.md 1.1), counted by hand.
  await expect(main.locator('[data-sheet-step]')).toHaveCount(31);
  await expect(main.locator('[data-sheet-step]').first()).toHaveAttribute('data-sheet-step', 'jurisdiction');
  await expect(main.locator('[data-sheet-step="capacity"] [data-sheet-option]')).toHaveCount(2);
  await expect(main.locator('[data-sheet-step="riskIndicators"]')).toContainText('Tick all that apply');
  await expect(main.locator('[data-sheet-step="capacity"] [data-sheet-reason]')).toHaveCount(1);
  await highContrast(page, contrast);
  await expectNoAxeViolations(page, `the decision sheet${contrast ? ' in high contrast' : ''}`);
}

test('the blank decision sheet lists every step with tick boxes and room for the reason; axe finds nothing', async ({ page }) => axeOnDecisionSheet(page, false));
test('the blank decision sheet passes axe in high contrast', async ({ page }) => axeOnDecisionSheet(page, true));

test('in print, the decision sheet keeps its banner, questions and tick boxes, without the trainer\'s controls', async ({ page }) => {
  await page.goto('/#/decision-sheet');
  await expect(page.locator('main[data-view="decision-sheet"] [data-sheet-step]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-action="print-sheet"]')).toBeHidden();
  await expect(page.locator('.trainer__nav')).toBeHidden();
  await expect(page.locator('[data-training-banner]')).toBeVisible();
  await expect(page.locator('[data-sheet-step="capacity"] .decision-sheet__box').first()).toBeVisible();
});

test("in the pseudo-locale, every page of the trainer's view shows only text from content/ or typed by a person", async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('seen-alone:locale', 'x-pseudo'));
  // Soft: one run names every page with text not from content/, not only the first.
  const check = async (name: string) => expect.soft(await hardCodedText(page), `text not from content/ on ${name}`).toEqual([]);
  // A fault is one string with the file's own values put in: its words are accented here, so what is left in plain
  // letters, once the file's name and the ids it names (in quotes) are taken out, was worded in code.
  const checkFault = async (selector: string, fileName: string) => {
    const text = await page.locator(selector).innerText();
    expect.soft(text.replaceAll(fileName, '').replace(/'[^']*'/g, '').match(/[A-Za-z]{2,}/g) ?? [], `words not from content/ in ${text}`).toEqual([]);
  };
  const main = page.locator('main');

  await page.goto('/#/map');
  await expect(page.locator('main[data-view="map"] svg [data-state]').first()).toBeVisible();
  await expect(page.locator('main [data-text-transition]').first()).toBeAttached();
  await check('the map and its text version');
  await page.locator('[data-action="presenter"]').click();
  await expect(page.locator('#presenter-shift-off')).toBeVisible();
  await check('the map in presenter mode');
  await page.locator('[data-action="presenter"]').click();

  await page.goto('/#/case-studies');
  await expect(page.locator('main [data-scenario]').first()).toBeVisible();
  await check('the case study library');
  await page.goto('/#/case-study/no-such-case-study');
  await expect(main.locator('h1')).toBeVisible();
  await check('a case study that does not exist');

  // A step with its narration, then "what if": both outcomes, their routes and the two paths on the map.
  await page.goto('/#/case-study/forced-marriage-abroad/11');
  await expect(main).toHaveAttribute('data-path-step', 'adultWishes');
  await check('the player');
  await page.locator('[data-what-if] input[value="wants-help"]').check();
  await page.locator('[data-action="what-if"]').click();
  await expect(page.locator('[data-what-if-map]')).toBeVisible();
  // The case study has no answer for the branch's next step: the trainer is asked, then it plays on to an outcome.
  await expect(page.locator('[data-what-if-asks="safeguardingPlan"]')).toBeVisible();
  await check('what if asking the trainer');
  await page.locator('[data-what-if-asks] input[value="done"]').check();
  await page.locator('[data-action="what-if-continue"]').click();
  await expect(page.locator('[data-compare="branch"]')).toBeVisible();
  await check('the player with what if compared');
  // The outcome, its routes, in presenter mode.
  await page.goto('/#/case-study/adult-b-pattern/99');
  await expect(page.locator('main [data-route-link]').first()).toBeVisible();
  await page.locator('[data-action="presenter"]').click();
  await expect(page.locator('#presenter-shift-off')).toBeVisible();
  await check('the outcome of a case study in presenter mode');
  await page.locator('[data-action="presenter"]').click();

  // An exported case: nothing open yet, a broken file, then the case with its typed words hidden and shown.
  await page.goto('/#/opened-file');
  await expect(main).not.toHaveAttribute('data-path-step', /./);
  await expect(main.locator('h1')).toHaveCount(1);
  await check('the opened file with nothing open');
  await page.goto('/#/case-studies');
  await expect(page.locator('main [data-scenario]').first()).toBeVisible();
  await page.setInputFiles('#open-case-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 2, "entries": [') });
  await page.locator('[data-action="open-case"]').click();
  await expect(page.locator('[data-open-error="case"]')).toBeVisible();
  await check('the library with a case file fault');
  await page.setInputFiles('#open-case-file', { name: 'case-v1.1.json', mimeType: 'application/json', buffer: Buffer.from(CASE_FILE) });
  await page.locator('[data-action="open-case"]').click();
  await expect(main).toHaveAttribute('data-path-step', 'jurisdiction');
  await check('an exported case at its first entry');
  await page.goto('/#/opened-file/20');
  await expect(page.locator('[data-free-text-state]')).toHaveAttribute('data-free-text-state', 'hidden');
  await check('an exported case, typed words hidden');
  await page.locator('[data-action="show-free-text"]').click();
  await expect(page.locator('[data-free-text="words"]')).toBeVisible();
  await check('an exported case, typed words shown');
  await page.goto(`/#/opened-file/${CASE_ENTRIES}`);
  await expect(page.locator('[data-position]')).toHaveAttribute('data-position', String(CASE_ENTRIES));
  await check('an exported case where it stands');

  // A trainer's own scenario: a fault in the file, then one that plays but not to the outcome it expects.
  await page.goto('/#/case-studies');
  await expect(page.locator('main [data-scenario]').first()).toBeVisible();
  const faulty = { ...OWN_SCENARIO, answers: { ...OWN_SCENARIO.answers, capacty: 'appears-to-have' } };
  await page.setInputFiles('#open-scenario-file', { name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(faulty)) });
  await page.locator('[data-action="open-scenario"]').click();
  await expect(page.locator('[data-open-error="scenario"]')).toContainText('capacty');
  await check('the library with a scenario fault');
  await checkFault('[data-open-error="scenario"]', 'ours.json');
  await page.setInputFiles('#open-scenario-file', { name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "ours",') });
  await page.locator('[data-action="open-scenario"]').click();
  await expect(page.locator('[data-open-error="scenario"]')).toContainText('ours.json');
  await check('the library with a scenario that is not JSON');
  await checkFault('[data-open-error="scenario"]', 'ours.json');
  const wrong = { ...OWN_SCENARIO, expect: { outcome: 'concernRaised' } };
  await page.setInputFiles('#open-scenario-file', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await page.locator('[data-action="open-scenario"]').click();
  await expect(page.locator('[data-scenario-fault]')).toContainText('planAgreed');
  await check("a trainer's own scenario with its fault");
  await checkFault('[data-scenario-fault]', 'wrong.json');
  await checkFault('[data-walk-failed]', 'wrong.json');
  await page.goto('/#/opened-file/10');
  await expect(main).toHaveAttribute('data-path-step', 'speaksFreely');
  await expect(page.locator('[data-narration]')).toContainText('Our own narration');
  await check("a trainer's own scenario with its own narration");

  await page.goto('/#/decision-sheet');
  await expect(page.locator('main[data-view="decision-sheet"] [data-sheet-step]').first()).toBeVisible();
  await check('the decision sheet');
});
