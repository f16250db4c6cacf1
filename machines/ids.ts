/**
 * The pathway contract's vocabulary (../shared/domain/pathway.md, version 1.1).
 * Declared once here; every other file derives its types from these arrays.
 * Never rename or remove an id: deprecate instead.
 */

export const PATHWAY_VERSION = '1.1.0';

/** Steps of the main flow, in the contract's order, plus the emergency step. */
export const MAIN_STEP_IDS = [
  'jurisdiction',
  'role',
  'partnerConcern',
  'immediateDanger',
  'careNeeds',
  'abuseOrNeglect',
  'unableToProtect',
  'barrier',
  'thirdParty',
  'riskIndicators',
  'accessAttempt',
  'speaksFreely',
  'adultWishes',
  'safeguardingPlan',
  'refusalUnreasonable',
  'interventionJustified',
  'riskMeeting',
  'capacity',
  'advocacy',
  'coercion',
  'mentalDisorder',
  'forcedMarriage',
  'crime',
  'legalOptions',
  'legalAdvice',
  'respectAutonomy',
  'emergency',
] as const;

/** The escalation ladder (event `disagree`, or `legalAdvice` = `disputed`). */
export const ESCALATION_STEP_IDS = [
  'escalatePractitioners',
  'escalateManagers',
  'escalateLeads',
  'escalateBoard',
] as const;

export const STEP_IDS = [...MAIN_STEP_IDS, ...ESCALATION_STEP_IDS] as const;

export const OUTCOME_IDS = [
  'concernRaised',
  'notSection42',
  'emergencyServices',
  'seenAloneSafe',
  'planAgreed',
  'reviewAndMonitor',
  'autonomyRespected',
  'protectiveAction',
  'escalatedToBoard',
  'sarReferral',
  'walesProcedures',
] as const;

export const ROUTE_IDS = [
  'courtOfProtection',
  'inherentJurisdiction',
  'mentalHealthAct',
  'domesticAbuse',
  'forcedMarriageProtection',
  'police',
] as const;

export const GLOBAL_EVENT_IDS = ['emergency', 'disagree', 'crimeSuspected', 'referForReview', 'back'] as const;

/** The answers each step offers (before any rule withholds one). */
export const STEP_ANSWERS = {
  jurisdiction: ['england', 'wales'],
  role: ['local-authority', 'partner-agency'],
  partnerConcern: ['done'],
  immediateDanger: ['yes', 'no'],
  careNeeds: ['yes', 'unsure', 'no'],
  abuseOrNeglect: ['yes', 'unsure', 'no'],
  unableToProtect: ['yes', 'unsure', 'no'],
  barrier: [
    'third-party-refuses-entry',
    'third-party-always-present',
    'adult-declines-contact',
    'adult-not-located',
    'appointments-missed',
    'influence-over-decision',
  ],
  thirdParty: ['partner', 'family-member', 'household-member', 'paid-carer', 'friend-or-neighbour', 'none'],
  riskIndicators: [
    'unexplained-injuries',
    'neglect-signs',
    'adult-frightened',
    'domestic-abuse-history',
    'isolated',
    'financial-control',
    'care-withdrawn',
    'others-at-risk',
    'none',
  ],
  accessAttempt: ['seen-alone', 'not-seen-alone', 'keep-trying'],
  speaksFreely: ['yes', 'no', 'unsure'],
  adultWishes: ['no-concerns', 'wants-help', 'declines-help'],
  safeguardingPlan: ['done'],
  refusalUnreasonable: ['yes', 'no'],
  interventionJustified: ['yes', 'no'],
  riskMeeting: ['intervene', 'review-and-monitor'],
  capacity: ['reason-to-believe-lacks', 'appears-to-have'],
  advocacy: ['advocate-arranged', 'advocate-needed', 'appropriate-person', 'not-needed'],
  coercion: ['yes', 'unsure', 'no'],
  mentalDisorder: ['yes', 'no'],
  forcedMarriage: ['yes', 'no'],
  crime: ['yes', 'no'],
  legalOptions: ['done'],
  legalAdvice: ['action-agreed', 'not-yet', 'disputed'],
  respectAutonomy: ['done'],
  emergency: ['services-dealing', 'continue-pathway'],
  escalatePractitioners: ['resolved', 'not-resolved'],
  escalateManagers: ['resolved', 'not-resolved'],
  escalateLeads: ['resolved', 'not-resolved'],
  escalateBoard: ['resolved', 'not-resolved', 'sar-criteria-met'],
} as const satisfies Record<(typeof STEP_IDS)[number], readonly string[]>;

