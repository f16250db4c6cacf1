import { z } from '../../machines/zod';
import {
  RATIONALE_STEP_IDS,
  STEP_ANSWERS,
  STEP_IDS,
  type AnswerOf,
  type StepId,
} from '../../machines/ids';
import { blocks, text, type Block } from './common';

export interface OptionContent {
  label: string;
  hint?: string;
}

export interface RationaleContent {
  label: string;
  hint: string;
}

/** One page of the pathway: its question (the h1), the answers it offers and the guidance beside it. */
export interface StepContent<S extends StepId = StepId> {
  heading: string;
  hint?: string;
  options: Record<AnswerOf<S>, OptionContent>;
  why: string;
  guidance: Block[];
  rationale?: RationaleContent;
}

export type StepsContent = { [S in StepId]: StepContent<S> };

const option = z.strictObject({ label: text, hint: z.optional(text) });
const rationale = z.strictObject({ label: text, hint: text });

const rationaleSteps: ReadonlySet<StepId> = new Set(RATIONALE_STEP_IDS);

/** The options of one step: exactly the answers the contract gives it, no more and no fewer. */
function optionsFor(step: StepId) {
  const shape: Record<string, typeof option> = {};
  for (const answer of STEP_ANSWERS[step]) shape[answer] = option;
  return z.strictObject(shape);
}

/**
 * One step's schema. A rationale label is required exactly on the steps the contract says
 * need a written rationale; elsewhere the key is unknown and so rejected.
 */
export function stepSchema(step: StepId) {
  const common = {
    heading: text,
    hint: z.optional(text),
    options: optionsFor(step),
    why: text,
    guidance: blocks,
  };
  return rationaleSteps.has(step) ? z.strictObject({ ...common, rationale }) : z.strictObject(common);
}

const stepShape: Record<string, ReturnType<typeof stepSchema>> = {};
for (const step of STEP_IDS) stepShape[step] = stepSchema(step);

/** steps.json: one entry for every step id of the contract, and no other key. */
export const stepsSchema = z.strictObject(stepShape) as unknown as z.ZodMiniType<StepsContent>;
