import { describe, expect, it } from 'vitest';
import { contentResources } from '../../content/resources';
import { LOCALE_BUNDLES } from '../../content/locales';
import { stepStage } from '../../machines/stages';
import {
  GUIDANCE_STEP_IDS,
  OUTCOME_IDS,
  RATIONALE_STEP_IDS,
  ROUTE_IDS,
  ROUTE_RULE_IDS,
  STEP_ANSWERS,
  STEP_IDS,
  type StepId,
} from '../../machines/ids';

const { steps, outcomes, routes, rules } = contentResources['en-GB'];
const sorted = (values: Iterable<string>) => [...values].sort();

describe('every id of the machine has content, and no content key is an orphan', () => {
  it("the steps' files have exactly the step ids", () => {
    expect(sorted(Object.keys(steps))).toEqual(sorted(STEP_IDS));
  });

  // The app loads a later stage's file when one of its steps is first shown (src/i18n.ts): a step
  // filed under another stage would never arrive, and the first load holds only the first stages.
  it.each(Object.keys(LOCALE_BUNDLES))("%s files each step's words under its stage, the first questions' and the emergency step's in the first load", async (locale) => {
    const bundle = LOCALE_BUNDLES[locale]!;
    expect(sorted(Object.keys(bundle.eager.steps))).toEqual(
      sorted(['jurisdiction', 'role', 'partnerConcern', 'immediateDanger', 'careNeeds', 'abuseOrNeglect', 'unableToProtect', 'emergency']),
    );
    for (const [stage, load] of Object.entries(bundle.laterSteps)) {
      const filed = Object.keys(await load());
      expect(filed.length).toBeGreaterThan(0);
      expect(filed.filter((step) => stepStage(step as StepId) !== stage)).toEqual([]);
    }
  });

  it.each(STEP_IDS.map((step) => [step]))('%s offers exactly its answers', (step: StepId) => {
    expect(sorted(Object.keys(steps[step].options))).toEqual(sorted(STEP_ANSWERS[step]));
  });

  it('outcomes.json has exactly the outcome ids', () => {
    expect(sorted(Object.keys(outcomes))).toEqual(sorted(OUTCOME_IDS));
  });

  it('routes.json has exactly the route ids', () => {
    expect(sorted(Object.keys(routes))).toEqual(sorted(ROUTE_IDS));
  });

  it('rules.json has exactly the route rule ids', () => {
    expect(sorted(Object.keys(rules))).toEqual(sorted(ROUTE_RULE_IDS));
  });

  it('steps with a rationale are exactly the steps that require one', () => {
    const withRationale = STEP_IDS.filter((step) => steps[step].rationale !== undefined);
    expect(sorted(withRationale)).toEqual(sorted(RATIONALE_STEP_IDS));
  });

  it('guidance steps offer one answer, done', () => {
    for (const step of GUIDANCE_STEP_IDS) expect(Object.keys(steps[step].options)).toEqual(['done']);
  });
});

describe('the contract, written out by hand, matches the ids the content is checked against', () => {
  // pathway.md, "Outcomes" and "Routes": if machines/ids.ts drifted, the coverage above would follow it.
  it('has the eleven outcomes and six routes of the contract', () => {
    expect(sorted(OUTCOME_IDS)).toEqual(
      sorted([
        'concernRaised',
        'notSection42',
        'emergencyServices',
        'seenAloneSafe',
        'planAgreed',
        'reviewAndMonitor',
        'autonomyRespected',
        'protectiveAction',
        'escalatedToBoard',
        'sarReferral',
        'walesProcedures',
      ]),
    );
    expect(sorted(ROUTE_IDS)).toEqual(
      sorted(['courtOfProtection', 'inherentJurisdiction', 'mentalHealthAct', 'domesticAbuse', 'forcedMarriageProtection', 'police']),
    );
  });

  it('includes the emergency step and the four escalation steps', () => {
    for (const step of ['emergency', 'escalatePractitioners', 'escalateManagers', 'escalateLeads', 'escalateBoard']) {
      expect(steps).toHaveProperty(step);
    }
  });
});
