/**
 * A scenario file's text checked against the contract's scenario format (content/schema/scenario.ts):
 * the scenario, or its first fault as a code with parameters (./scenarioFault.ts), which
 * `npm run scenario` and the trainer's view word from the same content/ words. Pure (no file
 * system), so the command line and the trainer's view (a trainer's own scenario, issue 14 point 4)
 * name a fault the same way. Never throws.
 */
import { scenarioSchema } from '../../content/schema/scenario';
import type { z } from '../../machines/zod';
import type { Scenario } from '../../content/schema/scenario';
import { findJsonFault } from '../casefile/jsonFault';
import { message } from '../casefile/messages';
import { fault, type FaultParam, type ScenarioFault } from './scenarioFault';

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; fault: ScenarioFault };

export const checkScenarioText = (text: string): ScenarioCheck => {
  let json: unknown;
  try {
    // Some editors start a saved file with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // JSON.parse words its fault in the browser's own language and way (Chromium's gives no place): the
    // case import's scanner names the line, the column and what is there, in content/'s words.
    const where = findJsonFault(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return { ok: false, fault: where ? fault('notJson', { line: where.line, column: where.column, problem: { record: where.problem } }) : fault('notJsonUnplaced') };
  }
  const parsed = scenarioSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const why = issue ? problem(issue) : fault('unreadable');
    return { ok: false, fault: issue && issue.path.length > 0 ? fault('invalidAt', { path: issue.path.join('.'), problem: why }) : fault('invalid', { problem: why }) };
  }
  return { ok: true, scenario: parsed.data };
};

/** A value of the file as it is written there (its first 60 characters); no value, in words. */
const show = (value: unknown): FaultParam => (value === undefined ? { record: message('value.nothing') } : JSON.stringify(value).slice(0, 60));

/**
 * A schema fault as a code. zod/mini carries no wording of its own ("Invalid input") unless a locale
 * is loaded, which would grow the app's first load, so the kinds a scenario file meets are named
 * here; the schema's own checks (a kebab-case id, at least one answer, an outcome or rejectedAt) by
 * what they check, worded as the schema words them.
 */
function problem(issue: z.core.$ZodIssue): ScenarioFault {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? fault('unknownKey', { key: issue.keys[0]! }) : fault('unknownKeys', { keys: issue.keys.map((key) => `'${key}'`).join(', ') });
    case 'invalid_type':
      return issue.input === undefined ? fault('missing', { expected: issue.expected }) : fault('expectedFound', { expected: issue.expected, found: show(issue.input) });
    case 'invalid_value':
      return fault('notAllowed', { value: show(issue.input) });
    case 'invalid_union':
      return fault('notAnswer', { value: show(issue.input) });
    case 'invalid_format':
      return issue.path.join('.') === 'id' ? fault('idNotKebabCase') : fault('other');
    case 'too_small':
      return issue.origin === 'array' ? fault('eachEmpty') : fault('empty');
    case 'custom':
      return issue.path.join('.') === 'expect' ? fault('outcomeOrRejectedAt') : fault('other');
    default:
      return fault('other');
  }
}
