/**
 * The path model of the chart for xstate/graph (tests/machines/graph.test.ts and bench/run.ts):
 * which events to try in each state, how to tell two states apart, and transition coverage
 * computed from the machine's own definition. Not part of the app: index.ts does not export it.
 *
 * xstate/graph keys states by value and context; the answers make the context unbounded, so the
 * key keeps only what a guard can still read: the page, the pages to return to, and the facts the
 * guards test (machines/rules.ts). Two states with the same key take the same transitions.
 */
import type { AnyTransitionDefinition } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { STEP_ANSWERS, isMultiStep, isOutcomeId } from './ids';
import type { AnswerId, PageId } from './ids';
import { pathwayMachine } from './pathway';
import type { PathwaySnapshot } from './replay';
import * as rules from './rules';
import type { PathwayEvent } from './types';

const GLOBAL_MACHINE_EVENTS: readonly PathwayEvent[] = [
  { type: 'emergency' },
  { type: 'disagree' },
  { type: 'crimeSuspected' },
  { type: 'referForReview' },
];

/** Lists that exercise a multi step beyond its single answers: a combination, and one a rule refuses. */
const EXTRA_SELECTIONS: { readonly [S in 'barrier' | 'riskIndicators']: readonly AnswerId[][] } = {
  barrier: [['third-party-refuses-entry', 'adult-not-located']],
  riskIndicators: [['none', 'isolated']],
};

/** The events to try in `snapshot`: the four global events the machine handles, and every answer of its page. */
export const sampleEvents = (snapshot: PathwaySnapshot): PathwayEvent[] => {
  const page = snapshot.value;
  if (isOutcomeId(page)) return [...GLOBAL_MACHINE_EVENTS];
  const answers: PathwayEvent[] = isMultiStep(page)
    ? [...STEP_ANSWERS[page].map((a): AnswerId[] => [a]), ...EXTRA_SELECTIONS[page]].map((value) => ({
        type: 'answer',
        step: page,
        value,
      }))
    : STEP_ANSWERS[page].map((value: AnswerId) => ({ type: 'answer', step: page, value }));
  return [...answers, ...GLOBAL_MACHINE_EVENTS];
};

type Fact = 'barrierIsThirdParty' | 'adultAloneRefuses' | 'highRisk' | 'tries' | 'seenAlone' | 'route';

/**
 * The facts a guard still reads, by the main-flow page the case will go on from (the page itself,
 * or the page the emergency step or the ladder returns to). A page not listed reads none: the
 * guards ahead of it read answers it has not given yet.
 */
const LIVE_FACTS: Partial<Record<PageId, readonly Fact[]>> = {
  thirdParty: ['barrierIsThirdParty'],
  riskIndicators: ['adultAloneRefuses', 'route'],
  accessAttempt: ['adultAloneRefuses', 'highRisk', 'tries', 'route'],
  speaksFreely: ['highRisk', 'route'],
  adultWishes: ['highRisk', 'seenAlone', 'route'],
  refusalUnreasonable: ['highRisk', 'route'],
  interventionJustified: ['highRisk', 'route'],
  riskMeeting: ['route'],
  capacity: ['seenAlone', 'route'],
  advocacy: ['seenAlone', 'route'],
  coercion: ['seenAlone', 'route'],
  mentalDisorder: ['seenAlone', 'route'],
  forcedMarriage: ['seenAlone', 'route'],
  crime: ['seenAlone', 'route'],
  legalOptions: ['seenAlone', 'route'],
};

/**
 * Whether a protective route applies now; or would, were coercion answered `yes` (an associated
 * third party, or apparent capacity); or not. No other answer ahead can change it back.
 */
const routeOutlook = (snapshot: PathwaySnapshot): 'now' | 'if-coerced' | 'no' => {
  const { answers } = snapshot.context;
  if (rules.anyRouteApplies(answers, snapshot.context)) return 'now';
  const coercionAhead = answers.coercion === undefined;
  return coercionAhead && (rules.isAssociatedPerson(answers) || answers.capacity === 'appears-to-have')
    ? 'if-coerced'
    : 'no';
};

const factValue = (fact: Fact, snapshot: PathwaySnapshot): unknown => {
  const { answers, keepTrying } = snapshot.context;
  switch (fact) {
    case 'barrierIsThirdParty':
      return rules.thirdPartyIsTheBarrier(answers);
    case 'adultAloneRefuses':
      return rules.adultAloneRefuses(answers);
    case 'highRisk':
      return rules.isHighRisk(answers);
    case 'tries':
      return keepTrying;
    case 'seenAlone':
      return [answers.accessAttempt === 'seen-alone', answers.speaksFreely === 'yes'];
    case 'route':
      return routeOutlook(snapshot);
  }
};

/** What a guard can still read in `snapshot`: two states with the same key behave the same. */
export const serializeSnapshot = (snapshot: PathwaySnapshot): string => {
  const { returnTo } = snapshot.context;
  const goesOnFrom = returnTo[0] ?? snapshot.value;
  const facts = (LIVE_FACTS[goesOnFrom] ?? []).map((fact) => factValue(fact, snapshot));
  return JSON.stringify([snapshot.value, returnTo, facts]);
};

const serializeEvent = (event: PathwayEvent): string => JSON.stringify(event);

/** A chart whose states no longer close (a return that never ends) fails fast instead of running on. */
const TRAVERSAL_LIMIT = 200_000;

const traversal = { events: sampleEvents, serializeState: serializeSnapshot, serializeEvent, limit: TRAVERSAL_LIMIT };

/** One shortest path to every distinct state of the chart. */
export const shortestPaths = () => getShortestPaths(pathwayMachine, traversal);

/** Every distinct state of the chart with every sampled event and where it leads. */
export const adjacency = () => getAdjacencyMap(pathwayMachine, traversal);

/** Every transition the machine defines, keyed `source:event:index`. */
export const definedTransitions = (): Map<string, AnyTransitionDefinition> => {
  const all = new Map<string, AnyTransitionDefinition>();
  for (const node of Object.values(pathwayMachine.root.states)) {
    for (const [eventType, definitions] of node.transitions) {
      definitions.forEach((definition, index) => all.set(`${node.key}:${eventType}:${index}`, definition));
    }
  }
  return all;
};

/**
 * The transitions taken somewhere in the adjacency map, keyed as definedTransitions() keys them.
 * The machine reports, for a state and an event, which of its own transition definitions it takes.
 */
export const coveredTransitions = (map: ReturnType<typeof adjacency>): Set<string> => {
  const covered = new Set<string>();
  for (const { state, transitions } of Object.values(map)) {
    for (const { event } of Object.values(transitions) as { event: PathwayEvent }[]) {
      for (const definition of pathwayMachine.getTransitionData(state, event)) {
        const index = definition.source.transitions.get(definition.eventType)?.indexOf(definition) ?? -1;
        covered.add(`${definition.source.key}:${definition.eventType}:${index}`);
      }
    }
  }
  return covered;
};
