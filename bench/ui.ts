/**
 * UI figures: first-load JavaScript and CSS of the built app (gzipped), and the median
 * time in Chromium from continuing to the next page's heading having focus; the trainer's chunk
 * (gzipped), and its map's first render and zoom step in Chromium.
 * Prints figures; gates nothing (these machines are shared and noisy).
 * Needs `vite build` first and a Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { withPreview } from './preview';
import { sizeFigures } from './size';

const dist = join(process.cwd(), 'dist');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const bundleFigures = () => sizeFigures(dist);

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];


/**
 * Start-up in Chromium: from navigation to the start page being usable (its reference field in
 * place), a first visit each time (a fresh context: no cache, no service worker), and how much of
 * that was script (Chromium's own ScriptDuration). Median of several runs.
 */
async function startupFigures(runs = 7): Promise<{ usable: number; script: number }> {
  return withPreview(4198, async (origin) => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const usable: number[] = [];
    const script: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await session.send('Performance.enable');
      await page.goto(`${origin}/`);
      await page.waitForSelector('#case-reference');
      usable.push((await page.evaluate('performance.now()')) as number);
      const metrics = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      script.push((metrics.metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
      await context.close();
    }
    await browser.close();
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return { usable: median(usable), script: median(script) };
  });
}

/** A Lighthouse 12 mobile run (its default: a mid-range phone on a slow 4G link): the four scores and blocking time. */
async function lighthouseFigures() {
  return withPreview(4197, async (origin) => {
    const { default: lighthouse } = await import('lighthouse');
    const port = 9233;
    // Chromium from Debian, started by Playwright with a debugging port Lighthouse drives.
    const chrome = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
    try {
      const result = await lighthouse(`${origin}/`, { port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) return undefined;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        blockingTime: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      };
    } finally {
      await chrome.close();
    }
  });
}

async function pageChangeMedian(runs = 40): Promise<number> {
  return withPreview(4199, async (origin) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.fill('#case-reference', 'BENCH');
    await page.click('[data-action="start"]');
    await page.waitForSelector('main[data-step="jurisdiction"]');
    // Passed as text: tsx would otherwise wrap the function in helpers the page does not have.
    const times = (await page.evaluate(`(async (count) => {
      const measured = [];
      const headingFocused = () => new Promise((resolve) => {
        const check = () => (document.activeElement && document.activeElement.tagName === 'H1' ? resolve(performance.now()) : requestAnimationFrame(check));
        check();
      });
      for (let i = 0; i < count; i += 1) {
        document.querySelector('input[value="england"]').click();
        let start = performance.now();
        document.querySelector('[data-action="continue"]').click();
        measured.push((await headingFocused()) - start);
        start = performance.now();
        document.querySelector('[data-event="back"]').click();
        measured.push((await headingFocused()) - start);
      }
      return measured;
    })(${runs})`)) as number[];
    await browser.close();
    const sorted = [...times].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  });
}

/**
 * The trainer's map in Chromium (issue 14, point 8): its first render, from asking for the map on
 * a loaded start page (the trainer's chunk and words fetched, as on a first visit: a fresh context
 * each run, no service worker) to every state drawn; then one zoom step, from the button pressed to
 * the next frame with the new view. Medians of several runs.
 */
