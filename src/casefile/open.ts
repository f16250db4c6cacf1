/**
 * Opening a case file (issue 6, part 2): the text of an exported file, or of a case in storage,
 * checked step by step, each step's fault reported in plain words with where it is.
 *
 * Order: size and emptiness; JSON (with line and column); the file's format and versions (a file
 * from a newer app is refused as newer before its contents are judged, since a newer app may
 * write entries this one cannot know); migration from an earlier version (content/changelog.json);
 * the case-file schema; then replay through the pathway. Never throws, whatever the input.
 */
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, caseFileSchema, replay } from '../../machines';
import type { CaseFile, CaseState } from '../../machines';
import { contentVersion } from '../../content';
import { describeEntry, kindOfValue, pathInFile, showValue } from './describe';
import { describeIssue } from './issues';
import { findJsonFault } from './jsonFault';
import { compareVersions, migrateCase, parseVersion } from './migrate';
import type { ImportError, KnownVersions, MigrationNotice } from './types';

/** The versions this app reads and writes. */
export const CURRENT_VERSIONS: KnownVersions = {
  format: CASE_FORMAT_VERSION,
  pathwayVersion: PATHWAY_VERSION,
  contentVersion,
};

/**
 * The largest file opened, in characters. A case of 1,000 entries is a few hundred kilobytes
 * (npm run bench), and a browser keeps about 5 MB per site: a bigger file is not a case.
 */
export const MAX_CASE_FILE_CHARS = 5 * 1024 * 1024;

/** Marks the wrapper `rawLogExport` writes round a stored case that could not be read. */
export const RAW_EXPORT_MARK = 'seenAloneRawExport';

export type ParseResult =
  | {
      ok: true;
      file: CaseFile;
      /** What changed since the version the case was saved with; empty for a current case. */
      notices: MigrationNotice[];
      /** The replayed case, so that a caller need not replay it again. */
      state: CaseState;
    }
  | { ok: false; error: ImportError };

const NOTHING_CHANGED = 'Nothing has been changed.';

const failure = (error: ImportError): ParseResult => ({ ok: false, error });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (object: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/** "Entry 3 (answer): the current page is ..." → "the current page is ..." */
const replayDetail = (message: string): string => message.replace(/^Entry \d+ \([^)]*\): /, '');

const readJson = (text: string): { ok: true; value: unknown } | { ok: false; error: ImportError } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const fault = findJsonFault(text);
    if (fault === undefined) {
      return {
        ok: false,
        error: { code: 'not-json', message: `This file is not a case file Seen Alone can read: it is not in the JSON format cases are exported in. ${NOTHING_CHANGED}` },
      };
    }
    const where = `line ${fault.line}, column ${fault.column}`;
    const message = fault.truncated
      ? `This file is cut short: it ends at ${where} before the case does (${fault.problem}). It may not have finished downloading or copying; export it again from where it came from. ${NOTHING_CHANGED}`
      : `This file is not a case file Seen Alone can read: it is not in the JSON format cases are exported in. At ${where}: ${fault.problem}. ${NOTHING_CHANGED}`;
    return { ok: false, error: { code: 'not-json', where, message } };
  }
};

/** Reads one of the file's version fields: a version like 1.0.0, or the fault. */
const readVersion = (
  raw: Record<string, unknown>,
  field: 'pathwayVersion' | 'contentVersion',
): { ok: true; version: string } | { ok: false; error: ImportError } => {
  const value = own(raw, field);
  if (typeof value === 'string' && parseVersion(value) !== undefined) return { ok: true, version: value };
  const problem =
    value === undefined
      ? `it has no '${field}' field`
      : typeof value === 'string'
        ? `its '${field}' is ${showValue(value)}, not a version like 1.0.0`
        : `its '${field}' is ${kindOfValue(value)}, not a version like 1.0.0`;
  return {
    ok: false,
    error: { code: 'wrong-shape', where: field, message: `This file is not a Seen Alone case file in the expected shape: ${problem}. ${NOTHING_CHANGED}` },
  };
};

const newer = (what: string, theirs: string, ours: string, where: string): ImportError => ({
  code: 'newer-version',
  where,
  message: `This case was saved by a newer version of Seen Alone (${what} ${theirs}); this app knows ${what} ${ours} at most. Open it with that newer version, or with an up-to-date copy of this app. ${NOTHING_CHANGED}`,
});

