import { z } from '../../machines/zod';
import { sourceList, text, unconfirmedId } from './common';

const fact = z.strictObject({
  id: unconfirmedId,
  /** The fact, in plain English, as the About page lists it. */
  fact: text,
  /** Where the brief says it could not be confirmed, such as "§7". */
  brief: text,
  sources: sourceList,
  /**
   * Key phrases (matched without regard to case). Wherever one appears in any content
   * string, the guidance item holding that string must carry this fact's id.
   */
  markers: z.array(text).check(z.minLength(1, 'Give at least one key phrase')),
});
export type UnconfirmedFact = z.infer<typeof fact>;

/** unconfirmed.json: the one place that lists every fact still to be confirmed locally. */
export const unconfirmedSchema = z.array(fact).check(
  z.minLength(1),
  z.superRefine((list: UnconfirmedFact[], ctx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `Duplicate fact id ${item.id}`, path: [index, 'id'] });
      seen.add(item.id);
    });
  }),
);
