import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import hazardsFile from '../../content/safety/hazards.json';
import safetyPageFile from '../../content/en-GB/safety.json';
import changelogFile from '../../content/changelog.json';
import sourcesFile from '../../content/sources.json';
import unconfirmedFile from '../../content/unconfirmed.json';
import { hazardLogSchema, riskRating, safetyPageSchema, type HazardLog } from '../../content/schema/safety';
import { changelogSchema } from '../../content/schema/changelog';
import { hazardWords } from '../../content/safety/words';
import { changelogWords } from '../../content';
import { OUTCOME_IDS, ROUTE_IDS, ROUTE_RULE_IDS, STEP_IDS } from '../../machines/ids';
import { HIGH_RISK_RULE_IDS, NEVER_RULE_IDS, WITHHOLDING_RULE_IDS } from '../../machines/rules';
import { NAMED_VIEWS } from '../../src/route';
import { checkHazardLog, collectDataViews, collectTestTitles, hasContentKey, hasTitle, titlesInSource, type KnownNames } from './safetyCheck';

const root = process.cwd();
const log: HazardLog = hazardLogSchema.parse(hazardsFile);

const readJson = (...path: string[]): unknown => JSON.parse(readFileSync(join(root, ...path), 'utf8'));

/** The en-GB namespaces by file (the steps' filed by stage, in one namespace), the hazard log's words, and the registries every locale shares. */
const namespaces: Record<string, unknown> = {
  ...Object.fromEntries(
    readdirSync(join(root, 'content', 'en-GB'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), readJson('content', 'en-GB', name)]),
  ),
  steps: Object.assign({}, ...readdirSync(join(root, 'content', 'en-GB', 'steps')).map((name) => readJson('content', 'en-GB', 'steps', name))) as unknown,
  hazards: hazardWords(log),
  sources: Object.fromEntries(sourcesFile.map((source) => [source.id, source.title])),
  unconfirmed: Object.fromEntries(unconfirmedFile.map((fact) => [fact.id, fact.fact])),
  changelog: changelogWords,
};

const titles = collectTestTitles(root);
const views = collectDataViews(root, NAMED_VIEWS);

const known: KnownNames = {
  states: new Set<string>([...STEP_IDS, ...OUTCOME_IDS]),
  rules: new Set<string>([...WITHHOLDING_RULE_IDS, ...NEVER_RULE_IDS, ...HIGH_RISK_RULE_IDS, ...ROUTE_RULE_IDS]),
  routes: new Set<string>(ROUTE_IDS),
  pages: new Set<string>([...STEP_IDS, ...OUTCOME_IDS, ...views]),
  content: (reference) => hasContentKey(namespaces, reference),
  tests: (title) => hasTitle(titles, title),
  mustBeNamed: {
    rules: [...WITHHOLDING_RULE_IDS, ...NEVER_RULE_IDS, ...HIGH_RISK_RULE_IDS, ...ROUTE_RULE_IDS],
    routes: [...ROUTE_IDS],
    outcomes: [...OUTCOME_IDS],
  },
};

/** A copy of the log to break. */
const copy = (): HazardLog => structuredClone(log);
const hazard = (broken: HazardLog, id: string) => {
  const found = broken.hazards.find((item) => item.id === id);
  if (!found) throw new Error(`no hazard ${id}`);
  return found;
};

