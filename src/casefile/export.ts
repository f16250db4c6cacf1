/**
 * Exporting a case (issue 6, part 2): the case file as pretty JSON with its keys always in the
 * same order, so that two exports of the same case are the same bytes and a diff of two exports
 * shows only what was added; and, for a stored case that cannot be read, its raw text wrapped
 * with a note, so that its log can always be exported.
 */
import { logEntrySchema, type CaseFile, type LogEntry } from '../../machines';
import { localToday } from '../dates';
import { RAW_EXPORT_MARK } from './open';

/** The keys every entry may carry, first and in this order: id, kind, time, who, when it happened. */
const HEAD = ['id', 'kind', 'at', 'by', 'happenedAt'];

/**
 * Each kind's keys in one order, read from the entry schema (machines/log.ts): the head, then what
 * the kind holds as the schema declares it. A kind added to the schema is exported with no edit here.
 */
const KEY_ORDER: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>(
  logEntrySchema.def.options.map((option) => {
    const keys = Object.keys(option.def.shape);
    return [String(option.def.shape.kind.def.values[0]), [...HEAD.filter((key) => keys.includes(key)), ...keys.filter((key) => !HEAD.includes(key))]];
  }),
);

/** An entry with its keys in one order, and only the keys its kind defines. */
const orderedEntry = (entry: LogEntry): LogEntry => {
  const fields = entry as Readonly<Record<string, unknown>>;
  const keys = KEY_ORDER.get(entry.kind) ?? [];
  return Object.fromEntries(keys.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]])) as LogEntry;
};

/** The case file as the JSON an export writes: two-space indented, keys in a fixed order. */
export function exportCaseFile(file: CaseFile): string {
  const ordered: CaseFile = {
    format: file.format,
    caseId: file.caseId,
    pathwayVersion: file.pathwayVersion,
    contentVersion: file.contentVersion,
    reference: file.reference,
    createdAt: file.createdAt,
    ...(file.heldBy === undefined ? {} : { heldBy: file.heldBy }),
    entries: file.entries.map(orderedEntry),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A reference reduced to letters, digits, `-` and `_`, so it is safe as a file name anywhere. */
export const safeFileStem = (text: string, fallback = 'case'): string => {
  const stem = text
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 60)
    .replace(/[-_]+$/, '');
  return stem === '' ? fallback : stem;
};

/**
 * The name to save an export under: the case reference (letters, digits, `-`, `_` only) and the
 * date, and nothing else; a download folder on a shared computer shows no more than that.
 */
export function exportFileName(file: Pick<CaseFile, 'reference'>, now: Date = new Date()): string {
  return `${safeFileStem(file.reference)}-${localToday(now)}.json`;
}

/** Written into the exported file itself, for whoever opens it in an editor: part of the file format, not the page. */
export const RAW_EXPORT_NOTE =
  'Seen Alone could not read this stored case, so it is kept here exactly as it was stored, to be opened by a version of Seen Alone that reads it, or read by hand. Nothing in it has been changed.';

/**
 * A stored case's text as something that can always be exported, whatever state it is in
 * (corrupt, cut short, from a version this app cannot migrate): the text itself, unchanged,
 * wrapped with a note that says what it is. `parseCaseFile` opens what the wrapper holds.
 */
export function rawLogExport(storedText: string, now: Date = new Date()): string {
  return `${JSON.stringify({ [RAW_EXPORT_MARK]: 1, note: RAW_EXPORT_NOTE, exportedAt: now.toISOString(), raw: storedText }, null, 2)}\n`;
}

/** The name for a raw export: the case's storage id (never personal) and the date. */
export function rawExportFileName(id: string, now: Date = new Date()): string {
  return `unreadable-case-${safeFileStem(id, 'unknown')}-${localToday(now)}.json`;
}
