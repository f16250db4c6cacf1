import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hardCodedText, tabTo, walkScenario, type Scenario } from './support';
import { OUTCOME_IDS, STEP_IDS } from '../../machines/ids';
import { runScenario } from '../../src/cli/run-scenario';

const dir = join(process.cwd(), 'content', 'scenarios');
const scenarios: Scenario[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Scenario)
  .filter((scenario) => !scenario.expect.rejectedAt);

/**
 * The fewest scenarios whose runs, through the machine, reach every page: walking each
 * scenario through the browser is slow, and axe needs each page once per theme.
 */
function coveringScenarios(): Scenario[] {
  const traces = scenarios.map((scenario) => ({
    scenario,
    pages: new Set<string>(runScenario(scenario as Parameters<typeof runScenario>[0]).trace),
  }));
  const uncovered = new Set<string>([...STEP_IDS, ...OUTCOME_IDS]);
  const chosen: Scenario[] = [];
  while (uncovered.size > 0) {
    const best = traces
      .map((trace) => ({ trace, gain: [...trace.pages].filter((page) => uncovered.has(page)).length }))
      .sort((a, b) => b.gain - a.gain)[0];
    if (!best || best.gain === 0) break;
    chosen.push(best.trace.scenario);
    for (const page of best.trace.pages) uncovered.delete(page);
  }
  return chosen;
}

/**
 * axe on every distinct page of the pathway (each step and outcome), once each, in the
 * normal theme and in high contrast. The scenarios are the way there; a page no scenario
 * reaches fails. High contrast is the class the setting puts on <html> (the setting itself,
 * and its surviving a reload, are tested in wizard.spec.ts), toggled on the same page so
 * one walk serves both themes.
 */
const plan = (() => {
  const assigned = new Set<string>();
  return coveringScenarios().map((scenario) => {
    const pages: string[] = [...new Set<string>(runScenario(scenario as Parameters<typeof runScenario>[0]).trace)].filter((page) => !assigned.has(page));
    pages.forEach((page) => assigned.add(page));
    return { scenario, pages };
  });
})();

test('every page of the pathway is reached by a scenario that the axe tests walk', () => {
  const reached = new Set(plan.flatMap((item) => item.pages));
  expect([...STEP_IDS, ...OUTCOME_IDS].filter((id) => !reached.has(id))).toEqual([]);
});

for (const { scenario, pages } of plan) {
  test(`axe finds no violation, normal and high contrast, on the pages ${scenario.id} reaches first`, async ({ page }) => {
    test.setTimeout(300_000);
    const checked: string[] = [];
    await walkScenario(page, scenario, async (step) => {
      if (!pages.includes(step) || checked.includes(step)) return;
      checked.push(step);
      await expectNoAxeViolations(page, step);
      await page.evaluate(() => document.documentElement.classList.add('app-high-contrast'));
      await expectNoAxeViolations(page, `${step} (high contrast)`);
      await page.evaluate(() => document.documentElement.classList.remove('app-high-contrast'));
    });
    expect([...checked].sort()).toEqual([...pages].sort());
  });
}

test('in the pseudo-locale, every page shows only text from content/', async ({ page }) => {
  test.setTimeout(600_000);
  await page.addInitScript(() => window.localStorage.setItem('seen-alone:locale', 'x-pseudo'));
  const checked = new Set<string>();
  const check = async (name: string) => {
    expect(await hardCodedText(page), `text not from content/ on ${name}`).toEqual([]);
    checked.add(name);
  };
  await page.goto('/');
  await check('start');
  for (const scenario of coveringScenarios()) {
    await walkScenario(
      page,
      scenario,
      async (step) => {
        if (!checked.has(step)) await check(step);
      },
      '1234',
    );
  }
  // The views around the pathway: check answers, the record, settings, About.
  for (const [action, name] of [
    ['[data-action="check-answers"]', 'check answers'],
    ['[data-action="print-view"]', 'print view'],
    ['[data-action="handover-view"]', 'handover summary'],
    ['a[href="#/settings"]', 'settings'],
    ['a[href="#/about"]', 'about'],
  ] as const) {
    await tabTo(page, action, 400);
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toBeFocused();
    await check(name);
  }
  const missing = [...STEP_IDS, ...OUTCOME_IDS].filter((id) => !checked.has(id));
  expect(missing, 'pages the pseudo-locale walk never reached').toEqual([]);
});
