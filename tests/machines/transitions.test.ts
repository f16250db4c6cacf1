/**
 * Every row of the contract's tables (pathway.md), written out by hand: from a case so far, an
 * answer or an event, and the page it must lead to. Expected pages come from the contract only.
 */
import { describe, expect, it } from 'vitest';
import { currentPage, raisedFrom } from '../../machines';
import type { AnswerId, LogEntry, PageId, StepId } from '../../machines';
import {
  TO_ACCESS_LOW_RISK,
  TO_BARRIER,
  TO_CAPACITY,
  accept,
  answer,
  answers,
  event,
  refuse,
} from './helpers';
import type { Pairs } from './helpers';

const TO_ROLE: Pairs = [['jurisdiction', 'england']];
const TO_IMMEDIATE_DANGER: Pairs = [...TO_ROLE, ['role', 'local-authority']];
const TO_CARE_NEEDS: Pairs = [...TO_IMMEDIATE_DANGER, ['immediateDanger', 'no']];
const TO_THIRD_PARTY: Pairs = [...TO_BARRIER, ['barrier', ['third-party-refuses-entry']]];
const TO_RISK: Pairs = [...TO_THIRD_PARTY, ['thirdParty', 'family-member']];
const HIGH_RISK_TO_ACCESS: Pairs = [...TO_RISK, ['riskIndicators', ['neglect-signs']]];
const NO_THIRD_PARTY_TO_ACCESS: Pairs = [
  ...TO_BARRIER,
  ['barrier', ['adult-declines-contact']],
  ['thirdParty', 'none'],
  ['riskIndicators', ['isolated']],
];
const SEEN_ALONE: Pairs = [...TO_ACCESS_LOW_RISK, ['accessAttempt', 'seen-alone']];
const SPOKE_FREELY: Pairs = [...SEEN_ALONE, ['speaksFreely', 'yes']];
const HIGH_RISK_SPOKE_FREELY: Pairs = [...HIGH_RISK_TO_ACCESS, ['accessAttempt', 'seen-alone'], ['speaksFreely', 'yes']];
const NOT_SEEN_LOW: Pairs = [...TO_ACCESS_LOW_RISK, ['accessAttempt', 'not-seen-alone']];
const NOT_SEEN_HIGH: Pairs = [...HIGH_RISK_TO_ACCESS, ['accessAttempt', 'not-seen-alone']];
const TO_CRIME_NO_ROUTE: Pairs = [
  ['capacity', 'appears-to-have'],
  ['advocacy', 'not-needed'],
  ['coercion', 'no'],
  ['mentalDisorder', 'no'],
  ['forcedMarriage', 'no'],
  ['crime', 'no'],
];
/** An adult seen alone who spoke freely, declined help, no route: the page is `legalOptions`. */
const FREE_CHOICE_NO_ROUTE: Pairs = [...SPOKE_FREELY, ['adultWishes', 'declines-help'], ...TO_CRIME_NO_ROUTE];
const TO_LEGAL_ADVICE: Pairs = [
  ...TO_CAPACITY,
  ['capacity', 'reason-to-believe-lacks'],
  ['advocacy', 'advocate-arranged'],
  ['coercion', 'no'],
  ['mentalDisorder', 'no'],
  ['forcedMarriage', 'no'],
  ['crime', 'no'],
  ['legalOptions', 'done'],
];

type Row = [name: string, from: Pairs, step: StepId, value: AnswerId | AnswerId[], to: PageId];

