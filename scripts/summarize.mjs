// Sums the results of every suite into the one closing line CI reads: "N passed, N failed".
// A suite that ran no test counts as failed; lint, typecheck and build count as one check each.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const lines = [];

function suite(name, p, f) {
  if (p + f === 0) {
    lines.push(`${name}: ran no test (counted as failed)`);
    failed += 1;
    return;
  }
  lines.push(`${name}: ${p} passed, ${f} failed`);
  passed += p;
  failed += f;
}

for (const file of readdirSync(dir).filter((name) => name.endsWith('.check')).sort()) {
  const ok = readFileSync(join(dir, file), 'utf8').trim() === 'ok';
  suite(file.replace('.check', ''), ok ? 1 : 0, ok ? 0 : 1);
}

const vitest = join(dir, 'vitest.json');
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'));
  // A test file that failed to load has no tests but a failed status: count it.
  const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  suite('vitest', report.numPassedTests, report.numFailedTests + brokenFiles);
} else suite('vitest', 0, 0);

const scenarios = join(dir, 'scenarios.txt');
const scenarioLine = existsSync(scenarios)
  ? readFileSync(scenarios, 'utf8').trim().split('\n').reverse().find((line) => /^\d+ passed, \d+ failed$/.test(line))
  : undefined;
if (scenarioLine) {
  const [, p, f] = scenarioLine.match(/^(\d+) passed, (\d+) failed$/);
  suite('scenarios', Number(p), Number(f));
} else suite('scenarios', 0, 0);

const playwright = join(dir, 'playwright.json');
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, 'utf8'));
  suite('browser', stats.expected + stats.flaky, stats.unexpected);
} else if (!existsSync(join(dir, 'browser.check'))) suite('browser', 0, 0);

console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
