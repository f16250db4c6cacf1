/**
 * Every scenario in content/scenarios passes, the four shared ones are there unchanged, and
 * together they cover every outcome, every route (by each of its rules), every rule that withholds
 * an answer, every "never recommended" rule and the high-risk rules. A test fails when one has no
 * scenario; the conditions below are written from the contract, on the answers each run gave.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HIGH_RISK_RULE_IDS,
  NEVER_RULE_IDS,
  OUTCOME_IDS,
  ROUTE_IDS,
  ROUTE_RULES,
  ROUTE_RULE_IDS,
  WITHHOLDING_RULE_IDS,
  answersInForce,
  recommendedRoutes,
} from '../../machines';
import type { HighRiskRuleId, NeverRuleId, RouteId, StepId } from '../../machines';
import type { Scenario } from '../../content/schema/scenario';
import { englishFault } from '../../src/cli/faultWords';
import { collectFiles, loadScenario } from '../../src/cli/cli';
import { runScenario } from '../../src/cli/run-scenario';
import type { ScenarioResult } from '../../src/cli/run-scenario';

const FOLDER = 'content/scenarios';
const SHARED = join('..', 'shared', 'domain', 'scenarios');
const SHARED_IDS = ['adult-b-pattern', 'capacitous-father-aggressive-son', 'doorstep-only-contact', 'obstructive-son-emergency'];

type Run = { file: string; scenario: Scenario; result: ScenarioResult };
const runs: Run[] = collectFiles([FOLDER]).files.map((file) => {
  const loaded = loadScenario(file);
  if (!loaded.ok) throw new Error(`${file}: ${englishFault(loaded.fault)}`);
  return { file, scenario: loaded.scenario, result: runScenario(loaded.scenario) };
});
const passed = runs.filter((run) => run.result.passed);

const given = (run: Run, step: StepId): string | string[] | undefined =>
  answersInForce(run.result.state).find((a) => a.step === step)?.value;
const givenList = (run: Run, step: StepId): string[] => {
  const value = given(run, step);
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};
const assertsAbsent = ({ scenario: { expect: e } }: Run, route: RouteId): boolean =>
  (e.notRoutes ?? []).includes(route) || (e.routes !== undefined && !e.routes.includes(route));
const assertsNotVisited = ({ scenario: { expect: e } }: Run, page: string): boolean => (e.notVisits ?? []).includes(page as never);
const assertsVisited = ({ scenario: { expect: e } }: Run, page: string): boolean => (e.visits ?? []).includes(page as never);
const coercedOrUnsure = (run: Run): boolean => ['yes', 'unsure'].includes(String(given(run, 'coercion')));
/** pathway.md step 10: high risk. */
const highRisk = (run: Run): boolean =>
  givenList(run, 'riskIndicators').some((r) => ['unexplained-injuries', 'neglect-signs', 'adult-frightened', 'care-withdrawn'].includes(r)) ||
  givenList(run, 'barrier').includes('adult-not-located');
const noRouteAtLegalOptions = (run: Run): boolean =>
  run.result.trace.includes('legalOptions') && run.scenario.expect.routes !== undefined && run.scenario.expect.routes.length === 0;

/** When a scenario checks a "never recommended" rule: the condition holds, and the scenario asserts the absence. */
const CHECKS_NEVER: Record<NeverRuleId, (run: Run) => boolean> = {
  'no-inherent-jurisdiction-when-capacity-doubted': (run) =>
    given(run, 'capacity') === 'reason-to-believe-lacks' && coercedOrUnsure(run) && assertsAbsent(run, 'inherentJurisdiction'),
  'no-domestic-abuse-when-not-associated-person': (run) =>
    ['paid-carer', 'friend-or-neighbour'].includes(String(given(run, 'thirdParty'))) &&
    (coercedOrUnsure(run) ||
      givenList(run, 'riskIndicators').some((r) => ['domestic-abuse-history', 'adult-frightened', 'unexplained-injuries', 'financial-control'].includes(r))) &&
    assertsAbsent(run, 'domesticAbuse'),
  'no-autonomy-respected-when-not-seen-alone': (run) =>
    noRouteAtLegalOptions(run) && given(run, 'accessAttempt') !== 'seen-alone' && assertsNotVisited(run, 'autonomyRespected'),
  'no-autonomy-respected-when-not-speaking-freely': (run) =>
    noRouteAtLegalOptions(run) &&
    given(run, 'accessAttempt') === 'seen-alone' &&
    given(run, 'speaksFreely') !== 'yes' &&
    assertsNotVisited(run, 'autonomyRespected'),
};