const MAIN_FLOW: Row[] = [
  ['1 england', [], 'jurisdiction', 'england', 'role'],
  ['1 wales', [], 'jurisdiction', 'wales', 'walesProcedures'],
  ['2 local authority', TO_ROLE, 'role', 'local-authority', 'immediateDanger'],
  ['2 partner agency', TO_ROLE, 'role', 'partner-agency', 'partnerConcern'],
  ['3 partner concern', [...TO_ROLE, ['role', 'partner-agency']], 'partnerConcern', 'done', 'concernRaised'],
  ['4 immediate danger', TO_IMMEDIATE_DANGER, 'immediateDanger', 'yes', 'emergency'],
  ['4 no immediate danger', TO_IMMEDIATE_DANGER, 'immediateDanger', 'no', 'careNeeds'],
  ['5 care needs yes', TO_CARE_NEEDS, 'careNeeds', 'yes', 'abuseOrNeglect'],
  ['5 care needs unsure', TO_CARE_NEEDS, 'careNeeds', 'unsure', 'abuseOrNeglect'],
  ['5 no care needs', TO_CARE_NEEDS, 'careNeeds', 'no', 'notSection42'],
  ['6 abuse yes', [...TO_CARE_NEEDS, ['careNeeds', 'yes']], 'abuseOrNeglect', 'yes', 'unableToProtect'],
  ['6 abuse unsure', [...TO_CARE_NEEDS, ['careNeeds', 'yes']], 'abuseOrNeglect', 'unsure', 'unableToProtect'],
  ['6 no abuse', [...TO_CARE_NEEDS, ['careNeeds', 'yes']], 'abuseOrNeglect', 'no', 'notSection42'],
  ['7 unable yes', TO_BARRIER.slice(0, 5), 'unableToProtect', 'yes', 'barrier'],
  ['7 unable unsure', TO_BARRIER.slice(0, 5), 'unableToProtect', 'unsure', 'barrier'],
  ['7 able to protect', TO_BARRIER.slice(0, 5), 'unableToProtect', 'no', 'notSection42'],
  ['8 refuses entry', TO_BARRIER, 'barrier', ['third-party-refuses-entry'], 'thirdParty'],
  ['8 always present', TO_BARRIER, 'barrier', ['third-party-always-present'], 'thirdParty'],
  ['8 declines contact', TO_BARRIER, 'barrier', ['adult-declines-contact'], 'thirdParty'],
  ['8 not located', TO_BARRIER, 'barrier', ['adult-not-located'], 'thirdParty'],
  ['8 appointments missed', TO_BARRIER, 'barrier', ['appointments-missed'], 'thirdParty'],
  ['8 influence', TO_BARRIER, 'barrier', ['influence-over-decision'], 'thirdParty'],
  ['8 all six', TO_BARRIER, 'barrier', ['third-party-refuses-entry', 'third-party-always-present', 'adult-declines-contact', 'adult-not-located', 'appointments-missed', 'influence-over-decision'], 'thirdParty'],
  ['9 partner', TO_THIRD_PARTY, 'thirdParty', 'partner', 'riskIndicators'],
  ['9 family member', TO_THIRD_PARTY, 'thirdParty', 'family-member', 'riskIndicators'],
  ['9 paid carer', TO_THIRD_PARTY, 'thirdParty', 'paid-carer', 'riskIndicators'],
  ['9 friend', TO_THIRD_PARTY, 'thirdParty', 'friend-or-neighbour', 'riskIndicators'],
  ['9 none, adult declines', [...TO_BARRIER, ['barrier', ['adult-declines-contact']]], 'thirdParty', 'none', 'riskIndicators'],
  ['10 none', TO_RISK, 'riskIndicators', ['none'], 'accessAttempt'],
  ['10 all eight', TO_RISK, 'riskIndicators', ['unexplained-injuries', 'neglect-signs', 'adult-frightened', 'domestic-abuse-history', 'isolated', 'financial-control', 'care-withdrawn', 'others-at-risk'], 'accessAttempt'],
  ['11 seen alone', TO_ACCESS_LOW_RISK, 'accessAttempt', 'seen-alone', 'speaksFreely'],
  ['11 not seen alone, third party', TO_ACCESS_LOW_RISK, 'accessAttempt', 'not-seen-alone', 'refusalUnreasonable'],
  ['11 not seen alone, no third party', NO_THIRD_PARTY_TO_ACCESS, 'accessAttempt', 'not-seen-alone', 'interventionJustified'],
  ['11 keep trying, low risk', TO_ACCESS_LOW_RISK, 'accessAttempt', 'keep-trying', 'accessAttempt'],
  ['12 speaks freely yes', SEEN_ALONE, 'speaksFreely', 'yes', 'adultWishes'],
  ['12 speaks freely no', SEEN_ALONE, 'speaksFreely', 'no', 'adultWishes'],
  ['12 speaks freely unsure', SEEN_ALONE, 'speaksFreely', 'unsure', 'adultWishes'],
  ['13 no concerns, free, low risk', SPOKE_FREELY, 'adultWishes', 'no-concerns', 'seenAloneSafe'],
  ['13 no concerns, not free', [...SEEN_ALONE, ['speaksFreely', 'unsure']], 'adultWishes', 'no-concerns', 'capacity'],
  ['13 no concerns, high risk', HIGH_RISK_SPOKE_FREELY, 'adultWishes', 'no-concerns', 'capacity'],
  ['13 wants help', SPOKE_FREELY, 'adultWishes', 'wants-help', 'safeguardingPlan'],
  ['13 declines help', SPOKE_FREELY, 'adultWishes', 'declines-help', 'capacity'],
  ['14 plan', [...SPOKE_FREELY, ['adultWishes', 'wants-help']], 'safeguardingPlan', 'done', 'planAgreed'],
  ['15 refusal unreasonable', NOT_SEEN_LOW, 'refusalUnreasonable', 'yes', 'interventionJustified'],
  ['15 refusal reasonable, high risk', NOT_SEEN_HIGH, 'refusalUnreasonable', 'no', 'riskMeeting'],
  ['15 refusal reasonable, low risk', NOT_SEEN_LOW, 'refusalUnreasonable', 'no', 'reviewAndMonitor'],
  ['16 intervention justified', [...NOT_SEEN_LOW, ['refusalUnreasonable', 'yes']], 'interventionJustified', 'yes', 'capacity'],
  ['16 not justified, high risk', [...NOT_SEEN_HIGH, ['refusalUnreasonable', 'yes']], 'interventionJustified', 'no', 'riskMeeting'],
  ['16 not justified, low risk', [...NOT_SEEN_LOW, ['refusalUnreasonable', 'yes']], 'interventionJustified', 'no', 'reviewAndMonitor'],
  ['17 meeting intervenes', [...NOT_SEEN_HIGH, ['refusalUnreasonable', 'no']], 'riskMeeting', 'intervene', 'capacity'],
  ['17 meeting monitors', [...NOT_SEEN_HIGH, ['refusalUnreasonable', 'no']], 'riskMeeting', 'review-and-monitor', 'reviewAndMonitor'],
  ['18 lacks', TO_CAPACITY, 'capacity', 'reason-to-believe-lacks', 'advocacy'],
  ['18 appears to have', TO_CAPACITY, 'capacity', 'appears-to-have', 'advocacy'],
  ['19 advocate', [...TO_CAPACITY, ['capacity', 'appears-to-have']], 'advocacy', 'advocate-arranged', 'coercion'],
  ['19 appropriate person', [...TO_CAPACITY, ['capacity', 'appears-to-have']], 'advocacy', 'appropriate-person', 'coercion'],
  ['19 not needed', [...TO_CAPACITY, ['capacity', 'appears-to-have']], 'advocacy', 'not-needed', 'coercion'],
  ['20 coercion yes', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 2)], 'coercion', 'yes', 'mentalDisorder'],
  ['20 coercion unsure', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 2)], 'coercion', 'unsure', 'mentalDisorder'],
  ['20 coercion no', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 2)], 'coercion', 'no', 'mentalDisorder'],
  ['21 disorder yes', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 3)], 'mentalDisorder', 'yes', 'forcedMarriage'],
  ['21 disorder no', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 3)], 'mentalDisorder', 'no', 'forcedMarriage'],
  ['22 forced marriage yes', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 4)], 'forcedMarriage', 'yes', 'crime'],
  ['22 forced marriage no', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 4)], 'forcedMarriage', 'no', 'crime'],
  ['23 crime yes', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 5)], 'crime', 'yes', 'legalOptions'],
  ['23 crime no', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 5)], 'crime', 'no', 'legalOptions'],
  ['24 a route applies', TO_LEGAL_ADVICE.slice(0, -1), 'legalOptions', 'done', 'legalAdvice'],
  ['24 no route, seen alone, spoke freely', FREE_CHOICE_NO_ROUTE, 'legalOptions', 'done', 'respectAutonomy'],
  ['24 no route, not seen alone', [...TO_CAPACITY, ...TO_CRIME_NO_ROUTE], 'legalOptions', 'done', 'reviewAndMonitor'],
  ['24 no route, seen alone, not free', [...SEEN_ALONE, ['speaksFreely', 'unsure'], ['adultWishes', 'declines-help'], ...TO_CRIME_NO_ROUTE], 'legalOptions', 'done', 'reviewAndMonitor'],
  ['25 action agreed', TO_LEGAL_ADVICE, 'legalAdvice', 'action-agreed', 'protectiveAction'],
  ['25 not yet', TO_LEGAL_ADVICE, 'legalAdvice', 'not-yet', 'reviewAndMonitor'],
  ['25 disputed', TO_LEGAL_ADVICE, 'legalAdvice', 'disputed', 'escalatePractitioners'],
  ['26 autonomy', [...FREE_CHOICE_NO_ROUTE, ['legalOptions', 'done']], 'respectAutonomy', 'done', 'autonomyRespected'],
  ['27 services dealing', [...TO_IMMEDIATE_DANGER, ['immediateDanger', 'yes']], 'emergency', 'services-dealing', 'emergencyServices'],
  ['27 continue after immediate danger', [...TO_IMMEDIATE_DANGER, ['immediateDanger', 'yes']], 'emergency', 'continue-pathway', 'careNeeds'],
];

