/**
 * The handover summary, a view of the log for print: the one page a police or multi-agency
 * referral needs, as data; the page words it. Read through the machine's selectors only.
 */
import {
  lastSeenAlone,
  answersInForce,
  contactsInForce,
  currentPage,
  flags,
  isHighRisk,
  isOutcome,
  notes,
  othersAtRisk,
  recommendedRoutes,
  replay,
  reviewDate,
} from '../../machines';
import type { AnswerId, CaseFile, CaseState, ContactEntry, PageId, RouteId, RouteRuleId, StepId } from '../../machines';

export interface HandoverContact {
  readonly date: string;
  readonly place: string;
  readonly present: string;
  readonly seenAlone: boolean;
  readonly words: string;
  /** When it was recorded. */
  readonly at: string;
}

/** The one-page summary a police or multi-agency referral needs, as data; the page words it. */
export interface HandoverSummary {
  readonly reference: string;
  readonly createdAt: string;
  readonly lastChange: string;
  readonly format: number;
  readonly pathwayVersion: string;
  readonly contentVersion: string;
  readonly currentPage: PageId;
  readonly pageIsOutcome: boolean;
  /** The routes recommended, each with the rules that recommend it. */
  readonly routes: readonly { route: RouteId; rules: RouteRuleId[] }[];
  readonly crimeSuspected: boolean;
  readonly referForReview: boolean;
  readonly highRisk: boolean;
  /** Children or other adults in the household are at risk (riskIndicators `others-at-risk`). */
  readonly othersAtRisk: boolean;
  /** Every contact, by its date (then the time it was recorded). */
  readonly contacts: readonly HandoverContact[];
  readonly seenAloneEver: boolean;
  readonly lastSeenAlone?: string;
  /** The adult's own words, contact by contact, where any were recorded. */
  readonly adultsWords: readonly { date: string; seenAlone: boolean; words: string }[];
  readonly barrier?: readonly AnswerId[];
  readonly thirdParty?: AnswerId;
  readonly riskIndicators?: readonly AnswerId[];
  /** Every answer in force, in the order answered, with its rationale where one was given. */
  readonly answers: readonly { step: StepId; value: AnswerId | AnswerId[]; rationale?: string; at: string }[];
  readonly notes: readonly { at: string; text: string }[];
  readonly reviewDate?: string;
}

const byDate = (a: ContactEntry, b: ContactEntry): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0;

const asList = (value: AnswerId | AnswerId[] | undefined): readonly AnswerId[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/** The handover's data for a case. `state` is the replayed case, when the caller has it. */
export function handoverSummary(file: CaseFile, state: CaseState = replay(file.entries).state): HandoverSummary {
  const page = currentPage(state);
  const answers = answersInForce(state);
  const answerOf = (step: StepId) => answers.find((a) => a.step === step)?.value;
  const contactList = [...contactsInForce(state)].sort(byDate);
  const seenAlone = contactList.filter((c) => c.seenAlone);
  const raised = flags(state);
  const thirdParty = answerOf('thirdParty');
  const barrier = asList(answerOf('barrier'));
  const riskIndicators = asList(answerOf('riskIndicators'));
  const review = reviewDate(state);
  const lastSeen = lastSeenAlone(state);
  return {
    reference: file.reference,
    createdAt: file.createdAt,
    lastChange: file.entries.at(-1)?.at ?? file.createdAt,
    format: file.format,
    pathwayVersion: file.pathwayVersion,
    contentVersion: file.contentVersion,
    currentPage: page,
    pageIsOutcome: isOutcome(page),
    routes: recommendedRoutes(state),
    // A crime is suspected when the answer says so or the flag was raised (walk-through: the flag alone said "no" above the police route).
    crimeSuspected: raised.crimeSuspected || answerOf('crime') === 'yes',
    referForReview: raised.referForReview,
    highRisk: isHighRisk(state),
    othersAtRisk: othersAtRisk(state),
    contacts: contactList.map(({ date, place, present, seenAlone: alone, words, at }) => ({
      date,
      place,
      present,
      seenAlone: alone,
      words,
      at,
    })),
    seenAloneEver: seenAlone.length > 0,
    ...(lastSeen === undefined ? {} : { lastSeenAlone: lastSeen }),
    adultsWords: contactList
      .filter((c) => c.words.trim() !== '')
      .map((c) => ({ date: c.date, seenAlone: c.seenAlone, words: c.words })),
    ...(barrier === undefined ? {} : { barrier }),
    ...(typeof thirdParty === 'string' ? { thirdParty } : {}),
    ...(riskIndicators === undefined ? {} : { riskIndicators }),
    answers,
    notes: notes(state).map(({ at, text }) => ({ at, text })),
    ...(review === undefined ? {} : { reviewDate: review }),
  };
}
