/**
 * Why a scenario file cannot be played, or does not play as it expects: a code and the values its
 * wording needs, never words (as src/casefile/messages.ts does for the case record). The words are
 * the `scenarioFault` keys of the trainer's namespace (content/en-GB/trainer.json): the trainer's view
 * words a fault in the page's language (src/trainer/useFaultText.ts), and `npm run scenario` in the
 * same en-GB words (./faultWords.ts). A value may be another fault (the problem inside "not a valid
 * scenario"), or a case-record message (where a file stops being JSON, why the pathway refused an
 * entry), worded from the `record` namespace.
 */
import type { RecordMessage } from '../casefile/messages';

export type ScenarioFaultCode =
  // reading the file (./scenarioText.ts, ./cli.ts)
  | 'fileUnreadable'
  | 'notJson'
  | 'notJsonUnplaced'
  | 'invalid'
  | 'invalidAt'
  // what is wrong where (the problem inside `invalid` and `invalidAt`)
  | 'unknownKey'
  | 'unknownKeys'
  | 'missing'
  | 'expectedFound'
  | 'notAllowed'
  | 'notAnswer'
  | 'idNotKebabCase'
  | 'eachEmpty'
  | 'empty'
  | 'outcomeOrRejectedAt'
  | 'other'
  | 'unreadable'
  // running it (./run-scenario.ts)
  | 'refusedButReached'
  | 'wrongOutcome'
  | 'routes'
  | 'routesUnwanted'
  | 'notVisited'
  | 'visitedUnwanted'
  | 'loop'
  | 'interruptRefused'
  | 'answerRefused'
  | 'noAnswer'
  // playing it in the trainer's view (src/trainer/walk.ts, src/trainer/openedFile.ts)
  | 'logRefused'
  | 'branchNotAnAnswer'
  | 'branchNotOffered'
  | 'branchLoop';

/**
 * A record message may carry the pathway's own detail (machines' ReplayError.message, English, for
 * developers): the command line prints that, as it always has; the page words the message.
 */
export type FaultParam = string | number | ScenarioFault | { readonly record: RecordMessage; readonly detail?: string };

export interface ScenarioFault {
  readonly code: ScenarioFaultCode;
  readonly params?: Readonly<Record<string, FaultParam>>;
}

export const fault = (code: ScenarioFaultCode, params?: Readonly<Record<string, FaultParam>>): ScenarioFault =>
  params === undefined ? { code } : { code, params };

/**
 * A fault in words: each code worded by `word`, a record message by `record`, an inner fault first.
 * Ids and what the file holds go in as they are: they are the file's, not the app's words.
 */
export function faultText(
  given: ScenarioFault,
  word: (code: ScenarioFaultCode, params: Record<string, string | number>) => string,
  record: (message: RecordMessage, detail: string | undefined) => string,
): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(given.params ?? {})) {
    params[name] = typeof value !== 'object' ? value : 'record' in value ? record(value.record, value.detail) : faultText(value, word, record);
  }
  return word(given.code, params);
}
