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

const paragraph = z.strictObject({
  type: z.literal('paragraph'),
  text,
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
});

const list = z.strictObject({
  type: z.literal('list'),
  intro: z.optional(text),
  items: z.array(text).check(z.minLength(1, 'A list needs at least one item')),
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
});

const warning = z.strictObject({
  type: z.literal('warning'),
  text,
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
});

/** A guidance item: a paragraph, a list or a warning, each with its sources. */
export const block = z.discriminatedUnion('type', [paragraph, list, warning]);
export type Block = z.infer<typeof block>;

/** A non-empty list of guidance items. */
export const blocks = z.array(block).check(z.minLength(1, 'Give at least one guidance item'));