export async function trainerMapFigures(runs = 5, zooms = 20): Promise<{ firstRender: number; zoomStep: number }> {
  return withPreview(4196, async (origin) => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const renders: number[] = [];
    const steps: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForSelector('#case-reference');
      // Passed as text: tsx would otherwise wrap the function in helpers the page does not have.
      renders.push(
        (await page.evaluate(`(async () => {
          const start = performance.now();
          location.hash = '#/map';
          await new Promise((resolve) => {
            const check = () => (document.querySelectorAll('main svg [data-state]').length >= 42 ? resolve() : requestAnimationFrame(check));
            check();
          });
          await new Promise((resolve) => requestAnimationFrame(() => resolve()));
          return performance.now() - start;
        })()`)) as number,
      );
      steps.push(
        ...((await page.evaluate(`(async (count) => {
          const svg = document.querySelector('main svg.map__svg');
          const measured = [];
          for (let i = 0; i < count; i += 1) {
            const before = svg.getAttribute('viewBox');
            const button = document.querySelector(i % 2 === 0 ? '[data-action="map-zoom-in"]' : '[data-action="map-zoom-out"]');
            const start = performance.now();
            button.click();
            await new Promise((resolve) => {
              const check = () => (svg.getAttribute('viewBox') !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
              check();
            });
            measured.push(performance.now() - start);
          }
          return measured;
        })(${zooms})`)) as number[]),
      );
      await context.close();
    }
    await browser.close();
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return { firstRender: median(renders), zoomStep: median(steps) };
  });
}

export async function uiBench() {
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('UI: no dist/ (run `npm run build` first): bundle and page-change figures skipped');
    return;
  }
  const { firstJs, firstCss, first, later } = bundleFigures();
  console.log(`first-load JavaScript (gzipped): ${kb(firstJs)}   (aim: at most 130 KB; budget in bench/budget.json)`);
  console.log(`first-load CSS (gzipped):        ${kb(firstCss)}   (aim: at most 25 KB)`);
  for (const chunk of first) console.log(`  first load: ${chunk.file} ${kb(chunk.size)}`);
  for (const chunk of later) console.log(`  loaded later: ${chunk.name} ${kb(chunk.size)}`);
  // The trainer's view (issue 14): its code (map layout data included), its words and its styles, none of it in the first load.
  const trainer = later.filter((chunk) => ['TrainerView.js', 'TrainerView.css', 'trainer.js'].includes(chunk.name));
  console.log(`trainer's view, loaded only when opened (gzipped): ${kb(trainer.reduce((total, chunk) => total + chunk.size, 0))} (${trainer.map((chunk) => `${chunk.name} ${kb(chunk.size)}`).join(', ')})`);
  console.log('  What is left in the first load (one chunk; measured on 30 November 2026): the libraries, about 107 KB');
  console.log('  (React and React DOM 69, i18next and react-i18next 18, XState 12, zod/mini for the case log 8); the');
  console.log('  words, about 26 KB (every UI string 8.6, the source list 6.9, the case record\'s messages 2.5, the first');
  console.log('  questions\' and the emergency step\'s guidance 3.1, the changelog 2.2, unconfirmed facts 1.6); the chart,');
  console.log('  the case record code (open, migrate, store) and the start and question pages. Later stages\' guidance,');
  console.log('  the case list and every later page load when first needed (see the README).');
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.log('page change, start-up, Lighthouse: no Chromium found (set CHROMIUM_PATH): skipped');
    return;
  }
  const startup = await startupFigures();
  console.log(`start-up in Chromium, navigation to the start page usable, median of 7 first visits: ${startup.usable.toFixed(0)} ms, of which script ${startup.script.toFixed(0)} ms`);
  const median = await pageChangeMedian();
  console.log(`page change, continue to heading focused, median in Chromium: ${median.toFixed(2)} ms   (aim: under 16 ms)`);
  const map = await trainerMapFigures();
  console.log(`trainer's map in Chromium, median: first render ${map.firstRender.toFixed(0)} ms (map asked for on a loaded start page, chunk fetched, every state drawn; 5 first visits); one zoom step ${map.zoomStep.toFixed(1)} ms (button to the next frame; 20 steps a visit)   (printed, not gated)`);
  try {
    const lh = await lighthouseFigures();
    if (lh)
      console.log(
        `Lighthouse 12 (mobile): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}; total blocking time ${lh.blockingTime.toFixed(0)} ms   (aims: 95, 100, 100; under 150 ms; printed, not gated)`,
      );
  } catch (error) {
    console.log(`Lighthouse: could not run (${error instanceof Error ? error.message : String(error)})`);
  }
}

if (process.argv[1]?.endsWith('ui.ts')) await uiBench();
