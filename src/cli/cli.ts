/**
 * `npm run scenario -- <file or folder> ...` (pathway.md, "Scenario files"): one line per
 * scenario, `PASS <id>` or `FAIL <id>: <why>` with the steps visited, then `<N> passed, <M> failed`.
 * The exit status is 1 when any failed (or nothing was given to run).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario } from './run-scenario';
import { englishFault } from './faultWords';
import { fault } from './scenarioFault';
import { checkScenarioText, type ScenarioCheck } from './scenarioText';

/** The JSON files named, a folder standing for the .json files under it (sorted, recursively). */
export const collectFiles = (paths: readonly string[]): { files: string[]; missing: string[] } => {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) {
      missing.push(path);
    } else if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (name.endsWith('.json') || statSync(child).isDirectory()) walk(child);
      }
    } else {
      files.push(path);
    }
  };
  for (const path of paths) walk(path);
  return { files, missing };
};

/** Reads and checks one scenario file (the check itself is ./scenarioText.ts, shared with the trainer's view). */
export const loadScenario = (file: string): ScenarioCheck => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    return { ok: false, fault: fault('fileUnreadable', { detail: cause instanceof Error ? cause.message : String(cause) }) };
  }
  return checkScenarioText(text);
};

/** Runs the scenarios named by `args`, printing with `print`; returns the exit status. */
export const main = (args: readonly string[], print: (line: string) => void): number => {
  if (args.length === 0) {
    print('Usage: npm run scenario -- <scenario file or folder> ...');
    return 1;
  }
  const { files, missing } = collectFiles(args);
  let passed = 0;
  let failed = 0;
  for (const path of missing) {
    print(`FAIL ${path}: no such file or folder`);
    failed++;
  }
  for (const file of files) {
    const loaded = loadScenario(file);
    if (!loaded.ok) {
      print(`FAIL ${file}: ${englishFault(loaded.fault)}`);
      failed++;
      continue;
    }
    const result = runScenario(loaded.scenario);
    if (result.passed) {
      print(`PASS ${result.id}`);
      passed++;
    } else {
      print(`FAIL ${result.id}: ${result.fault ? englishFault(result.fault) : 'failed'} (visited: ${result.trace.join(' → ')})`);
      failed++;
    }
  }
  if (files.length === 0 && missing.length === 0) {
    print('FAIL: no scenario files found');
    failed++;
  }
  print(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
};
