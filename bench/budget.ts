/**
 * The size budget (issue 13): the built app's first load and each chunk loaded later, gzipped,
 * against bench/budget.json. Gzip sizes are deterministic, so unlike the timings this one may fail
 * the build. Usage: `tsx bench/budget.ts [dist]`; prints each figure, exits 1 when one is over.
 */
import { readFileSync } from 'node:fs';
import { sizeFigures } from './size';

interface Budget {
  firstLoadJs: number;
  firstLoadCss: number;
  laterChunkDefault: number;
  laterChunks: Record<string, number>;
}

export function overBudget(dist: string, budget: Budget): string[] {
  const figures = sizeFigures(dist);
  const over: string[] = [];
  const check = (label: string, size: number, limit: number) => {
    const ok = size <= limit;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${size} bytes (budget ${limit})`);
    if (!ok) over.push(label);
  };
  check('first-load JavaScript', figures.firstJs, budget.firstLoadJs);
  check('first-load CSS', figures.firstCss, budget.firstLoadCss);
  for (const chunk of figures.later) check(`later: ${chunk.name}`, chunk.size, budget.laterChunks[chunk.name] ?? budget.laterChunkDefault);
  return over;
}

if (process.argv[1]?.endsWith('budget.ts')) {
  const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url), 'utf8')) as Budget;
  const over = overBudget(process.argv[2] ?? 'dist', budget);
  if (over.length > 0) {
    console.log(`\nOver budget: ${over.join(', ')} (bench/budget.json)`);
    process.exit(1);
  }
  console.log('\nWithin the size budget (bench/budget.json).');
}
