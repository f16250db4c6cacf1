import { z } from '../../machines/zod';
import { CASE_ACTION_IDS, type CaseActionId } from '../../machines/ids';
import { actionFields } from './outcomes';

/** An action a case's own answers add to every outcome: what to do, who does it, and its sources. */
const caseAction = z.strictObject(actionFields);
export type CaseActionContent = z.infer<typeof caseAction>;
export type CaseActionsContent = Record<CaseActionId, CaseActionContent>;

const shape: Record<string, typeof caseAction> = {};
for (const id of CASE_ACTION_IDS) shape[id] = caseAction;

/** actions.json: one entry for every case action id (machines/ids.ts), and no other key. */
export const caseActionsSchema = z.strictObject(shape) as unknown as z.ZodMiniType<CaseActionsContent>;
