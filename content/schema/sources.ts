import { z } from '../../machines/zod';
import { sourceId, text } from './common';

export const SOURCE_KINDS = [
  'statute',
  'case law',
  'statutory guidance',
  'practice guidance',
  'review',
  'news',
  'secondary',
] as const;

/** The brief's confidence marks: [S] stated, [S-partial], [D] design, and unverified. */
export const CONFIDENCE_LEVELS = ['stated', 'partial', 'design', 'unverified'] as const;

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD'),
  z.refine((value: string) => {
    // Date.parse rolls 31 February over into March, so compare the date with itself written back.
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, 'Not a real date'),
);

const source = z.strictObject({
  id: sourceId,
  /** Our own short description of the source, never its headline copied. */
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'A source URL is an http or https address' }),
  kind: z.enum(SOURCE_KINDS),
  lastChecked: isoDate,
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
