/**
 * Memoised selectors: a list a selector builds is built once per case state, so asked twice of
 * the same state it is the same array (stable for React), and costs nothing the second time.
 */
import type { CaseState } from './caseState';
import type { StepId } from './ids';

export const memo = <T>(compute: (s: CaseState) => T): ((s: CaseState) => T) => {
  const cache = new WeakMap<CaseState, T>();
  return (s) => {
    if (cache.has(s)) return cache.get(s) as T;
    const value = compute(s);
    cache.set(s, value);
    return value;
  };
};

export const memoByStep = <T>(compute: (s: CaseState, step: StepId) => T): ((s: CaseState, step: StepId) => T) => {
  const cache = new WeakMap<CaseState, Map<StepId, T>>();
  return (s, step) => {
    let byStep = cache.get(s);
    if (byStep === undefined) {
      byStep = new Map();
      cache.set(s, byStep);
    }
    if (byStep.has(step)) return byStep.get(step) as T;
    const value = compute(s, step);
    byStep.set(step, value);
    return value;
  };
};

