/**
 * What the issue asks the guidance to say, and where (issue 4, points 1 and 2; brief.md §2.3).
 * Each expectation names the lesson or fact it stands for, so a failing line says what went missing.
 */
import { describe, expect, it } from 'vitest';
import { contentResources } from '../../content';
import { collectStrings } from '../../content/checks';
import { GUIDANCE_STEP_IDS, MULTI_STEP_IDS, OUTCOME_IDS, STEP_IDS, type OutcomeId, type StepId } from '../../machines/ids';

const { steps, outcomes, routes, about } = contentResources['en-GB'];

/** All the words of a value, lower-cased, for looking up phrases. */
const wordsOf = (value: unknown): string =>
  collectStrings(value)
    .map(({ text }) => text)
    .join(' \n ')
    .toLowerCase();

const warningsOf = (step: StepId): string =>
  wordsOf(steps[step].guidance.filter((block) => block.type === 'warning'));

describe('the lessons of the reviews appear where they bite', () => {
  it('L1 seen is not seen alone: at accessAttempt and speaksFreely, as warnings', () => {
    expect(warningsOf('accessAttempt')).toMatch(/seen is not seen alone/);
    expect(warningsOf('speaksFreely')).toMatch(/seen alone does not always mean speaking freely/);
    expect(warningsOf('barrier')).toMatch(/not the same as seeing them alone/);
  });

  it('L2 capacity is not a free choice: at capacity and adultWishes', () => {
    expect(warningsOf('capacity')).toMatch(/capacity is not the same as a free choice/);
    expect(warningsOf('adultWishes')).toMatch(/capacity is not the same as a free choice/);
  });

  it('L5 sustained obstruction needs a decision, not more visits: at accessAttempt and reviewAndMonitor', () => {
    expect(warningsOf('accessAttempt')).toMatch(/sustained obstruction needs a decision, not more visits/);
    expect(wordsOf(outcomes.reviewAndMonitor.summary)).toMatch(/sustained obstruction needs a decision/);
  });

  it('L6 coordinate legal advice across agencies: at legalAdvice', () => {
    expect(warningsOf('legalAdvice')).toMatch(/coordinate legal advice across agencies/);
  });

  it('L7 use every contact: at accessAttempt', () => {
    expect(wordsOf(steps.accessAttempt.guidance)).toMatch(/every contact: gp and hospital appointments, nurse visits/);
    expect(wordsOf(steps.accessAttempt.guidance)).toMatch(/hospital admission/);
    expect(wordsOf(steps.barrier.guidance)).toMatch(/was not brought/);
  });

  it('L8 paid carers are not personally connected: at thirdParty and in the domestic abuse route', () => {
    expect(warningsOf('thirdParty')).toMatch(/paid carer .* not personally connected/);
    const route = wordsOf(routes.domesticAbuse);
    expect(route).toMatch(/paid carers and friends who are not relatives are not personally connected/);
    expect(route).toMatch(/care provider, the care quality commission and the police/);
    expect(wordsOf(routes.police)).toMatch(/paid care worker/);
  });
});

describe('the steps say what the contract asks', () => {
  it('an unsure answer to the section 42 test keeps the duty', () => {
    for (const step of ['careNeeds', 'abuseOrNeglect', 'unableToProtect'] as const) {
      expect(wordsOf(steps[step].guidance), step).toMatch(/duty (to make enquiries )?still applies/);
    }
  });

  it('the emergency step covers 999, PACE s.17(1)(e), breach of the peace, Right Care Right Person and urgent Court of Protection', () => {
    const text = wordsOf(steps.emergency);
    for (const phrase of ['{{emergencynumber}}', 'section 17(1)(e)', 'breach of the peace', 'right care right person', 'duty inspector', 'court of protection']) {
      expect(text).toContain(phrase);
    }
  });

  it('each escalation level says what to do, and that its timescale is set locally', () => {
    for (const step of ['escalatePractitioners', 'escalateManagers', 'escalateLeads', 'escalateBoard'] as const) {
      const flagged = steps[step].guidance.filter((block) => block.unconfirmed?.includes('U2'));
      expect(flagged.length, step).toBeGreaterThan(0);
      expect(wordsOf(flagged), step).toMatch(/set locally/);
    }
  });

  it('every step tells the practitioner what to record, or hands that to the page it leads to', () => {
    // Only the role question records nothing about the case.
    const exempt = new Set<StepId>(['role']);
    for (const step of STEP_IDS.filter((id) => !exempt.has(id))) {
      expect(wordsOf(steps[step].guidance), step).toMatch(/record/);
    }
  });

  it('multi-answer steps say to select all that apply', () => {
    for (const step of MULTI_STEP_IDS) expect(steps[step].hint).toBe('Select all that apply.');
  });

  it('guidance steps are headed as instructions, question steps as questions', () => {
    for (const step of STEP_IDS) {
      const isQuestion = !(GUIDANCE_STEP_IDS as readonly string[]).includes(step);
      expect(steps[step].heading.endsWith('?'), step).toBe(isQuestion);
    }
  });
});

