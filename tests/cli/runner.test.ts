/**
 * The scenario runner (pathway.md, "Scenario files"): each feature of the file format, and the
 * command's output and exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersInForce, flags, recommendedRoutes } from '../../machines';
import { scenarioSchema } from '../../content/schema/scenario';
import type { Scenario } from '../../content/schema/scenario';
import { main } from '../../src/cli/cli';
import { EVENT_LIMIT, runScenario, type ScenarioResult } from '../../src/cli/run-scenario';
import { englishFault } from '../../src/cli/faultWords';

/** Why a run failed, as `npm run scenario` prints it (the fault's code worded from content/en-GB). */
const why = (result: ScenarioResult) => ({ passed: result.passed, reason: result.fault && englishFault(result.fault) });

/** A council case with a relative always present, isolated, seen alone, speaking freely, no concerns. */
const BASE: Scenario['answers'] = {
  jurisdiction: 'england',
  role: 'local-authority',
  immediateDanger: 'no',
  careNeeds: 'yes',
  abuseOrNeglect: 'yes',
  unableToProtect: 'yes',
  barrier: ['third-party-always-present'],
  thirdParty: 'family-member',
  riskIndicators: ['isolated'],
  accessAttempt: 'seen-alone',
  speaksFreely: 'yes',
  adultWishes: 'no-concerns',
};

const scenario = (answers: Scenario['answers'], expect: Scenario['expect'], interrupts?: Scenario['interrupts']): Scenario => ({
  id: 'test-scenario',
  title: 'A test',
  facts: 'Facts.',
  answers: { ...BASE, ...answers },
  expect,
  ...(interrupts ? { interrupts } : {}),
});

