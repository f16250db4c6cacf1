/**
 * Opening a case file (issue 6, part 2): the text of an exported file, or of a case in storage,
 * checked step by step, each step's fault reported as a message (messages.ts) with where it is.
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
import { message, type RecordMessage } from './messages';
import { compareVersions, migrateCase, parseVersion } from './migrate';
import { replayReason } from './replayReason';
import { TOP_OF_FILE, type ImportError, type KnownVersions, type MigrationNotice } from './types';
import { isRecord } from './isRecord';

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

/** A fault's message, told that nothing stored or open has changed. */
const unchanged = (reason: RecordMessage): RecordMessage => message('import.unchanged', { reason });

const failure = (error: ImportError): ParseResult => ({ ok: false, error });

const own = (object: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

const readJson = (text: string): { ok: true; value: unknown } | { ok: false; error: ImportError } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const fault = findJsonFault(text);
    if (fault === undefined) {
      return { ok: false, error: { code: 'not-json', message: unchanged(message('import.notJson')) } };
    }
    const { line, column, problem } = fault;
    const reason = message(fault.truncated ? 'import.cutShort' : 'import.notJsonAt', { line, column, problem });
    return { ok: false, error: { code: 'not-json', where: `${line}:${column}`, message: unchanged(reason) } };
  }
};

/** Reads one of the file's version fields: a version like 1.0.0, or the fault. */
const readVersion = (
  raw: Record<string, unknown>,
  field: 'pathwayVersion' | 'contentVersion',
): { ok: true; version: string } | { ok: false; error: ImportError } => {
  const value = own(raw, field);
  if (typeof value === 'string' && parseVersion(value) !== undefined) return { ok: true, version: value };
  const reason =
    value === undefined
      ? message('import.noVersion', { field })
      : message('import.badVersion', { field, found: typeof value === 'string' ? showValue(value) : kindOfValue(value) });
  return { ok: false, error: { code: 'wrong-shape', where: field, message: unchanged(reason) } };
};

const newer = (where: 'format' | 'pathwayVersion', theirs: string, ours: string): ImportError => ({
  code: 'newer-version',
  where,
  message: unchanged(message(where === 'format' ? 'import.newerFormat' : 'import.newerPathway', { theirs, ours })),
});

const parseValue = (raw: unknown, known: KnownVersions, unwrap: boolean): ParseResult => {
  if (!isRecord(raw)) {
    return failure({
      code: 'wrong-shape',
      where: TOP_OF_FILE,
      message: unchanged(message('import.notACase', { found: kindOfValue(raw) })),
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
      message: message('import.rawStillUnreadable', { reason: opened.error.message }),
    });
  }

  const format = own(raw, 'format');
  if (format === undefined) {
    return failure({
      code: 'wrong-shape',
      where: 'format',
      message: unchanged(message('import.noFormat')),
    });
  }
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 0) {
    return failure({
      code: 'wrong-shape',
      where: 'format',
      message: unchanged(message('import.badFormat', { found: showValue(format) })),
    });
  }
  if (format > known.format) return failure(newer('format', String(format), String(known.format)));

  const pathway = readVersion(raw, 'pathwayVersion');
  if (!pathway.ok) return failure(pathway.error);
  if (compareVersions(pathway.version, known.pathwayVersion) > 0) {
    return failure(newer('pathwayVersion', pathway.version, known.pathwayVersion));
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
    const at = issue?.text ?? message('issue.top');
    return failure({
      code: 'wrong-shape',
      ...(issue ? { where: issue.where } : {}),
      ...(issue?.entry !== undefined ? { entry: issue.entry } : {}),
      message: unchanged(
        others.length === 0
          ? message('import.wrongShape', { issue: at })
          : message('import.wrongShapeMore', { issue: at, count: others.length }),
      ),
    });
  }
  const file: CaseFile = checked.data;

  const replayed = replay(file.entries);
  if (!replayed.ok) {
    const { index } = replayed.error;
    const where = pathInFile(['entries', index], format);
    const entry = file.entries[index];
    return failure({
      code: 'rejected-entry',
      where,
      entry: index + 1,
      message: unchanged(
        message('import.refused', {
          number: index + 1,
          entry: describeEntry(entry),
          where,
          reason: replayReason(replayed.error, replayed.state, entry),
        }),
      ),
    });
  }
  return { ok: true, file, notices: migrated.notices, state: replayed.state };
};

const parseText = (text: string, known: KnownVersions, unwrap: boolean): ParseResult => {
  if (typeof text !== 'string') {
    return failure({ code: 'not-json', message: unchanged(message('import.notText')) });
  }
  if (text.length > MAX_CASE_FILE_CHARS) {
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    const largest = MAX_CASE_FILE_CHARS / (1024 * 1024);
    return failure({ code: 'too-large', message: unchanged(message('import.tooLarge', { megabytes, largest })) });
  }
  // Some editors start a saved file with a byte-order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return failure({ code: 'empty', message: unchanged(message('import.empty')) });
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
    return failure({ code: 'not-json', message: unchanged(message('import.crashed', { reason })) });
  }
}
