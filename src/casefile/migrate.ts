/**
 * Bringing a case saved by an earlier version up to this one (issue 6, part 2), driven by
 * content/changelog.json: the changelog says which step ids were renamed or removed in each
 * pathway version, and migration does exactly that, so the record and the changelog cannot
 * disagree. Whatever cannot be brought up to date is refused with the reason, never guessed.
 *
 * Format 0 (pathway 0.9.0, the foundation slice) differs from format 1 in names only:
 *   envelope `log` → `entries`; entry `type` → `kind`, `time` → `at`, `answer` → `value`;
 *   the entry kind `undo` → `back`.
 * Format 1 (release 1.0) differs from format 2 by ids only: the case gains its own id (made from
 *   its reference and start time) and each entry an id from its position (`e1`, `e2`, ...).
 */
import { changelog, type Changelog } from '../../content';
import { describeEntry, pathInFile } from './describe';
import { entryFromFormat0, format0File, toFormat2 } from './formats';
import { describeIssue } from './issues';
import { message, type RecordMessage } from './messages';
import type { ImportError, KnownVersions, ChangelogLine, MigrationNotice } from './types';
import { isRecord } from './isRecord';

/** The shipped changelog, one copy: content/index.ts checks it when it loads. */
export { changelog };
export type { Changelog, PathwayRelease } from '../../content/schema/changelog';

/** A version string as three numbers, or undefined when it is not written like 1.0.0. */
export const parseVersion = (text: string): readonly [number, number, number] | undefined => {
  const match = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
};

/** Compares two versions written like 1.0.0: negative when `a` is older. */
export const compareVersions = (a: string, b: string): number => {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (x === undefined || y === undefined) return a < b ? -1 : a > b ? 1 : 0;
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** Whether a log entry answers (or changes) `step`, with one of `answers` (any of a list's values) unless null. */
const answersWith = (entry: unknown, step: string, answers: readonly string[] | null): boolean => {
  if (!isRecord(entry) || (entry.kind !== 'answer' && entry.kind !== 'change') || entry.step !== step) return false;
  if (answers === null) return true;
  const values: unknown[] = Array.isArray(entry.value) ? entry.value : [entry.value];
  return values.some((value) => typeof value === 'string' && answers.includes(value));
};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; notices: MigrationNotice[] }
  | { ok: false; error: ImportError };

/** A refusal's message, with the advice to keep the file for a version that reads it. */
const cannotMigrate = (reason: RecordMessage): RecordMessage => message('import.cannotMigrate', { reason });

/** The releases after `from`, up to and including `to`, oldest first. */
const releasesBetween = <R extends { version: string }>(releases: readonly R[], from: string, to: string): R[] =>
  releases
    .filter((release) => compareVersions(release.version, from) > 0 && compareVersions(release.version, to) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version));

const changeLines = (part: ChangelogLine['part'], releases: readonly { version: string; changes: readonly string[] }[]): ChangelogLine[] =>
  releases.flatMap((release) => release.changes.map((text, index) => ({ part, version: release.version, index, text })));

/**
 * Brings `raw` (a parsed file whose format and versions are known not to be newer than the app's)
 * up to the current format and pathway ids. The result still goes through the current schema and
 * replay; this only renames, converts and refuses.
 */
