/**
 * Small helpers that put a file's contents into a message: an entry as "answer at step
 * thirdParty", a field path as `entries[4].step`, a value shown short and safe. Each returns a
 * message code with its values (messages.ts); the words are in content.
 */
import { message, type RecordMessage } from './messages';
import { isRecord } from './isRecord';

/** A zod-style path as a person reads it: `entries[4].step`. */
export const pathLabel = (path: readonly PropertyKey[]): string => {
  let label = '';
  for (const part of path) {
    if (typeof part === 'number') label += `[${part}]`;
    else label += label === '' ? String(part) : `.${String(part)}`;
  }
  return label;
};

const MAX_SHOWN = 40;

/**
 * A value from a file, shown in a message: short (a file may hold megabytes in one field),
 * with control characters escaped, and its type named where it is not text.
 */
export const showValue = (value: unknown): RecordMessage => {
  if (value === undefined) return message('value.nothing');
  if (value === null) return message('value.null');
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
    return message('value.text', { text: shown.slice(1, -1) });
  }
  if (typeof value === 'number' || typeof value === 'boolean') return message('value.literal', { text: String(value) });
  if (Array.isArray(value)) return message('value.list', { count: value.length });
  return typeof value === 'object' ? message('value.object') : kindOfValue(value);
};

/** What kind of JSON value this is, in words: "a list", "a number", "a piece of text". */
export const kindOfValue = (value: unknown): RecordMessage => {
  if (value === null) return message('kind.null');
  if (Array.isArray(value)) return message('kind.list');
  switch (typeof value) {
    case 'string':
      return message('kind.text');
    case 'number':
      return message('kind.number');
    case 'boolean':
      return message('kind.boolean');
    case 'object':
      return message('kind.object');
    default:
      return message('kind.nothing');
  }
};

/**
 * An entry of a file as a message names it: "answer at step thirdParty", "event emergency",
 * "contact". Reads both the current names (`kind`) and format 0's (`type`).
 */
export const describeEntry = (entry: unknown): RecordMessage => {
  if (!isRecord(entry)) return message('entry.notEntry', { kind: kindOfValue(entry) });
  const kind = Object.hasOwn(entry, 'kind') ? entry.kind : Object.hasOwn(entry, 'type') ? entry.type : undefined;
  if (typeof kind !== 'string') return message('entry.unknownKind');
  const step = Object.hasOwn(entry, 'step') && typeof entry.step === 'string' ? entry.step : undefined;
  const event = Object.hasOwn(entry, 'event') && typeof entry.event === 'string' ? entry.event : undefined;
  if ((kind === 'answer' || kind === 'change') && step !== undefined) return message('entry.answerAt', { kind, step: showId(step) });
  if (kind === 'event' && event !== undefined) return message('entry.event', { event: showId(event) });
  return message('entry.kind', { kind: showId(kind) });
};

/** An id from a file, bare when it looks like an id, quoted and shortened otherwise. */
const showId = (id: string): string | RecordMessage => (/^[A-Za-z][A-Za-z0-9-]{0,39}$/.test(id) ? id : showValue(id));

const FORMAT_0_NAMES: Readonly<Record<string, string>> = { entries: 'log', kind: 'type', at: 'time', value: 'answer' };

/**
 * A path in the current shape, named as the file itself names it: a format 0 file calls
 * `entries[3].value` `log[3].answer`, and a practitioner opening it in an editor sees the latter.
 */
export const pathInFile = (path: readonly PropertyKey[], format: number): string =>
  pathLabel(format === 0 ? path.map((part) => (typeof part === 'string' ? (FORMAT_0_NAMES[part] ?? part) : part)) : path);

