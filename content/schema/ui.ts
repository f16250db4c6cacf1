import { z } from '../../machines/zod';

/** A nested object whose leaves are all strings. */
export interface UiStrings {
  [key: string]: string | UiStrings;
}

/** ui.json (the lead's file): the app's own words, a nested record of strings. */
export const uiSchema: z.ZodMiniType<UiStrings> = z.record(
  z.string(),
  z.union([z.string(), z.lazy(() => uiSchema)]),
);
