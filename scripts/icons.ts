/**
 * Draws the app's PNG icons from public/favicon.svg with Chromium, into public/icons/ (committed):
 * `npx tsx scripts/icons.ts` after changing the SVG. A phone's home screen and install prompt want
 * PNGs at 192 and 512 pixels, and a "maskable" one whose figure sits in the middle 80%, so a
 * round or squircle mask does not cut it.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const figure = svg.replace(/<rect[^>]*\/>/, '');
/** The figure on a full-bleed square, scaled into the mask's safe zone (the middle 80%). */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#0b0c0c"/><svg x="4" y="4" width="32" height="32" viewBox="0 0 32 32">${figure.replace(/^<svg[^>]*>|<\/svg>$/g, '')}</svg></svg>`;

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, markup: svg },
  { file: 'public/icons/icon-512.png', size: 512, markup: svg },
  { file: 'public/icons/maskable-512.png', size: 512, markup: maskable },
  { file: 'public/icons/apple-touch-icon.png', size: 180, markup: maskable },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  await page.setContent(`<style>body{margin:0}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${icon.markup}`);
  await page.locator('svg').first().screenshot({ path: icon.file, omitBackground: true });
  await page.close();
  console.log(`${icon.file} ${icon.size}x${icon.size}`);
}
await browser.close();
