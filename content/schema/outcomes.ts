import { z } from '../../machines/zod';
import { OUTCOME_IDS, type OutcomeId } from '../../machines/ids';
import { basisFields, blocks, sourceList, text, unconfirmedList } from './common';

/** What an action says, wherever it is listed: an outcome's actions and those a case's answers add (actions.json). */
export const actionFields = {
  /** What to do, in the imperative. */
  text,
  /** Who does it: "You", "Your manager", "The council's legal services", "Police"... */
  who: text,
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
  ...basisFields,
};

const action = z.strictObject({
  /** The action's id within its outcome (machines/actions.ts says when it applies). */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'An action id is kebab-case')),
  ...actionFields,
});
export type ActionContent = z.infer<typeof action>;

const outcome = z.strictObject({
  heading: text,
  /** What the outcome means. */
  summary: blocks,
  actions: z.array(action).check(z.minLength(1, 'Give at least one action')),
  involve: blocks,
  record: blocks,
  guidance: z.optional(blocks),
});

export type OutcomeContent = z.infer<typeof outcome>;

export type OutcomesContent = Record<OutcomeId, OutcomeContent>;

const shape: Record<string, typeof outcome> = {};
for (const id of OUTCOME_IDS) shape[id] = outcome;

/** outcomes.json: one entry for every outcome id of the contract, and no other key. */
export const outcomesSchema = z.strictObject(shape) as unknown as z.ZodMiniType<OutcomesContent>;
