import { z } from '../../machines/zod';

/** Source ids are the brief's R-numbers (brief.md §9), such as R17 or R19c. */
export const SOURCE_ID_PATTERN = /^R\d+[a-z]?$/;
/** Unconfirmed facts are numbered U1, U2, ... in content/unconfirmed.json. */
export const UNCONFIRMED_ID_PATTERN = /^U\d+$/;

/**
 * Guidance is structured data rendered as text (style.md, rule 11), so markup in a string
 * would show as literal characters: HTML tags, markdown emphasis, links, headings or code.
 */
const MARKUP_PATTERN = /<\/?[a-z!][^>]*>|\*\*|__|\]\(|^#{1,6}\s|`/im;

export const text = z.string().check(
  z.minLength(1, 'Text must not be empty'),
  z.refine((value: string) => value.trim() === value, 'Text must not start or end with white space'),
  z.refine((value: string) => !MARKUP_PATTERN.test(value), 'Text must be plain: no HTML or markdown'),
);

export const sourceId = z.string().check(z.regex(SOURCE_ID_PATTERN, 'A source id is an R-number such as R17'));
export const unconfirmedId = z
  .string()
  .check(z.regex(UNCONFIRMED_ID_PATTERN, 'An unconfirmed fact id is a U-number such as U2'));

/** Every guidance item names at least one source. */
export const sourceList = z.array(sourceId).check(z.minLength(1, 'Cite at least one source'));
export const unconfirmedList = z.array(unconfirmedId).check(z.minLength(1, 'List at least one fact, or leave the field out'));

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD'),
  z.refine((value: string) => {
    // Date.parse rolls 31 February over into March, so compare the date with itself written back.
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, 'Not a real date'),
);

/**
 * The kinds of authority a guidance item can rest on. A content check holds each to a
 * cited source of the matching kind (content/checks.ts, SATISFIED_BY).
 */
export const CLAIM_BASES = ['statute', 'statutory guidance', 'case law'] as const;
export type ClaimBasis = (typeof CLAIM_BASES)[number];

/**
 * What an item rests on, said in structure rather than guessed from its words:
 * - `cites`: the item states a rule of statute, statutory guidance or case law;
 * - `dated`: the item reports a status that can change (a pilot, a commencement, what is in
 *   force where), true as at `asAt`, a date its text also gives.
 * All optional: an item that states practice alone carries none of them.
 */
export const basisFields = {
  cites: z.optional(z.array(z.enum(CLAIM_BASES)).check(z.minLength(1, 'Name at least one basis, or leave the field out'))),
  dated: z.optional(z.literal(true)),
  asAt: z.optional(isoDate),
};

const paragraph = z.strictObject({
  type: z.literal('paragraph'),
  text,
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
  ...basisFields,
});

const list = z.strictObject({
  type: z.literal('list'),
  intro: z.optional(text),
  items: z.array(text).check(z.minLength(1, 'A list needs at least one item')),
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
  ...basisFields,
});

const warning = z.strictObject({
  type: z.literal('warning'),
  text,
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
  ...basisFields,
});

/** A guidance item: a paragraph, a list or a warning, each with its sources. */
export const block = z.discriminatedUnion('type', [paragraph, list, warning]);
export type Block = z.infer<typeof block>;

/** A non-empty list of guidance items. */
export const blocks = z.array(block).check(z.minLength(1, 'Give at least one guidance item'));
