/** Log-building shorthands for the machine tests: entries written as the contract names them. */
import { expect } from 'vitest';
import { replay } from '../../machines';
import type { AnswerId, CaseState, LogEntry, ReplayError, StepId } from '../../machines';

export const AT = '2025-03-01T10:00:00.000Z';

export const answer = (step: StepId, value: AnswerId | AnswerId[], rationale?: string): LogEntry =>
  rationale === undefined ? { kind: 'answer', at: AT, step, value } : { kind: 'answer', at: AT, step, value, rationale };
export const change = (step: StepId, value: AnswerId | AnswerId[]): LogEntry => ({ kind: 'change', at: AT, step, value });
export const event = (name: 'emergency' | 'disagree' | 'crimeSuspected' | 'referForReview'): LogEntry => ({
  kind: 'event',
  at: AT,
  event: name,
});
export const back = (): LogEntry => ({ kind: 'back', at: AT });

/** Answers in contract order, as [step, value] pairs. */
export type Pairs = readonly (readonly [StepId, AnswerId | AnswerId[]])[];
export const answers = (pairs: Pairs): LogEntry[] => pairs.map(([step, value]) => answer(step, value));

/** The council's practitioner, s.42 met: the page is `barrier`. */
export const TO_BARRIER: Pairs = [
  ['jurisdiction', 'england'],
  ['role', 'local-authority'],
  ['immediateDanger', 'no'],
  ['careNeeds', 'yes'],
  ['abuseOrNeglect', 'yes'],
  ['unableToProtect', 'yes'],
];

/** A family member always present, isolated (not high risk): the page is `accessAttempt`. */
export const TO_ACCESS_LOW_RISK: Pairs = [
  ...TO_BARRIER,
  ['barrier', ['third-party-always-present']],
  ['thirdParty', 'family-member'],
  ['riskIndicators', ['isolated']],
];

/** Not seen alone, refusal unreasonable, intervention justified: the page is `capacity`. */
export const TO_CAPACITY: Pairs = [
  ...TO_ACCESS_LOW_RISK,
  ['accessAttempt', 'not-seen-alone'],
  ['refusalUnreasonable', 'yes'],
  ['interventionJustified', 'yes'],
];

/** Replays `log` and fails the test if any entry is refused. */
export const accept = (log: readonly LogEntry[]): CaseState => {
  const result = replay(log);
  if (!result.ok) expect.fail(result.error.message);
  return result.state;
};

/** Replays `log` and returns the refusal, failing the test if every entry is accepted. */
export const refuse = (log: readonly unknown[]): ReplayError => {
  const result = replay(log);
  if (result.ok) return expect.fail('expected an entry to be refused');
  return result.error;
};
