import { z } from '../../machines/zod';
import { uiSchema, type UiStrings } from './ui';

/**
 * record.json: the words of the case record's messages (import faults, storage faults, two-tab
 * conflicts, migration notices), one key per message code of src/casefile/messages.ts, nested by
 * the code's dots. A nested record of strings, like ui.json; tests/casefile/messages.test.ts checks
 * that its keys and the codes are the same set.
 */
export type RecordStrings = UiStrings;
export const recordSchema: z.ZodMiniType<RecordStrings> = uiSchema;