describe('main flow (pathway.md, steps 1-27)', () => {
  it.each(MAIN_FLOW)('%s', (_name, from, step, value, to) => {
    const state = accept([...answers(from), answer(step, value)]);
    expect(currentPage(state)).toBe(to);
  });
});

describe('the escalation ladder returns to where it was raised', () => {
  const LADDER: [StepId, Pairs][] = [
    ['escalatePractitioners', []],
    ['escalateManagers', [['escalatePractitioners', 'not-resolved']]],
    ['escalateLeads', [['escalatePractitioners', 'not-resolved'], ['escalateManagers', 'not-resolved']]],
    ['escalateBoard', [['escalatePractitioners', 'not-resolved'], ['escalateManagers', 'not-resolved'], ['escalateLeads', 'not-resolved']]],
  ];
  const raisedOnCrime: LogEntry[] = [...answers([...TO_CAPACITY, ...TO_CRIME_NO_ROUTE.slice(0, 5)]), event('disagree')];

  it.each(LADDER)('%s: resolved goes back to crime, where disagree was raised', (level, climb) => {
    const onLevel = accept([...raisedOnCrime, ...answers(climb)]);
    expect(currentPage(onLevel)).toBe(level);
    expect(raisedFrom(onLevel)).toBe('crime');
    const back = accept([...raisedOnCrime, ...answers(climb), answer(level, 'resolved')]);
    expect(currentPage(back)).toBe('crime');
    expect(raisedFrom(back)).toBeUndefined();
  });

  it.each(LADDER)('%s: resolved after legalAdvice = disputed goes back to legalAdvice', (level, climb) => {
    const state = accept([...answers(TO_LEGAL_ADVICE), answer('legalAdvice', 'disputed'), ...answers(climb), answer(level, 'resolved')]);
    expect(currentPage(state)).toBe('legalAdvice');
  });

  it.each([
    ['escalatePractitioners', 'not-resolved', 'escalateManagers'],
    ['escalateManagers', 'not-resolved', 'escalateLeads'],
    ['escalateLeads', 'not-resolved', 'escalateBoard'],
    ['escalateBoard', 'not-resolved', 'escalatedToBoard'],
    ['escalateBoard', 'sar-criteria-met', 'sarReferral'],
  ] as [StepId, AnswerId, PageId][])('%s: %s goes to %s', (level, value, to) => {
    const climb = LADDER.find(([l]) => l === level)?.[1] ?? [];
    const state = accept([...raisedOnCrime, ...answers(climb), answer(level, value)]);
    expect(currentPage(state)).toBe(to);
  });

  it('disagree raised on an outcome returns to that outcome', () => {
    const state = accept([...answers(TO_CARE_NEEDS), answer('careNeeds', 'no'), event('disagree'), answer('escalatePractitioners', 'resolved')]);
    expect(currentPage(state)).toBe('notSection42');
  });
});

