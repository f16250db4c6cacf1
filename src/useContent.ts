import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerId, OutcomeId, RouteId, RouteRuleId, StepId } from '../machines';
import type { Block } from './components/Blocks';

export interface StepContent {
  heading: string;
  hint?: string;
  options: Partial<Record<AnswerId, { label: string; hint?: string }>>;
  why: string;
  guidance: Block[];
  rationale?: { label: string; hint: string };
}

export interface OutcomeContent {
  heading: string;
  summary: Block[];
  actions: { text: string; who: string; sources: string[] }[];
  involve: Block[];
  record: Block[];
  reviewPeriodDays: number;
  guidance?: Block[];
}

export const ROUTE_PARTS = ['allows', 'test', 'who', 'how', 'timescale', 'limits', 'evidence'] as const;
export type RoutePart = (typeof ROUTE_PARTS)[number];
export type RouteContent = { name: string; summary: string } & Record<RoutePart, Block[]>;

export interface RuleContent {
  text: string;
  sources: string[];
}

/**
 * Structured content (guidance blocks, options) read through i18next with
 * `returnObjects`, so interpolation of local values and the pseudo-locale apply to it too.
 * The ids are the contract's, so the lookups cannot miss (tests/content checks coverage).
 */
export function useContent() {
  const { t } = useTranslation();
  return useMemo(() => {
    const lookup = t as unknown as (key: string, options: { ns: string; returnObjects: true }) => unknown;
    return {
      step: (id: StepId) => lookup(id, { ns: 'steps', returnObjects: true }) as StepContent,
      outcome: (id: OutcomeId) => lookup(id, { ns: 'outcomes', returnObjects: true }) as OutcomeContent,
      route: (id: RouteId) => lookup(id, { ns: 'routes', returnObjects: true }) as RouteContent,
      rule: (id: RouteRuleId) => lookup(id, { ns: 'rules', returnObjects: true }) as RuleContent,
    };
  }, [t]);
}
