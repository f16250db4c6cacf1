import { z } from '../../machines/zod';
import { isoDate, sourceId, text } from './common';

export const SOURCE_KINDS = [
  'statute',
  'case law',
  'statutory guidance',
  'practice guidance',
  'review',
  'news',
  'secondary',
] as const;

/**
 * Where a source's entry comes from: `brief`, carried over from the domain brief's source
 * index (brief.md §9 and §10); `added`, added here as the official copy of a law or judgment
 * that the brief gives only through a summary.
 */
export const SOURCE_ORIGINS = ['brief', 'added'] as const;

/** The brief's confidence marks: [S] stated, [S-partial], [D] design, and unverified. */
export const CONFIDENCE_LEVELS = ['stated', 'partial', 'design', 'unverified'] as const;

const source = z.strictObject({
  id: sourceId,
  /** Our own short description of the source, never its headline copied. */
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'A source URL is an http or https address' }),
  kind: z.enum(SOURCE_KINDS),
  from: z.enum(SOURCE_ORIGINS),
  /**
   * The day someone last read the source for this guidance; null when no one has read it
   * since it was listed, so the About page says so instead of showing a date.
   */
  lastChecked: z.nullable(isoDate),
  confidence: z.enum(CONFIDENCE_LEVELS),
});
export type Source = z.infer<typeof source>;

/** sources.json: every source the content cites, each id once. */
export const sourcesSchema = z.array(source).check(
  z.minLength(1),
  z.superRefine((list: Source[], ctx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `Duplicate source id ${item.id}`, path: [index, 'id'] });
      seen.add(item.id);
    });
  }),
);

export { isoDate };
export type SourceKind = (typeof SOURCE_KINDS)[number];