describe('the hazard log (issue 16)', () => {
  it('parses with its schema, and the safety page words with theirs', () => {
    expect(hazardLogSchema.safeParse(hazardsFile).success).toBe(true);
    expect(safetyPageSchema.safeParse(safetyPageFile).success).toBe(true);
  });

  it('holds to the code: every state, rule, route, content key, page and test a control names exists', () => {
    expect(checkHazardLog(log, known)).toEqual([]);
  });

  it('names every rule, route and outcome of the chart in some hazard', () => {
    expect(checkHazardLog(log, known).filter((issue) => issue.includes('named by no hazard'))).toEqual([]);
  });

  it('covers the hazards issue 16 lists, each with controls and a residual risk no worse than before', () => {
    expect(log.hazards.length).toBeGreaterThanOrEqual(14);
    for (const item of log.hazards) {
      expect(item.controls.length, item.id).toBeGreaterThan(0);
      expect(riskRating(log, item.residual), item.id).toBeLessThanOrEqual(riskRating(log, item.initial));
      // No risk the matrix calls unacceptable (4 or 5) remains once the controls are in place.
      expect(riskRating(log, item.residual), item.id).toBeLessThanOrEqual(3);
    }
  });

  it('carries the 5 × 5 matrix used with DCB0129, written out here by hand', () => {
    // Rows: likelihood very low to very high; columns: severity minor to catastrophic.
    expect(log.matrix).toEqual([
      [1, 1, 2, 2, 3],
      [1, 2, 2, 3, 4],
      [2, 2, 3, 3, 4],
      [2, 3, 3, 4, 5],
      [3, 4, 4, 5, 5],
    ]);
  });

  it('is signed by a role until a real person signs: a name needs a date, and a date a name', () => {
    expect(log.signOff.role.length).toBeGreaterThan(0);
    expect(hazardLogSchema.safeParse({ ...hazardsFile, signOff: { ...hazardsFile.signOff, signedBy: 'A. Person' } }).success).toBe(false);
    expect(hazardLogSchema.safeParse({ ...hazardsFile, signOff: { ...hazardsFile.signOff, signedOn: '2026-12-01' } }).success).toBe(false);
    expect(hazardLogSchema.safeParse({ ...hazardsFile, signOff: { ...hazardsFile.signOff, signedBy: 'A. Person', signedOn: '2026-12-01' } }).success).toBe(true);
  });
});

describe('the checks fail on a broken copy of the log', () => {
  it('a test title that does not exist', () => {
    const broken = copy();
    hazard(broken, 'H01').controls[0]?.tests?.push('tests/machines/rules.test.ts > routes > a test no one wrote');
    expect(checkHazardLog(broken, known)).toEqual(['H01 control 1 names a test that does not exist: tests/machines/rules.test.ts > routes > a test no one wrote']);
  });

  it('a test title in the wrong file', () => {
    const broken = copy();
    hazard(broken, 'H02').controls[0]!.tests = ['tests/machines/graph.test.ts > main flow (pathway.md, steps 1-27) > 4 immediate danger'];
    expect(checkHazardLog(broken, known)).toEqual([
      'H02 control 1 names a test that does not exist: tests/machines/graph.test.ts > main flow (pathway.md, steps 1-27) > 4 immediate danger',
    ]);
  });

  it('a state, a rule, a route, a content key and a page that do not exist', () => {
    const broken = copy();
    broken.hazards[0]!.controls.push({
      text: 'Made up.',
      states: ['visitOutcome'],
      rules: ['keep-trying-forever'],
      routes: ['injunction'],
      content: ['steps:capacity.nothing', 'nowhere:heading'],
      pages: ['staff-rota'],
    });
    expect(checkHazardLog(broken, known)).toEqual([
      'H01 control 5 names a state that does not exist: visitOutcome',
      'H01 control 5 names a rule that does not exist: keep-trying-forever',
      'H01 control 5 names a route that does not exist: injunction',
      'H01 control 5 names a content key that does not exist: steps:capacity.nothing',
      'H01 control 5 names a content key that does not exist: nowhere:heading',
      'H01 control 5 names a page that does not exist: staff-rota',
    ]);
  });

  it('a hazard with no control, or a control that names nothing (the schema refuses both too)', () => {
    const broken = copy();
    hazard(broken, 'H11').controls = [];
    hazard(broken, 'H12').controls[1] = { text: 'Trust me.' };
    expect(checkHazardLog(broken, known)).toEqual(['H11 has no control', 'H12 control 2 names nothing that holds it']);
    expect(hazardLogSchema.safeParse(broken).success).toBe(false);
  });

  it('a hazard whose controls no test holds', () => {
    const broken = copy();
    for (const control of hazard(broken, 'H09').controls) {
      delete control.tests;
      control.states = ['thirdParty'];
    }
    expect(checkHazardLog(broken, known)).toEqual(['H09 has no control that a test holds']);
  });

  it('a rule, a route and an outcome that no hazard names', () => {
    const broken = copy();
    for (const item of broken.hazards) {
      for (const control of item.controls) {
        control.rules = control.rules?.filter((rule) => rule !== 'keep-trying-limit');
        control.routes = control.routes?.filter((route) => route !== 'police');
        control.states = control.states?.filter((state) => state !== 'sarReferral');
      }
    }
    expect(checkHazardLog(broken, known)).toEqual([
      'The rule keep-trying-limit is named by no hazard',
      'The route police is named by no hazard',
      'The outcome sarReferral is named by no hazard',
    ]);
  });
});

