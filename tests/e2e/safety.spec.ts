import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hardCodedText, recordRequests, tabTo } from './support';

/** The hazards of content/safety/hazards.json, written out here: the page must show each. */
const HAZARD_IDS = ['H01', 'H02', 'H03', 'H04', 'H05', 'H06', 'H07', 'H08', 'H09', 'H10', 'H11', 'H12', 'H13', 'H14', 'H15', 'H16'];

test.describe('the safety page', () => {
  test('is linked from About, and shows the sign-off, the matrix, every hazard with its controls, and how to report a problem', async ({ page, baseURL }) => {
    const requests = recordRequests(page, baseURL ?? '');
    await page.goto('/#/about');
    await expect(page.locator('main h1')).toBeVisible();
    await tabTo(page, 'a[data-link="safety"]', 400);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toHaveAttribute('data-view', 'safety');
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.locator('main h1')).toHaveText('Safety case');
    expect(page.url()).toMatch(/#\/safety$/);

    // Unsigned until someone signs: the role, and a clear "not yet signed".
    await expect(page.locator('[data-section="sign-off"]')).toHaveAttribute('data-signed', 'false');
    await expect(page.locator('[data-not-signed]')).toContainText('Not yet signed');
    await expect(page.locator('[data-section="sign-off"] [data-guidance-freshness]')).toContainText('30 November 2026');

    // The 5 × 5 matrix: 25 cells, the corners as the matrix used with DCB0129 has them.
    await expect(page.locator('[data-matrix-cell]')).toHaveCount(25);
    await expect(page.locator('[data-matrix-cell="1 1"]')).toHaveAttribute('data-rating', '1');
    await expect(page.locator('[data-matrix-cell="5 5"]')).toHaveAttribute('data-rating', '5');
    await expect(page.locator('[data-matrix-cell="1 5"]')).toHaveAttribute('data-rating', '3');

    expect(await page.locator('[data-hazard]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-hazard')))).toEqual(HAZARD_IDS);
    for (const id of HAZARD_IDS) {
      const hazard = page.locator(`[data-hazard="${id}"]`);
      expect(await hazard.locator('[data-control]').count(), id).toBeGreaterThan(0);
      await expect(hazard.locator('[data-risk="residual"] [data-rating]')).toHaveCount(1);
    }
    await expect(page.locator('[data-hazard-row]')).toHaveCount(HAZARD_IDS.length);
    // A hazard whose controls are still to come says so (H04: no one has signed a review yet); the
    // team settings file (H13) and merging a returned case (H14) have theirs now (issue 15).
    await expect(page.locator('[data-hazard="H04"] [data-pending]')).toBeVisible();
    await expect(page.locator('[data-hazard="H13"] [data-pending]')).toHaveCount(0);
    await expect(page.locator('[data-hazard="H14"] [data-pending]')).toHaveCount(0);
    await expect(page.locator('[data-section="report"]')).toContainText('to be set locally: ask your manager');
    requests.expectNoneForeign();
  });

  test('axe finds no violation, normal and high contrast', async ({ page }) => {
    await page.goto('/#/safety');
    await expect(page.locator('main')).toHaveAttribute('data-view', 'safety');
    await expect(page.locator('[data-hazard]').first()).toBeVisible();
    await expectNoAxeViolations(page, 'safety');
    await page.evaluate(() => document.documentElement.classList.add('app-high-contrast'));
    await expectNoAxeViolations(page, 'safety (high contrast)');
  });

  test('in the pseudo-locale, it shows only text from content/', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('seen-alone:locale', 'x-pseudo'));
    await page.goto('/#/safety');
    await expect(page.locator('main')).toHaveAttribute('data-view', 'safety');
    await expect(page.locator('[data-hazard]').first()).toBeVisible();
    expect(await hardCodedText(page), 'text not from content/ on the safety page').toEqual([]);
  });

  test('prints as a summary for a Board: the page, without the buttons and the quick exit', async ({ page }) => {
    await page.goto('/#/safety');
    await expect(page.locator('[data-hazard]').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-action="print"]')).toBeHidden();
    await expect(page.locator('[data-action="quick-exit"]')).toBeHidden();
    await expect(page.locator('[data-table="risk-matrix"]')).toBeVisible();
    await expect(page.locator('[data-hazard="H16"]')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
