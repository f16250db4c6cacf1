import { z } from '../../machines/zod';
import { ROUTE_IDS, ROUTE_RULE_IDS, type RouteId, type RouteRuleId } from '../../machines/ids';
import { basisFields, blocks, sourceList, text, unconfirmedList } from './common';

export { ROUTE_PARTS, type RoutePart } from '../routeParts';

const route = z.strictObject({
  name: text,
  summary: text,
  allows: blocks,
  test: blocks,
  who: blocks,
  how: blocks,
  timescale: blocks,
  limits: blocks,
  evidence: blocks,
});

export type RouteContent = z.infer<typeof route>;
export type RoutesContent = Record<RouteId, RouteContent>;

const routeShape: Record<string, typeof route> = {};
for (const id of ROUTE_IDS) routeShape[id] = route;

/** routes.json: one entry for every route id of the contract, and no other key. */
export const routesSchema = z.strictObject(routeShape) as unknown as z.ZodMiniType<RoutesContent>;

const rule = z.strictObject({
  /** Why the route is recommended, in terms of the answers given. */
  text,
  sources: sourceList,
  unconfirmed: z.optional(unconfirmedList),
  ...basisFields,
});
export type RuleContent = z.infer<typeof rule>;
export type RulesContent = Record<RouteRuleId, RuleContent>;

const ruleShape: Record<string, typeof rule> = {};
for (const id of ROUTE_RULE_IDS) ruleShape[id] = rule;

/** rules.json: one entry for every route rule id, and no other key. */
export const rulesSchema = z.strictObject(ruleShape) as unknown as z.ZodMiniType<RulesContent>;