const parseValue = (raw: unknown, known: KnownVersions, unwrap: boolean): ParseResult => {
  if (!isRecord(raw)) {
    return failure({
      code: 'wrong-shape',
      where: 'the top of the file',
      message: `This file holds ${kindOfValue(raw)}, not a Seen Alone case (a case file is a group of fields: format, pathwayVersion, contentVersion, reference, createdAt and entries). ${NOTHING_CHANGED}`,
    });
  }

  const wrapped = own(raw, RAW_EXPORT_MARK);
  const inner = own(raw, 'raw');
  if (wrapped !== undefined && unwrap && typeof inner === 'string') {
    // A raw export keeps a case this app could not read, exactly as stored: open what it holds,
    // so a case kept that way can move to a copy of the app that reads it.
    const opened = parseText(inner, known, false);
    if (opened.ok) return opened;
    return failure({
      ...opened.error,
      message: `This is a raw export of a case that could not be read when it was exported, and it still cannot be opened. ${opened.error.message}`,
    });
  }

  const format = own(raw, 'format');
  if (format === undefined) {
    return failure({
      code: 'wrong-shape',
      where: 'format',
      message: `This file has no 'format' field, so it is not a Seen Alone case file. ${NOTHING_CHANGED}`,
    });
  }
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 0) {
    return failure({
      code: 'wrong-shape',
      where: 'format',
      message: `This file's 'format' is ${showValue(format)}, not a file format number, so it is not a Seen Alone case file. ${NOTHING_CHANGED}`,
    });
  }
  if (format > known.format) return failure(newer('file format', String(format), String(known.format), 'format'));

  const pathway = readVersion(raw, 'pathwayVersion');
  if (!pathway.ok) return failure(pathway.error);
  if (compareVersions(pathway.version, known.pathwayVersion) > 0) {
    return failure(newer('pathway version', pathway.version, known.pathwayVersion, 'pathwayVersion'));
  }
  const content = readVersion(raw, 'contentVersion');
  if (!content.ok) return failure(content.error);

  const migrated = migrateCase(
    raw,
    { format, pathwayVersion: pathway.version, contentVersion: content.version },
    known,
  );
  if (!migrated.ok) return failure(migrated.error);

  const checked = caseFileSchema.safeParse(migrated.value);
  if (!checked.success) {
    const [first, ...others] = checked.error.issues;
    const issue = first ? describeIssue(first, migrated.value, { format }) : undefined;
    const more =
      others.length === 0 ? '' : ` There ${others.length === 1 ? 'is 1 more problem' : `are ${others.length} more problems`} after it.`;
    return failure({
      code: 'wrong-shape',
      ...(issue ? { where: issue.where } : {}),
      ...(issue?.entry !== undefined ? { entry: issue.entry } : {}),
      message: `This file is not a Seen Alone case in the expected shape. At ${issue?.text ?? 'the top of the file'}.${more} ${NOTHING_CHANGED}`,
    });
  }
  const file: CaseFile = checked.data;

  const replayed = replay(file.entries);
  if (!replayed.ok) {
    const { index } = replayed.error;
    const where = pathInFile(['entries', index], format);
    return failure({
      code: 'rejected-entry',
      where,
      entry: index + 1,
      message: `Entry ${index + 1} (${describeEntry(file.entries[index])}, at ${where}) was refused by the pathway: ${replayDetail(replayed.error.message)}. The case was not opened. ${NOTHING_CHANGED}`,
    });
  }
  return { ok: true, file, notices: migrated.notices, state: replayed.state };
};

const parseText = (text: string, known: KnownVersions, unwrap: boolean): ParseResult => {
  if (typeof text !== 'string') {
    return failure({ code: 'not-json', message: `This file could not be read as text. ${NOTHING_CHANGED}` });
  }
  if (text.length > MAX_CASE_FILE_CHARS) {
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    return failure({
      code: 'too-large',
      message: `This file is too large to be a case file (${megabytes} MB; the largest this app opens is ${MAX_CASE_FILE_CHARS / (1024 * 1024)} MB). Check that it is the file you meant. ${NOTHING_CHANGED}`,
    });
  }
  // Some editors start a saved file with a byte-order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return failure({
      code: 'empty',
      message: `This file is empty: there is no case in it. It may not have finished downloading; export it again. ${NOTHING_CHANGED}`,
    });
  }
  const json = readJson(body);
  if (!json.ok) return failure(json.error);
  return parseValue(json.value, known, unwrap);
};

/**
 * Opens the text of a case file: the case, up to date, with notices of what changed since the
 * version it was saved with; or why it cannot be opened, and where. Never throws.
 */
export function parseCaseFile(text: string, known: KnownVersions = CURRENT_VERSIONS): ParseResult {
  try {
    return parseText(text, known, true);
  } catch (cause) {
    // Every step above returns its faults; this is the last guard of "never throws" (an engine
    // limit such as running out of memory on a pathological file), not a path the checks rely on.
    const reason = cause instanceof Error ? cause.message : String(cause);
    return failure({ code: 'not-json', message: `This file could not be read (${reason}). ${NOTHING_CHANGED}` });
  }
}
