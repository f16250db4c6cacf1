/**
 * Gzipped sizes of the built app (gzip level 9: deterministic for the same bytes): the first load
 * (the entry script, what index.html preloads, and the stylesheet) and each chunk loaded later.
 * Read by `npm run bench` and by the size budget check (bench/budget.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** A chunk's name without its content hash: `assets/routes-5Ma9s2Hz.js` is `routes.js`. */
export const chunkName = (file: string): string => file.replace(/^assets\//, '').replace(/-[A-Za-z0-9_-]{8}(\.(?:js|css))$/, '$1');

export interface SizeFigures {
  firstJs: number;
  firstCss: number;
  first: { file: string; size: number }[];
  later: { file: string; name: string; size: number }[];
}

export function sizeFigures(dist: string): SizeFigures {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)) initial.add(match[1]!);
  const all = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
  const first = [...initial].map((file) => ({ file, size: gz(join(dist, file)) }));
  const sum = (files: { file: string; size: number }[], ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((total, f) => total + f.size, 0);
  const later = all
    .filter((file) => !initial.has(file) && (file.endsWith('.js') || file.endsWith('.css')))
    .map((file) => ({ file, name: chunkName(file), size: gz(join(dist, file)) }))
    .sort((a, b) => b.size - a.size);
  return { firstJs: sum(first, '.js'), firstCss: sum(first, '.css'), first, later };
}
