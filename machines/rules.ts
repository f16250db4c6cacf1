/**
 * The pathway's rules as plain, pure functions of the answers (pathway.md). The machine's guards
 * call them; nothing else decides routing. Each rule cites its source in one line; the [R#] tags
 * point to the source index in ../shared/domain/brief.md.
 */
import { ROUTE_IDS, ROUTE_RULES, STEP_ANSWERS } from './ids';
import type { MultiStepId, RouteId, RouteRuleId, StepId } from './ids';
import type { Answers, AnswerValue } from './types';

/** The flags the route rules read beside the answers. */
export interface RouteFlags {
  readonly crimeSuspected: boolean;
}

/** pathway.md step 11: sustained obstruction needs a decision, not endless visits [R16][R17][R53]. */
export const KEEP_TRYING_LIMIT = 3;

/** SCIE, difficulties in gaining access [R17]: a third party refusing entry or always present is the barrier. */
export const thirdPartyIsTheBarrier = (answers: Answers): boolean =>
  answers.barrier?.some((b) => b === 'third-party-refuses-entry' || b === 'third-party-always-present') ?? false;

/** pathway.md step 9: "no third party" cannot be the answer when a third party is the barrier [R17][R64]. */
export const mayNameNoThirdParty = (answers: Answers): boolean => !thirdPartyIsTheBarrier(answers);

/** pathway.md step 10: high risk = injuries, neglect, fear, care withdrawn, or an adult who cannot be found [R16][R17][R53]. */
export const isHighRisk = (answers: Answers): boolean =>
  (answers.riskIndicators?.some(
    (r) => r === 'unexplained-injuries' || r === 'neglect-signs' || r === 'adult-frightened' || r === 'care-withdrawn',
  ) ??
    false) ||
  (answers.barrier?.includes('adult-not-located') ?? false);

/** pathway.md step 11: keep trying only while risk is not high and fewer than three tries were made [R16][R17][R53]. */
export const mayKeepTrying = (answers: Answers, keepTryingCount: number): boolean =>
  !isHighRisk(answers) && keepTryingCount < KEEP_TRYING_LIMIT;

/** pathway.md step 10: "none" says nothing was seen or told, so it cannot stand beside another indicator. */
export const noneStandsAlone = (values: readonly string[]): boolean => !values.includes('none') || values.length === 1;

/** pathway.md "How to read it": a multi step takes a non-empty list of its own answers, each once. */
export const isSelectionOffered = (step: MultiStepId, values: readonly string[]): boolean => {
  const offered: readonly string[] = STEP_ANSWERS[step];
  return values.length > 0 && new Set(values).size === values.length && values.every((v) => offered.includes(v));
};

/** SCIE [R17] and Care Act s.11(2)(b) [R26]: with no third party, the adult's own refusal is the question. */
export const adultAloneRefuses = (answers: Answers): boolean => answers.thirdParty === 'none';

/** Adult B learning [R4][R81]: "no concerns" closes safely only when the adult spoke freely and risk is not high. */
export const seenAloneAndSafe = (answers: Answers): boolean => answers.speaksFreely === 'yes' && !isHighRisk(answers);

/** Making Safeguarding Personal [R79][R81]: respect a choice only when it was made alone and freely. */
export const spokeFreelyWhenSeenAlone = (answers: Answers): boolean =>
  answers.accessAttempt === 'seen-alone' && answers.speaksFreely === 'yes';

/** Domestic Abuse Act 2021 s.2: relatives and partners are personally connected; paid carers and friends are not [R50]. */
export const isPersonallyConnected = (answers: Answers): boolean =>
  answers.thirdParty === 'partner' || answers.thirdParty === 'family-member';

/**
 * Family Law Act 1996 s.62(3) and Crime and Security Act 2010 s.24 [R88][R89]: an "associated person" also
 * includes someone sharing the household (not merely as employee, tenant, lodger or boarder).
 */
