/**
 * Record figures (issue 6, part 7) for a case of 1,000 entries: the autosave time (serialise and
 * write to storage, with and without the two-tab guard's read of what is stored), the export and
 * import times, and the file size. Prints figures; gates nothing (these machines are shared and
 * noisy). `npm run bench` (bench/run.ts) calls `recordBench`.
 */
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, replay } from '../machines';
import type { CaseFile, LogEntry } from '../machines';
import { contentVersion } from '../content';
import { exportCaseFile, parseCaseFile } from '../src/casefile';
import { caseKey, saveCase, saveGuarded } from '../src/storage';

/** A Storage in memory, as the browser's would hold the case (no quota). */
class BenchStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const WORDS = [
  'Visited at home; her son answered the door and stayed in the room throughout.',
  'She said she was fine and did not want any help; she looked at her son before answering.',
  'GP surgery appointment: seen alone for ten minutes while her son waited outside.',
];

/**
 * A plausible long case: the pathway to `accessAttempt` at low risk, three tries to see the adult
 * alone, and then many contacts, notes and review dates, as months of monitoring would leave.
 */
export function benchCase(size = 1000): CaseFile {
  const start = Date.UTC(2026, 0, 5, 9);
  const entries: LogEntry[] = [];
  const time = () => new Date(start + entries.length * 3_600_000).toISOString();
  const day = () => time().slice(0, 10);
  const answer = (step: string, value: string | string[]) => entries.push({ kind: 'answer', at: time(), step, value } as LogEntry);
  answer('jurisdiction', 'england');
  answer('role', 'local-authority');
  answer('immediateDanger', 'no');
  answer('careNeeds', 'yes');
  answer('abuseOrNeglect', 'unsure');
  answer('unableToProtect', 'unsure');
  answer('barrier', ['third-party-always-present', 'appointments-missed']);
  answer('thirdParty', 'family-member');
  answer('riskIndicators', ['isolated', 'financial-control']);
  for (let i = 0; i < 3; i++) answer('accessAttempt', 'keep-trying');
  while (entries.length < size) {
    const n = entries.length;
    if (n % 3 === 0) {
      entries.push({
        kind: 'contact',
        at: time(),
        date: day(),
        place: n % 2 === 0 ? 'Home visit' : 'GP surgery',
        present: n % 5 === 0 ? '' : 'Son',
        seenAlone: n % 5 === 0,
        words: WORDS[n % WORDS.length] ?? '',
      });
    } else if (n % 50 === 1) {
      entries.push({ kind: 'review', at: time(), date: day() });
    } else {
      entries.push({ kind: 'note', at: time(), text: `${WORDS[n % WORDS.length] ?? ''} Discussed with manager.` });
    }
  }
  const file: CaseFile = {
    format: CASE_FORMAT_VERSION,
    caseId: 'bench-1000',
    pathwayVersion: PATHWAY_VERSION,
    contentVersion,
    reference: 'BENCH-1000',
    createdAt: new Date(start - 60_000).toISOString(),
    entries: entries.map((entry, index) => ({ id: `b${index + 1}`, ...entry })),
  };
  const replayed = replay(file.entries);
  if (!replayed.ok) throw new Error(`the bench case does not replay: ${replayed.error.message}`);
  return file;
}

const median = (runs: number, task: () => void): number => {
  for (let i = 0; i < 5; i++) task(); // warm the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    task();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
};

export interface RecordFigures {
  readonly entries: number;
  readonly autosaveMs: number;
  readonly guardedAutosaveMs: number;
  readonly exportMs: number;
  readonly importMs: number;
  readonly exportBytes: number;
  readonly storedBytes: number;
}

export function recordFigures(size = 1000, runs = 40): RecordFigures {
  const file = benchCase(size);
  const storage = new BenchStorage();
  const record = { id: 'bench', file };
  const autosaveMs = median(runs, () => saveCase(record, storage));
  let written = storage.getItem(caseKey(record.id));
  const guardedAutosaveMs = median(runs, () => {
    const saved = saveGuarded(storage, record, written);
    if (!saved.ok) throw new Error('the guarded save was refused');
    written = saved.written;
  });
  let text = '';
  const exportMs = median(runs, () => {
    text = exportCaseFile(file);
  });
  const importMs = median(runs, () => {
    if (!parseCaseFile(text).ok) throw new Error('the exported case did not import');
  });
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  return {
    entries: file.entries.length,
    autosaveMs,
    guardedAutosaveMs,
    exportMs,
    importMs,
    exportBytes: bytes(text),
    storedBytes: bytes(storage.getItem(caseKey(record.id)) ?? ''),
  };
}

export async function recordBench(): Promise<void> {
  const figures = recordFigures();
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  console.log(`record, a case of ${figures.entries} entries (median of 40 runs):`);
  console.log(`  autosave (serialise and write to storage):          ${ms(figures.autosaveMs)}`);
  console.log(`  autosave with the two-tab guard (read, compare, write): ${ms(figures.guardedAutosaveMs)}`);
  console.log(`  export (stable pretty JSON):                        ${ms(figures.exportMs)}`);
  console.log(`  import (parse, check, replay):                      ${ms(figures.importMs)}`);
  console.log(`  file size: export ${kb(figures.exportBytes)}, as stored ${kb(figures.storedBytes)}`);
}
