/**
 * The trainer's map as a graph, read from the machine's own definition (issue 14, point 1): every
 * state, every answer transition with the answers that take it and any rule besides, each ladder
 * level's (and the emergency step's) return to where it was raised, and each global event with the
 * pages where the contract makes it available. Nothing here is drawn by hand: a state or transition
 * added to the chart appears here, and the map test fails until the layout is regenerated.
 *
 * Pure: reads machines/ only, so the build-time layout script, the browser and the tests share it.
 */
import { GLOBAL_EVENT_IDS, OUTCOME_IDS, STEP_ANSWERS, STEP_IDS, isMultiStep, isOutcomeId } from '../../machines/ids';
import type { AnswerId, GlobalEventId, PageId, StepId } from '../../machines/ids';
import { globalEventsOn } from '../../machines/availability';
import { pathwayMachine } from '../../machines/pathway';

export type PageRole = 'question' | 'guidance' | 'outcome' | 'ladder' | 'emergency';

export interface MapPage {
  readonly id: PageId;
  readonly role: PageRole;
  /** The global events available on this page (data-events). */
  readonly events: readonly GlobalEventId[];
}

/** The guards that are rules over the case, beside the answer itself (machines/setup.ts). */
export const CONDITION_GUARDS = [
  'mayNameNoThirdParty',
  'noneStandsAlone',
  'mayKeepTrying',
  'isHighRisk',
  'adultAloneRefuses',
  'seenAloneAndSafe',
  'anyRouteApplies',
  'spokeFreelyWhenSeenAlone',
] as const;
export type ConditionGuard = (typeof CONDITION_GUARDS)[number];

/** One answer transition of the chart: one edge on the map. */
export interface AnswerEdge {
  /** `source:answer:index`, as machines/paths.ts keys a defined transition. */
  readonly id: string;
  readonly from: StepId;
  readonly to: PageId;
  /** The answers that take this transition (every answer of a multi step: any selection does). */
  readonly answers: readonly AnswerId[];
  /** Every answer the step offers takes it (before rules): drawn as "any answer". */
  readonly allAnswers: boolean;
  readonly multi: boolean;
  /** Rules over the case that must also hold. */
  readonly conditions: readonly ConditionGuard[];
  /** Taken only when an earlier transition for the same answer's rule does not hold. */
  readonly otherwise: boolean;
}

/** A return to wherever the ladder or the emergency was raised: drawn once per level. */
export interface ReturnEdge {
  readonly id: string;
  readonly from: StepId;
  readonly answer: AnswerId;
  /** How many pages the chart can return to from here (one transition each). */
  readonly pages: number;
}

export interface ChartGraph {
  readonly pages: readonly MapPage[];
  readonly answers: readonly AnswerEdge[];
  readonly returns: readonly ReturnEdge[];
  /** Each global event once, with the pages it is available on. */
  readonly events: readonly { readonly event: GlobalEventId; readonly pages: readonly PageId[] }[];
}

/** The pseudo-node every return edge leads to: "back to where it was raised". */
export const RETURN_NODE = 'return';

/** `from answer to`: the page vocabulary's data-transition (architecture.md). */
export const transitionKey = (from: string, answer: string, to: string): string => `${from} ${answer} ${to}`;
/** `level resolved return`: a return drawn once per level. */
export const returnKey = (from: string, answer: string): string => `${from} ${answer} return`;

interface GuardObject {
  readonly type: string;
  readonly params?: { readonly values?: readonly AnswerId[] };
}
type GuardSpec = string | GuardObject | { readonly guards?: readonly GuardSpec[] } | undefined;

/** The plain guards inside a guard (an `and([...])` lists them as `.guards`). */
const guardParts = (guard: unknown): (string | GuardObject)[] => {
  if (guard === undefined || guard === null) return [];
  if (typeof guard === 'string') return [guard];
  const nested = (guard as { guards?: readonly GuardSpec[] }).guards;
  if (Array.isArray(nested)) return nested.flatMap(guardParts);
  if (typeof guard === 'object' && typeof (guard as GuardObject).type === 'string') return [guard as GuardObject];
  return [];
};

const partType = (part: string | GuardObject): string => (typeof part === 'string' ? part : part.type);
const isCondition = (name: string): name is ConditionGuard => (CONDITION_GUARDS as readonly string[]).includes(name);

const roleOf = (id: PageId): PageRole => {
  if (isOutcomeId(id)) return 'outcome';
  if (id === 'emergency') return 'emergency';
  if (id.startsWith('escalate')) return 'ladder';
  const tags = pathwayMachine.root.states[id]?.tags ?? [];
  return tags.includes('guidance') ? 'guidance' : 'question';
};

/** Reads the chart. Throws on a guard it cannot read, so a new kind of guard is noticed, not skipped. */
export function readChart(): ChartGraph {
  const ids: PageId[] = [...STEP_IDS, ...OUTCOME_IDS];
  const answers: AnswerEdge[] = [];
  const returns: ReturnEdge[] = [];
  for (const id of ids) {
    const node = pathwayMachine.root.states[id];
    if (!node) throw new Error(`The chart has no state '${id}'`);
    const definitions = node.transitions.get('answer') ?? [];
    const returnCounts = new Map<AnswerId, number>();
    const conditioned = new Set<AnswerId>();
    definitions.forEach((definition, index) => {
      const parts = guardParts(definition.guard);
      const names = parts.map(partType);
      const actions = definition.actions.map((action) => (typeof action === 'string' ? action : (action as { type?: string }).type));
      const step = id as StepId;
      const multi = names.includes('selectionOffered');
      const valuesPart = parts.find((part): part is GuardObject => typeof part !== 'string' && part.type === 'answerIs');
      const values: readonly AnswerId[] = multi ? STEP_ANSWERS[step] : (valuesPart?.params?.values ?? []);
      if (values.length === 0) throw new Error(`Cannot read the answers of ${id}'s transition ${index}`);
      if (actions.includes('popReturn')) {
        for (const value of values) returnCounts.set(value, (returnCounts.get(value) ?? 0) + 1);
        return;
      }
      const unknown = names.filter((name) => name !== 'answerIs' && name !== 'selectionOffered' && !isCondition(name));
      if (unknown.length > 0) throw new Error(`Unknown guard(s) ${unknown.join(', ')} on ${id}'s transition ${index}`);
      const conditions = names.filter(isCondition);
      const target = definition.target?.[0]?.key as PageId | undefined;
      if (target === undefined) throw new Error(`${id}'s transition ${index} has no target`);
      answers.push({
        id: `${id}:answer:${index}`,
        from: step,
        to: target,
        answers: values,
        allAnswers: multi || values.length === STEP_ANSWERS[step].length,
        multi: multi || isMultiStep(step),
        conditions,
        otherwise: conditions.length === 0 && values.some((value) => conditioned.has(value)),
      });
      if (conditions.length > 0) for (const value of values) conditioned.add(value);
    });
    for (const [answer, pages] of returnCounts) returns.push({ id: `${id}:return:${answer}`, from: id as StepId, answer, pages });
  }
  const pages = ids.map((id) => ({ id, role: roleOf(id), events: globalEventsOn(id) }));
  const events = GLOBAL_EVENT_IDS.map((event) => ({ event, pages: ids.filter((id) => globalEventsOn(id).includes(event)) }));
  return { pages, answers, returns, events };
}

/** Every `from answer to` the map draws: one per answer of each answer transition. */
export const answerTransitionKeys = (graph: ChartGraph): string[] =>
  graph.answers.flatMap((edge) => edge.answers.map((answer) => transitionKey(edge.from, answer, edge.to)));
