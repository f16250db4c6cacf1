/** A JSON object (not null, not a list): what a case file, an entry or a tab message must be. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
