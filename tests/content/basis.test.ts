/**
 * What a guidance item rests on, said in structure (issue 9, point 6): `cites` names the
 * authority behind a rule it states, `dated` and `asAt` mark a status true on a date. The
 * content checks hold each to what the item cites; each check is shown failing once on a
 * small fixture that breaks it.
 */
import { describe, expect, it } from 'vitest';
import { sourceById } from '../../content';
import { contentResources } from '../../content/resources';
import { collectUnits } from '../../content/checks';
import { getAt, issuesOf, rawContent, setAt } from './helpers';

const { steps, outcomes, routes, rules, about } = contentResources['en-GB'];
const files = { steps, outcomes, routes, rules, about };
const units = Object.entries(files).flatMap(([file, value]) => collectUnits(value).map((located) => ({ ...located, file })));

/** The shipped thirdParty guidance, with its first item replaced by this one. */
function withItem(item: Record<string, unknown>) {
  const raw = rawContent();
  setAt(raw.steps, ['thirdParty', 'guidance', 0], item);
  return issuesOf(raw);
}

const WHERE = { file: 'content/en-GB/steps/seeing-alone.json', path: ['thirdParty', 'guidance', 0] };
const paragraph = (fields: Record<string, unknown>) => ({ type: 'paragraph', text: 'A fixture item.', ...fields });

describe('an item resting on statute or case law cites a source of that kind', () => {
  it('the shipped content passes', () => {
    expect(issuesOf(rawContent())).toEqual([]);
  });

  it('fails when an item resting on statute cites only practice guidance', () => {
    // R15 is SCIE's practice guide.
    expect(withItem(paragraph({ sources: ['R15'], cites: ['statute'] }))).toContainEqual({
      ...WHERE,
      message: 'Rests on statute but cites no source of kind statute or statutory guidance',
    });
  });

  it('fails when an item resting on statute cites only a secondary copy', () => {
    // R48b is a solicitors' guide to the s.76 offence, not the Act.
    expect(withItem(paragraph({ sources: ['R48b'], cites: ['statute'] }))).toContainEqual(
      expect.objectContaining({ ...WHERE, message: expect.stringContaining('Rests on statute') }),
    );
  });

  it('passes when statute is cited through statutory guidance issued under it', () => {
    // R96 is the multi-agency statutory guidance on forced marriage.
    expect(withItem(paragraph({ sources: ['R96'], cites: ['statute'] }))).toEqual([]);
  });

  it('fails when an item resting on case law cites no judgment', () => {
    // R38 is a law firm's note on a case, R50 an Act: neither is case law.
    expect(withItem(paragraph({ sources: ['R38', 'R50'], cites: ['case law'] }))).toContainEqual({
      ...WHERE,
      message: 'Rests on case law but cites no source of kind case law',
    });
  });

  it('fails when an item resting on statutory guidance cites only the Act', () => {
    expect(withItem(paragraph({ sources: ['R83'], cites: ['statutory guidance'] }))).toContainEqual(
      expect.objectContaining({ ...WHERE, message: expect.stringContaining('Rests on statutory guidance') }),
    );
  });

  it('holds actions and rules to the same check', () => {
    const raw = rawContent();
    setAt(raw.rules, ['forced-marriage-offence', 'sources'], ['R13']);
    expect(issuesOf(raw)).toContainEqual(
      expect.objectContaining({ file: 'content/en-GB/rules.json', path: ['forced-marriage-offence'], message: expect.stringContaining('Rests on statute') }),
    );
  });

  it('rejects a basis that is not a kind of authority', () => {
    expect(withItem(paragraph({ sources: ['R50'], cites: ['common sense'] }))).toContainEqual(
      expect.objectContaining({ file: WHERE.file, path: [...WHERE.path, 'cites', 0] }),
    );
  });
});

