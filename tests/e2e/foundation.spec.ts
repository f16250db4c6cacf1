import { expect, test } from '@playwright/test';
import {
  answerByKeyboard,
  continueByKeyboard,
  currentStep,
  expectNoAxeViolations,
  interceptNeutralSite,
  recordRequests,
  startCase,
  tabTo,
  waitForPageChangeOrError,
} from './support';

test.describe('the first slice, by keyboard alone', () => {
  test('Wales ends at walesProcedures', async ({ page, baseURL }) => {
    const requests = recordRequests(page, baseURL!);
    await startCase(page);
    await expectNoAxeViolations(page, 'jurisdiction');
    await answerByKeyboard(page, 'wales');
    expect(await currentStep(page)).toBe('walesProcedures');
    await expectNoAxeViolations(page, 'walesProcedures');
    requests.expectNoneForeign();
  });

  test('a partner agency raises a concern', async ({ page, baseURL }) => {
    const requests = recordRequests(page, baseURL!);
    await startCase(page);
    await answerByKeyboard(page, 'england');
    expect(await currentStep(page)).toBe('role');
    await answerByKeyboard(page, 'partner-agency');
    expect(await currentStep(page)).toBe('partnerConcern');
    await expectNoAxeViolations(page, 'partnerConcern');
    await answerByKeyboard(page, 'done');
    expect(await currentStep(page)).toBe('concernRaised');
    await expectNoAxeViolations(page, 'concernRaised');
    requests.expectNoneForeign();
  });

  test('the council practitioner goes on to immediateDanger', async ({ page }) => {
    await startCase(page);
    await answerByKeyboard(page, 'england');
    await answerByKeyboard(page, 'local-authority');
    expect(await currentStep(page)).toBe('immediateDanger');
  });

  test('continuing with nothing chosen shows the error summary, linked to the answers', async ({ page }) => {
    await startCase(page);
    await continueByKeyboard(page);
    await waitForPageChangeOrError(page);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.locator('a')).toHaveAttribute('href', '#answer-england');
    await expect(page.locator('.govuk-form-group--error')).toHaveCount(1);
    expect(await currentStep(page)).toBe('jurisdiction');
    await expectNoAxeViolations(page, 'jurisdiction with an error');
  });

  test('the back link returns to the previous question with the answer selected', async ({ page }) => {
    await startCase(page);
    await answerByKeyboard(page, 'england');
    expect(await currentStep(page)).toBe('role');
    // No back on the first question: the contract makes `back` available from `role` on.
    await tabTo(page, '[data-event="back"]');
    await page.keyboard.press('Enter');
    await waitForPageChangeOrError(page);
    expect(await currentStep(page)).toBe('jurisdiction');
    await expect(page.locator('input[value="england"]')).toBeChecked();
    await expect(page.locator('[data-event="back"]')).toHaveCount(0);
  });

  test('the start page and About pass axe, and nothing leaves the origin', async ({ page, baseURL }) => {
    const requests = recordRequests(page, baseURL!);
    await interceptNeutralSite(page);
    await page.goto('/');
    await expectNoAxeViolations(page, 'start');
    await tabTo(page, 'footer a[href="#/about"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toBeFocused();
    await expectNoAxeViolations(page, 'about');
    requests.expectNoneForeign();
  });
});

test.describe('Content-Security-Policy', () => {
  test('the built page carries a policy that allows only its own origin', async ({ page }) => {
    await page.goto('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  test('positive control: content that tries to load from another origin is blocked', async ({ page, baseURL }) => {
    const requests = recordRequests(page, baseURL!);
    let reachedNetwork = false;
    await page.route('https://elsewhere.example/**', (route) => {
      reachedNetwork = true;
      return route.fulfill({ status: 200, body: '' });
    });
    await page.goto('/');
    const violations = await page.evaluate(async () => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => blocked.push(`${event.violatedDirective} ${event.blockedURI}`));
      const img = document.createElement('img');
      img.src = 'https://elsewhere.example/pixel.png';
      document.body.append(img);
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      let fetched = true;
      try {
        await fetch('https://elsewhere.example/data.json');
      } catch {
        fetched = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { blocked, fetched, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    expect(violations.fetched).toBe(false);
    expect(violations.inlineRan).toBe(false);
    expect(violations.blocked.some((v) => v.startsWith('img-src') && v.includes('elsewhere.example'))).toBe(true);
    expect(violations.blocked.some((v) => v.startsWith('connect-src'))).toBe(true);
    expect(violations.blocked.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(reachedNetwork).toBe(false);
    // The browser reports the image as a request that the policy blocked before it left.
    expect(requests.foreign).toEqual(['https://elsewhere.example/pixel.png']);
    expect(requests.blockedByPolicy).toEqual(['https://elsewhere.example/pixel.png']);
  });
});
