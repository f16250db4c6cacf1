/**
 * The machine's context and events, typed with the contract's ids (machines/ids.ts).
 */
import type { AnswerId, AnswerOf, MultiStepId, PageId, StepId } from './ids';

/** The answers in force, one per step: a list for a multi step, one id otherwise. */
export type Answers = {
  readonly [S in StepId]?: S extends MultiStepId ? readonly AnswerOf<S>[] : AnswerOf<S>;
};

/** An answer's value as a log entry or an event carries it. */
export type AnswerValue = AnswerId | readonly AnswerId[];

export interface PathwayContext {
  /** What the practitioner answered, step by step: the only input routing reads. */
  readonly answers: Answers;
  /** How many times `accessAttempt` was answered `keep-trying` in this case. */
  readonly keepTrying: number;
  /** The `crimeSuspected` event was raised: the police route is recommended. */
  readonly crimeSuspected: boolean;
  /** The `referForReview` event was raised: a Safeguarding Adults Review referral is to be considered. */
  readonly referForReview: boolean;
  /**
   * Pages to return to, innermost last: pushed when `emergency` or `disagree` (or an answer that
   * leads to those pages) leaves a page, popped by `continue-pathway` or `resolved`. At most two deep.
   */
  readonly returnTo: readonly PageId[];
}

export type AnswerEvent = { type: 'answer'; step: StepId; value: AnswerId | AnswerId[] };

/**
 * The events the machine takes. `back` is not one of them: it restores the case state from before
 * the entry it undoes (machines/replay.ts), so it needs no transition of its own.
 */
export type PathwayEvent =
  | AnswerEvent
  | { type: 'emergency' }
  | { type: 'disagree' }
  | { type: 'crimeSuspected' }
  | { type: 'referForReview' };

