/**
 * The actions an outcome can recommend, each with a stable id and the condition that makes it apply
 * to this case (issue 12: release 1.0 listed a Mental Health Act visit and a Court of Protection
 * application for an adult with capacity and no mental disorder). The words are content
 * (outcomes.json, actions.json); whether an action belongs to the case is a pathway fact, here.
 */
import type { CaseState } from './caseState';
import { CASE_ACTION_IDS, type OutcomeId, type RouteId } from './ids';
import { memo } from './memo';
import * as rules from './rules';
import type { Answers } from './types';
import type { ActionDoneEntry } from './log';

/** What an action's condition reads: the answers in force, the routes recommended, and the flags. */
interface Facts {
  readonly answers: Answers;
  readonly routes: ReadonlySet<RouteId>;
  readonly crimeSuspected: boolean;
}

const always = (): boolean => true;
const route = (...ids: RouteId[]) => (facts: Facts): boolean => ids.some((id) => facts.routes.has(id));
const highRisk = (facts: Facts): boolean => rules.isHighRisk(facts.answers);

/** Each outcome's actions in the order the page lists them, each with when it applies. */
export const OUTCOME_ACTIONS: { readonly [O in OutcomeId]: readonly (readonly [string, (facts: Facts) => boolean])[] } = {
  concernRaised: [['raise-concern', always], ['tell-lead', always], ['report-crime', always], ['decide-enquiry', always], ['follow-up', always]],
  notSection42: [
    ['discuss-enquiry', always],
    ['offer-assessment', always],
    ['domestic-abuse-services', always],
    ['report-crime', always],
    ['risk-meeting', highRisk],
  ],
  emergencyServices: [['tell-services', always], ['tell-council', always], ['urgent-court', always], ['restart', always]],
  seenAloneSafe: [['how-to-get-help', always], ['tell-referrer', always], ['review', always]],
  planAgreed: [['carry-out-plan', always], ['support-orders', route('domesticAbuse', 'forcedMarriageProtection')], ['check-at-review', always]],
  reviewAndMonitor: [['every-contact', always], ['high-risk-sign-off', highRisk], ['ask-legal-again', always]],
  autonomyRespected: [
    ['information-and-safety', always],
    ['share-information', (facts) => rules.othersAtRisk(facts.answers) || facts.routes.has('police')],
    ['risk-meeting', highRisk],
  ],
  protectiveAction: [
    ['court-application', route('courtOfProtection', 'inherentJurisdiction', 'forcedMarriageProtection')],
    ['mental-health-act', route('mentalHealthAct')],
    ['police-powers', route('police', 'domesticAbuse')],
    ['chronology', always],
    ['coordinate-advice', always],
  ],
  escalatedToBoard: [['send-to-board', always], ['board-meeting', always], ['keep-working', always]],
  sarReferral: [['refer-to-board', always], ['board-decides', always], ['advocate', always], ['keep-protecting', always]],
  walesProcedures: [['report-in-wales', always], ['enquiries-s126', always], ['apso-s127', always], ['call-999', always]],
};

/** An action of the case: an outcome's (`<outcome>.<id>`) or one the answers add (`arrange-advocate`). */
export type ActionRef = string;

// Read from the snapshot, not through selectors.ts: replay checks an `actionDone` against ACTION_REFS.
const factsOf = (s: CaseState): Facts => {
  const { context } = s.core.snapshot;
  return {
    answers: context.answers,
    routes: new Set(rules.recommendRoutes(context.answers, context).map((r) => r.route)),
    crimeSuspected: context.crimeSuspected,
  };
};

/**
 * The actions that belong to this case now: on an outcome, the ones of its actions whose condition
 * holds, after the actions the answers add to every outcome; elsewhere, only the latter.
 */
export const actionsThatApply = memo((s: CaseState): ActionRef[] => {
  const page = s.core.snapshot.value;
  const added: ActionRef[] = rules.advocateToArrange(s.core.snapshot.context.answers) ? ['arrange-advocate'] : [];
  if (!(page in OUTCOME_ACTIONS)) return added;
  const facts = factsOf(s);
  const outcome = page as OutcomeId;
  return [...added, ...OUTCOME_ACTIONS[outcome].filter(([, applies]) => applies(facts)).map(([id]) => `${outcome}.${id}`)];
});

/** Every action id this pathway knows, for checking an `actionDone` entry. */
export const ACTION_REFS: ReadonlySet<ActionRef> = new Set([
  ...CASE_ACTION_IDS,
  ...Object.entries(OUTCOME_ACTIONS).flatMap(([outcome, actions]) => actions.map(([id]) => `${outcome}.${id}`)),
]);

/** An action done: when, by whom, with a note (an `actionDone` entry pointing at the action). */
export type { ActionDoneEntry } from './log';

/** Each action done, by its ref: the latest entry that marked it done. */
export const actionsDone = memo((s: CaseState): ReadonlyMap<ActionRef, ActionDoneEntry> => {
  const done = new Map<ActionRef, ActionDoneEntry>();
  const items: ActionDoneEntry[] = [];
  for (let node = s.actionsDone; node !== undefined; node = node.tail) items.push(node.head);
  for (const entry of items.reverse()) done.set(entry.action, entry);
  return done;
});

/** The actions that apply and are not yet done: the case's outstanding work. */
export const actionsOutstanding = memo((s: CaseState): ActionRef[] => {
  const done = actionsDone(s);
  return actionsThatApply(s).filter((ref) => !done.has(ref));
});