describe('a dated statement carries its date', () => {
  it('fails when an item marked dated has no asAt date', () => {
    expect(withItem(paragraph({ text: 'The pilot runs to 31 March 2026.', sources: ['R51c'], dated: true }))).toContainEqual({
      ...WHERE,
      message: 'A dated statement needs the date it holds at: give asAt',
    });
  });

  it('fails when an asAt date is given to an item not marked dated', () => {
    expect(withItem(paragraph({ text: 'The pilot runs to 31 March 2026.', sources: ['R51c'], asAt: '2026-03-31' }))).toContainEqual(
      expect.objectContaining({ ...WHERE, message: expect.stringContaining('mark the item dated') }),
    );
  });

  it('fails when the text does not say the date, so the reader cannot see it', () => {
    expect(withItem(paragraph({ text: 'The pilot runs on.', sources: ['R51c'], dated: true, asAt: '2026-03-31' }))).toContainEqual({
      ...WHERE,
      message: 'A dated statement says its date in its text, so the reader sees it: 31 March 2026',
    });
  });

  it('fails when asAt is not a real date', () => {
    expect(withItem(paragraph({ text: 'The pilot runs to 31 March 2026.', sources: ['R51c'], dated: true, asAt: '2026-02-31' }))).toContainEqual(
      expect.objectContaining({ file: WHERE.file, path: [...WHERE.path, 'asAt'] }),
    );
  });

  it('passes with the date in structure and in words', () => {
    expect(withItem(paragraph({ text: 'The pilot runs to 31 March 2026.', sources: ['R51c'], dated: true, asAt: '2026-03-31' }))).toEqual([]);
  });
});

describe('the shipped content says what it rests on', () => {
  const basisAt = (path: readonly (string | number)[]) => getAt(files, path) as { cites?: string[]; dated?: boolean; asAt?: string };

  it('marks statute, case law and dated statements across the content', () => {
    const count = (test: (unit: (typeof units)[number]['unit']) => boolean) => units.filter(({ unit }) => test(unit)).length;
    expect(count((unit) => unit.cites?.includes('statute') ?? false)).toBeGreaterThanOrEqual(60);
    expect(count((unit) => unit.cites?.includes('case law') ?? false)).toBeGreaterThanOrEqual(10);
    expect(count((unit) => unit.dated === true)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    // Items the legal review's corrections touch (brief.md §10), and what each rests on.
    [['routes', 'inherentJurisdiction', 'limits', 0], 'case law'],
    [['routes', 'inherentJurisdiction', 'limits', 1], 'case law'],
    [['routes', 'domesticAbuse', 'allows', 1], 'statute'],
    [['routes', 'domesticAbuse', 'allows', 2], 'statute'],
    [['routes', 'domesticAbuse', 'test', 3], 'statute'],
    [['routes', 'domesticAbuse', 'timescale', 0], 'statute'],
    [['routes', 'courtOfProtection', 'test', 2], 'case law'],
    [['routes', 'courtOfProtection', 'evidence', 1], 'case law'],
    [['routes', 'forcedMarriageProtection', 'how', 1], 'statutory guidance'],
    [['steps', 'escalateBoard', 'guidance', 1], 'statute'],
    [['steps', 'advocacy', 'guidance', 0], 'statute'],
    [['steps', 'crime', 'guidance', 0], 'statute'],
    [['rules', 'associated-person-abuse'], 'statute'],
  ] as const)('%j rests on %s', (path, basis) => {
    expect(basisAt(path).cites).toContain(basis);
  });

  it('dates the DAPO pilot and the Mental Health Act 2025 commencement', () => {
    expect(basisAt(['routes', 'domesticAbuse', 'allows', 3])).toMatchObject({ dated: true, asAt: '2026-03-31' });
    expect(basisAt(['routes', 'mentalHealthAct', 'limits', 3])).toMatchObject({ dated: true, asAt: '2025-12-18' });
  });

  it('cites case law in every item resting on it from an official copy or a judgment', () => {
    const judgments = units
      .filter(({ unit }) => unit.cites?.includes('case law'))
      .flatMap(({ unit }) => unit.sources.filter((id) => sourceById(id)?.kind === 'case law'))
      .map((id) => sourceById(id)?.url ?? '');
    expect(judgments.every((url) => /bailii\.org|caselaw\.nationalarchives\.gov\.uk/.test(url))).toBe(true);
  });
});
