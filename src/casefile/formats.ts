/**
 * The earlier case-file formats and the conversions to the current one (migrate.ts runs them):
 * format 0 (pathway 0.9.0, the foundation slice) differs from format 1 in names only; format 1
 * (release 1.0) from format 2 by ids only.
 */
import { z } from '../../machines';
import { legacyCaseId, positionId } from './ids';
import { isRecord } from './isRecord';

const timestamp = z.iso.datetime({ offset: true });
const answerValue = z.union([z.string(), z.array(z.string())]);

/** Format 0's shape: names checked here; ids are checked by the current schema after renaming. */
const format0Entry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer'), time: timestamp, step: z.string(), answer: answerValue, rationale: z.optional(z.string()) }),
  z.object({ type: z.literal('event'), time: timestamp, event: z.string() }),
  z.object({ type: z.literal('undo'), time: timestamp }),
  z.object({ type: z.literal('change'), time: timestamp, step: z.string(), answer: answerValue, rationale: z.optional(z.string()) }),
  z.object({
    type: z.literal('contact'),
    time: timestamp,
    date: z.string(),
    place: z.string(),
    present: z.string(),
    seenAlone: z.boolean(),
    words: z.string(),
  }),
  z.object({ type: z.literal('note'), time: timestamp, text: z.string() }),
  z.object({ type: z.literal('review'), time: timestamp, date: z.string() }),
]);

export const format0File = z.object({
  format: z.literal(0),
  pathwayVersion: z.string(),
  contentVersion: z.string(),
  reference: z.string(),
  createdAt: z.string(),
  log: z.array(format0Entry),
});

type Format0Entry = z.infer<typeof format0Entry>;

/** A format 0 entry with format 1's names; its ids are checked later by the current schema. */
export const entryFromFormat0 = (entry: Format0Entry): Record<string, unknown> => {
  switch (entry.type) {
    case 'answer':
    case 'change': {
      const converted: Record<string, unknown> = { kind: entry.type, at: entry.time, step: entry.step, value: entry.answer };
      if (entry.rationale !== undefined) converted.rationale = entry.rationale;
      return converted;
    }
    case 'event':
      return { kind: 'event', at: entry.time, event: entry.event };
    case 'undo':
      return { kind: 'back', at: entry.time };
    case 'contact':
      return {
        kind: 'contact',
        at: entry.time,
        date: entry.date,
        place: entry.place,
        present: entry.present,
        seenAlone: entry.seenAlone,
        words: entry.words,
      };
    case 'note':
      return { kind: 'note', at: entry.time, text: entry.text };
    case 'review':
      return { kind: 'review', at: entry.time, date: entry.date };
  }
};

/**
 * Format 1 to format 2: the case gets its own id, made from its reference and start time (so the
 * same file migrated on two devices is one case), and each entry an id from its position.
 */
export const toFormat2 = (value: Record<string, unknown>): Record<string, unknown> => {
  const reference = typeof value.reference === 'string' ? value.reference : '';
  const createdAt = typeof value.createdAt === 'string' ? value.createdAt : '';
  const entries = Array.isArray(value.entries) ? value.entries : [];
  return {
    ...value,
    format: 2,
    caseId: legacyCaseId(reference, createdAt),
    entries: entries.map((entry, index) => (isRecord(entry) && entry.id === undefined ? { id: positionId(index), ...entry } : entry)),
  };
};