describe('test titles, read from the test files as the runners name them', () => {
  it('reads nested suites, modifiers, each and templates', () => {
    const source = `
      describe('outer', () => {
        it('plain', () => {});
        it.each([1, 2])('each %s', () => {});
        describe.skip(\`inner\`, () => {
          test(\`made \${'at'} run time\`, () => {});
        });
      });
      test.describe('suite', () => { test.beforeEach(() => {}); test('case', () => {}); });
      expect('not a title');
    `;
    const found = titlesInSource('tests/x.test.ts', source).map((title) => (title.literal ? title.source.replace(/\\(.)/g, '$1') : new RegExp(`^${title.source}$`)));
    expect(found.filter((title) => typeof title === 'string')).toEqual(['tests/x.test.ts > outer > plain', 'tests/x.test.ts > suite > case']);
    const patterns = found.filter((title): title is RegExp => title instanceof RegExp);
    expect(patterns.map((pattern) => pattern.test('tests/x.test.ts > outer > each 1'))).toEqual([true, false]);
    expect(patterns.map((pattern) => pattern.test('tests/x.test.ts > outer > inner > made at run time'))).toEqual([false, true]);
  });

  it('agrees with the titles Playwright lists (playwright test --list, which needs no browser)', () => {
    const output = execFileSync(join(root, 'node_modules', '.bin', 'playwright'), ['test', '--list', '--reporter=json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    interface Suite {
      title: string;
      specs?: { title: string; file: string }[];
      suites?: Suite[];
    }
    const listed: string[] = [];
    const walk = (suite: Suite, path: string[]) => {
      for (const spec of suite.specs ?? []) listed.push([`tests/e2e/${spec.file}`, ...path, spec.title].join(' > '));
      for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
    };
    for (const file of (JSON.parse(output) as { suites: Suite[] }).suites) walk(file, []);
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.filter((title) => !hasTitle(titles, title))).toEqual([]);
    const parsedE2e = [...titles.exact].filter((title) => title.startsWith('tests/e2e/'));
    expect(parsedE2e.filter((title) => !listed.includes(title))).toEqual([]);
  }, 60_000);
});

describe('the changelog records who reviews the guidance (issue 16)', () => {
  const release = changelogFile.content.find((item) => 'guidanceReviewed' in item);
  it('names a role, and no one until a real reviewer signs', () => {
    expect(release && 'guidanceReviewed' in release ? release.guidanceReviewed?.reviewerRole : '').not.toEqual('');
    expect(changelogSchema.safeParse(changelogFile).success).toBe(true);
  });

  it('refuses a name without a date, or a date without a name', () => {
    const withReview = (review: Record<string, unknown>) => ({
      ...changelogFile,
      content: changelogFile.content.map((item) => ('guidanceReviewed' in item ? { ...item, guidanceReviewed: { ...item.guidanceReviewed, ...review } } : item)),
    });
    expect(changelogSchema.safeParse(withReview({ signedBy: 'A. Person' })).success).toBe(false);
    expect(changelogSchema.safeParse(withReview({ signedOn: '2026-12-01' })).success).toBe(false);
    expect(changelogSchema.safeParse(withReview({ reviewerRole: undefined })).success).toBe(false);
    expect(changelogSchema.safeParse(withReview({ signedBy: 'A. Person', signedOn: '2026-12-01' })).success).toBe(true);
  });
});