const CHECKS_HIGH_RISK: Record<HighRiskRuleId, (run: Run) => boolean> = {
  'high-risk-needs-risk-meeting': (run) =>
    highRisk(run) &&
    (given(run, 'refusalUnreasonable') === 'no' || given(run, 'interventionJustified') === 'no') &&
    assertsVisited(run, 'riskMeeting'),
  'high-risk-not-seen-alone-safe': (run) =>
    highRisk(run) && given(run, 'adultWishes') === 'no-concerns' && given(run, 'speaksFreely') === 'yes' && assertsNotVisited(run, 'seenAloneSafe'),
};

describe('the scenarios in content/scenarios', () => {
  it('all pass', () => {
    expect(runs.length).toBeGreaterThanOrEqual(20);
    expect(runs.filter((run) => !run.result.passed).map((run) => `${run.scenario.id}: ${run.result.fault ? englishFault(run.result.fault) : ''}`)).toEqual([]);
  });

  it('are named after their ids', () => {
    expect(runs.filter((run) => !run.file.endsWith(`${run.scenario.id}.json`)).map((run) => run.file)).toEqual([]);
  });

  it('include the four shared scenarios', () => {
    expect(SHARED_IDS.filter((id) => !runs.some((run) => run.scenario.id === id))).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED))('hold the shared scenarios byte for byte', () => {
    for (const name of readdirSync(SHARED)) {
      expect(readFileSync(join(FOLDER, name)).equals(readFileSync(join(SHARED, name)))).toBe(true);
    }
  });
});

describe('every outcome, route and rule has a passing scenario', () => {
  it('every outcome is the expected outcome of one', () => {
    expect(OUTCOME_IDS.filter((outcome) => !passed.some((run) => run.scenario.expect.outcome === outcome))).toEqual([]);
  });

  it('every route is an expected route of one', () => {
    expect(ROUTE_IDS.filter((route) => !passed.some((run) => run.scenario.expect.routes?.includes(route)))).toEqual([]);
  });

  it('every route rule is the reason for an expected route of one', () => {
    const uncovered = ROUTE_RULE_IDS.filter(
      (rule) =>
        !passed.some(
          (run) =>
            run.scenario.expect.routes?.includes(ROUTE_RULES[rule]) &&
            recommendedRoutes(run.result.state).some((r) => r.rules.includes(rule)),
        ),
    );
    expect(uncovered).toEqual([]);
  });

  it('every rule that withholds an answer is the refusal of one (expect.rejectedAt)', () => {
    const uncovered = WITHHOLDING_RULE_IDS.filter(
      (rule) => !passed.some((run) => run.scenario.expect.rejectedAt !== undefined && run.result.rejection?.rule === rule),
    );
    expect(uncovered).toEqual([]);
  });

  it('every "never recommended" rule is checked by one', () => {
    expect(NEVER_RULE_IDS.filter((rule) => !passed.some(CHECKS_NEVER[rule]))).toEqual([]);
  });

  it('every high-risk rule is checked by one', () => {
    expect(HIGH_RISK_RULE_IDS.filter((rule) => !passed.some(CHECKS_HIGH_RISK[rule]))).toEqual([]);
  });
});

describe('pathway 1.1: who the domestic-abuse route reaches, each answer with a scenario', () => {
  const withThirdParty = (answer: string) => passed.filter((run) => given(run, 'thirdParty') === answer);
  const signsOfAbuse = (run: Run): boolean =>
    coercedOrUnsure(run) ||
    givenList(run, 'riskIndicators').some((r) => ['domestic-abuse-history', 'adult-frightened', 'unexplained-injuries', 'financial-control'].includes(r));

  it('a household member with signs of abuse: the route is recommended, by the associated-person rule', () => {
    const runsFor = withThirdParty('household-member').filter(
      (run) =>
        signsOfAbuse(run) &&
        run.scenario.expect.routes?.includes('domesticAbuse') &&
        recommendedRoutes(run.result.state).some((r) => r.route === 'domesticAbuse' && r.rules.includes('associated-person-abuse')),
    );
    expect(runsFor.map((run) => run.scenario.id)).not.toEqual([]);
  });

  it.each(['paid-carer', 'friend-or-neighbour'])('%s with signs of abuse: a scenario asserts the route is never recommended', (answer) => {
    const runsFor = withThirdParty(answer).filter((run) => signsOfAbuse(run) && assertsAbsent(run, 'domesticAbuse'));
    expect(runsFor.map((run) => run.scenario.id)).not.toEqual([]);
  });
});
