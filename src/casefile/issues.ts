/**
 * A schema issue in plain words. zod/mini carries no messages of its own ("Invalid input"), which
 * suits this: the message is written here for a practitioner, from the issue's code, the field's
 * path and the value the file actually holds there.
 */
import type { z } from '../../machines';
import { LOG_ENTRY_KINDS } from '../../machines';
import { describeEntry, kindOfValue, pathInFile, pathLabel, showValue } from './describe';

type Issue = z.core.$ZodIssue;

/** The value at `path` in `root`, reading own properties only (a file may name `__proto__`). */
export const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (typeof part === 'symbol' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a piece of text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

const FORMAT_0_KINDS = ['answer', 'event', 'undo', 'change', 'contact', 'note', 'review'];

const problemOf = (issue: Issue, found: unknown, field: PropertyKey | undefined, kinds: readonly string[]): string => {
  if (found === undefined && issue.code !== 'unrecognized_keys') return 'this field is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${kindOfValue(found)}`;
    case 'invalid_value':
      if (field === 'step') return `${showValue(found)} is not a question of this pathway`;
      if (field === 'event') return `${showValue(found)} is not an event this app knows`;
      if (field === 'format') return `${showValue(found)} is not a file format this app reads`;
      return `${showValue(found)} is not one of the values allowed here`;
    case 'invalid_union':
      if (field === 'kind') {
        return `${showValue(found)} is not a kind of entry this app knows (${kinds.join(', ')})`;
      }
      if (field === 'value') return `${showValue(found)} is not an answer of this pathway`;
      return `${showValue(found)} is not a value allowed here`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `${showValue(found)} is not a date and time like 2026-11-27T10:30:00.000Z`;
      if (issue.format === 'date') return `${showValue(found)} is not a date like 2026-11-27`;
      return `${showValue(found)} is not written in the expected form`;
    case 'too_small':
      if (issue.origin === 'string') return 'this must not be empty';
      if (issue.origin === 'array') return 'this list must not be empty';
      return `${showValue(found)} is too small`;
    case 'too_big':
      return `${showValue(found)} is too large`;
    default:
      return `${showValue(found)} is not what this field holds`;
  }
};

export interface IssueText {
  /** The path as the file names it, e.g. `entries[4].step` (or `log[4].step` in format 0). */
  readonly where: string;
  /** The entry at fault, counted from 1, when the path is inside one. */
  readonly entry?: number;
  /** "entries[4].step (entry 5, answer at step foo): 'foo' is not a question of this pathway" */
  readonly text: string;
}

/**
 * An issue found while checking `root` against a schema. `format` is the file's own format, so the
 * path is named as the file names it; `namesInFile` says the schema already used those names
 * (format 0's own schema), rather than the current ones.
 */
export const describeIssue = (
  issue: Issue,
  root: unknown,
  { format, namesInFile = false }: { format: number; namesInFile?: boolean },
): IssueText => {
  const path = issue.path;
  const where = path.length === 0 ? 'the top of the file' : namesInFile ? pathLabel(path) : pathInFile(path, format);
  const found = valueAt(root, path);
  const field = path.at(-1);
  const inFormat0Names = namesInFile && format === 0;
  const kinds = inFormat0Names ? FORMAT_0_KINDS : LOG_ENTRY_KINDS;
  const problem = problemOf(issue, found, field === 'type' ? 'kind' : field === 'answer' ? 'value' : field, kinds);
  const list = inFormat0Names ? 'log' : 'entries';
  const index = path[0] === list && typeof path[1] === 'number' ? path[1] : undefined;
  if (index === undefined) return { where, text: `${where}: ${problem}` };
  const entry = valueAt(root, [list, index]);
  return { where, entry: index + 1, text: `${where} (entry ${index + 1}, ${describeEntry(entry)}): ${problem}` };
};