/** Steps that take a list of answers. */
export const MULTI_STEP_IDS = ['barrier', 'riskIndicators'] as const;

/** Steps that require a written rationale before moving on (contract, "Rationale"). */
export const RATIONALE_STEP_IDS = [
  'refusalUnreasonable',
  'interventionJustified',
  'riskMeeting',
  'legalAdvice',
  'respectAutonomy',
  'escalatePractitioners',
  'escalateManagers',
  'escalateLeads',
  'escalateBoard',
] as const;

/** Guidance steps: guidance and one answer (`done`) to move on. */
export const GUIDANCE_STEP_IDS = ['partnerConcern', 'safeguardingPlan', 'legalOptions', 'respectAutonomy'] as const;

export type MainStepId = (typeof MAIN_STEP_IDS)[number];
export type EscalationStepId = (typeof ESCALATION_STEP_IDS)[number];
export type StepId = (typeof STEP_IDS)[number];
export type OutcomeId = (typeof OUTCOME_IDS)[number];
export type PageId = StepId | OutcomeId;
export type RouteId = (typeof ROUTE_IDS)[number];
export type GlobalEventId = (typeof GLOBAL_EVENT_IDS)[number];
export type AnswerOf<S extends StepId> = (typeof STEP_ANSWERS)[S][number];
export type AnswerId = { [S in StepId]: AnswerOf<S> }[StepId];
export type MultiStepId = (typeof MULTI_STEP_IDS)[number];
export type RationaleStepId = (typeof RATIONALE_STEP_IDS)[number];

/** Every answer id, once each. */
export const ANSWER_IDS = [...new Set(Object.values(STEP_ANSWERS).flat())] as AnswerId[];

const stepIdSet: ReadonlySet<string> = new Set(STEP_IDS);
const outcomeIdSet: ReadonlySet<string> = new Set(OUTCOME_IDS);
const routeIdSet: ReadonlySet<string> = new Set(ROUTE_IDS);

export const isStepId = (value: string): value is StepId => stepIdSet.has(value);
export const isOutcomeId = (value: string): value is OutcomeId => outcomeIdSet.has(value);
export const isPageId = (value: string): value is PageId => isStepId(value) || isOutcomeId(value);
export const isRouteId = (value: string): value is RouteId => routeIdSet.has(value);
export const isMultiStep = (step: StepId): step is MultiStepId => (MULTI_STEP_IDS as readonly string[]).includes(step);
export const needsRationale = (step: StepId): step is RationaleStepId =>
  (RATIONALE_STEP_IDS as readonly string[]).includes(step);

/**
 * Why a route is recommended: one id per rule of the contract's route table.
 * Outcome pages show the rule's text beside each route (content/en-GB/rules.json).
 */
export const ROUTE_RULES = {
  'capacity-reason-to-believe-lacks': 'courtOfProtection',
  'capacitous-but-coerced': 'inherentJurisdiction',
  'mental-disorder-suspected': 'mentalHealthAct',
  'associated-person-abuse': 'domesticAbuse',
  'forced-marriage-risk': 'forcedMarriageProtection',
  'crime-answered-yes': 'police',
  'forced-marriage-offence': 'police',
  'crime-suspected-raised': 'police',
} as const satisfies Record<string, RouteId>;

export type RouteRuleId = keyof typeof ROUTE_RULES;

/**
 * Actions that belong to a case because of its answers, listed on every outcome until done
 * (pathway.md step 19: an advocate needed but not yet arranged).
 */
export const CASE_ACTION_IDS = ['arrange-advocate'] as const;
export type CaseActionId = (typeof CASE_ACTION_IDS)[number];
export const ROUTE_RULE_IDS = Object.keys(ROUTE_RULES) as RouteRuleId[];
