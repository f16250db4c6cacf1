/**
 * What the issue asks the guidance to say, and where (issue 4, points 1 and 2; brief.md §2.3).
 * Each expectation names the lesson or fact it stands for, so a failing line says what went missing.
 */
import { describe, expect, it } from 'vitest';
import { contentResources } from '../../content/resources';
import { collectStrings } from '../../content/checks';
import type { Block } from '../../content';
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
    expect(route).toMatch(/paid carers, and friends or neighbours who do not share the adult's home, are neither personally connected nor associated persons/);
    expect(route).toMatch(/care provider, to the care quality commission if the provider is registered with it, and to the police/);
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
  it('whether the inherent jurisdiction can deprive a capacitous adult of liberty is unsettled, and legal services decide', () => {
    const limits = wordsOf(routes.inherentJurisdiction.limits);
    expect(limits).toMatch(/deprive an adult with capacity of their liberty is unsettled/);
    expect(limits).toMatch(/legal services decide/);
    expect(limits).not.toMatch(/cannot be used to deprive/);
  });

  it('MHA s.115 gives no power to force entry or to see the person alone', () => {
    expect(wordsOf(routes.mentalHealthAct.limits)).toMatch(/no power to force entry, and no power to insist on seeing the person alone/);
  });

  it('DAPNs and DAPOs began in pilot areas only', () => {
    expect(wordsOf(routes.domesticAbuse.allows)).toMatch(/pilot in some areas only/);
  });

  it('police emergency entry is not a welfare check', () => {
    expect(wordsOf(routes.police)).toMatch(/not for general welfare checks/);
  });

  it('the council can apply for an FMPO without leave', () => {
    expect(wordsOf(routes.forcedMarriageProtection.who)).toMatch(/council, without the court's permission/);
  });
});

/** The items of a list of blocks that carry a given unconfirmed fact. */
const flagged = (blocks: readonly Block[], id: string): Block[] => blocks.filter((block) => block.unconfirmed?.includes(id));

