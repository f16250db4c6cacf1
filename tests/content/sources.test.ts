import { describe, expect, it } from 'vitest';
import { contentResources, sourceById, sources, unconfirmed } from '../../content';
import { collectUnits } from '../../content/checks';
import { OUTCOME_IDS, ROUTE_IDS, ROUTE_RULE_IDS, STEP_IDS } from '../../machines/ids';

const { steps, outcomes, routes, rules, about } = contentResources['en-GB'];
const files = { steps, outcomes, routes, rules, about };

const units = Object.entries(files).flatMap(([file, value]) =>
  collectUnits(value).map((located) => ({ ...located, file })),
);

describe('sources', () => {
  it('finds the guidance items to check (the walk is not empty)', () => {
    // At least: one block a step; summary, action, involve and record an outcome; seven parts a route; one a rule.
    const floor = STEP_IDS.length + OUTCOME_IDS.length * 4 + ROUTE_IDS.length * 7 + ROUTE_RULE_IDS.length;
    expect(units.length).toBeGreaterThanOrEqual(floor);
  });

  it('every guidance item, action and rule cites at least one source', () => {
    const uncited = units.filter(({ unit }) => unit.sources.length === 0).map(({ file, path }) => `${file}:${path.join('.')}`);
    expect(uncited).toEqual([]);
  });

  it('every cited id exists in sources.json', () => {
    const unknown = units.flatMap(({ unit, file, path }) =>
      unit.sources.filter((id) => sourceById(id) === undefined).map((id) => `${file}:${path.join('.')} cites ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('sources.json holds only sources the content cites', () => {
    const cited = new Set([...units.flatMap(({ unit }) => unit.sources), ...unconfirmed.flatMap((fact) => fact.sources)]);
    expect(sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('each source id appears once', () => {
    const ids = sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the confidence the brief gives', () => {
    // brief.md §9 and §3: R42b is a commercial, unverified claim; R11 is a secondary mirror;
    // the s.68 text (R32) and the Public Health Act s.287 text (R69) were read only in part.
    expect(sourceById('R42b')?.confidence).toBe('unverified');
    expect(sourceById('R11')?.kind).toBe('secondary');
    expect(sourceById('R32')?.confidence).toBe('partial');
    expect(sourceById('R69')?.confidence).toBe('partial');
    expect(sourceById('R40')?.kind).toBe('case law');
    expect(sourceById('R50')?.kind).toBe('statute');
  });

  it('gives the brief\'s address for a source', () => {
    expect(sourceById('R17')?.url).toBe(
      'http://www.scie.org.uk/care-act-2014/safeguarding-adults/adult-suspected-at-risk-of-neglect-abuse/difficulties-in-gaining-access.asp',
    );
  });

  it('sourceById returns undefined for an unknown id', () => {
    expect(sourceById('R0')).toBeUndefined();
  });
});
