import { z } from '../../machines/zod';
import { STEP_ANSWERS, isStepId } from '../../machines/ids';
import { isoDate } from './sources';

const version = z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'A version is written like 1.0.0'));
const idList = z.array(z.string());

/**
 * A question a case saved before this release should look at again, and why: shown only to a
 * case that gave one of `answers` at `step` (a route may now apply where it did not).
 */
const revisit = z
  .strictObject({
    step: z.string(),
    answers: z.array(z.string()).check(z.minLength(1, 'Name the answers that make the step worth a second look')),
    why: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((item: { step: string; answers: string[] }) => {
      if (!isStepId(item.step)) return false;
      const offered: readonly string[] = STEP_ANSWERS[item.step];
      return item.answers.every((answer) => offered.includes(answer));
    }, 'A revisit names a step of the current pathway and answers it offers'),
  );
export type Revisit = z.infer<typeof revisit>;

const pathwayRelease = z.strictObject({
  version,
  date: isoDate,
  format: z.number().check(z.int(), z.nonnegative()),
  summary: z.string(),
  changes: z.array(z.string()),
  added: z.strictObject({ steps: idList, answers: z.optional(z.record(z.string(), idList)) }),
  renamed: z.strictObject({ steps: z.record(z.string(), z.string()) }),
  /** Each removed id with why an entry naming it cannot be migrated. */
  removed: z.strictObject({ steps: z.record(z.string(), z.string()) }),
  deprecated: z.strictObject({ steps: idList }),
  revisit: z.optional(z.array(revisit)),
});

const contentRelease = z.strictObject({
  version,
  date: isoDate,
  pathwayVersion: version,
  /**
   * The day the guidance of this release was last reviewed, and by what review: a release that
   * only carried guidance over leaves it out, and readers are told the date of the last review.
   */
  guidanceReviewed: z.optional(
    z
      .strictObject({
        date: isoDate,
        /** What the review checked the guidance against. */
        by: z.string().check(z.minLength(1)),
        /** Who is to review and sign: a role, never an invented name. */
        reviewerRole: z.string().check(z.minLength(1)),
        /** The name of the person who signed the review, and the day: both null until a real reviewer signs. */
        signedBy: z.nullable(z.string().check(z.minLength(1))),
        signedOn: z.nullable(isoDate),
      })
      .check(
        z.refine(
          (review: { signedBy: string | null; signedOn: string | null }) => (review.signedBy === null) === (review.signedOn === null),
          'A signed review has both a name and a date; an unsigned one has neither',
        ),
      ),
  ),
  summary: z.string(),
  changes: z.array(z.string()),
});

/** content/changelog.json: what changed in the pathway and in the content, newest first. */
export const changelogSchema = z.strictObject({
  about: z.string(),
  pathway: z.array(pathwayRelease).check(z.minLength(1)),
  content: z.array(contentRelease).check(z.minLength(1)),
});

export type Changelog = z.infer<typeof changelogSchema>;
export type PathwayRelease = z.infer<typeof pathwayRelease>;
export type ContentRelease = z.infer<typeof contentRelease>;
