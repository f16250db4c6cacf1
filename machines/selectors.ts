/**
 * Selectors: what the UI reads, as pure functions of the case state. Lists are memoised per state,
 * so a selector called twice on the same state returns the same array (stable for React).
 */
import { ESCALATION_STEP_IDS, GLOBAL_EVENT_IDS, STEP_ANSWERS, isMultiStep, isOutcomeId, needsRationale } from './ids';
import type { AnswerId, CaseActionId, EscalationStepId, GlobalEventId, OutcomeId, PageId, RouteId, RouteRuleId, StepId } from './ids';
import type { ContactEntry, NoteEntry } from './log';
import { droppedBetween } from './replay';
import type { CaseState, Frame, Stack } from './replay';
import * as rules from './rules';
import { memo, memoByStep } from './memo';
export { memo, memoByStep } from './memo';
import { contactsInForce } from './contacts';
import type { PagePart } from './setup';

const toArray = <T>(stack: Stack<T>): T[] => {
  const items: T[] = [];
  for (let node = stack; node !== undefined; node = node.tail) items.push(node.head);
  return items.reverse();
};

export const isOutcome = (page: PageId): page is OutcomeId => isOutcomeId(page);

/** The page the case is on: a step or an outcome id. */
export const currentPage = (s: CaseState): PageId => s.core.snapshot.value;

/** What the page is, from the state's tag. */
export const pageKind = (s: CaseState): 'question' | 'guidance' | 'outcome' => {
  const { snapshot } = s.core;
  if (snapshot.hasTag('outcome')) return 'outcome';
  return snapshot.hasTag('guidance') ? 'guidance' : 'question';
};

/**
 * The answers the current page offers now, withheld ones removed, as the machine accepts them.
 * On a multi step each answer is offered on its own; an answer valid only alone (riskIndicators
 * `none`) stays offered, and it is the combination that is refused.
 */
export const offeredAnswers = memo((s: CaseState): AnswerId[] => {
  const page = currentPage(s);
  if (isOutcomeId(page)) return [];
  const { snapshot } = s.core;
  const multi = isMultiStep(page);
  return STEP_ANSWERS[page].filter((value: AnswerId) =>
    snapshot.can({ type: 'answer', step: page, value: multi ? [value] : value }),
  );
});

export const isMultiSelect = (s: CaseState): boolean => {
  const page = currentPage(s);
  return !isOutcomeId(page) && isMultiStep(page);
};

export const requiresRationale = (s: CaseState): boolean => {
  const page = currentPage(s);
  return !isOutcomeId(page) && needsRationale(page);
};

/** The global events available now: the machine's for the four it handles; `back` when an entry can be undone. */
export const availableEvents = memo((s: CaseState): GlobalEventId[] =>
  GLOBAL_EVENT_IDS.filter((event) => (event === 'back' ? s.trail !== undefined : s.core.snapshot.can({ type: event }))),
);

/** The routes recommended by the answers in force and the flags, in ROUTE_IDS order, each with its rules. */
export const recommendedRoutes = memo((s: CaseState): { route: RouteId; rules: RouteRuleId[] }[] =>
  rules.recommendRoutes(s.core.snapshot.context.answers, s.core.snapshot.context),
);

/** The pages on the path in force, in first-visit order, each once. */
export const visitedPages = (s: CaseState): PageId[] => s.core.visited as PageId[];

export const answersInForce = memo(
  (s: CaseState): { step: StepId; value: AnswerId | AnswerId[]; rationale?: string; at: string }[] =>
    s.core.answers.map((record) => ({ ...record })),
);

/** The steps whose answers a back would undo (empty when back is not available or undoes an event). */
export const droppedByBack = memo((s: CaseState): StepId[] =>
  s.trail === undefined ? [] : droppedBetween(s.core, s.trail.head.before).map((record) => record.step),
);

const frameFor = (s: CaseState, step: StepId): Frame | undefined => {
  for (let node = s.trail; node !== undefined; node = node.tail) {
    if (node.head.step === step && (node.head.moved === 'answer' || node.head.moved === 'change')) return node.head;
  }
  return undefined;
};

/** The later answers a change at `step` would drop (empty when `step` has no answer in force). */
export const droppedByChange = memoByStep((s: CaseState, step: StepId): StepId[] => {
  const frame = frameFor(s, step);
  if (frame === undefined || !s.core.answers.some((record) => record.step === step)) return [];
  return droppedBetween(s.core, frame.before)
    .map((record) => record.step)
    .filter((dropped) => dropped !== step);
});

/**
 * The answers `step` would offer if its answer were changed now: what the machine accepts at
 * that step, rewound to just before its answer in force ([] when it has none).
 */
export const offeredOnChange = memoByStep((s: CaseState, step: StepId): AnswerId[] => {
  const frame = frameFor(s, step);
  if (frame === undefined) return [];
  const { snapshot } = frame.before;
  const multi = isMultiStep(step);
  return STEP_ANSWERS[step].filter((value: AnswerId) => snapshot.can({ type: 'answer', step, value: multi ? [value] : value }));
});

