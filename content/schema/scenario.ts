/**
 * A scenario file (pathway.md, "Scenario files"): facts in words, answers by step id, the global
 * events to raise on the way, and what must come of it. `npm run scenario` runs them.
 */
import { GLOBAL_EVENT_IDS, OUTCOME_IDS, ROUTE_IDS, STEP_IDS } from '../../machines/ids';
import type { GlobalEventId, OutcomeId, PageId, RouteId, StepId } from '../../machines/ids';
import { z } from '../../machines/zod';

const PAGE_IDS: readonly PageId[] = [...STEP_IDS, ...OUTCOME_IDS];

/**
 * An answer as the file gives it: an id, or a list for a multi step. Any string is accepted here,
 * so that a scenario can show that the pathway refuses an unknown id (`expect.rejectedAt`).
 */
const givenAnswer = z.union([z.string(), z.array(z.string())]);

/** An answer, or `{ "each": [...] }`: one per visit of the step, the last one repeating. */
const answerSpec = z.union([
  givenAnswer,
  z.strictObject({ each: z.array(givenAnswer).check(z.minLength(1, 'List at least one answer')) }),
]);

const pageId = z.enum(PAGE_IDS as [PageId, ...PageId[]]);
const routeIds = z.array(z.enum(ROUTE_IDS));

/**
 * An object keyed by ids, each key optional, no other key allowed. Written as a strict object rather
 * than `z.partialRecord` so that a misspelt id is named ("Unrecognized key: …") and so that the
 * browser, which checks a trainer's own scenario (issue 14), needs no zod code beyond what the case
 * log already loads.
 */
const byId = <Id extends string, Schema extends z.ZodMiniType>(ids: readonly Id[], schema: Schema) =>
  z.strictObject(Object.fromEntries(ids.map((id) => [id, z.optional(schema)])) as Record<Id, z.ZodMiniOptional<Schema>>);

export const scenarioSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A scenario id is kebab-case')),
    title: z.string().check(z.minLength(1)),
    facts: z.string().check(z.minLength(1)),
    answers: byId(STEP_IDS, answerSpec),
    interrupts: z.optional(z.array(z.strictObject({ at: z.enum(STEP_IDS), event: z.enum(GLOBAL_EVENT_IDS) }))),
    /** The trainer's narration (issue 14): why the answer at a step (or the outcome) is what it is. */
    notes: z.optional(byId(PAGE_IDS, z.string().check(z.minLength(1)))),
    expect: z.strictObject({
      outcome: z.optional(z.enum(OUTCOME_IDS)),
      rejectedAt: z.optional(z.enum(STEP_IDS)),
      routes: z.optional(routeIds),
      notRoutes: z.optional(routeIds),
      visits: z.optional(z.array(pageId)),
      notVisits: z.optional(z.array(pageId)),
    }),
  })
  .check(
    z.refine(
      (scenario) => (scenario.expect.outcome === undefined) !== (scenario.expect.rejectedAt === undefined),
      { message: 'expect names either an outcome or rejectedAt, not both', path: ['expect'] },
    ),
  );

export type GivenAnswer = string | string[];
export type AnswerSpec = GivenAnswer | { each: GivenAnswer[] };

export interface Scenario {
  id: string;
  title: string;
  facts: string;
  answers: Partial<Record<StepId, AnswerSpec>>;
  interrupts?: { at: StepId; event: GlobalEventId }[];
  notes?: Partial<Record<PageId, string>>;
  expect: {
    outcome?: OutcomeId;
    rejectedAt?: StepId;
    routes?: RouteId[];
    notRoutes?: RouteId[];
    visits?: PageId[];
    notVisits?: PageId[];
  };
}