export const isAssociatedPerson = (answers: Answers): boolean =>
  isPersonallyConnected(answers) || answers.thirdParty === 'household-member';

/** Domestic Abuse Act 2021 s.1 [R50][R46]: coercion, fear, injuries, a history of abuse or economic control are abuse. */
export const hasDomesticAbuseSigns = (answers: Answers): boolean =>
  answers.coercion === 'yes' ||
  answers.coercion === 'unsure' ||
  (answers.riskIndicators?.some(
    (r) =>
      r === 'domestic-abuse-history' ||
      r === 'adult-frightened' ||
      r === 'unexplained-injuries' ||
      r === 'financial-control',
  ) ??
    false);

/** Care Act 2014 s.68 [R32][R35], pathway.md step 19: an advocate is needed and not yet arranged. */
export const advocateToArrange = (answers: Answers): boolean => answers.advocacy === 'advocate-needed';

/** The outcome adds a referral for children or other adults in the household (pathway.md step 10). */
export const othersAtRisk = (answers: Answers): boolean => answers.riskIndicators?.includes('others-at-risk') ?? false;

/** MCA 2005 ss.2-3, s.48 [R21][R38]: "reason to believe" the adult lacks capacity opens the Court of Protection. */
export const capacityReasonToBelieveLacks = (answers: Answers): boolean =>
  answers.capacity === 'reason-to-believe-lacks';

/** DL v A Local Authority [2012] EWCA Civ 253 [R40][R41]: the inherent jurisdiction protects a capacitous adult under coercion. */
export const capacitousButCoerced = (answers: Answers): boolean =>
  answers.capacity === 'appears-to-have' && (answers.coercion === 'yes' || answers.coercion === 'unsure');

/** Mental Health Act 1983 ss.115, 135(1) [R19]: a suspected mental disorder with ill-treatment or neglect. */
export const mentalDisorderSuspected = (answers: Answers): boolean => answers.mentalDisorder === 'yes';

/**
 * Domestic Abuse Act 2021 ss.1-2 [R50] for a partner or relative; for someone sharing the household, the
 * associated-person remedies only (FLA 1996 ss.42, 62(3); CSA 2010 s.24) [R88][R89].
 */
export const associatedPersonAbuse = (answers: Answers): boolean =>
  isAssociatedPerson(answers) && hasDomesticAbuseSigns(answers);

/** Family Law Act 1996 s.63C [R52]: a Forced Marriage Protection Order where there is a risk of forced marriage. */
export const forcedMarriageRisk = (answers: Answers): boolean => answers.forcedMarriage === 'yes';

/** Police and criminal law [R36][R46]: a suspected crime goes to the police. */
export const crimeAnsweredYes = (answers: Answers): boolean => answers.crime === 'yes';

/** ASBCPA 2014 s.121 [R83]: forcing a marriage is an offence. */
export const forcedMarriageOffence = (answers: Answers): boolean => answers.forcedMarriage === 'yes';

/** pathway.md, global events [R36][R46]: a crime suspected at any point goes to the police. */
export const crimeSuspectedRaised = (_answers: Answers, flags: RouteFlags): boolean => flags.crimeSuspected;

/** One test per rule id of ROUTE_RULES (machines/ids.ts). */
export const ROUTE_RULE_TESTS: { readonly [R in RouteRuleId]: (answers: Answers, flags: RouteFlags) => boolean } = {
  'capacity-reason-to-believe-lacks': capacityReasonToBelieveLacks,
  'capacitous-but-coerced': capacitousButCoerced,
  'mental-disorder-suspected': mentalDisorderSuspected,
  'associated-person-abuse': associatedPersonAbuse,
  'forced-marriage-risk': forcedMarriageRisk,
  'crime-answered-yes': crimeAnsweredYes,
  'forced-marriage-offence': forcedMarriageOffence,
  'crime-suspected-raised': crimeSuspectedRaised,
};

