/**
 * What a question or guidance page shows, decided from the case state in one place (issue 10): the
 * page renders this and decides nothing of the pathway itself.
 */
import { isMultiStep, isStepId, needsRationale } from './ids';
import type { AnswerId, GlobalEventId, PageId, StepId } from './ids';
import type { CaseState } from './caseState';
import {
  availableEvents,
  currentPage,
  globalActionsOffered,
  memo,
  memoByStep,
  offeredAnswers,
  offeredOnChange,
  pageKind,
  pageShows,
  preselected,
  raisedFrom,
  rationaleOn,
} from './selectors';

/** Everything a question or guidance page shows, from the state: one place, so no page decides it. */
export interface QuestionView {
  readonly step: StepId;
  readonly kind: 'question' | 'guidance';
  readonly multi: boolean;
  /** The answers offered now; a guidance page offers its one answer. */
  readonly offered: readonly AnswerId[];
  /** A guidance page moves on with this answer, given for the practitioner (contract: `done`). */
  readonly continueWith: AnswerId | undefined;
  readonly needsRationale: boolean;
  /** The reasons last written here, to show again. */
  readonly rationale: string;
  readonly preselected: readonly AnswerId[];
  readonly showsRoutes: boolean;
  readonly showsContactLog: boolean;
  /** The emergency step: 999 as warning text, with a link that calls it. */
  readonly showsCall999: boolean;
  readonly canGoBack: boolean;
  /** On the emergency step or the ladder: the page it returns to. */
  readonly returnsTo: PageId | undefined;
  readonly globalActions: readonly Exclude<GlobalEventId, 'back'>[];
}

export const questionOn = memo((s: CaseState): QuestionView | null => {
  const page = currentPage(s);
  if (!isStepId(page)) return null;
  const kind = pageKind(s) === 'guidance' ? 'guidance' : 'question';
  const offered = offeredAnswers(s);
  const shows = pageShows(s);
  return {
    step: page,
    kind,
    multi: isMultiStep(page),
    offered,
    continueWith: kind === 'guidance' ? offered[0] : undefined,
    needsRationale: needsRationale(page),
    rationale: rationaleOn(s, page),
    preselected: preselected(s, page),
    showsRoutes: shows.includes('routes'),
    showsContactLog: shows.includes('contact-log'),
    showsCall999: shows.includes('call-999'),
    canGoBack: availableEvents(s).includes('back'),
    returnsTo: raisedFrom(s),
    globalActions: globalActionsOffered(s),
  };
});

/**
 * The question page for changing the answer to `step` from "Check your answers": what the step
 * offers from where it was answered, its answer in force pre-selected and its reasons in force.
 * No routes, contact log, back or global actions: the change form asks one thing.
 */
export const changeQuestionOn = memoByStep((s: CaseState, step: StepId): QuestionView => ({
  step,
  kind: 'question',
  multi: isMultiStep(step),
  offered: offeredOnChange(s, step),
  continueWith: undefined,
  needsRationale: needsRationale(step),
  rationale: s.core.answers.find((record) => record.step === step)?.rationale ?? '',
  preselected: preselected(s, step),
  showsRoutes: false,
  showsContactLog: false,
  showsCall999: false,
  canGoBack: false,
  returnsTo: undefined,
  globalActions: [],
}));
