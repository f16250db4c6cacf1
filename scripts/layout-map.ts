/**
 * Lays out the trainer's map at build time (issue 14, point 1) and writes src/trainer/mapLayout.json,
 * so the browser receives positions, never a layout engine.
 *
 *   npx tsx scripts/layout-map.ts            write the layout (npm run layout-map)
 *   npx tsx scripts/layout-map.ts --check    exit 1 when the layout file is stale (tests/trainer run the same check)
 *   npx tsx scripts/layout-map.ts --compare  time elkjs against @dagrejs/dagre (both must be installed)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { MapLayoutFile } from '../src/trainer/mapInput';
import { ENGINE, LAYOUT_FILE, buildLayout, staleLocales } from './map-layout';

const mode = process.argv[2];
if (mode === '--compare') {
  const { compareEngines } = await import('./layout-compare');
  await compareEngines();
} else if (mode === '--check') {
  const stale = staleLocales(JSON.parse(readFileSync(LAYOUT_FILE, 'utf8')) as MapLayoutFile);
  if (stale.length > 0) {
    console.error(`The map layout is stale for ${stale.join(', ')}: run npx tsx scripts/layout-map.ts`);
    process.exit(1);
  }
  console.log('The map layout is up to date.');
} else {
  const started = performance.now();
  const layout = await buildLayout();
  writeFileSync(LAYOUT_FILE, `${JSON.stringify(layout)}\n`);
  console.log(`Laid out ${Object.keys(layout.locales).join(', ')} with ${ENGINE} in ${Math.round(performance.now() - started)} ms`);
}
