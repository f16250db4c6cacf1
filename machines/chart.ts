/**
 * Small builders the phase modules share, so that each state reads as its contract row: the
 * answers it takes, where each leads, and the global events the contract allows on it.
 */
import { globalEventsOn } from './availability';
import type { AnswerOf, MultiStepId, PageId, StepId } from './ids';

/** Guard: the event answers `step` with one of `values`. */
export const answered = <S extends StepId>(step: S, ...values: AnswerOf<S>[]) =>
  ({ type: 'answerIs', params: { step, values } }) as const;

/** Guard: the event answers multi step `step` with a non-empty list of its answers, each once. */
export const selected = (step: MultiStepId) => ({ type: 'selectionOffered', params: { step } }) as const;

/** Action: remember `page` as the page to come back to. */
export const pushReturn = (page: PageId) => ({ type: 'pushReturn', params: { page } }) as const;

/** Guard: the page to come back to is `page`. */
export const returnsTo = (page: PageId) => ({ type: 'returnsTo', params: { page } }) as const;

/**
 * The global events the contract makes available on `page` (machines/availability.ts), as
 * transitions: `emergency` and `disagree` leave the page and remember it; `crimeSuspected` and
 * `referForReview` stay. Absent events are simply not handled, so `snapshot.can()` is false.
 */
export const globalTransitions = (page: PageId) => {
  const available = globalEventsOn(page);
  return {
    ...(available.includes('emergency')
      ? {
          emergency: {
            target: 'emergency' as const,
            actions: pushReturn(page),
            description: 'Someone is in immediate danger: deal with it, then come back here.',
          },
        }
      : {}),
    ...(available.includes('disagree')
      ? {
          disagree: {
            target: 'escalatePractitioners' as const,
            actions: pushReturn(page),
            description: 'A professional disagreement is escalated; when resolved it comes back here.',
          },
        }
      : {}),
    ...(available.includes('crimeSuspected')
      ? {
          crimeSuspected: {
            actions: 'raiseCrimeSuspected' as const,
            description: 'A crime is suspected: the police route is recommended, without leaving the page.',
          },
        }
      : {}),
    ...(available.includes('referForReview')
      ? {
          referForReview: {
            actions: 'raiseReferForReview' as const,
            description: 'A Safeguarding Adults Review referral is to be considered (Care Act s.44).',
          },
        }
      : {}),
  };
};