describe('the corrections of the legal review, where the guidance speaks of them (brief.md §10)', () => {
  describe('must be right', () => {
    it('a household member: the associated-person remedies reach them, the personally-connected ones do not', () => {
      const allows = routes.domesticAbuse.allows;
      const reach = allows.find((block) => /associated person/i.test(wordsOf(block)));
      expect(wordsOf(reach)).toMatch(/non-molestation and occupation orders, and dvpns and dvpos, reach an 'associated person'/);
      expect(wordsOf(reach)).toMatch(/other than only as an employee, tenant, lodger or boarder/);
      expect(wordsOf(allows)).toMatch(/domestic abuse act 2021 definition, the coercive control offence \(section 76\) and dapns and dapos do not reach them/);
      expect(wordsOf(steps.thirdParty.guidance)).toMatch(/'associated person'/);
      expect(wordsOf(steps.thirdParty.options['household-member'])).toMatch(/employee, tenant, lodger or boarder/);
    });

    it('the DVPN test: violence or its threat, a superintendent, 14 to 28 days, not coercive control alone', () => {
      const page = wordsOf(routes.domesticAbuse);
      expect(page).toMatch(/superintendent/);
      expect(page).toMatch(/violent towards an associated person, or threatened them with violence/);
      expect(page).toMatch(/coercive control without violence or threats is not enough/);
      expect(wordsOf(routes.domesticAbuse.timescale)).toMatch(/dvpo lasting from 14 to 28 days/);
    });

    it('the inherent jurisdiction and liberty: BF, LD and RD, and Mazhar paragraph 52', () => {
      const limits = wordsOf(routes.inherentJurisdiction.limits);
      for (const phrase of ['a local authority v bf (2018)', 'ld and rd (2023)', 'mazhar (2020, paragraph 52)', 'left the question open']) {
        expect(limits).toContain(phrase);
      }
    });

    it('Public Health Act s.287: notice only for entry as of right; a magistrate\'s warrant; police at a forced entry in Sussex', () => {
      const text = wordsOf(steps.interventionJustified.guidance);
      expect(text).toMatch(/notice is needed only to demand entry as of right/);
      expect(text).toMatch(/magistrate can issue a warrant to enter, by force if need be \(section 287\(2\)\)/);
      expect(text).toMatch(/sussex procedures say the police must attend a forced entry/);
    });

    it('a paid carer or a friend who lives elsewhere: harassment law, the care provider, the CQC only if registered, the police', () => {
      for (const text of [wordsOf(steps.thirdParty.guidance), wordsOf(routes.police)]) {
        expect(text).toMatch(/protection from harassment act 1997/);
        expect(text).toMatch(/care provider/);
        expect(text).toMatch(/care quality commission (only )?if (that|the) provider is registered/);
        expect(text).toMatch(/privately employed carers are not/);
        expect(text).toMatch(/police/);
      }
    });
  });

  describe('should be right', () => {
    it("LD and RD: the facts, and the weight of its '25 per cent'", () => {
      const evidence = wordsOf(routes.courtOfProtection.evidence);
      expect(evidence).toMatch(/a man in his forties with down's syndrome/);
      expect(evidence).toMatch(/no one outside his home had seen him for about three years/);
      for (const text of [wordsOf(routes.courtOfProtection.test), wordsOf(steps.capacity.guidance)]) {
        expect(text).toMatch(/25 per cent/);
        expect(text).toMatch(/one first-instance decision, which departed from earlier practice/);
      }
    });

    it('Safeguarding Adults Reviews: section 44 as the Act has it, and the discretionary review', () => {
      for (const text of [wordsOf(steps.escalateBoard.guidance), wordsOf(outcomes.sarReferral.summary)]) {
        expect(text).toMatch(/section 44/);
        expect(text).toMatch(/section 44\(4\)/);
      }
      expect(wordsOf(steps.escalateBoard.guidance)).toMatch(/reasonable cause for concern about how agencies worked together/);
    });

    it('least restrictive from the Care Act itself, and positive duties under Articles 2, 3 and 8', () => {
      const text = wordsOf(steps.interventionJustified.guidance);
      expect(text).toMatch(/section 1\(3\)\(h\)/);
      expect(text).toMatch(/articles 2, 3 and 8 can also require public bodies to act/);
    });

    it("advocacy: the Act's two tests, and the 'implicated' exclusion from the statutory guidance", () => {
      const text = wordsOf(steps.advocacy.guidance);
      expect(text).toMatch(/section 68 of the care act/);
      expect(text).toMatch(/substantial difficulty taking part, and no appropriate person/);
      expect(wordsOf(flagged(steps.advocacy.guidance, 'U4'))).toMatch(/implicated .* statutory guidance, not the act itself/);
    });

    it('forced marriage: the statutory guidance, orders for someone already married, breach an offence, the unit only when suspected', () => {
      const step = wordsOf(steps.forcedMarriage.guidance);
      expect(step).toMatch(/multi-agency statutory guidance/);
      expect(step).toMatch(/family counselling/);
      expect(step).toMatch(/already forced into a marriage/);
      expect(step).toMatch(/section 63ca/);
      expect(wordsOf(routes.forcedMarriageProtection)).toMatch(/section 63ca/);
      expect(wordsOf(steps.accessAttempt.guidance)).toMatch(/forced marriage unit only if forced marriage is suspected/);
    });

    it('the offences: MHA s.127(2A), and MCA s.44 for an adult reasonably believed to lack capacity', () => {
      for (const text of [wordsOf(steps.crime.guidance), wordsOf(routes.police.test)]) {
        expect(text).toMatch(/section 127\(2a\)/);
        expect(text).toMatch(/reasonably believed to/);
      }
    });

    it('section 135(1): has been, or is being; a constable enters, with an AMHP and a doctor', () => {
      const route = wordsOf(routes.mentalHealthAct);
      expect(route).toMatch(/has been, or is being, ill-treated or neglected/);
      expect(route).toMatch(/an amhp and a doctor go with the officer/);
    });

    it('the Mental Health Act 2025 awaits commencement: a dated note, flagged', () => {
      for (const blocks of [steps.mentalDisorder.guidance, routes.mentalHealthAct.limits]) {
        const note = flagged(blocks, 'U17');
        expect(note).toHaveLength(1);
        expect(note[0]).toMatchObject({ dated: true, asAt: '2025-12-18' });
      }
    });

    it('Right Care Right Person: the threshold is national, the escalation local', () => {
      for (const blocks of [steps.emergency.guidance, routes.police.how]) {
        const text = wordsOf(blocks);
        expect(text).toMatch(/july 2023/);
        expect(wordsOf(flagged(blocks, 'U16'))).toMatch(/duty inspector.* set by each force/);
      }
    });

    it('DAPO status: dated, to be confirmed locally, councils as third parties', () => {
      const status = flagged(routes.domesticAbuse.allows, 'U15');
      expect(status).toHaveLength(1);
      expect(status[0]).toMatchObject({ dated: true, asAt: '2026-03-31' });
      expect(wordsOf(status)).toMatch(/extended to 31 march 2026/);
      expect(wordsOf(status)).toMatch(/council can apply for a dapo as a third party/);
    });

    it('Court of Protection forms: COP1 and COP2 start a welfare application, COP9 is within proceedings', () => {
      const how = wordsOf(routes.courtOfProtection.how);
      expect(how).toMatch(/starts with form cop1, with form cop2 to ask the court's permission/);
      expect(how).toMatch(/cop9 is for an application within proceedings/);
      expect(how).not.toMatch(/urgent interim applications use form cop9/);
    });

    it('Adult B: the injuries were recorded on admission; she died eight days later', () => {
      expect(wordsOf(steps.abuseOrNeglect.guidance)).toMatch(/26 unexplained injuries were recorded\. she died eight days later, of sepsis and pneumonia/);
      expect(wordsOf(about.basis)).toMatch(/26 unexplained injuries were recorded\. she died eight days later/);
    });

    it("visiting while the third party is out still needs the occupier's consent", () => {
      expect(wordsOf(steps.accessAttempt.guidance)).toMatch(/third party is out: you still need the consent of the occupier/);
    });

    it('escalation timescales are a Lincolnshire example, not Sussex values', () => {
      for (const step of ['escalatePractitioners', 'escalateManagers', 'escalateLeads'] as const) {
        const text = wordsOf(flagged(steps[step].guidance, 'U2'));
        expect(text, step).toMatch(/example/);
        expect(text, step).toMatch(/lincolnshire/);
        expect(text, step).toMatch(/not (a )?sussex value/);
      }
    });
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