const RULES_BY_ROUTE: ReadonlyMap<RouteId, readonly RouteRuleId[]> = new Map(
  ROUTE_IDS.map((route) => [
    route,
    (Object.keys(ROUTE_RULES) as RouteRuleId[]).filter((rule) => ROUTE_RULES[rule] === route),
  ]),
);

/** The routes recommended by the answers and flags so far, in ROUTE_IDS order, each with the rules that fired. */
export const recommendRoutes = (
  answers: Answers,
  flags: RouteFlags,
): { route: RouteId; rules: RouteRuleId[] }[] => {
  const recommended: { route: RouteId; rules: RouteRuleId[] }[] = [];
  for (const route of ROUTE_IDS) {
    const rules = (RULES_BY_ROUTE.get(route) ?? []).filter((rule) => ROUTE_RULE_TESTS[rule](answers, flags));
    if (rules.length > 0) recommended.push({ route, rules });
  }
  return recommended;
};

/** pathway.md step 24: legal advice follows when at least one protective route applies. */
export const anyRouteApplies = (answers: Answers, flags: RouteFlags): boolean =>
  recommendRoutes(answers, flags).length > 0;

/**
 * The rules that withhold an answer, that keep a route or an outcome from being recommended, and that
 * high risk triggers: the scenario files must check each of them (tests/cli/scenario-coverage.test.ts).
 */
export const WITHHOLDING_RULE_IDS = [
  'keep-trying-at-high-risk',
  'keep-trying-limit',
  'none-only-alone',
  'no-third-party-when-third-party-is-barrier',
] as const;
export type WithholdingRuleId = (typeof WITHHOLDING_RULE_IDS)[number];

export const NEVER_RULE_IDS = [
  'no-inherent-jurisdiction-when-capacity-doubted',
  'no-domestic-abuse-when-not-associated-person',
  'no-autonomy-respected-when-not-seen-alone',
  'no-autonomy-respected-when-not-speaking-freely',
] as const;
export type NeverRuleId = (typeof NEVER_RULE_IDS)[number];

export const HIGH_RISK_RULE_IDS = ['high-risk-needs-risk-meeting', 'high-risk-not-seen-alone-safe'] as const;
export type HighRiskRuleId = (typeof HIGH_RISK_RULE_IDS)[number];

export type PathwayRuleId = WithholdingRuleId | NeverRuleId | HighRiskRuleId;

/**
 * Why a rule withholds `value` at `step`, given the answers so far, or undefined when nothing
 * withholds it. Only answers the step offers are asked about; an unknown id is simply not offered.
 */
export const withholdingRule = (
  step: StepId,
  value: AnswerValue,
  answers: Answers,
  keepTryingCount: number,
): { rule: WithholdingRuleId; reason: string } | undefined => {
  if (step === 'thirdParty' && value === 'none' && !mayNameNoThirdParty(answers)) {
    return { rule: 'no-third-party-when-third-party-is-barrier', reason: 'when a third party is the barrier' };
  }
  if (step === 'accessAttempt' && value === 'keep-trying') {
    if (isHighRisk(answers)) return { rule: 'keep-trying-at-high-risk', reason: 'when risk is high' };
    if (keepTryingCount >= KEEP_TRYING_LIMIT) {
      return { rule: 'keep-trying-limit', reason: `after ${KEEP_TRYING_LIMIT} tries` };
    }
  }
  if (step === 'riskIndicators' && Array.isArray(value) && !noneStandsAlone(value)) {
    return { rule: 'none-only-alone', reason: "beside 'none', which stands only on its own" };
  }
  return undefined;
};

/** Whether `value` is one of the answers `step` offers (a list for a multi step), before any rule withholds it. */
export const isOfferedShape = (step: StepId, value: AnswerValue): boolean => {
  if (step === 'barrier' || step === 'riskIndicators') {
    return Array.isArray(value) && isSelectionOffered(step, value);
  }
  const offered: readonly string[] = STEP_ANSWERS[step];
  return typeof value === 'string' && offered.includes(value);
};
