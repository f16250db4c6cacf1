/**
 * Properties of opening files (issue 6, part 6): every bad file gets a clear error, none crashes,
 * and the stored cases stay byte-for-byte the same; every valid case survives export and import.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_FORMAT_VERSION,
  LOG_ENTRY_KINDS,
  PATHWAY_VERSION,
  applyEntry,
  availableEvents,
  currentPage,
  initialState,
  isMultiSelect,
  isOutcome,
  offeredAnswers,
  requiresRationale,
  answersInForce,
} from '../../machines';
import type { CaseFile, CaseState, LogEntry } from '../../machines';
import { importIntoStorage } from '../../src/storage';
import { exportCaseFile } from '../../src/casefile/export';
import { parseCaseFile } from '../../src/casefile/open';
import type { ImportErrorCode } from '../../src/casefile/types';
import { at, currentFixture, fixtureText, storageWithTwoCases } from './helpers';
import { wording } from './wording';
import { contentVersion } from '../../content';

interface BadFile {
  readonly label: string;
  readonly text: string;
  /** The code it must get, where the way it was made decides it. */
  readonly code?: ImportErrorCode;
  /** The entry it must name, counted from 1. */
  readonly entry?: number;
}

const valid = currentFixture();
const validText = exportCaseFile(valid);
const validObject = (): Record<string, unknown> & { entries: unknown[] } =>
  JSON.parse(validText) as Record<string, unknown> & { entries: unknown[] };

const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const notAVersion = fc.oneof(notAString, fc.string().filter((s) => !/^\d+\.\d+\.\d+$/.test(s)));
const notATime = fc.oneof(notAString, fc.constantFrom('', 'yesterday', '27/11/2026 09:00', '2026-11-27', '2026-13-01T00:00:00Z'));
const unknownKind = fc.string().filter((s) => !(LOG_ENTRY_KINDS as readonly string[]).includes(s));

const randomBytes: fc.Arbitrary<BadFile> = fc
  .uint8Array({ maxLength: 3000 })
  .map((bytes) => ({ label: 'random bytes', text: new TextDecoder('utf-8').decode(bytes) }));

const randomText: fc.Arbitrary<BadFile> = fc.string({ unit: 'binary', maxLength: 500 }).map((text) => ({ label: 'random text', text }));

const randomJson: fc.Arbitrary<BadFile> = fc.jsonValue().map((value) => ({ label: 'JSON of another shape', text: JSON.stringify(value) }));

/** The valid case with one change that no case file may have. */
const wrongShape: fc.Arbitrary<BadFile> = fc
  .oneof(
    fc.constantFrom('format', 'pathwayVersion', 'contentVersion', 'reference', 'createdAt', 'entries').map((field) => (file: Record<string, unknown>) => {
      delete file[field];
    }),
    fc.jsonValue().filter((v) => v !== 2 && v !== 1 && v !== 0).map((v) => (file: Record<string, unknown>) => (file.format = v)),
    notAVersion.map((v) => (file: Record<string, unknown>) => (file.pathwayVersion = v)),
    notAVersion.map((v) => (file: Record<string, unknown>) => (file.contentVersion = v)),
    fc.oneof(notAString, fc.constant('')).map((v) => (file: Record<string, unknown>) => (file.reference = v)),
    notATime.map((v) => (file: Record<string, unknown>) => (file.createdAt = v)),
    fc.oneof(notAString.filter((v) => !Array.isArray(v)), fc.string()).map((v) => (file: Record<string, unknown>) => (file.entries = v)),
    fc.tuple(fc.nat(valid.entries.length - 1), unknownKind).map(([i, kind]) => (file: { entries: unknown[] }) => {
      (file.entries[i] as Record<string, unknown>).kind = kind;
    }),
    fc.tuple(fc.nat(valid.entries.length - 1), notATime).map(([i, time]) => (file: { entries: unknown[] }) => {
      (file.entries[i] as Record<string, unknown>).at = time;
    }),
    fc.tuple(fc.nat(valid.entries.length - 1), fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.jsonValue()))).map(
      ([i, value]) =>
        (file: { entries: unknown[] }) => {
          file.entries[i] = value;
        },
    ),
  )
  .map((edit) => {
    const file = validObject();
    edit(file as Record<string, unknown> & { entries: unknown[] });
    return { label: 'wrong shape', text: JSON.stringify(file) };
  });

const truncated: fc.Arbitrary<BadFile> = fc.oneof(
  fc.nat(validText.trimEnd().length - 1).map((cut) => ({ label: 'truncated export', text: validText.slice(0, cut) })),
  fc.nat(fixtureText('case-v0.9.json').trimEnd().length - 1).map((cut) => ({ label: 'truncated v0.9 file', text: fixtureText('case-v0.9.json').slice(0, cut) })),
);

/** Entries the fixture's path never accepts, wherever they stand in it. */
const refusedEntries: LogEntry[] = [
  { id: 'r1', kind: 'answer', at: at(200), step: 'escalateBoard', value: 'resolved' }, // the fixture never reaches the ladder
  { id: 'r2', kind: 'change', at: at(200), step: 'crime', value: 'yes' }, // nor answers 'crime'
  { id: 'r3', kind: 'answer', at: at(200), step: 'role', value: 'england' }, // 'role' never offers 'england'
];

const rejected: fc.Arbitrary<BadFile> = fc
  .tuple(fc.nat(valid.entries.length), fc.constantFrom(...refusedEntries))
  .map(([position, entry]) => {
    const entries = [...valid.entries];
    entries.splice(position, 0, entry);
    return { label: 'entry the pathway refuses', text: exportCaseFile({ ...valid, entries }), code: 'rejected-entry', entry: position + 1 };
  });

