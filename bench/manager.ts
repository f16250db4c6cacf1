/**
 * The manager's view (issue 15, point 9), in Chromium on the built app: importing 200 case files of
 * 1,000 entries each for review (one import, every file checked and replayed, each summary kept),
 * then drawing the overview from the kept summaries (navigation to the table with every row, median
 * of several runs; the aim is under 200 ms), and the storage the review copies take.
 * Prints figures; gates nothing. Needs `vite build` first and a Chromium.
 *
 * Run alone: `npx vite build && npx tsx bench/manager.ts` (`npm run bench` runs it too).
 */
import { chromium } from '@playwright/test';
import { exportCaseFile } from '../src/casefile';
import { withPreview } from './preview';
import { benchCase } from './record';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export interface ManagerFigures {
  readonly files: number;
  readonly entriesEach: number;
  readonly fileBytes: number;
  readonly importMs: number;
  readonly overviewMs: number;
  readonly afterLoadMs: number;
  readonly nextDayMs: number;
  readonly storageBytes: number | undefined;
}

export async function managerFigures(files = 200, entriesEach = 1000, runs = 5): Promise<ManagerFigures> {
  return withPreview(
    4195,
    async (origin) => {
      const base = benchCase(entriesEach);
      const texts = Array.from({ length: files }, (_, i) => exportCaseFile({ ...base, caseId: `bench-case-${i}`, reference: `BENCH-${String(i + 1).padStart(3, '0')}` }));
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
      try {
        const page = await (await browser.newContext()).newPage();
        await page.goto(`${origin}/#/team-overview`);
        await page.locator('#review-files').waitFor();
        await page.locator('#review-files').setInputFiles(texts.map((text, i) => ({ name: `case-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(text) })));
        const started = Date.now();
        await page.locator('[data-action="import-review"]').click();
        await page.locator('[data-notice="imported"]').waitFor({ timeout: 600_000 });
        const importMs = Date.now() - started;
        // Drawing the overview from the kept summaries: from the start page (the manager's chunk and
        // words already loaded once) to the table with every row. Then the same from a fresh page
        // load, which also fetches the view's chunk and words (from the HTTP cache or the service worker).
        const toOverview = (count: number) =>
          page.evaluate(async (rows) => {
            const begun = performance.now();
            window.location.hash = '#/team-overview';
            while (document.querySelectorAll('tr[data-case]').length < rows) await new Promise((resolve) => requestAnimationFrame(resolve));
            return performance.now() - begun;
          }, count);
        const overview: number[] = [];
        const afterLoad: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          await page.goto(`${origin}/`);
          await page.locator('h1').waitFor();
          afterLoad.push(await toOverview(files));
          await page.evaluate(() => (window.location.hash = '#/'));
          await page.locator('#case-reference').waitFor();
          overview.push(await toOverview(files));
        }
        // The next day: every kept summary is made again once (its flags depend on the day), then kept.
        await page.clock.setFixedTime(new Date(Date.now() + 86_400_000));
        await page.goto(`${origin}/`);
        await page.locator('h1').waitFor();
        // Timed from here: the page's own clock is the one made to stand still a day on.
        const nextDayStarted = Date.now();
        await toOverview(files);
        const nextDayMs = Date.now() - nextDayStarted;
        const storageBytes = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
        return { files, entriesEach, fileBytes: texts[0]?.length ?? 0, importMs, overviewMs: median(overview), afterLoadMs: median(afterLoad), nextDayMs, storageBytes };
      } finally {
        await browser.close();
      }
    },
    process.env.BENCH_DIST,
  );
}

export function printManagerFigures(figures: ManagerFigures): void {
  const mb = (bytes: number | undefined) => (bytes === undefined ? 'unknown' : `${(bytes / 1_048_576).toFixed(1)} MB`);
  console.log(`\nManager's view (${figures.files} case files of ${figures.entriesEach} entries, ${(figures.fileBytes / 1024).toFixed(0)} KB each)`);
  console.log(`  import for review, all at once:        ${(figures.importMs / 1000).toFixed(1)} s`);
  console.log(`  overview drawn from kept summaries:    ${figures.overviewMs.toFixed(0)} ms median (aim: under 200 ms)`);
  console.log(`  the same just after a page load:       ${figures.afterLoadMs.toFixed(0)} ms median (the view's chunk and words fetched too)`);
  console.log(`  the first overview of the next day:     ${figures.nextDayMs.toFixed(0)} ms (every summary made again once, for the day's flags)`);
  console.log(`  storage used (IndexedDB and the rest): ${mb(figures.storageBytes)}`);
}

if (process.argv[1]?.endsWith('manager.ts')) printManagerFigures(await managerFigures());
