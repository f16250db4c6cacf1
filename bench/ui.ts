/**
 * UI figures: first-load JavaScript and CSS of the built app (gzipped), and the median
 * time in Chromium from continuing to the next page's heading having focus.
 * Prints figures; gates nothing (these machines are shared and noisy).
 * Needs `vite build` first and a Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const dist = join(process.cwd(), 'dist');

function gz(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleFigures() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)) initial.add(match[1]!);
  const all = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
  const sum = (files: string[]) => files.reduce((total, file) => total + gz(join(dist, file)), 0);
  const firstJs = [...initial].filter((f) => f.endsWith('.js'));
  const firstCss = [...initial].filter((f) => f.endsWith('.css'));
  const later = all.filter((f) => !initial.has(f) && (f.endsWith('.js') || f.endsWith('.css')));
  return { firstJs: sum(firstJs), firstCss: sum(firstCss), later: later.map((f) => ({ file: f, size: gz(join(dist, f)) })) };
}

async function pageChangeMedian(runs = 40): Promise<number> {
  const port = 4199;
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i += 1) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
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
  } finally {
    server.kill();
  }
}

export async function uiBench() {
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('UI: no dist/ (run `npm run build` first): bundle and page-change figures skipped');
    return;
  }
  const { firstJs, firstCss, later } = bundleFigures();
  console.log(`first-load JavaScript (gzipped): ${kb(firstJs)}   (aim: at most 130 KB)`);
  console.log(`first-load CSS (gzipped):        ${kb(firstCss)}   (aim: at most 25 KB)`);
  for (const chunk of later) console.log(`  loaded later: ${chunk.file} ${kb(chunk.size)}`);
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.log('page change: no Chromium found (set CHROMIUM_PATH): skipped');
    return;
  }
  const median = await pageChangeMedian();
  console.log(`page change, continue to heading focused, median in Chromium: ${median.toFixed(2)} ms   (aim: under 16 ms)`);
}

if (process.argv[1]?.endsWith('ui.ts')) await uiBench();
