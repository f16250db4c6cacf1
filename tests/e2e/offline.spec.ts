/**
 * Offline and updates (issue 13), against a built app served by a server of the test's own, so
 * the network can really be cut (the server stops) and a new build can really be published (its
 * service worker script changes) without disturbing the other tests' server.
 *
 * Requests are recorded on the browser context, which sees the service worker's fetches too (the
 * page alone does not: toolchain.md).
 */
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { NEUTRAL_ORIGIN } from './support';

const BUILT = process.env.E2E_OUTDIR ?? 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** A static host for a copy of the built app; `publish` changes the service worker, as a new build would. */
async function serveCopy() {
  const root = mkdtempSync(join(tmpdir(), 'seen-alone-offline-'));
  cpSync(BUILT, root, { recursive: true });
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!existsSync(file) || path === '/' || path.endsWith('/')) file = join(root, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    publishNewBuild: () => {
      const worker = join(root, 'sw.js');
      // A new release: same app, a service worker whose bytes differ, so the browser installs it.
      writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// release ${Date.now()}\n`);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every request the context makes (page and service worker) that leaves the app's origin. */
function foreignRequests(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== NEUTRAL_ORIGIN) foreign.push(request.url());
  });
  return foreign;
}

/** Waits until the service worker is active: its precache (the whole app) is then complete. */
async function offlineReady(page: Page) {
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), undefined, { timeout: 30_000 });
}

async function startCase(page: Page, reference: string) {
  await page.locator('#case-reference').fill(reference);
  await page.locator('[data-action="start"]').click();
  await expect(page.locator('main')).toHaveAttribute('data-step', 'jurisdiction');
}

async function answer(page: Page, value: string) {
  await page.locator(`main input[name="answer"][value="${value}"]`).check();
  await page.locator('[data-action="continue"]').click();
}

test('after one visit, with the network cut: the app starts, works a case to an outcome, records a contact, prints and exports', async ({ browser }) => {
  const host = await serveCopy();
  const context = await browser.newContext({ baseURL: host.origin });
  const foreign = foreignRequests(context, host.origin);
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('h1')).toBeVisible();
    await offlineReady(page);

    // The network is cut: the server is gone and the browser is offline.
    await host.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();

    await startCase(page, 'OFF-1');
    await answer(page, 'wales');
    await expect(page.locator('main')).toHaveAttribute('data-step', 'walesProcedures');
    await expect(page.locator('[data-disclaimer]')).toBeVisible();

    // A contact, on the contacts pages.
    await page.goto('/#/contacts');
    await page.locator('[data-action="add-contact"]').click();
    await page.locator('#contact-date').fill('1');
    await page.locator('#contact-date-month').fill('3');
    await page.locator('#contact-date-year').fill('2025');
    await page.locator('#contact-place').fill('Doorstep');
    await page.locator('#contact-seen-alone-no').check();
    await page.locator('#contact-words').fill('Go away.');
    await page.locator('[data-action="save-contact"]').click();
    await expect(page.locator('main[data-view="contacts"]')).toContainText('Doorstep');

    // Print: the print view shows, and prints to a PDF.
    await page.locator('[data-action="print-view"]').click();
    await expect(page.locator('[data-action="print"]')).toBeVisible();
    await expect(page.locator('main')).toContainText('Go away.');
    expect((await page.pdf()).length).toBeGreaterThan(1000);

    // Export: the case file downloads.
    const downloading = page.waitForEvent('download');
    await page.locator('[data-action="export-case"]').click();
    const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(exported.reference).toBe('OFF-1');
    expect(exported.entries.map((entry: { kind: string }) => entry.kind)).toEqual(['answer', 'contact']);
    expect(foreign, 'requests that left the origin').toEqual([]);
  } finally {
    await context.close();
    await host.stop().catch(() => undefined);
    host.remove();
  }
});

test('with no signal, the quick exit still hides the app at once', async ({ browser }) => {
  const host = await serveCopy();
  const context = await browser.newContext({ baseURL: host.origin });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await offlineReady(page);
    await host.stop();
    await context.setOffline(true);
    await page.reload();
    await startCase(page, 'EXIT-1');
    await page.locator('[data-action="quick-exit"]').click();
    // The neutral site cannot load with no signal: the browser's own error page shows, never the app.
    await expect.poll(() => page.url()).not.toContain(host.origin);
    await expect(page.locator('[data-action="quick-exit"]')).toHaveCount(0);
    await expect(page.locator('#case-reference')).toHaveCount(0);
  } finally {
    await context.close();
    host.remove();
  }
});

test('a new build waiting to take over leaves the open case untouched and says a new version is ready', async ({ browser }) => {
  const host = await serveCopy();
  const context = await browser.newContext({ baseURL: host.origin });
  const foreign = foreignRequests(context, host.origin);
  try {
    const page = await context.newPage();
    await page.goto('/');
    await offlineReady(page);
    await page.reload(); // now controlled by the first version's worker
    await startCase(page, 'UPD-1');
    await answer(page, 'england');
    await expect(page.locator('main')).toHaveAttribute('data-step', 'role');
    const loadedAt = await page.evaluate(() => performance.timeOrigin);

    host.publishNewBuild();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.locator('[data-update="waits-for-case"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-update]')).toContainText('A new version is ready');

    // The case is where it was, in the same page (no reload), and still answers.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
    await expect(page.locator('main')).toHaveAttribute('data-step', 'role');
    await answer(page, 'local-authority');
    await expect(page.locator('main')).toHaveAttribute('data-step', 'immediateDanger');
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration?.waiting), controller: navigator.serviceWorker.controller?.scriptURL ?? '' };
    });
    expect(waiting.waiting).toBe(true);

    // With the case closed, the practitioner may use the new version: the app reloads into it.
    await page.locator('[data-action="close-case"]').click();
    await expect(page.locator('[data-update="ready"]')).toBeVisible();
    await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), page.locator('[data-action="use-new-version"]').click()]);
    await expect(page.locator('#case-reference')).toBeVisible();
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(loadedAt);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
    expect(foreign, 'requests that left the origin').toEqual([]);
  } finally {
    await context.close();
    await host.stop().catch(() => undefined);
    host.remove();
  }
});