describe('the emergency step returns to where it was raised', () => {
  it('continue-pathway returns to the step that raised the event', () => {
    const state = accept([...answers(TO_BARRIER), event('emergency'), answer('emergency', 'continue-pathway')]);
    expect(currentPage(state)).toBe('barrier');
  });

  it('raised on immediateDanger itself, it returns to immediateDanger, not careNeeds', () => {
    const state = accept([...answers(TO_IMMEDIATE_DANGER), event('emergency'), answer('emergency', 'continue-pathway')]);
    expect(currentPage(state)).toBe('immediateDanger');
  });

  it('raised on the ladder, it returns to the ladder, which returns to the page (two levels)', () => {
    const onLadder = [...answers(TO_ACCESS_LOW_RISK), event('disagree'), answer('escalatePractitioners', 'not-resolved')];
    const inEmergency = accept([...onLadder, event('emergency')]);
    expect(currentPage(inEmergency)).toBe('emergency');
    expect(raisedFrom(inEmergency)).toBe('escalateManagers');
    const backOnLadder = accept([...onLadder, event('emergency'), answer('emergency', 'continue-pathway')]);
    expect(currentPage(backOnLadder)).toBe('escalateManagers');
    expect(raisedFrom(backOnLadder)).toBe('accessAttempt');
    const home = accept([...onLadder, event('emergency'), answer('emergency', 'continue-pathway'), answer('escalateManagers', 'resolved')]);
    expect(currentPage(home)).toBe('accessAttempt');
  });

  it('raised on an outcome, it returns to that outcome', () => {
    const state = accept([...answers(TO_CARE_NEEDS), answer('careNeeds', 'no'), event('emergency'), answer('emergency', 'continue-pathway')]);
    expect(currentPage(state)).toBe('notSection42');
  });

  it('services-dealing from an emergency raised on the ladder ends at emergencyServices', () => {
    const state = accept([...answers(TO_ACCESS_LOW_RISK), event('disagree'), event('emergency'), answer('emergency', 'services-dealing')]);
    expect(currentPage(state)).toBe('emergencyServices');
    expect(raisedFrom(state)).toBeUndefined();
  });
});