export const migrateCase = (
  raw: Record<string, unknown>,
  file: { format: number; pathwayVersion: string; contentVersion: string },
  known: KnownVersions,
  log: Changelog = changelog,
): MigrationResult => {
  const notices: MigrationNotice[] = [];
  let value: Record<string, unknown> = raw;

  if (file.format !== known.format) {
    // Format 0 converts to 1, and format 1 to 2: the two steps this app knows.
    if (file.format > known.format || file.format > 1 || known.format !== 2) {
      return {
        ok: false,
        error: {
          code: 'cannot-migrate',
          where: 'format',
          message: cannotMigrate(
            message(known.format === 2 ? 'migrate.unknownFormatConverts' : 'migrate.unknownFormat', { format: file.format, known: known.format }),
          ),
        },
      };
    }
    const parsed = file.format === 0 ? format0File.safeParse(raw) : undefined;
    if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0];
      const described = issue ? describeIssue(issue, raw, { format: 0, namesInFile: true }) : undefined;
      return {
        ok: false,
        error: {
          code: 'wrong-shape',
          ...(described ? { where: described.where } : {}),
          ...(described?.entry !== undefined ? { entry: described.entry } : {}),
          message: message('import.unchanged', {
            reason: message('migrate.format0Shape', { issue: described?.text ?? message('issue.topUnreadable') }),
          }),
        },
      };
    }
    if (parsed) {
      const { log: entries, ...envelope } = parsed.data;
      value = { ...envelope, format: 1, entries: entries.map(entryFromFormat0) };
    }
    value = toFormat2(value);
    notices.push({
      part: 'format',
      from: String(file.format),
      to: String(known.format),
      message: message('notice.format', { from: file.format, to: known.format }),
      changes: [],
      revisit: [],
    });
  }

  if (compareVersions(file.pathwayVersion, known.pathwayVersion) < 0) {
    if (!log.pathway.some((release) => release.version === file.pathwayVersion)) {
      return {
        ok: false,
        error: {
          code: 'cannot-migrate',
          where: 'pathwayVersion',
          message: cannotMigrate(message('migrate.unknownPathway', { version: file.pathwayVersion })),
        },
      };
    }
    const releases = releasesBetween(log.pathway, file.pathwayVersion, known.pathwayVersion);
    const entries = Array.isArray(value.entries) ? value.entries : [];
    const migrated: unknown[] = [...entries];
    const renamedAll: RecordMessage[] = [];
    const revisit: { step: string; version: string; why: string }[] = [];
    for (const release of releases) {
      for (let index = 0; index < migrated.length; index++) {
        const entry = migrated[index];
        if (!isRecord(entry) || (entry.kind !== 'answer' && entry.kind !== 'change') || typeof entry.step !== 'string') continue;
        const step = entry.step;
        const removedBecause = Object.hasOwn(release.removed.steps, step) ? release.removed.steps[step] : undefined;
        if (removedBecause !== undefined) {
          const where = pathInFile(['entries', index, 'step'], file.format);
          return {
            ok: false,
            error: {
              code: 'cannot-migrate',
              where,
              entry: index + 1,
              message: cannotMigrate(
                message('migrate.stepRemoved', {
                  from: file.pathwayVersion,
                  to: known.pathwayVersion,
                  number: index + 1,
                  entry: describeEntry(entries[index]),
                  where,
                  step,
                  release: release.version,
                  // The changelog's own words, per release (content/changelog.json).
                  because: removedBecause,
                }),
              ),
            },
          };
        }
        const renamed = Object.hasOwn(release.renamed.steps, step) ? release.renamed.steps[step] : undefined;
        if (renamed !== undefined) migrated[index] = { ...entry, step: renamed };
      }
      for (const [from, to] of Object.entries(release.renamed.steps)) renamedAll.push(message('notice.renamed', { from, to }));
      for (const item of release.revisit ?? []) {
        // The last answer recorded for the step: an earlier one since changed needs no second look.
        const last = migrated.findLast((entry) => answersWith(entry, item.step, null));
        if (answersWith(last, item.step, item.answers) && !revisit.some((r) => r.step === item.step)) {
          revisit.push({ step: item.step, version: release.version, why: item.why });
        }
      }
    }
    value = { ...value, pathwayVersion: known.pathwayVersion, entries: migrated };
    notices.push({
      part: 'pathway',
      from: file.pathwayVersion,
      to: known.pathwayVersion,
      message:
        renamedAll.length > 0
          ? message('notice.pathwayRenamed', { from: file.pathwayVersion, to: known.pathwayVersion, renamed: renamedAll })
          : message('notice.pathway', { from: file.pathwayVersion, to: known.pathwayVersion }),
      changes: changeLines('pathway', releases),
      revisit,
    });
  }

  const contentOrder = compareVersions(file.contentVersion, known.contentVersion);
  if (contentOrder < 0) {
    const releases = releasesBetween(log.content, file.contentVersion, known.contentVersion);
    const recorded = log.content.some((release) => release.version === file.contentVersion);
    value = { ...value, contentVersion: known.contentVersion };
    notices.push({
      part: 'content',
      from: file.contentVersion,
      to: known.contentVersion,
      message: message(recorded ? 'notice.contentOlder' : 'notice.contentOlderUnrecorded', { from: file.contentVersion, to: known.contentVersion }),
      changes: changeLines('content', releases),
      revisit: [],
    });
  } else if (contentOrder > 0) {
    // Content is the words shown, not the routing: a case saved with newer guidance still replays
    // through this pathway, so it opens, and the practitioner is told the words may differ.
    notices.push({
      part: 'content',
      from: file.contentVersion,
      to: known.contentVersion,
      message: message('notice.contentNewer', { from: file.contentVersion, to: known.contentVersion }),
      changes: [],
      revisit: [],
    });
  }

  return { ok: true, value, notices };
};
