/**
 * The case log (architecture.md, "The case is its event log"): the entry kinds, typed, and the
 * zod schemas that check an entry and a case file before replay reads them.
 */
import { ANSWER_IDS, STEP_IDS } from './ids';
import type { AnswerId } from './ids';
import { z } from './zod';

/** The version of the case file's own shape; the pathway and content carry their own versions. */
export const CASE_FORMAT_VERSION = 1;


/** An ISO 8601 timestamp, as `new Date().toISOString()` writes it (an offset is accepted too). */
const timestamp = z.iso.datetime({ offset: true });
/** A calendar date, YYYY-MM-DD. */
const calendarDate = z.iso.date();

const stepId = z.enum(STEP_IDS);
const answerId = z.enum(ANSWER_IDS as [AnswerId, ...AnswerId[]]);
const answerValue = z.union([answerId, z.array(answerId).check(z.minLength(1))]);

const answerShape = {
  at: timestamp,
  step: stepId,
  value: answerValue,
  rationale: z.optional(z.string()),
};

export const logEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), ...answerShape }),
  z.object({
    kind: z.literal('event'),
    at: timestamp,
    event: z.enum(['emergency', 'disagree', 'crimeSuspected', 'referForReview']),
  }),
  z.object({ kind: z.literal('back'), at: timestamp }),
  z.object({ kind: z.literal('change'), ...answerShape }),
  z.object({
    kind: z.literal('contact'),
    at: timestamp,
    date: calendarDate,
    place: z.string(),
    present: z.string(),
    seenAlone: z.boolean(),
    words: z.string(),
  }),
  z.object({ kind: z.literal('note'), at: timestamp, text: z.string() }),
  z.object({ kind: z.literal('review'), at: timestamp, date: calendarDate }),
]);

/** One declaration per shape: the entry types are the schemas' (architecture.md, "The case is its event log"). */
export type LogEntry = z.infer<typeof logEntrySchema>;
export type LogEntryKind = LogEntry['kind'];
export type AnswerEntry = Extract<LogEntry, { kind: 'answer' }>;
export type ChangeEntry = Extract<LogEntry, { kind: 'change' }>;
export type ContactEntry = Extract<LogEntry, { kind: 'contact' }>;
export type NoteEntry = Extract<LogEntry, { kind: 'note' }>;
export type ReviewEntry = Extract<LogEntry, { kind: 'review' }>;

const envelopeShape = {
  format: z.literal(CASE_FORMAT_VERSION),
  pathwayVersion: z.string().check(z.minLength(1)),
  contentVersion: z.string().check(z.minLength(1)),
  reference: z.string().check(z.minLength(1)),
  createdAt: timestamp,
};

/** A whole case file, every entry checked. */
export const caseFileSchema = z.object({ ...envelopeShape, entries: z.array(logEntrySchema) });
export type CaseFile = z.infer<typeof caseFileSchema>;

/** Every entry kind, read from the schema: a kind added there is known everywhere. */
export const LOG_ENTRY_KINDS = logEntrySchema.def.options.map((option) => option.def.shape.kind.def.values[0]) as LogEntryKind[];

/**
 * A case file's envelope with its entries left unchecked, for an import that wants replay to
 * report a bad entry by its position and kind (replay checks each entry's shape itself).
 */
export const caseEnvelopeSchema = z.object({ ...envelopeShape, entries: z.array(z.unknown()) });

/** The answer entry an answer or change names: an answer id that is known to the pathway at all. */
export const looseAnswerSchema = z.object({
  kind: z.enum(['answer', 'change']),
  step: stepId,
  value: z.union([z.string(), z.array(z.string())]),
});