const newerVersion: fc.Arbitrary<BadFile> = fc.oneof(
  fc.integer({ min: 3, max: 1_000_000 }).map((format) => ({ label: 'newer format', text: JSON.stringify({ ...validObject(), format }), code: 'newer-version' as const })),
  fc
    .tuple(fc.nat(50), fc.nat(50), fc.nat(50))
    .filter(([major, minor, patch]) => major > 1 || (major === 1 && (minor > 1 || (minor === 1 && patch > 0))))
    .map(([major, minor, patch]) => ({
      label: 'newer pathway',
      text: JSON.stringify({ ...validObject(), pathwayVersion: `${major}.${minor}.${patch}`, entries: [{ kind: 'fromTheFuture' }] }),
      code: 'newer-version' as const,
    })),
);

const badFile: fc.Arbitrary<BadFile> = fc.oneof(randomBytes, randomText, randomJson, wrongShape, truncated, rejected, newerVersion);

describe('a bad file', () => {
  it('gets a clear error, never a crash, and changes no stored case (1,200 generated files)', () => {
    const storage = storageWithTwoCases();
    const before = storage.snapshot();
    fc.assert(
      fc.property(badFile, (bad) => {
        const result = parseCaseFile(bad.text);
        expect(result.ok, bad.label).toBe(false);
        if (result.ok) return;
        const { error } = result;
        expect(wording(error.message).length).toBeGreaterThan(40);
        expect(wording(error.message)).not.toMatch(/undefined|\[object Object\]|NaN|Invalid input/);
        if (bad.code !== undefined) expect(error.code).toBe(bad.code);
        if (bad.entry !== undefined) expect(error.entry).toBe(bad.entry);
        if (error.code === 'wrong-shape' || error.code === 'not-json') expect(error.where ?? '', bad.label).not.toBe('');

        const imported = importIntoStorage(storage, bad.text, () => 'should-never-be-stored');
        expect(imported.ok).toBe(false);
        expect(storage.snapshot()).toEqual(before);
      }),
      { numRuns: 1200 },
    );
  });
});

// -- valid cases, generated by walking the pathway ----------------------------------------------

interface Move {
  /** Which kind of entry to try: mostly answers, so that walks go deep into the pathway. */
  readonly group: number;
  readonly choice: number;
  readonly text: string;
  readonly alone: boolean;
  readonly day: number;
}

const move: fc.Arbitrary<Move> = fc.record({
  group: fc.nat(11),
  choice: fc.nat(),
  text: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('__proto__', 'constructor', '"quoted"\n\\')),
  alone: fc.boolean(),
  day: fc.nat(60),
});

const dateOf = (day: number) => new Date(Date.UTC(2026, 9, 1 + day)).toISOString().slice(0, 10);

/**
 * The entries of one kind that the pathway would accept now, found by its own selectors (an answer
 * it offers, an event it makes available, a change to an answer in force), or the record's kinds.
 */
const candidates = (state: CaseState, m: Move, time: string): LogEntry[] => {
  const page = currentPage(state);
  const group = m.group <= 6 ? 'answer' : m.group === 7 ? 'event' : m.group === 8 ? 'change' : m.group === 9 ? 'contact' : m.group === 10 ? 'note' : 'review';
  switch (group) {
    case 'answer':
      return isOutcome(page)
        ? []
        : offeredAnswers(state).map((value) => {
            const entry = { kind: 'answer', at: time, step: page, value: isMultiSelect(state) ? [value] : value } as LogEntry;
            return requiresRationale(state) ? ({ ...entry, rationale: m.text } as LogEntry) : entry;
          });
    case 'event':
      return availableEvents(state).map((event): LogEntry => (event === 'back' ? { kind: 'back', at: time } : { kind: 'event', at: time, event }));
    case 'change':
      return answersInForce(state).map((record) => ({ kind: 'change', at: time, step: record.step, value: record.value }) as LogEntry);
    case 'contact':
      return [{ kind: 'contact', at: time, date: dateOf(m.day), place: m.text, present: m.alone ? '' : m.text, seenAlone: m.alone, words: m.text }];
    case 'note':
      return [{ kind: 'note', at: time, text: m.text }];
    default:
      return [{ kind: 'review', at: time, date: dateOf(m.day + 30) }];
  }
};

const walk = (moves: readonly Move[]): CaseFile => {
  let state = initialState();
  const entries: LogEntry[] = [];
  moves.forEach((m, i) => {
    const options = candidates(state, m, new Date(Date.UTC(2026, 10, 1) + i * 61_000).toISOString());
    const entry = options[m.choice % Math.max(options.length, 1)];
    if (entry === undefined) return;
    const applied = applyEntry(state, entry, entries.length);
    // A change to the same answer can be refused where the rewound page no longer offers it.
    if (!applied.ok) return;
    state = applied.state;
    entries.push(entry);
  });
  return {
    format: CASE_FORMAT_VERSION,
    caseId: 'walk-1',
    pathwayVersion: PATHWAY_VERSION,
    contentVersion,
    reference: 'WALK-1',
    createdAt: '2026-11-01T00:00:00.000Z',
    entries: entries.map((entry, index) => ({ id: `w${index + 1}`, ...entry })),
  };
};

const moves = fc.array(move, { minLength: 10, maxLength: 120, size: 'max' });

describe('a valid case', () => {
  it('comes back the same through export and import, and exports to the same bytes again', () => {
    fc.assert(
      fc.property(moves, (walked) => {
        const file = walk(walked);
        const text = exportCaseFile(file);
        const opened = parseCaseFile(text);
        expect(opened.ok).toBe(true);
        if (!opened.ok) return;
        expect(opened.notices).toEqual([]);
        expect(opened.file).toEqual(file);
        expect(exportCaseFile(opened.file)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