describe('runScenario', () => {
  it('passes when the outcome, routes and visits are as expected', () => {
    const result = runScenario(scenario({}, { outcome: 'seenAloneSafe', routes: [], visits: ['speaksFreely'], notVisits: ['capacity'] }));
    expect(result).toMatchObject({ passed: true });
    expect(result.fault).toBeUndefined();
  });

  it.each<[string, Scenario['expect'], string]>([
    ['another outcome', { outcome: 'planAgreed' }, "reached outcome 'seenAloneSafe', expected 'planAgreed'"],
    ['other routes', { outcome: 'seenAloneSafe', routes: ['police'] }, 'routes [], expected [police]'],
    ['a visit missing', { outcome: 'seenAloneSafe', visits: ['capacity'] }, 'did not visit [capacity]'],
    ['a visit unwanted', { outcome: 'seenAloneSafe', notVisits: ['speaksFreely'] }, 'visited [speaksFreely], expected not to'],
  ])('fails on %s, and says why', (_name, expected, reason) => {
    expect(why(runScenario(scenario({}, expected)))).toMatchObject({ passed: false, reason });
  });

  it('each: one answer per visit, the last one repeating', () => {
    const result = runScenario(scenario({ accessAttempt: { each: ['keep-trying', 'keep-trying', 'seen-alone'] } }, { outcome: 'seenAloneSafe' }));
    expect(result.passed).toBe(true);
    const attempts = result.entries.filter((e) => e.kind === 'answer' && e.step === 'accessAttempt').map((e) => (e.kind === 'answer' ? e.value : ''));
    expect(attempts).toEqual(['keep-trying', 'keep-trying', 'seen-alone']);
    const repeating = runScenario(scenario({ accessAttempt: { each: ['keep-trying'] } }, { outcome: 'seenAloneSafe' }));
    expect(repeating.passed).toBe(false);
    expect(why(repeating).reason).toContain("step 'accessAttempt' refused its answer");
    expect(repeating.entries.filter((e) => e.kind === 'answer' && e.step === 'accessAttempt')).toHaveLength(3);
  });

  describe('interrupts, sent the first time the run reaches the step, before it is answered', () => {
    it('emergency: the emergency step, then back to the step', () => {
      const result = runScenario(scenario({ emergency: 'continue-pathway' }, { outcome: 'seenAloneSafe', visits: ['emergency'] }, [{ at: 'barrier', event: 'emergency' }]));
      expect(result.passed).toBe(true);
      expect(result.trace.slice(6, 9)).toEqual(['barrier', 'emergency', 'barrier']);
    });

    it('disagree: the ladder, then back to the step', () => {
      const result = runScenario(scenario({ escalatePractitioners: 'resolved' }, { outcome: 'seenAloneSafe', visits: ['escalatePractitioners'] }, [{ at: 'thirdParty', event: 'disagree' }]));
      expect(result.passed).toBe(true);
      expect(result.trace.slice(7, 10)).toEqual(['thirdParty', 'escalatePractitioners', 'thirdParty']);
    });

    it('crimeSuspected: the police route, without leaving the page', () => {
      const result = runScenario(scenario({}, { outcome: 'seenAloneSafe', routes: ['police'] }, [{ at: 'speaksFreely', event: 'crimeSuspected' }]));
      expect(result.passed).toBe(true);
      expect(recommendedRoutes(result.state)).toEqual([{ route: 'police', rules: ['crime-suspected-raised'] }]);
      expect(result.entries[10]).toMatchObject({ kind: 'event', event: 'crimeSuspected' });
    });

    it('referForReview: the flag, without leaving the page', () => {
      const result = runScenario(scenario({}, { outcome: 'seenAloneSafe', routes: [] }, [{ at: 'adultWishes', event: 'referForReview' }]));
      expect(result.passed).toBe(true);
      expect(flags(result.state)).toEqual({ crimeSuspected: false, referForReview: true });
    });

    it('back: the previous step again, answered for its second visit', () => {
      const result = runScenario(
        scenario({ thirdParty: { each: ['friend-or-neighbour', 'partner'] }, riskIndicators: ['domestic-abuse-history'], adultWishes: 'wants-help', safeguardingPlan: 'done' }, { outcome: 'planAgreed', routes: ['domesticAbuse'] }, [{ at: 'riskIndicators', event: 'back' }]),
      );
      expect(result.passed).toBe(true);
      expect(result.trace.slice(7, 11)).toEqual(['thirdParty', 'riskIndicators', 'thirdParty', 'riskIndicators']);
      expect(answersInForce(result.state).find((a) => a.step === 'thirdParty')?.value).toBe('partner');
    });

    it('an event the step does not offer fails the scenario', () => {
      const result = runScenario(scenario({}, { outcome: 'seenAloneSafe' }, [{ at: 'role', event: 'disagree' }]));
      expect(result.passed).toBe(false);
      expect(why(result).reason).toContain("interrupt 'disagree' at 'role' was refused");
    });
  });

  describe('rejectedAt', () => {
    it('passes when exactly that step refuses its answer', () => {
      const result = runScenario(scenario({ riskIndicators: ['neglect-signs'], accessAttempt: 'keep-trying' }, { rejectedAt: 'accessAttempt', visits: ['riskIndicators'] }));
      expect(result).toMatchObject({ passed: true, rejection: { code: 'withheld', rule: 'keep-trying-at-high-risk' } });
    });

    it('passes for an unknown answer id', () => {
      expect(runScenario(scenario({ thirdParty: 'landlord' }, { rejectedAt: 'thirdParty' }))).toMatchObject({ passed: true, rejection: { code: 'not-offered' } });
    });

    it('fails when the answer is accepted and the run reaches an outcome', () => {
      const result = runScenario(scenario({ accessAttempt: 'keep-trying' }, { rejectedAt: 'thirdParty' }));
      expect(result.passed).toBe(false);
    });

    it('fails when another step refuses', () => {
      const result = runScenario(scenario({ thirdParty: 'none', barrier: ['third-party-refuses-entry'] }, { rejectedAt: 'accessAttempt' }));
      expect(why(result)).toMatchObject({ passed: false, reason: expect.stringContaining("step 'thirdParty' refused its answer") });
    });

    it('without it, a refused answer fails the scenario and says so', () => {
      const result = runScenario(scenario({ riskIndicators: ['none', 'isolated'] }, { outcome: 'seenAloneSafe' }));
      expect(why(result).reason).toBe(
        "step 'riskIndicators' refused its answer: Entry 9 (answer): step 'riskIndicators' does not offer ['none', 'isolated'] beside 'none', which stands only on its own",
      );
    });
  });

  it('fails naming the step that has no answer', () => {
    const answers = { ...BASE };
    delete answers.careNeeds;
    const result = runScenario({ ...scenario({}, { outcome: 'seenAloneSafe' }), answers });
    expect(why(result)).toMatchObject({ passed: false, reason: "no answer for step 'careNeeds'" });
  });

  it('fails as a loop past 200 events', () => {
    const looping = scenario(
      {
        accessAttempt: 'not-seen-alone',
        refusalUnreasonable: 'yes',
        interventionJustified: 'yes',
        capacity: 'reason-to-believe-lacks',
        advocacy: 'advocate-arranged',
        coercion: 'no',
        mentalDisorder: 'no',
        forcedMarriage: 'no',
        crime: 'no',
        legalOptions: 'done',
        legalAdvice: 'disputed',
        escalatePractitioners: 'resolved',
      },
      { outcome: 'protectiveAction' },
    );
    const result = runScenario(looping);
    expect(EVENT_LIMIT).toBe(200);
    expect(why(result)).toMatchObject({ passed: false, reason: 'loop: more than 200 events without reaching an outcome' });
    expect(result.entries).toHaveLength(200);
  });
});

