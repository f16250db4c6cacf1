/**
 * Replay: a case log in, the case state out (architecture.md, "The case is its event log"). Each
 * entry's shape is checked, then applied (machines/applyEntry.ts). Small and total: it never throws
 * on bad input; it returns the state, or the first entry refused and why.
 */
import { LOG_ENTRY_KINDS, logEntrySchema, looseAnswerSchema } from './log';
import type { LogEntry } from './log';
import { applyEntry, describe, fail } from './applyEntry';
import { initialState } from './caseState';
import type { CaseState, ReplayError, ReplayResult } from './caseState';

export { applyEntry, droppedBetween } from './applyEntry';
export { initialState, step } from './caseState';
export type { AnswerRecord, CaseState, Core, Frame, PathwaySnapshot, ReplayError, ReplayResult, Stack } from './caseState';

/** An entry's kind where it is one the schema declares (LOG_ENTRY_KINDS), else 'unknown': one list, the schema's. */
const kindOf = (entry: unknown): ReplayError['kind'] => {
  if (typeof entry !== 'object' || entry === null || !('kind' in entry)) return 'unknown';
  const { kind } = entry;
  return typeof kind === 'string' && (LOG_ENTRY_KINDS as readonly string[]).includes(kind) ? (kind as ReplayError['kind']) : 'unknown';
};

/** Checks an entry's shape; an answer naming an answer id the pathway does not know is "not offered". */
export const parseEntry = (entry: unknown, index: number, state: CaseState): LogEntry | ReplayResult => {
  const parsed = logEntrySchema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const kind = kindOf(entry);
  const loose = looseAnswerSchema.safeParse(entry);
  if (loose.success) {
    return fail(state, index, kind, 'not-offered', `step '${loose.data.step}' does not offer ${describe(loose.data.value)}`);
  }
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at '${issue.path.join('.')}'` : '';
  return fail(state, index, kind, 'invalid-entry', `not a valid log entry${where}: ${issue?.message ?? 'unreadable'}`);
};

const isResult = (value: LogEntry | ReplayResult): value is ReplayResult => 'ok' in value;

/**
 * Replays a log from the start: the case state, or the first entry the pathway rejects and why
 * (with the state after the last accepted entry). Never throws.
 */
export const replay = (log: readonly unknown[]): ReplayResult => {
  let state = initialState();
  if (!Array.isArray(log)) {
    return fail(state, 0, 'unknown', 'invalid-entry', 'the log is not a list of entries');
  }
  for (let index = 0; index < log.length; index++) {
    try {
      const entry = parseEntry(log[index], index, state);
      if (isResult(entry)) return entry;
      const result = applyEntry(state, entry, index);
      if (!result.ok) return result;
      state = result.state;
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return fail(state, index, kindOf(log[index]), 'invalid-entry', `could not be replayed (${reason})`);
    }
  }
  return { ok: true, state };
};

