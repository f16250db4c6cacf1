/**
 * Small helpers that put a file's contents into a message: an entry as "answer at step
 * thirdParty", a field path as `entries[4].step`, a value shown short and safe.
 */

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
export const showValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
    return `'${shown.slice(1, -1)}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'a group of fields' : `a ${typeof value}`;
};

/** What kind of JSON value this is, in words: "a list", "a number", "a piece of text". */
export const kindOfValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a piece of text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a group of fields';
    default:
      return 'nothing';
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An entry of a file as a message names it: "answer at step thirdParty", "event emergency",
 * "contact". Reads both the current names (`kind`) and format 0's (`type`).
 */
export const describeEntry = (entry: unknown): string => {
  if (!isRecord(entry)) return `${kindOfValue(entry)}, not an entry`;
  const kind = Object.hasOwn(entry, 'kind') ? entry.kind : Object.hasOwn(entry, 'type') ? entry.type : undefined;
  if (typeof kind !== 'string') return 'an entry of no known kind';
  const step = Object.hasOwn(entry, 'step') && typeof entry.step === 'string' ? entry.step : undefined;
  const event = Object.hasOwn(entry, 'event') && typeof entry.event === 'string' ? entry.event : undefined;
  const shownKind = kind.length > MAX_SHOWN ? showValue(kind) : kind;
  if ((kind === 'answer' || kind === 'change') && step !== undefined) return `${kind} at step ${showId(step)}`;
  if (kind === 'event' && event !== undefined) return `event ${showId(event)}`;
  return shownKind;
};

/** An id from a file, bare when it looks like an id, quoted and shortened otherwise. */
const showId = (id: string): string => (/^[A-Za-z][A-Za-z0-9-]{0,39}$/.test(id) ? id : showValue(id));

const FORMAT_0_NAMES: Readonly<Record<string, string>> = { entries: 'log', kind: 'type', at: 'time', value: 'answer' };

/**
 * A path in the current shape, named as the file itself names it: a format 0 file calls
 * `entries[3].value` `log[3].answer`, and a practitioner opening it in an editor sees the latter.
 */
export const pathInFile = (path: readonly PropertyKey[], format: number): string =>
  pathLabel(format === 0 ? path.map((part) => (typeof part === 'string' ? (FORMAT_0_NAMES[part] ?? part) : part)) : path);