describe('every outcome', () => {
  it.each(OUTCOME_IDS.map((id) => [id]))('%s says protection and review go on', (id: OutcomeId) => {
    const summary = wordsOf(outcomes[id].summary);
    expect(summary).toMatch(/review/);
    expect(summary).toMatch(/not the case|not closure|not your part|goes on|keep protecting|stays open|not the council's involvement/);
  });

  it('says who does each action', () => {
    for (const id of OUTCOME_IDS) for (const action of outcomes[id].actions) expect(action.who.length).toBeGreaterThan(0);
  });

  it('notSection42 signposts what still applies', () => {
    const text = wordsOf(outcomes.notSection42);
    for (const phrase of ['domestic abuse', 'police', 'multi-agency risk meeting', 'needs assessment', 'still make an enquiry']) {
      expect(text).toContain(phrase);
    }
  });

  it('walesProcedures names the Welsh Act and the law that applies in Wales too', () => {
    const text = wordsOf(outcomes.walesProcedures);
    for (const phrase of ['section 126', 'section 127', 'adult protection and support order', 'mental capacity act', "inherent jurisdiction", 'mental health act', 'pace', 'domestic abuse law', 'forced marriage protection orders', 'no power to remove']) {
      expect(text).toContain(phrase);
    }
  });
});

describe('the routes state their limits', () => {
  it('the inherent jurisdiction cannot deprive a capacitous adult of liberty', () => {
    expect(wordsOf(routes.inherentJurisdiction.limits)).toMatch(/cannot be used to deprive an adult with capacity of their liberty/);
  });

  it('MHA s.115 gives no power to force entry or to see the person alone', () => {
    expect(wordsOf(routes.mentalHealthAct.limits)).toMatch(/no power to force entry, and no power to insist on seeing the person alone/);
  });

  it('DAPNs and DAPOs are for pilot areas only', () => {
    expect(wordsOf(routes.domesticAbuse.allows)).toMatch(/pilot.*some areas only/);
  });

  it('police emergency entry is not a welfare check', () => {
    expect(wordsOf(routes.police)).toMatch(/not for general welfare checks/);
  });

  it('the council can apply for an FMPO without leave', () => {
    expect(wordsOf(routes.forcedMarriageProtection.who)).toMatch(/council, without the court's permission/);
  });
});

describe('the About page', () => {
  it('says plainly that the pathway is a reconstruction, and flags it', () => {
    const block = about.reconstruction.find((item) => item.unconfirmed?.includes('U1'));
    expect(wordsOf(block)).toMatch(/could not read it\. this pathway is a reconstruction/);
    expect(wordsOf(about.disclaimer)).toMatch(/never replaces them/);
  });
});

describe('plain English', () => {
  const sentences = collectStrings({ steps, outcomes, routes, about }).flatMap(({ text, path }) =>
    text.split(/(?<=[.?!:;])\s+/).map((sentence) => ({ sentence, where: path.join('.') })),
  );

  it('keeps every sentence to 30 words or fewer', () => {
    const long = sentences.filter(({ sentence }) => sentence.split(/\s+/).length > 30);
    expect(long).toEqual([]);
  });

  it('keeps the average sentence short', () => {
    const words = sentences.reduce((total, { sentence }) => total + sentence.split(/\s+/).length, 0);
    expect(words / sentences.length).toBeLessThan(15);
  });

  it('avoids Latin shorthand', () => {
    expect(sentences.filter(({ sentence }) => /\b(e\.g\.|i\.e\.|etc\.|via)\b/i.test(sentence))).toEqual([]);
  });
});
