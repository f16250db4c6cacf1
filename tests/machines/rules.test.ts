/**
 * The rules of machines/rules.ts against the contract, table by table; every expected value is
 * written out by hand from pathway.md.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../machines';
import {
  isHighRisk,
  mayKeepTrying,
  mayNameNoThirdParty,
  noneStandsAlone,
  recommendRoutes,
  seenAloneAndSafe,
  spokeFreelyWhenSeenAlone,
  withholdingRule,
} from '../../machines/rules';

const NO_FLAGS = { crimeSuspected: false };

describe('high risk (pathway.md step 10)', () => {
  it.each<[string, Answers, boolean]>([
    ['unexplained injuries', { riskIndicators: ['unexplained-injuries'] }, true],
    ['signs of neglect', { riskIndicators: ['neglect-signs'] }, true],
    ['a frightened adult', { riskIndicators: ['adult-frightened'] }, true],
    ['care withdrawn', { riskIndicators: ['care-withdrawn'] }, true],
    ['an adult who cannot be found', { barrier: ['adult-not-located'], riskIndicators: ['none'] }, true],
    ['a history of domestic abuse only', { riskIndicators: ['domestic-abuse-history'] }, false],
    ['isolation only', { riskIndicators: ['isolated'] }, false],
    ['financial control only', { riskIndicators: ['financial-control'] }, false],
    ['others at risk only', { riskIndicators: ['others-at-risk'] }, false],
    ['nothing seen or told', { riskIndicators: ['none'], barrier: ['third-party-refuses-entry'] }, false],
    ['nothing answered yet', {}, false],
  ])('%s: %s', (_name, answers, expected) => {
    expect(isHighRisk(answers)).toBe(expected);
  });
});

describe('keep trying (pathway.md step 11)', () => {
  it.each<[string, Answers, number, boolean]>([
    ['low risk, never tried', { riskIndicators: ['isolated'] }, 0, true],
    ['low risk, tried twice', { riskIndicators: ['isolated'] }, 2, true],
    ['low risk, tried three times', { riskIndicators: ['isolated'] }, 3, false],
    ['high risk, never tried', { riskIndicators: ['neglect-signs'] }, 0, false],
    ['not located, never tried', { barrier: ['adult-not-located'] }, 0, false],
  ])('%s', (_name, answers, tries, expected) => {
    expect(mayKeepTrying(answers, tries)).toBe(expected);
  });
});

describe('no third party (pathway.md step 9)', () => {
  it.each<[string, Answers, boolean]>([
    ['a third party refuses entry', { barrier: ['third-party-refuses-entry'] }, false],
    ['a third party is always present', { barrier: ['appointments-missed', 'third-party-always-present'] }, false],
    ['the adult declines contact', { barrier: ['adult-declines-contact'] }, true],
    ['the adult cannot be found', { barrier: ['adult-not-located'] }, true],
  ])('%s: offered %s', (_name, answers, expected) => {
    expect(mayNameNoThirdParty(answers)).toBe(expected);
  });
});

describe("'none' only on its own (pathway.md step 10)", () => {
  it.each<[string[], boolean]>([
    [['none'], true],
    [['isolated', 'neglect-signs'], true],
    [['none', 'isolated'], false],
    [['others-at-risk', 'none'], false],
  ])('%j', (values, expected) => {
    expect(noneStandsAlone(values)).toBe(expected);
  });
});

describe('seen alone and safe (step 13), free choice (step 24)', () => {
  it.each<[string, Answers, boolean]>([
    ['spoke freely, low risk', { speaksFreely: 'yes', riskIndicators: ['isolated'] }, true],
    ['spoke freely, high risk', { speaksFreely: 'yes', riskIndicators: ['care-withdrawn'] }, false],
    ['not sure they spoke freely', { speaksFreely: 'unsure', riskIndicators: ['none'] }, false],
    ['could not speak freely', { speaksFreely: 'no', riskIndicators: ['none'] }, false],
  ])('seenAloneAndSafe: %s', (_name, answers, expected) => {
    expect(seenAloneAndSafe(answers)).toBe(expected);
  });

  it.each<[string, Answers, boolean]>([
    ['seen alone, spoke freely', { accessAttempt: 'seen-alone', speaksFreely: 'yes' }, true],
    ['seen alone, not free', { accessAttempt: 'seen-alone', speaksFreely: 'no' }, false],
    ['not seen alone', { accessAttempt: 'not-seen-alone' }, false],
  ])('spokeFreelyWhenSeenAlone: %s', (_name, answers, expected) => {
    expect(spokeFreelyWhenSeenAlone(answers)).toBe(expected);
  });
});

describe('routes (pathway.md, "Routes"), with the rule that recommended each', () => {
  it.each<[string, Answers, boolean, { route: string; rules: string[] }[]]>([
    ['nothing answered', {}, false, []],
    ['reason to believe capacity is lacking', { capacity: 'reason-to-believe-lacks' }, false, [{ route: 'courtOfProtection', rules: ['capacity-reason-to-believe-lacks'] }]],
    ['capacity doubted and coerced: never the inherent jurisdiction', { capacity: 'reason-to-believe-lacks', coercion: 'yes' }, false, [{ route: 'courtOfProtection', rules: ['capacity-reason-to-believe-lacks'] }]],
    ['capacitous and coerced', { capacity: 'appears-to-have', coercion: 'yes' }, false, [{ route: 'inherentJurisdiction', rules: ['capacitous-but-coerced'] }]],
    ['capacitous, coercion unsure', { capacity: 'appears-to-have', coercion: 'unsure' }, false, [{ route: 'inherentJurisdiction', rules: ['capacitous-but-coerced'] }]],
    ['capacitous, not coerced', { capacity: 'appears-to-have', coercion: 'no' }, false, []],
    ['mental disorder suspected', { mentalDisorder: 'yes' }, false, [{ route: 'mentalHealthAct', rules: ['mental-disorder-suspected'] }]],
    ['partner, coerced (capacity not yet asked)', { thirdParty: 'partner', coercion: 'yes' }, false, [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }]],
    ['family member, financial control', { thirdParty: 'family-member', riskIndicators: ['financial-control'] }, false, [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }]],
    ['family member, history of abuse', { thirdParty: 'family-member', riskIndicators: ['domestic-abuse-history'] }, false, [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }]],
    ['partner, frightened adult', { thirdParty: 'partner', riskIndicators: ['adult-frightened'] }, false, [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }]],
    ['partner, injuries', { thirdParty: 'partner', riskIndicators: ['unexplained-injuries'] }, false, [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }]],
    ['household member (shares the home, not a relative), coerced', { thirdParty: 'household-member', coercion: 'yes' }, false, [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }]],
    ['household member, financial control', { thirdParty: 'household-member', riskIndicators: ['financial-control'] }, false, [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }]],
    ['household member, no signs of abuse', { thirdParty: 'household-member', riskIndicators: ['isolated'], coercion: 'no' }, false, []],
    ['partner, isolated, not coerced', { thirdParty: 'partner', riskIndicators: ['isolated', 'neglect-signs'], coercion: 'no' }, false, []],
    ['paid carer, coerced: never domestic abuse', { thirdParty: 'paid-carer', coercion: 'yes', riskIndicators: ['financial-control'] }, false, []],
    ['friend, injuries: never domestic abuse', { thirdParty: 'friend-or-neighbour', riskIndicators: ['unexplained-injuries'], coercion: 'unsure' }, false, []],
    ['no third party, coerced: no domestic abuse', { thirdParty: 'none', coercion: 'yes' }, false, []],
    ['forced marriage', { forcedMarriage: 'yes' }, false, [{ route: 'forcedMarriageProtection', rules: ['forced-marriage-risk'] }, { route: 'police', rules: ['forced-marriage-offence'] }]],
    ['crime', { crime: 'yes' }, false, [{ route: 'police', rules: ['crime-answered-yes'] }]],
    ['crime suspected', {}, true, [{ route: 'police', rules: ['crime-suspected-raised'] }]],
    ['police three ways', { crime: 'yes', forcedMarriage: 'yes' }, true, [{ route: 'forcedMarriageProtection', rules: ['forced-marriage-risk'] }, { route: 'police', rules: ['crime-answered-yes', 'forced-marriage-offence', 'crime-suspected-raised'] }]],
    [
      'every route, in the contract order',
      { capacity: 'reason-to-believe-lacks', mentalDisorder: 'yes', thirdParty: 'partner', coercion: 'yes', forcedMarriage: 'yes', crime: 'yes' },
      false,
      [
        { route: 'courtOfProtection', rules: ['capacity-reason-to-believe-lacks'] },
        { route: 'mentalHealthAct', rules: ['mental-disorder-suspected'] },
        { route: 'domesticAbuse', rules: ['associated-person-abuse'] },
        { route: 'forcedMarriageProtection', rules: ['forced-marriage-risk'] },
        { route: 'police', rules: ['crime-answered-yes', 'forced-marriage-offence'] },
      ],
    ],
  ])('%s', (_name, answers, crimeSuspected, expected) => {
    expect(recommendRoutes(answers, { crimeSuspected })).toEqual(expected);
  });
});

describe('the rule that withholds an answer', () => {
  it.each<[string, Parameters<typeof withholdingRule>, string | undefined]>([
    ['none, third party refuses', ['thirdParty', 'none', { barrier: ['third-party-refuses-entry'] }, 0], 'no-third-party-when-third-party-is-barrier'],
    ['none, adult declines', ['thirdParty', 'none', { barrier: ['adult-declines-contact'] }, 0], undefined],
    ['keep trying at high risk', ['accessAttempt', 'keep-trying', { riskIndicators: ['neglect-signs'] }, 0], 'keep-trying-at-high-risk'],
    ['keep trying after three', ['accessAttempt', 'keep-trying', { riskIndicators: ['isolated'] }, 3], 'keep-trying-limit'],
    ['keep trying after two', ['accessAttempt', 'keep-trying', { riskIndicators: ['isolated'] }, 2], undefined],
    ['none with isolated', ['riskIndicators', ['none', 'isolated'], {}, 0], 'none-only-alone'],
    ['seen alone at high risk', ['accessAttempt', 'seen-alone', { riskIndicators: ['neglect-signs'] }, 3], undefined],
  ])('%s', (_name, args, expected) => {
    expect(withholdingRule(...args)?.rule).toBe(expected);
  });

  it('a route table without flags recommends nothing for nothing', () => {
    expect(recommendRoutes({ thirdParty: 'partner' }, NO_FLAGS)).toEqual([]);
  });
});
