import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, walkScenario, type Scenario } from './support';
import { OUTCOME_IDS, STEP_IDS } from '../../machines/ids';

const dir = join(process.cwd(), 'content', 'scenarios');
const scenarios: Scenario[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Scenario)
  .filter((scenario) => !scenario.expect.rejectedAt);

/**
 * axe on every distinct page of the pathway (each step and outcome), once each, in one
 * theme per test. The scenarios are the way there; a page no scenario reaches fails.
 */
async function checkEveryPage(page: Page, theme: 'normal' | 'high-contrast') {
  if (theme === 'high-contrast') {
    await page.addInitScript(() => {
      window.localStorage.setItem('seen-alone:settings', JSON.stringify({ highContrast: true }));
    });
  }
  const checked = new Set<string>();
  for (const scenario of scenarios) {
    await walkScenario(page, scenario, async (step) => {
      if (checked.has(step)) return;
      checked.add(step);
      if (theme === 'high-contrast') await expect(page.locator('html')).toHaveClass(/app-high-contrast/);
      await expectNoAxeViolations(page, `${step} (${theme})`);
    });
  }
  const missing = [...STEP_IDS, ...OUTCOME_IDS].filter((id) => !checked.has(id));
  expect(missing, 'pages that no scenario reaches, so axe never checked them').toEqual([]);
}

test('axe finds no violation on any page, normal theme', async ({ page }) => {
  test.setTimeout(600_000);
  await checkEveryPage(page, 'normal');
});

test('axe finds no violation on any page, high contrast', async ({ page }) => {
  test.setTimeout(600_000);
  await checkEveryPage(page, 'high-contrast');
});
