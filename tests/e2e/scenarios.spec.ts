import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { interceptNeutralSite, recordRequests, walkScenario, type Scenario } from './support';

const dir = join(process.cwd(), 'content', 'scenarios');
const scenarios: Scenario[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Scenario);

test('there are scenarios to walk', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(4);
});

for (const scenario of scenarios) {
  test(`scenario ${scenario.id}, walked by keyboard alone`, async ({ page, baseURL }) => {
    const requests = recordRequests(page, baseURL!);
    await interceptNeutralSite(page);
    const result = await walkScenario(page, scenario);
    if (scenario.expect.rejectedAt) {
      expect(result.rejected).toBe(scenario.expect.rejectedAt);
      requests.expectNoneForeign();
      return;
    }
    expect(result.outcome).toBe(scenario.expect.outcome);
    const shown = await page.locator('main [data-route]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-route')));
    if (scenario.expect.routes) expect([...shown].sort()).toEqual([...scenario.expect.routes].sort());
    for (const route of scenario.expect.notRoutes ?? []) expect(shown).not.toContain(route);
    for (const step of scenario.expect.visits ?? []) expect(result.visited).toContain(step);
    for (const step of scenario.expect.notVisits ?? []) expect(result.visited).not.toContain(step);
    // Pathway 1.1: an advocate needed but not arranged is an action on every outcome, and only then.
    const advocateAction = page.locator('main [data-case-action="arrange-advocate"]');
    await expect(advocateAction).toHaveCount(scenario.answers.advocacy === 'advocate-needed' ? 1 : 0);
    // Pathway 1.1: for someone sharing the household, the route names the associated-person remedies.
    if (scenario.answers.thirdParty === 'household-member' && shown.includes('domesticAbuse')) {
      await page.locator('[data-route-link="domesticAbuse"]').first().click();
      await expect(page.locator('main')).toHaveAttribute('data-view', 'route');
      await expect(page.locator('main')).toContainText(/associated person/i);
      await page.locator('main .govuk-back-link').click();
    }
    // Every page that recommends a route says the tool supports judgement and legal advice.
    await expect(page.locator('main [data-disclaimer]').first()).toBeVisible();
    requests.expectNoneForeign();
  });
}
