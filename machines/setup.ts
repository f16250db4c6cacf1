/**
 * The pathway machine's vocabulary: its context, events, tags, guards and actions. The chart
 * itself is split by phase in machines/phases/ and assembled in machines/pathway.ts.
 */
import { assign, setup } from 'xstate';
import type { AnswerId, MultiStepId, PageId, StepId } from './ids';
import * as rules from './rules';
import type { Answers, PathwayContext, PathwayEvent } from './types';

export type PageTag = 'question' | 'guidance' | 'outcome';

/**
 * What a page shows besides its question, as state meta: the routes so far (contract: "shown at
 * safeguardingPlan, legalOptions"), the contact log (step 11, where attempts are recorded), and
 * 999 as warning text on the emergency step (issue 11).
 */
export type PagePart = 'routes' | 'contact-log' | 'call-999';
export interface PageMeta {
  readonly shows: readonly PagePart[];
}

const answerFor = (event: PathwayEvent, step: StepId) =>
  event.type === 'answer' && event.step === step ? event : undefined;

/** The answers with `step` set to `value`; the guard that let the event through has checked the value. */
const withAnswer = (answers: Answers, step: StepId, value: AnswerId | readonly AnswerId[]): Answers => ({
  ...answers,
  [step]: value,
});

export const pathwaySetup = setup({
  types: {} as { context: PathwayContext; events: PathwayEvent; tags: PageTag; meta: PageMeta },
  guards: {
    /** The event answers `step` with one of `values`. */
    answerIs: ({ event }, params: { step: StepId; values: readonly AnswerId[] }) => {
      const answer = answerFor(event, params.step);
      return answer !== undefined && typeof answer.value === 'string' && params.values.includes(answer.value);
    },
    /** The event answers multi step `step` with a non-empty list of its answers, each once. */
    selectionOffered: ({ event }, params: { step: MultiStepId }) => {
      const answer = answerFor(event, params.step);
      return answer !== undefined && Array.isArray(answer.value) && rules.isSelectionOffered(params.step, answer.value);
    },
    noneStandsAlone: ({ event }) =>
      event.type === 'answer' && Array.isArray(event.value) && rules.noneStandsAlone(event.value),
    mayNameNoThirdParty: ({ context }) => rules.mayNameNoThirdParty(context.answers),
    mayKeepTrying: ({ context }) => rules.mayKeepTrying(context.answers, context.keepTrying),
    isHighRisk: ({ context }) => rules.isHighRisk(context.answers),
    adultAloneRefuses: ({ context }) => rules.adultAloneRefuses(context.answers),
    seenAloneAndSafe: ({ context }) => rules.seenAloneAndSafe(context.answers),
    anyRouteApplies: ({ context }) => rules.anyRouteApplies(context.answers, context),
    spokeFreelyWhenSeenAlone: ({ context }) => rules.spokeFreelyWhenSeenAlone(context.answers),
    /** The innermost page to return to is `page`. */
    returnsTo: ({ context }, params: { page: PageId }) => context.returnTo.at(-1) === params.page,
  },
  actions: {
    recordAnswer: assign({
      answers: ({ context, event }) =>
        event.type === 'answer' ? withAnswer(context.answers, event.step, event.value) : context.answers,
    }),
    countKeepTrying: assign({ keepTrying: ({ context }) => context.keepTrying + 1 }),
    raiseCrimeSuspected: assign({ crimeSuspected: true }),
    raiseReferForReview: assign({ referForReview: true }),
    pushReturn: assign({ returnTo: ({ context }, params: { page: PageId }) => [...context.returnTo, params.page] }),
    popReturn: assign({ returnTo: ({ context }) => context.returnTo.slice(0, -1) }),
    clearReturns: assign({ returnTo: [] }),
  },
});
