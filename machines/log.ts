/**
 * The case log (architecture.md, "The case is its event log"): the entry kinds, typed, and the
 * zod schemas that check an entry and a case file before replay reads them.
 */
import { ANSWER_IDS, STEP_IDS } from './ids';
import type { AnswerId } from './ids';
import { z } from './zod';

/**
 * The version of the case file's own shape; the pathway and content carry their own versions.
 * Format 2: the case carries its own id, and every entry a stable id, who made it and, where it
 * records something that happened before it was typed, when it happened.
 */
export const CASE_FORMAT_VERSION = 2;

/** An ISO 8601 timestamp, as `new Date().toISOString()` writes it (an offset is accepted too). */
const timestamp = z.iso.datetime({ offset: true });
/** A calendar date, YYYY-MM-DD. */
const calendarDate = z.iso.date();

/** An id: letters, digits, '-' and '_', as random ids and position ids are written. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const idSchema = z.string().check(z.regex(ID_PATTERN, 'An id is 1 to 64 letters, digits, - or _'));

/** When something happened: a day (YYYY-MM-DD), or a day and a time, as the person knew it. */
const happenedAt = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'A day (YYYY-MM-DD), or a day and a time'));

/**
 * What every entry may carry besides its kind and time: its id (a file of format 2 requires it, and
 * a later entry points at an earlier one by it), who made it (the label set on the device), and
 * when the thing it records happened, where that is earlier than it was typed.
 */
const entryBase = {
  id: z.optional(idSchema),
  by: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  happenedAt: z.optional(happenedAt),
};

/** A manager's decision in supervision (issue 15): agree, changes needed, or escalate. */
export const SUPERVISION_DECISIONS = ['agree', 'changes-needed', 'escalate'] as const;
export type SupervisionDecision = (typeof SUPERVISION_DECISIONS)[number];

const stepId = z.enum(STEP_IDS);
const answerId = z.enum(ANSWER_IDS as [AnswerId, ...AnswerId[]]);
const answerValue = z.union([answerId, z.array(answerId).check(z.minLength(1))]);

const answerShape = {
  ...entryBase,
  at: timestamp,
  step: stepId,
  value: answerValue,
  rationale: z.optional(z.string()),
};

export const logEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), ...answerShape }),
  z.object({
    ...entryBase,
    kind: z.literal('event'),
    at: timestamp,
    event: z.enum(['emergency', 'disagree', 'crimeSuspected', 'referForReview']),
  }),
  z.object({ ...entryBase, kind: z.literal('back'), at: timestamp }),
  z.object({ kind: z.literal('change'), ...answerShape }),
  z.object({
    ...entryBase,
    kind: z.literal('contact'),
    at: timestamp,
    /** The day of the contact (when it happened, apart from `at`, when it was typed). */
    date: calendarDate,
    /** The time of the contact, where it is known (HH:MM). */
    time: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is HH:MM, 24-hour'))),
    place: z.string(),
    present: z.string(),
    seenAlone: z.boolean(),
    words: z.string(),
    /** This contact corrects an earlier one (by its id): the earlier stays in the record, marked. */
    corrects: z.optional(idSchema),
  }),
  /** An action recommended for this case (machines/actions.ts, `<outcome>.<id>`) done: when (happenedAt), by whom, a note. */
  z.object({ ...entryBase, kind: z.literal('actionDone'), at: timestamp, action: z.string().check(z.minLength(1)), note: z.string() }),
  /** A professional disagreement on record, asked when the ladder is entered: what decision, who made it, when. */
  z.object({
    ...entryBase,
    kind: z.literal('disagreement'),
    at: timestamp,
    decision: z.string().check(z.minLength(1)),
    madeBy: z.string().check(z.minLength(1)),
    decidedOn: calendarDate,
  }),
  /** An earlier contact (by its id) was entered in error: it stays in the record, marked, and no longer counts. */
  z.object({ ...entryBase, kind: z.literal('contactError'), at: timestamp, refersTo: idSchema, reason: z.string() }),
  z.object({
    ...entryBase,
    kind: z.literal('note'),
    at: timestamp,
    text: z.string(),
    /** A note saying why a contact and an answer that disagree both stand (the contact's id). */
    resolves: z.optional(idSchema),
  }),
  z.object({ ...entryBase, kind: z.literal('review'), at: timestamp, date: calendarDate }),
  /**
   * A manager's supervision review of the case (issue 15, sign-off): the day of the supervision, the
   * decision, a comment, and the next review date, which becomes the case's review date. Who made
   * it is required: a sign-off names its manager (the label set on the manager's device).
   */
  z.object({
    ...entryBase,
    kind: z.literal('supervision'),
    at: timestamp,
    by: z.string().check(z.minLength(1), z.maxLength(40)),
    date: calendarDate,
    decision: z.enum(SUPERVISION_DECISIONS),
    comment: z.string(),
    nextReview: calendarDate,
  }),
]);

/** One declaration per shape: the entry types are the schemas' (architecture.md, "The case is its event log"). */
export type LogEntry = z.infer<typeof logEntrySchema>;
export type LogEntryKind = LogEntry['kind'];
export type AnswerEntry = Extract<LogEntry, { kind: 'answer' }>;
export type ChangeEntry = Extract<LogEntry, { kind: 'change' }>;
export type ContactEntry = Extract<LogEntry, { kind: 'contact' }>;
export type NoteEntry = Extract<LogEntry, { kind: 'note' }>;
export type ContactErrorEntry = Extract<LogEntry, { kind: 'contactError' }>;
export type ActionDoneEntry = Extract<LogEntry, { kind: 'actionDone' }>;
export type DisagreementEntry = Extract<LogEntry, { kind: 'disagreement' }>;
export type ReviewEntry = Extract<LogEntry, { kind: 'review' }>;
export type SupervisionEntry = Extract<LogEntry, { kind: 'supervision' }>;

const envelopeShape = {
  format: z.literal(CASE_FORMAT_VERSION),
  /** The case's own id: the same on every device the file travels to. */
  caseId: idSchema,
  pathwayVersion: z.string().check(z.minLength(1)),
  contentVersion: z.string().check(z.minLength(1)),
  reference: z.string().check(z.minLength(1)),
  createdAt: timestamp,
  /** Who holds the case: the label set on the device it was started on (initials or a team), where one was set. */
  heldBy: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
};

/** Every entry of a stored case has an id, and no two share one. */
const identifiedEntries = z.array(logEntrySchema).check(
  z.superRefine((entries: { id?: string | undefined }[], ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (entry.id === undefined) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'Every entry of a case file has an id' });
      else if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Two entries share the id ${entry.id}` });
      else seen.add(entry.id);
    });
  }),
);

/** A whole case file, every entry checked. */
export const caseFileSchema = z.object({ ...envelopeShape, entries: identifiedEntries });
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
