/**
 * A schema issue as a message. zod/mini carries no messages of its own ("Invalid input"), which
 * suits this: the message is chosen here for a practitioner, from the issue's code, the field's
 * path and the value the file actually holds there; its words are in content (record.json).
 */
import type { z } from '../../machines';
import { LOG_ENTRY_KINDS } from '../../machines';
import { describeEntry, kindOfValue, pathInFile, pathLabel, showValue } from './describe';
import { message, type RecordMessage } from './messages';
import { TOP_OF_FILE } from './types';

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

const EXPECTED: Readonly<Record<string, RecordMessage>> = {
  string: message('kind.text'),
  number: message('kind.number'),
  boolean: message('kind.boolean'),
  array: message('kind.list'),
  object: message('kind.object'),
};

const FORMAT_0_KINDS = ['answer', 'event', 'undo', 'change', 'contact', 'note', 'review'];

const problemOf = (issue: Issue, value: unknown, field: PropertyKey | undefined, kinds: readonly string[]): RecordMessage => {
  if (value === undefined && issue.code !== 'unrecognized_keys') return message('issue.missing');
  const found = showValue(value);
  switch (issue.code) {
    case 'invalid_type':
      return message('issue.expected', {
        expected: EXPECTED[issue.expected] ?? message('value.literal', { text: issue.expected }),
        found: kindOfValue(value),
      });
    case 'invalid_value':
      if (field === 'step') return message('issue.notStep', { found });
      if (field === 'event') return message('issue.notEvent', { found });
      if (field === 'format') return message('issue.notFormat', { found });
      return message('issue.notAllowed', { found });
    case 'invalid_union':
      if (field === 'kind') return message('issue.notKind', { found, kinds: [...kinds] });
      if (field === 'value') return message('issue.notAnswer', { found });
      return message('issue.notAllowedHere', { found });
    case 'invalid_format':
      if (issue.format === 'datetime') return message('issue.notDateTime', { found });
      if (issue.format === 'date') return message('issue.notDate', { found });
      return message('issue.notForm', { found });
    case 'too_small':
      if (issue.origin === 'string') return message('issue.empty');
      if (issue.origin === 'array') return message('issue.emptyList');
      return message('issue.tooSmall', { found });
    case 'too_big':
      return message('issue.tooBig', { found });
    default:
      return message('issue.other', { found });
  }
};

export interface IssueText {
  /** The path as the file names it, e.g. `entries[4].step` (or `log[4].step` in format 0). */
  readonly where: string;
  /** The entry at fault, counted from 1, when the path is inside one. */
  readonly entry?: number;
  /** "entries[4].step (entry 5, answer at step foo): 'foo' is not a question of this pathway" */
  readonly text: RecordMessage;
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
  const where = path.length === 0 ? TOP_OF_FILE : namesInFile ? pathLabel(path) : pathInFile(path, format);
  const shownWhere = path.length === 0 ? message('issue.top') : where;
  const found = valueAt(root, path);
  const field = path.at(-1);
  const inFormat0Names = namesInFile && format === 0;
  const kinds = inFormat0Names ? FORMAT_0_KINDS : LOG_ENTRY_KINDS;
  const problem = problemOf(issue, found, field === 'type' ? 'kind' : field === 'answer' ? 'value' : field, kinds);
  const list = inFormat0Names ? 'log' : 'entries';
  const index = path[0] === list && typeof path[1] === 'number' ? path[1] : undefined;
  if (index === undefined) return { where, text: message('issue.at', { where: shownWhere, problem }) };
  const entry = valueAt(root, [list, index]);
  return {
    where,
    entry: index + 1,
    text: message('issue.atEntry', { where: shownWhere, number: index + 1, entry: describeEntry(entry), problem }),
  };
};