describe('npm run scenario', () => {
  const folder = mkdtempSync(join(tmpdir(), 'scenarios-'));
  const passing = scenario({}, { outcome: 'seenAloneSafe' });
  const failing = { ...scenario({}, { outcome: 'planAgreed' }), id: 'expects-the-wrong-outcome' };
  writeFileSync(join(folder, 'a-passing.json'), JSON.stringify(passing));
  writeFileSync(join(folder, 'b-failing.json'), JSON.stringify(failing));
  const broken = join(mkdtempSync(join(tmpdir(), 'broken-')), 'broken.json');
  writeFileSync(broken, '{ "id": "broken", ');

  it('prints PASS, FAIL with the steps visited, the totals, and exits 1 when any failed', () => {
    const lines: string[] = [];
    const status = main([folder], (line) => lines.push(line));
    expect(lines).toEqual([
      'PASS test-scenario',
      "FAIL expects-the-wrong-outcome: reached outcome 'seenAloneSafe', expected 'planAgreed' (visited: jurisdiction → role → immediateDanger → careNeeds → abuseOrNeglect → unableToProtect → barrier → thirdParty → riskIndicators → accessAttempt → speaksFreely → adultWishes → seenAloneSafe)",
      '1 passed, 1 failed',
    ]);
    expect(status).toBe(1);
  });

  it('exits 0 when all passed', () => {
    const lines: string[] = [];
    expect(main([join(folder, 'a-passing.json')], (line) => lines.push(line))).toBe(0);
    expect(lines.at(-1)).toBe('1 passed, 0 failed');
  });

  it('fails a file that is not a scenario, and a path that does not exist', () => {
    const lines: string[] = [];
    expect(main([broken, join(folder, 'missing.json')], (line) => lines.push(line))).toBe(1);
    expect(lines[0]).toBe(`FAIL ${join(folder, 'missing.json')}: no such file or folder`);
    expect(lines[1]).toMatch(/^FAIL .*broken\.json: not readable JSON/);
    expect(lines.at(-1)).toBe('0 passed, 2 failed');
  });

  it('as a command: a failing scenario prints FAIL and the exit status is 1', () => {
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/scenario.ts', join(folder, 'b-failing.json')], { encoding: 'utf8' });
    expect(run.stdout).toContain('FAIL expects-the-wrong-outcome: ');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
    expect(run.status).toBe(1);
  });
});

describe('the scenario file schema', () => {
  const valid = { id: 'a-case', title: 'A case', facts: 'Facts.', answers: { barrier: { each: [['adult-not-located'], ['appointments-missed']] } }, expect: { outcome: 'planAgreed' } };

  it('accepts answers by step id, each, interrupts and expectations', () => {
    expect(scenarioSchema.safeParse({ ...valid, interrupts: [{ at: 'barrier', event: 'back' }] }).success).toBe(true);
  });

  it.each<[string, object]>([
    ['an unknown step id', { ...valid, answers: { thirdparty: 'none' } }],
    ['an outcome and rejectedAt both', { ...valid, expect: { outcome: 'planAgreed', rejectedAt: 'role' } }],
    ['neither an outcome nor rejectedAt', { ...valid, expect: { routes: [] } }],
    ['an unknown route', { ...valid, expect: { outcome: 'planAgreed', routes: ['court'] } }],
    ['an interrupt on an outcome', { ...valid, interrupts: [{ at: 'planAgreed', event: 'disagree' }] }],
    ['an empty each', { ...valid, answers: { role: { each: [] } } }],
    ['an id that is not kebab-case', { ...valid, id: 'A Case' }],
  ])('rejects %s', (_name, scenarioFile) => {
    expect(scenarioSchema.safeParse(scenarioFile).success).toBe(false);
  });
});
