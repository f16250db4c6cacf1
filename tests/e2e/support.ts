import { expect, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The quick exit's neutral site: the one navigation allowed to leave, always intercepted. */
export const NEUTRAL_ORIGIN = 'https://www.bbc.co.uk';

/**
 * Records every request the page makes. Anything not from the app's own origin fails
 * the test, except the quick exit's neutral site, which tests intercept.
 */
export function recordRequests(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  const all: string[] = [];
  const blockedByPolicy: string[] = [];
  page.on('request', (request: Request) => {
    all.push(request.url());
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.origin !== NEUTRAL_ORIGIN) foreign.push(request.url());
  });
  page.on('requestfailed', (request: Request) => {
    // Chromium names the cause 'csp' (net::ERR_BLOCKED_BY_CSP in some versions).
    if (/csp/i.test(request.failure()?.errorText ?? '')) blockedByPolicy.push(request.url());
  });
  return {
    all,
    foreign,
    blockedByPolicy,
    expectNoneForeign: () => expect(foreign, 'requests that left the origin').toEqual([]),
  };
}

export async function interceptNeutralSite(page: Page) {
  await page.route(`${NEUTRAL_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

async function activeMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
}

/** Presses Tab (or Shift+Tab) until the focused element matches; keyboard only. */
export async function tabTo(page: Page, selector: string, limit = 250) {
  for (let i = 0; i < limit; i += 1) {
    if (await activeMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Selects an answer by keyboard: arrows within a radio group, Space on a checkbox. */
export async function chooseByKeyboard(page: Page, value: string) {
  const type = await page.locator(`main input[name="answer"][value="${value}"]`).getAttribute('type');
  if (type === 'checkbox') {
    await tabTo(page, `input[name="answer"][value="${value}"]`);
    const checked = await page.locator(`input[name="answer"][value="${value}"]`).isChecked();
    if (!checked) await page.keyboard.press('Space');
    return;
  }
  await tabTo(page, 'input[name="answer"]');
  for (let i = 0; i < 12; i += 1) {
    if (await activeMatches(page, `input[value="${value}"]`)) break;
    await page.keyboard.press('ArrowDown');
  }
  if (!(await page.locator(`input[name="answer"][value="${value}"]`).isChecked())) await page.keyboard.press('Space');
}

export async function continueByKeyboard(page: Page) {
  await tabTo(page, '[data-action="continue"]');
  await page.keyboard.press('Enter');
}

export async function currentStep(page: Page): Promise<string> {
  return (await page.locator('main').getAttribute('data-step')) ?? '';
}

/** Starts a new case from the start page, by keyboard. */
export async function startCase(page: Page, reference = 'TEST-001') {
  await page.goto('/');
  // The start page may wait for a later namespace (the case list names an outcome): allow for a loaded machine.
  await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
  await tabTo(page, '#case-reference');
  await page.keyboard.type(reference);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-step', 'jurisdiction');
}

/** From the start to accessAttempt: a family member always present, isolated (not high risk). */
export async function toAccessAttempt(page: Page, reference: string) {
  await startCase(page, reference);
  for (const answer of ['england', 'local-authority', 'no', 'yes', 'yes', 'yes']) await answerByKeyboard(page, answer);
  await answerByKeyboard(page, ['third-party-always-present']);
  await answerByKeyboard(page, 'family-member');
  await answerByKeyboard(page, ['isolated']);
  await expect(page.locator('main')).toHaveAttribute('data-step', 'accessAttempt');
}

/** Types a date into a GOV.UK date input (day, month and year boxes), by keyboard. */
export async function typeDate(page: Page, id: string, day: string, month: string, year: string) {
  await tabTo(page, id);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

/** A case opened from the list lands on its overview (issue 11): continue from there to its page. */
export async function continueFromOverview(page: Page) {
  await expect(page.locator('main')).toHaveAttribute('data-view', 'case-overview');
  await page.locator('main [data-action="continue"]').press('Enter');
  await expect(page.locator('main')).toHaveAttribute('data-step', /.+/);
}

/** Answers the page by keyboard and waits for the page to move on. */
export async function answerByKeyboard(page: Page, values: string | string[], rationale = 'Reasons.') {
  const before = await page.evaluate(() => document.querySelector('main')?.innerHTML.length ?? 0);
  const list = Array.isArray(values) ? values : [values];
  const isGuidance = (await page.locator('main input[name="answer"]').count()) === 0;
  if (!isGuidance) for (const value of list) await chooseByKeyboard(page, value);
  if ((await page.locator('#next-attempt').count()) > 0) {
    // Trying again needs the date of the next attempt (12 December: the same in either order of day and month).
    await typeDate(page, '#next-attempt', '12', '12', '2030');
  }
  if ((await page.locator('#rationale').count()) > 0) {
    await tabTo(page, '#rationale');
    await page.keyboard.type(rationale);
  }
  await continueByKeyboard(page);
  await waitForPageChangeOrError(page);
  return before;
}

/**
 * Completes a page asked before the pathway goes on, if one is showing: the review date before an
 * outcome (pre-filled: continue), or the disagreement before the ladder (what, who, when).
 */
export async function completeAskedFirst(page: Page, onPage?: (step: string) => Promise<void>, visited: string[] = []) {
  for (let i = 0; i < 2; i += 1) {
    const name = await page.locator('main').getAttribute('data-view');
    if (name !== 'review-date' && name !== 'disagreement') return;
    if (!visited.includes(name)) {
      visited.push(name);
      await onPage?.(name);
    }
    if (name === 'disagreement') {
      await tabTo(page, '#disagreement-decision');
      await page.keyboard.type('The referral was closed with no further action.');
      await tabTo(page, '#disagreement-made-by');
      await page.keyboard.type('Duty manager, adult social care');
      await typeDate(page, '#disagreement-date', '27', '11', '2026');
    }
    await tabTo(page, 'main [data-action="continue"]');
    await page.keyboard.press('Enter');
    await waitForPageChangeOrError(page);
  }
}

/** After continuing, focus lands on the new page's heading, or on the error summary. */
export async function waitForPageChangeOrError(page: Page) {
  await page.waitForFunction(
    () => document.activeElement?.tagName === 'H1' || document.activeElement?.classList.contains('govuk-error-summary') === true,
  );
}

export interface Scenario {
  id: string;
  answers: Record<string, string | string[] | { each: (string | string[])[] }>;
  interrupts?: { at: string; event: string }[];
  expect: { outcome?: string; routes?: string[]; notRoutes?: string[]; visits?: string[]; notVisits?: string[]; rejectedAt?: string };
}

const OUTCOMES = new Set([
  'concernRaised', 'notSection42', 'emergencyServices', 'seenAloneSafe', 'planAgreed', 'reviewAndMonitor',
  'autonomyRespected', 'protectiveAction', 'escalatedToBoard', 'sarReferral', 'walesProcedures',
]);

/**
 * Walks a scenario through the UI by keyboard alone, as the scenario runner walks it
 * through the machine: same answers, same interrupts, until the first outcome.
 * `onPage` runs once on each page reached (for axe).
 */
export async function walkScenario(page: Page, scenario: Scenario, onPage?: (step: string) => Promise<void>, reference = scenario.id.slice(0, 30)) {
  await startCase(page, reference);
  const visits = new Map<string, number>();
  const interrupted = new Set<number>();
  const visited: string[] = [];
  for (let events = 0; events < 200; events += 1) {
    // Pages asked first (issue 12): the review date before an outcome, the disagreement before the ladder.
    await completeAskedFirst(page, onPage, visited);
    const step = await currentStep(page);
    if (!visited.includes(step)) {
      visited.push(step);
      await onPage?.(step);
    }
    if (OUTCOMES.has(step)) return { outcome: step, visited };
    const interruptIndex = (scenario.interrupts ?? []).findIndex((interrupt, index) => interrupt.at === step && !interrupted.has(index));
    if (interruptIndex >= 0) {
      interrupted.add(interruptIndex);
      const event = scenario.interrupts![interruptIndex]!.event;
      if (event === 'back') {
        await tabTo(page, '[data-event="back"]');
      } else {
        await tabTo(page, `[data-event="${event}"]`);
      }
      await page.keyboard.press('Enter');
      if (event === 'emergency' || event === 'disagree' || event === 'back') await waitForPageChangeOrError(page);
      else await expect(page.locator(`[data-flag="${event}"]`)).toBeVisible();
      continue;
    }
    const count = visits.get(step) ?? 0;
    visits.set(step, count + 1);
    const planned = scenario.answers[step];
    let answer = planned;
    if (planned && typeof planned === 'object' && !Array.isArray(planned)) {
      answer = planned.each[Math.min(count, planned.each.length - 1)];
    }
    if (answer === undefined) {
      const defaults = await page.locator('main input[name="answer"]').count();
      if (defaults > 0) throw new Error(`No answer for step ${step}`);
      answer = 'done';
    }
    const values = (Array.isArray(answer) ? answer : [answer]) as string[];
    // A refused answer: not on the page (withheld or unknown), or refused on continuing
    // (a combination such as "none" beside others). Only `expect.rejectedAt` expects one.
    const missing: string[] = [];
    for (const value of values) if ((await page.locator(`main input[name="answer"][value="${value}"]`).count()) === 0) missing.push(value);
    const guidance = (await page.locator('main input[name="answer"]').count()) === 0;
    if (missing.length > 0 && !guidance) {
      if (scenario.expect.rejectedAt === step) return { outcome: undefined, visited, rejected: step };
      throw new Error(`answer ${missing.join(', ')} is not offered at ${step}`);
    }
    await answerByKeyboard(page, values);
    if ((await page.locator('.govuk-error-summary').count()) > 0 && (await currentStep(page)) === step) {
      if (scenario.expect.rejectedAt === step) return { outcome: undefined, visited, rejected: step };
      throw new Error(`answer ${values.join(', ')} was refused at ${step}`);
    }
  }
  throw new Error('loop: more than 200 events');
}

/**
 * Text on the page that did not come through i18next, in the pseudo-locale: every string
 * from content/ is wrapped in [!! … !!] there. What the practitioner typed
 * (`data-user-text`) and a Board's local values (`data-local-setting`) are left out, and so
 * are ids and numbers (no run of two letters).
 */
export async function hardCodedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      // Local values (contacts, timescales) are a Board's data from content/local, not text.
      if (!parent || parent.closest('script, style, [data-user-text], [data-local-setting]')) continue;
      if (text.includes('[!! ') || text.includes(' !!]')) continue;
      if (/[A-Za-z]{2,}/.test(text)) found.push(text.trim());
    }
    return found;
  });
}
