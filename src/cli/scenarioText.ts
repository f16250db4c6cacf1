/**
 * A scenario file's text checked against the contract's scenario format (content/schema/scenario.ts):
 * the scenario, or its first fault worded as `npm run scenario` words it. Pure (no file system), so
 * the command line and the trainer's view (a trainer's own scenario, issue 14 point 4) name a fault
 * the same way. Never throws.
 */
import { scenarioSchema } from '../../content/schema/scenario';
import type { z } from '../../machines/zod';
import type { Scenario } from '../../content/schema/scenario';

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; reason: string };

export const checkScenarioText = (text: string): ScenarioCheck => {
  let json: unknown;
  try {
    // Some editors start a saved file with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    return { ok: false, reason: `not readable JSON (${cause instanceof Error ? cause.message : String(cause)})` };
  }
  const parsed = scenarioSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at '${issue.path.join('.')}'` : '';
    return { ok: false, reason: `not a valid scenario${where}: ${issue ? problem(issue) : 'unreadable'}` };
  }
  return { ok: true, scenario: parsed.data };
};

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60));

/**
 * A schema fault in words. zod/mini carries no wording of its own ("Invalid input") unless a locale
 * is loaded, which would grow the app's first load, so the kinds a scenario file meets are worded here;
 * the schema's own messages (a kebab-case id, at least one answer) are used as written.
 */
function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'unknown key' : 'unknown keys'} ${issue.keys.map((key) => `'${key}'`).join(', ')} (a step, page or field id misspelt?)`;
    case 'invalid_type':
      return issue.input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, found ${show(issue.input)}`;
    case 'invalid_value':
      return `${show(issue.input)} is not an id allowed here`;
    case 'invalid_union':
      return `${show(issue.input)} is not an answer id, a list of answer ids, or { "each": [...] }`;
    default:
      return issue.message;
  }
}