describe('withheld answers (pathway.md steps 9, 10, 11)', () => {
  const withheld: [name: string, from: Pairs, step: StepId, value: AnswerId | AnswerId[], rule: string][] = [
    ['no third party when one refuses entry', TO_THIRD_PARTY, 'thirdParty', 'none', 'no-third-party-when-third-party-is-barrier'],
    ['no third party when one is always present', [...TO_BARRIER, ['barrier', ['adult-declines-contact', 'third-party-always-present']]], 'thirdParty', 'none', 'no-third-party-when-third-party-is-barrier'],
    ["'none' beside another indicator", TO_RISK, 'riskIndicators', ['none', 'isolated'], 'none-only-alone'],
    ['keep trying with unexplained injuries', [...TO_RISK, ['riskIndicators', ['unexplained-injuries']]], 'accessAttempt', 'keep-trying', 'keep-trying-at-high-risk'],
    ['keep trying with signs of neglect', HIGH_RISK_TO_ACCESS, 'accessAttempt', 'keep-trying', 'keep-trying-at-high-risk'],
    ['keep trying with a frightened adult', [...TO_RISK, ['riskIndicators', ['adult-frightened']]], 'accessAttempt', 'keep-trying', 'keep-trying-at-high-risk'],
    ['keep trying with care withdrawn', [...TO_RISK, ['riskIndicators', ['care-withdrawn', 'isolated']]], 'accessAttempt', 'keep-trying', 'keep-trying-at-high-risk'],
    ['keep trying when the adult cannot be found', [...TO_BARRIER, ['barrier', ['adult-not-located']], ['thirdParty', 'none'], ['riskIndicators', ['none']]], 'accessAttempt', 'keep-trying', 'keep-trying-at-high-risk'],
    ['keep trying a fourth time', [...TO_ACCESS_LOW_RISK, ['accessAttempt', 'keep-trying'], ['accessAttempt', 'keep-trying'], ['accessAttempt', 'keep-trying']], 'accessAttempt', 'keep-trying', 'keep-trying-limit'],
  ];

  it.each(withheld)('%s is withheld', (_name, from, step, value, rule) => {
    const error = refuse([...answers(from), answer(step, value)]);
    expect(error).toMatchObject({ index: from.length, kind: 'answer', code: 'withheld', rule });
  });

  it('keep trying a third time is still offered at low risk', () => {
    const state = accept([...answers(TO_ACCESS_LOW_RISK), ...answers([['accessAttempt', 'keep-trying'], ['accessAttempt', 'keep-trying'], ['accessAttempt', 'keep-trying']])]);
    expect(currentPage(state)).toBe('accessAttempt');
  });

  it.each([
    ['an unknown answer id', TO_THIRD_PARTY, 'thirdParty', 'landlord'],
    ['another step\'s answer', TO_THIRD_PARTY, 'thirdParty', 'yes'],
    ['an empty list', TO_BARRIER, 'barrier', []],
    ['one id for a multi step', TO_BARRIER, 'barrier', 'adult-not-located'],
    ['a list for a single step', TO_THIRD_PARTY, 'thirdParty', ['partner']],
    ['the same answer twice', TO_BARRIER, 'barrier', ['adult-not-located', 'adult-not-located']],
  ] as [string, Pairs, StepId, AnswerId | AnswerId[]][])('%s is not offered', (_name, from, step, value) => {
    expect(refuse([...answers(from), answer(step, value)])).toMatchObject({ code: 'not-offered', index: from.length });
  });
});
