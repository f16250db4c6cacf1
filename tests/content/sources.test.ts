import { describe, expect, it } from 'vitest';
import { sourceById, sources, unconfirmed } from '../../content';
import { contentResources } from '../../content/resources';
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

  it('tells the kinds of source apart (brief.md §10)', () => {
    for (const id of ['R88', 'R89', 'R90', 'R93', 'R94', 'R95', 'R97']) expect(sourceById(id)?.kind, id).toBe('statute');
    expect(sourceById('R96')?.kind).toBe('statutory guidance');
    for (const id of ['R91', 'R92', 'R39c']) expect(sourceById(id)?.kind, id).toBe('case law');
    expect(sourceById('R99')?.kind).toBe('practice guidance');
    expect(sourceById('R55')?.kind).toBe('review');
    // Weak hosts the brief names, law firms' pages and digests are secondary.
    for (const id of ['R11', 'R42b', 'R54', 'R98', 'R51b', 'R39b']) expect(sourceById(id)?.kind, id).toBe('secondary');
  });

  it('prefers official copies of statutes and judgments', () => {
    for (const source of sources.filter((item) => /^R(8[89]|9\d|100)$/.test(item.id))) {
      if (source.kind === 'statute') expect(source.url, source.id).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
      if (source.kind === 'case law') expect(source.url, source.id).toMatch(/^https:\/\/(www\.bailii\.org|caselaw\.nationalarchives\.gov\.uk)\//);
    }
    // brief.md §9 gives R32 with a dot after the host name.
    expect(sourceById('R32')?.url).toBe('https://www.legislation.gov.uk/ukpga/2014/23/part/1/crossheading/independent-advocacy-support/enacted');
  });

  it('carries a date only where someone read the source, and says where each came from', () => {
    // Nothing was re-read for this version: every source is listed without a date.
    expect(sources.filter((source) => source.lastChecked !== null).map((source) => source.id)).toEqual([]);
    expect(sourceById('R17')?.from).toBe('brief');
    expect(sourceById('R100')?.from).toBe('brief');
    // Official copies added here for laws the brief gives only through a summary.
    const added = sources.filter((source) => source.from === 'added');
    expect(added.map((source) => source.id).sort()).toEqual(['R19f', 'R19g', 'R19h', 'R21b', 'R21c', 'R21d', 'R22b', 'R30b', 'R39c', 'R48c']);
    for (const source of added) expect(source.confidence, source.id).toBe('unverified');
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