/** Whether `value` is an answer `step` offers now, by the rules that withhold answers. */
const stillOffered = (s: CaseState, step: StepId, value: AnswerId): boolean => {
  if (step === currentPage(s)) return offeredAnswers(s).includes(value);
  const { context } = s.core.snapshot;
  const offered: readonly string[] = STEP_ANSWERS[step];
  const single = isMultiStep(step) ? [value] : value;
  return offered.includes(value) && rules.withholdingRule(step, single, context.answers, context.keepTrying) === undefined;
};

/**
 * The answer(s) to show selected on `step`'s page: the answer in force, or else the one a back or
 * a change dropped, where it is still offered; [] if none.
 */
export const preselected = memoByStep((s: CaseState, step: StepId): AnswerId[] => {
  const inForce = s.core.answers.find((record) => record.step === step);
  const value = inForce?.value ?? s.remembered[step];
  if (value === undefined) return [];
  const values: AnswerId[] = Array.isArray(value) ? value : [value];
  return inForce ? values : values.filter((v) => stillOffered(s, step, v));
});

export const flags = memo((s: CaseState): { crimeSuspected: boolean; referForReview: boolean } => ({
  crimeSuspected: s.core.snapshot.context.crimeSuspected,
  referForReview: s.core.snapshot.context.referForReview,
}));

export const isHighRisk = (s: CaseState): boolean => rules.isHighRisk(s.core.snapshot.context.answers);

export const keepTryingCount = (s: CaseState): number => s.core.snapshot.context.keepTrying;

/** Whether the outcome adds a referral for children or other adults in the household. */
export const othersAtRisk = (s: CaseState): boolean => rules.othersAtRisk(s.core.snapshot.context.answers);

/** Actions this case's answers add to every outcome (pathway.md step 19), in CASE_ACTION_IDS order. */
export const caseActions = memo((s: CaseState): CaseActionId[] =>
  rules.advocateToArrange(s.core.snapshot.context.answers) ? ['arrange-advocate'] : [],
);

export const contacts = memo((s: CaseState): ContactEntry[] => toArray(s.contacts));

export const notes = memo((s: CaseState): NoteEntry[] => toArray(s.notes));

export const reviewDate = (s: CaseState): string | undefined => s.review;

/**
 * The default days before an outcome's review, from the periods a team sets (content/local):
 * undefined on a question page. The settings come in as an argument; machines/ reads no content.
 */
export const reviewPeriodOn = (s: CaseState, periods: Readonly<Record<OutcomeId, number>>): number | undefined => {
  const page = currentPage(s);
  return isOutcomeId(page) ? periods[page] : undefined;
};

/** On the emergency step or the escalation ladder: the page it returns to. */
export const raisedFrom = (s: CaseState): PageId | undefined => s.core.snapshot.context.returnTo.at(-1);

/** The flags raised on this case, in the contract's order. */
export type RaisedFlag = 'crimeSuspected' | 'referForReview';
export const raisedFlags = memo((s: CaseState): RaisedFlag[] => {
  const { context } = s.core.snapshot;
  return (['crimeSuspected', 'referForReview'] as const).filter((flag) => context[flag]);
});

/**
 * The global actions worth offering on this page: those the machine takes here, less `back` (the
 * back link is its own control) and a flag already raised (raising it again changes nothing).
 */
export const globalActionsOffered = memo((s: CaseState): Exclude<GlobalEventId, 'back'>[] => {
  const raised = raisedFlags(s);
  return availableEvents(s).filter(
    (event): event is Exclude<GlobalEventId, 'back'> => event !== 'back' && !(raised as readonly string[]).includes(event),
  );
});

/** The parts a page shows besides its question (state meta: the routes so far, the contact log). */
export const pageShows = memo((s: CaseState): readonly PagePart[] => {
  const meta = Object.values(s.core.snapshot.getMeta());
  return meta.flatMap((m) => m?.shows ?? []);
});

/** Whether a Safeguarding Adults Review referral is to be considered: raised as a flag, or the outcome is one. */
export const sarToConsider = (s: CaseState): boolean => s.core.snapshot.context.referForReview || currentPage(s) === 'sarReferral';

/** The escalation levels on the path in force, in the order reached. */
export const escalationLevelsReached = memo((s: CaseState): EscalationStepId[] =>
  s.core.visited.filter((page): page is EscalationStepId => (ESCALATION_STEP_IDS as readonly PageId[]).includes(page)),
);

/**
 * When the adult was last seen alone: the latest date of a contact recorded as seen alone. From the
 * contacts only: an answer saying the adult was seen alone records no date, and is no evidence of one.
 */
export const lastSeenAlone = (s: CaseState): string | undefined => {
  let latest: string | undefined;
  for (const contact of contactsInForce(s)) if (contact.seenAlone && (latest === undefined || contact.date > latest)) latest = contact.date;
  return latest;
};

/** How many entries have moved the page: a page's key, so recording a contact or a flag keeps what it holds. */
export const pageMoves = (s: CaseState): number => s.moves;

/** The reasons last written for `step`, kept after back or a change, or '' when none was written. */
export const rationaleOn = (s: CaseState, step: StepId): string => s.rationales[step] ?? '';

/** Decisions in force that need reasons (contract, "Rationale") and have none: an older or imported log. */
export const decisionsWithoutRationale = memo((s: CaseState): StepId[] =>
  s.core.answers.filter((record) => needsRationale(record.step) && (record.rationale ?? '').trim() === '').map((record) => record.step),
);
