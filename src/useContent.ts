import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isOutcomeId, type CaseActionId, type OutcomeId, type PageId, type RouteId, type RouteRuleId, type StepId } from '../machines';
import { releaseKey, type ReleaseWords } from '../content';
import { namespaceReady, stepReady } from './i18n';
import type { AboutContent, CaseActionContent, OutcomeContent, RouteContent, RuleContent, StepContent } from '../content';

/**
 * Structured content (guidance blocks, options) read through i18next with
 * `returnObjects`, so interpolation of local values and the pseudo-locale apply to it too.
 * The ids are the contract's, so the lookups cannot miss (tests/content checks coverage).
 *
 * Later pages' words (outcomes, routes, About) load on demand (issue 13): a lookup in a namespace
 * not yet loaded suspends the page (React Suspense) until it is, so pages never see a missing word.
 * After the first page the app loads them all while idle, so in practice no page waits.
 */
export function useContent() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const translate = t as unknown as (key: string, options: { ns: string; returnObjects: true }) => unknown;
    const lookup = (key: string, options: { ns: string; returnObjects: true }) => {
      const ready = namespaceReady(i18n, options.ns);
      // Suspense's contract: rendering throws the promise of what it waits for.
      if (ready !== true) throw ready;
      return translate(key, options);
    };
    // A step's words come with its stage's (issue 13): waiting for one step never waits for them all.
    const step = (id: StepId) => {
      const ready = stepReady(i18n, id);
      if (ready !== true) throw ready;
      return translate(id, { ns: 'steps', returnObjects: true }) as StepContent;
    };
    const outcome = (id: OutcomeId) => lookup(id, { ns: 'outcomes', returnObjects: true }) as OutcomeContent;
    return {
      step,
      outcome,
      /** A page's heading by its id: a step's question or an outcome's heading. */
      heading: (id: PageId) => (isOutcomeId(id) ? outcome(id).heading : step(id).heading),
      /** A release's words (the changelog namespace), in the page's language. */
      release: (part: 'pathway' | 'content', version: string) =>
        lookup(`${part}.${releaseKey(version)}`, { ns: 'changelog', returnObjects: true }) as ReleaseWords,
      caseAction: (id: CaseActionId) => lookup(id, { ns: 'actions', returnObjects: true }) as CaseActionContent,
      route: (id: RouteId) => lookup(id, { ns: 'routes', returnObjects: true }) as RouteContent,
      rule: (id: RouteRuleId) => lookup(id, { ns: 'rules', returnObjects: true }) as RuleContent,
      about: <K extends keyof AboutContent>(key: K) => lookup(key, { ns: 'about', returnObjects: true }) as AboutContent[K],
    };
  }, [t, i18n]);
}
