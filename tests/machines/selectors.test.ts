/** The selectors the UI reads, on states built from hand-written logs. */
import { describe, expect, it } from 'vitest';
import {
  answersInForce,
  availableEvents,
  caseActions,
  decisionsWithoutRationale,
  escalationLevelsReached,
  globalActionsOffered,
  lastSeenAlone,
  pageMoves,
  questionOn,
  raisedFlags,
  rationaleOn,
  reviewPeriodOn,
  sarToConsider,
  currentPage,
  droppedByBack,
  droppedByChange,
  initialState,
  isHighRisk,
  isMultiSelect,
  isOutcome,
  keepTryingCount,
  offeredAnswers,
  offeredOnChange,
  othersAtRisk,
  pageKind,
  preselected,
  raisedFrom,
  recommendedRoutes,
  requiresRationale,
  visitedPages,
} from '../../machines';
import type { AnswerOf, LogEntry } from '../../machines';
import {
  TO_ACCESS_LOW_RISK,
  TO_BARRIER,
  TO_CAPACITY,
  accept,
  answer,
  answers,
  back,
  change,
  event,
} from './helpers';

const TO_LEGAL_OPTIONS: LogEntry[] = answers([
  ...TO_CAPACITY,
  ['capacity', 'appears-to-have'],
  ['advocacy', 'not-needed'],
  ['coercion', 'unsure'],
  ['mentalDisorder', 'yes'],
  ['forcedMarriage', 'no'],
  ['crime', 'no'],
]);

describe('the current page', () => {
  it.each<[string, LogEntry[], string, 'question' | 'guidance' | 'outcome', boolean, boolean]>([
    ['the first page', [], 'jurisdiction', 'question', false, false],
    ['a multi step', answers(TO_BARRIER), 'barrier', 'question', true, false],
    ['a guidance step', answers([['jurisdiction', 'england'], ['role', 'partner-agency']]), 'partnerConcern', 'guidance', false, false],
    ['legal options, guidance', TO_LEGAL_OPTIONS, 'legalOptions', 'guidance', false, false],
    ['a rationale question', [...answers(TO_ACCESS_LOW_RISK), answer('accessAttempt', 'not-seen-alone')], 'refusalUnreasonable', 'question', false, true],
    ['legal advice', [...TO_LEGAL_OPTIONS, answer('legalOptions', 'done')], 'legalAdvice', 'question', false, true],
    ['the emergency step', [...answers(TO_BARRIER), event('emergency')], 'emergency', 'question', false, false],
    ['the ladder', [...answers(TO_BARRIER), event('disagree')], 'escalatePractitioners', 'question', false, true],
    ['an outcome', [answer('jurisdiction', 'wales')], 'walesProcedures', 'outcome', false, false],
  ])('%s', (_name, log, page, kind, multi, rationale) => {
    const state = accept(log);
    expect(currentPage(state)).toBe(page);
    expect(pageKind(state)).toBe(kind);
    expect(isMultiSelect(state)).toBe(multi);
    expect(requiresRationale(state)).toBe(rationale);
  });

  it('isOutcome tells outcomes from steps', () => {
    expect(isOutcome('reviewAndMonitor')).toBe(true);
    expect(isOutcome('emergency')).toBe(false);
    expect(isOutcome('legalOptions')).toBe(false);
  });
});

describe('offered answers', () => {
  it.each<[string, LogEntry[], string[]]>([
    ['keep trying offered at low risk', answers(TO_ACCESS_LOW_RISK), ['seen-alone', 'not-seen-alone', 'keep-trying']],
    ['keep trying withheld at high risk', answers([...TO_BARRIER, ['barrier', ['adult-not-located']], ['thirdParty', 'none'], ['riskIndicators', ['none']]]), ['seen-alone', 'not-seen-alone']],
    ['no third party withheld', answers([...TO_BARRIER, ['barrier', ['third-party-always-present']]]), ['partner', 'family-member', 'household-member', 'paid-carer', 'friend-or-neighbour']],
    ['no third party offered', answers([...TO_BARRIER, ['barrier', ['adult-declines-contact']]]), ['partner', 'family-member', 'household-member', 'paid-carer', 'friend-or-neighbour', 'none']],
    ["'none' stays offered on its own", answers([...TO_BARRIER, ['barrier', ['adult-declines-contact']], ['thirdParty', 'none']]), ['unexplained-injuries', 'neglect-signs', 'adult-frightened', 'domestic-abuse-history', 'isolated', 'financial-control', 'care-withdrawn', 'others-at-risk', 'none']],
    ['an outcome offers none', [answer('jurisdiction', 'wales')], []],
  ])('%s', (_name, log, expected) => {
    expect(offeredAnswers(accept(log))).toEqual(expected);
  });

  it('is the same array when asked twice of the same state', () => {
    const state = accept(answers(TO_ACCESS_LOW_RISK));
    expect(offeredAnswers(state)).toBe(offeredAnswers(state));
    expect(availableEvents(state)).toBe(availableEvents(state));
  });
});

describe('global events', () => {
  it.each<[string, LogEntry[], string[]]>([
    ['jurisdiction', [], []],
    ['role', [answer('jurisdiction', 'england')], ['back']],
    ['walesProcedures', [answer('jurisdiction', 'wales')], ['back']],
    ['careNeeds', answers(TO_BARRIER.slice(0, 3)), ['emergency', 'disagree', 'crimeSuspected', 'referForReview', 'back']],
    ['emergency', [...answers(TO_BARRIER), event('emergency')], ['crimeSuspected', 'referForReview', 'back']],
    ['escalateManagers', [...answers(TO_BARRIER), event('disagree'), answer('escalatePractitioners', 'not-resolved')], ['emergency', 'crimeSuspected', 'referForReview', 'back']],
    ['notSection42', [...answers(TO_BARRIER.slice(0, 3)), answer('careNeeds', 'no')], ['emergency', 'disagree', 'crimeSuspected', 'referForReview', 'back']],
  ])('%s', (_name, log, expected) => {
    expect(availableEvents(accept(log))).toEqual(expected);
  });
});

describe('the case so far', () => {
  it('recommends routes in the contract order, each with its rules', () => {
    const state = accept([...TO_LEGAL_OPTIONS.slice(0, 9), event('crimeSuspected'), ...TO_LEGAL_OPTIONS.slice(9)]);
    expect(recommendedRoutes(state)).toEqual([
      { route: 'inherentJurisdiction', rules: ['capacitous-but-coerced'] },
      { route: 'mentalHealthAct', rules: ['mental-disorder-suspected'] },
      { route: 'domesticAbuse', rules: ['associated-person-abuse'] },
      { route: 'police', rules: ['crime-suspected-raised'] },
    ]);
  });

  it('visits each page once, in first-visit order', () => {
    const state = accept([
      ...answers(TO_ACCESS_LOW_RISK),
      answer('accessAttempt', 'keep-trying'),
      event('emergency'),
      answer('emergency', 'continue-pathway'),
      answer('accessAttempt', 'keep-trying'),
    ]);
    expect(visitedPages(state)).toEqual([
      'jurisdiction', 'role', 'immediateDanger', 'careNeeds', 'abuseOrNeglect', 'unableToProtect',
      'barrier', 'thirdParty', 'riskIndicators', 'accessAttempt', 'emergency',
    ]);
    expect(keepTryingCount(state)).toBe(2);
  });

  it('lists the answers in force in the order answered, a step answered again once, at its latest', () => {
    const state = accept([...answers(TO_ACCESS_LOW_RISK), answer('accessAttempt', 'keep-trying'), answer('accessAttempt', 'seen-alone')]);
    const inForce = answersInForce(state);
    expect(inForce.map((a) => a.step)).toEqual([
      'jurisdiction', 'role', 'immediateDanger', 'careNeeds', 'abuseOrNeglect', 'unableToProtect',
      'barrier', 'thirdParty', 'riskIndicators', 'accessAttempt',
    ]);
    expect(inForce.at(-1)?.value).toBe('seen-alone');
  });

  it('says what a back and a change would drop', () => {
    expect(droppedByBack(initialState())).toEqual([]);
    const atCapacity = accept(answers(TO_CAPACITY));
    expect(droppedByBack(atCapacity)).toEqual(['interventionJustified']);
    expect(droppedByChange(atCapacity, 'accessAttempt')).toEqual(['refusalUnreasonable', 'interventionJustified']);
    expect(droppedByChange(atCapacity, 'interventionJustified')).toEqual([]);
    expect(droppedByChange(atCapacity, 'capacity')).toEqual([]);
    expect(droppedByBack(accept([...answers(TO_CAPACITY), event('emergency')]))).toEqual([]);
  });

  it('pre-selects the answer in force, and nothing for a step never answered', () => {
    const state = accept(answers(TO_CAPACITY));
    expect(preselected(state, 'barrier')).toEqual(['third-party-always-present']);
    expect(preselected(state, 'accessAttempt')).toEqual(['not-seen-alone']);
    expect(preselected(state, 'capacity')).toEqual([]);
  });

  it('knows high risk, others at risk and where the ladder returns', () => {
    const low = accept(answers(TO_ACCESS_LOW_RISK));
    expect(isHighRisk(low)).toBe(false);
    const high = accept(answers([...TO_BARRIER, ['barrier', ['appointments-missed']], ['thirdParty', 'partner'], ['riskIndicators', ['adult-frightened', 'others-at-risk']]]));
    expect(isHighRisk(high)).toBe(true);
    expect(othersAtRisk(high)).toBe(true);
    expect(othersAtRisk(low)).toBe(false);
    expect(raisedFrom(low)).toBeUndefined();
    expect(raisedFrom(accept([...answers(TO_ACCESS_LOW_RISK), event('disagree')]))).toBe('accessAttempt');
    expect(raisedFrom(accept(answers([...TO_BARRIER.slice(0, 2), ['immediateDanger', 'yes']])))).toBe('careNeeds');
  });
});

describe('offeredOnChange: what a step offers when its answer is changed', () => {
  const toAccess = answers([
    ['jurisdiction', 'england'],
    ['role', 'local-authority'],
    ['immediateDanger', 'no'],
    ['careNeeds', 'yes'],
    ['abuseOrNeglect', 'yes'],
    ['unableToProtect', 'yes'],
    ['barrier', ['third-party-always-present']],
    ['thirdParty', 'family-member'],
  ]);

  it('withholds what the rules withhold at that step, as the contract says', () => {
    const highRisk = accept([...toAccess, ...answers([['riskIndicators', ['unexplained-injuries']], ['accessAttempt', 'not-seen-alone']])]);
    // High risk: keep-trying is not offered (contract, step 11).
    expect(offeredOnChange(highRisk, 'accessAttempt')).toEqual(['seen-alone', 'not-seen-alone']);
    // A third party is the barrier: `none` is not offered (contract, step 9).
    expect(offeredOnChange(highRisk, 'thirdParty')).toEqual(['partner', 'family-member', 'household-member', 'paid-carer', 'friend-or-neighbour']);
    const notHigh = accept([...toAccess, ...answers([['riskIndicators', ['isolated']], ['accessAttempt', 'not-seen-alone']])]);
    expect(offeredOnChange(notHigh, 'accessAttempt')).toEqual(['seen-alone', 'not-seen-alone', 'keep-trying']);
  });

  it('offers nothing for a step with no answer in force', () => {
    expect(offeredOnChange(accept(answers([['jurisdiction', 'england']])), 'role')).toEqual([]);
  });
});

describe('caseActions: what the answers add to every outcome (pathway.md step 19)', () => {
  const toAdvocacy = (advocacy: AnswerOf<'advocacy'>): LogEntry[] => answers([...TO_CAPACITY, ['capacity', 'appears-to-have'], ['advocacy', advocacy]]);
  it.each<[string, LogEntry[], string[]]>([
    ['advocate needed, not yet arranged', toAdvocacy('advocate-needed'), ['arrange-advocate']],
    ['advocate arranged', toAdvocacy('advocate-arranged'), []],
    ['an appropriate person supports them', toAdvocacy('appropriate-person'), []],
    ['no advocate needed', toAdvocacy('not-needed'), []],
    ['advocacy not yet asked', answers(TO_CAPACITY), []],
    ['needed, then changed to arranged', [...toAdvocacy('advocate-needed'), { kind: 'change', at: '2026-11-30T10:00:00.000Z', step: 'advocacy', value: 'advocate-arranged' }], []],
  ])('%s', (_name, log, expected) => {
    expect(caseActions(accept(log))).toEqual(expected);
  });
});

const contact = (date: string, seenAlone: boolean): LogEntry => ({ kind: 'contact', at: '2026-11-30T10:00:00.000Z', date, place: 'Home', present: '', seenAlone, words: '' });

describe('questionOn: everything a question page shows, decided by the machine', () => {
  it.each<[string, LogEntry[], Partial<Record<string, unknown>>]>([
    ['the first page', [], { step: 'jurisdiction', kind: 'question', multi: false, continueWith: undefined, showsRoutes: false, showsContactLog: false, canGoBack: false, needsRationale: false }],
    ['a multi step', answers(TO_BARRIER), { step: 'barrier', multi: true, canGoBack: true }],
    ['accessAttempt shows the contact log', answers(TO_ACCESS_LOW_RISK), { step: 'accessAttempt', showsContactLog: true, showsRoutes: false }],
    ['a guidance step moves on with done', answers([['jurisdiction', 'england'], ['role', 'partner-agency']]), { step: 'partnerConcern', kind: 'guidance', continueWith: 'done', offered: ['done'] }],
    ['legalOptions shows the routes so far', TO_LEGAL_OPTIONS, { step: 'legalOptions', kind: 'guidance', showsRoutes: true, showsContactLog: false }],
    ['safeguardingPlan shows the routes so far', answers([...TO_ACCESS_LOW_RISK, ['accessAttempt', 'seen-alone'], ['speaksFreely', 'yes'], ['adultWishes', 'wants-help']]), { step: 'safeguardingPlan', showsRoutes: true }],
    ['a step that needs reasons', answers([...TO_ACCESS_LOW_RISK, ['accessAttempt', 'not-seen-alone']]), { step: 'refusalUnreasonable', needsRationale: true, rationale: '' }],
    ['the ladder returns to where it was raised', [...answers(TO_BARRIER), event('disagree')], { step: 'escalatePractitioners', returnsTo: 'barrier', needsRationale: true, showsCall999: false }],
    ['the emergency step shows 999', [...answers(TO_BARRIER), event('emergency')], { step: 'emergency', showsCall999: true, returnsTo: 'barrier' }],
  ])('%s', (_name, log, expected) => {
    expect(questionOn(accept(log))).toMatchObject(expected);
  });

  it('is null on an outcome', () => {
    expect(questionOn(accept(answers([['jurisdiction', 'wales']])))).toBeNull();
  });

  it('shows the reasons written on a page again after back drops the answer', () => {
    const log = [...answers([...TO_ACCESS_LOW_RISK, ['accessAttempt', 'not-seen-alone']]), answer('refusalUnreasonable', 'yes', 'He shouts at the door.'), back()];
    const view = questionOn(accept(log));
    expect(view).toMatchObject({ step: 'refusalUnreasonable', rationale: 'He shouts at the door.', preselected: ['yes'] });
  });
});

describe('flags raised and the global actions worth offering', () => {
  it.each<[string, LogEntry[], string[], string[]]>([
    ['nothing raised', answers(TO_BARRIER), [], ['emergency', 'disagree', 'crimeSuspected', 'referForReview']],
    ['a crime suspected is not offered again', [...answers(TO_BARRIER), event('crimeSuspected')], ['crimeSuspected'], ['emergency', 'disagree', 'referForReview']],
    ['both raised', [...answers(TO_BARRIER), event('crimeSuspected'), event('referForReview')], ['crimeSuspected', 'referForReview'], ['emergency', 'disagree']],
    ['the first page offers none of the events', [], [], []],
  ])('%s', (_name, log, raised, offered) => {
    const state = accept(log);
    expect(raisedFlags(state)).toEqual(raised);
    expect(globalActionsOffered(state)).toEqual(offered);
  });
});

describe('sarToConsider', () => {
  it.each<[string, LogEntry[], boolean]>([
    ['nothing raised', answers(TO_BARRIER), false],
    ['referForReview raised', [...answers(TO_BARRIER), event('referForReview')], true],
  ])('%s', (_name, log, expected) => {
    expect(sarToConsider(accept(log))).toBe(expected);
  });
});

describe('escalationLevelsReached', () => {
  const ladder = (...levels: ('resolved' | 'not-resolved')[]): LogEntry[] => {
    const steps = ['escalatePractitioners', 'escalateManagers', 'escalateLeads', 'escalateBoard'] as const;
    return levels.map((value, i) => answer(steps[i] ?? 'escalateBoard', value, 'Reasons.'));
  };
  it.each<[string, LogEntry[], string[]]>([
    ['never raised', answers(TO_BARRIER), []],
    ['raised, first level', [...answers(TO_BARRIER), event('disagree')], ['escalatePractitioners']],
    ['up to the leads', [...answers(TO_BARRIER), event('disagree'), ...ladder('not-resolved', 'not-resolved')], ['escalatePractitioners', 'escalateManagers', 'escalateLeads']],
    ['resolved at managers, back where raised', [...answers(TO_BARRIER), event('disagree'), ...ladder('not-resolved', 'resolved')], ['escalatePractitioners', 'escalateManagers']],
    ['undone by back', [...answers(TO_BARRIER), event('disagree'), back()], []],
  ])('%s', (_name, log, expected) => {
    expect(escalationLevelsReached(accept(log))).toEqual(expected);
  });
});

describe('lastSeenAlone: from the contacts, never from an answer', () => {
  it.each<[string, LogEntry[], string | undefined]>([
    ['no contacts', answers(TO_ACCESS_LOW_RISK), undefined],
    ['answered seen alone, no contact recorded', answers([...TO_ACCESS_LOW_RISK, ['accessAttempt', 'seen-alone']]), undefined],
    ['one not alone', [...answers(TO_ACCESS_LOW_RISK), contact('2026-11-20', false)], undefined],
    ['the latest date seen alone, whatever order typed', [...answers(TO_ACCESS_LOW_RISK), contact('2026-11-25', true), contact('2026-11-10', true), contact('2026-11-28', false)], '2026-11-25'],
  ])('%s', (_name, log, expected) => {
    expect(lastSeenAlone(accept(log))).toBe(expected);
  });
});

describe('pageMoves counts what moves the page, and nothing else', () => {
  it.each<[string, LogEntry[], number]>([
    ['nothing', [], 0],
    ['two answers', answers([['jurisdiction', 'england'], ['role', 'local-authority']]), 2],
    ['an answer and a back', [answer('jurisdiction', 'england'), back()], 2],
    ['a contact and a flag do not move it', [...answers(TO_BARRIER), event('crimeSuspected'), contact('2026-11-20', false)], 6],
    ['emergency moves it', [...answers(TO_BARRIER), event('emergency')], 7],
    ['a change moves it', [...answers(TO_BARRIER), change('careNeeds', 'yes')], 7],
  ])('%s', (_name, log, expected) => {
    expect(pageMoves(accept(log))).toBe(expected);
  });
});

describe('rationaleOn and decisions without their reasons', () => {
  const toRefusal = answers([...TO_ACCESS_LOW_RISK, ['accessAttempt', 'not-seen-alone']]);
  it.each<[string, LogEntry[], string, string[]]>([
    ['reasons given', [...toRefusal, answer('refusalUnreasonable', 'yes', 'Entry refused three times.')], 'Entry refused three times.', []],
    ['no reasons (an imported log): the case opens, and the decision is listed', [...toRefusal, answer('refusalUnreasonable', 'yes')], '', ['refusalUnreasonable']],
    ['blank reasons count as none', [...toRefusal, answer('refusalUnreasonable', 'yes', '   ')], '', ['refusalUnreasonable']],
    ['a step that needs none is never listed', answers(TO_ACCESS_LOW_RISK), '', []],
  ])('%s', (_name, log, rationale, missing) => {
    const state = accept(log);
    expect(rationaleOn(state, 'refusalUnreasonable')).toBe(rationale);
    expect(decisionsWithoutRationale(state)).toEqual(missing);
  });
});

describe("reviewPeriodOn: the team's default period for the outcome reached", () => {
  const periods = {
    concernRaised: 1, notSection42: 2, emergencyServices: 3, seenAloneSafe: 4, planAgreed: 5, reviewAndMonitor: 6,
    autonomyRespected: 7, protectiveAction: 8, escalatedToBoard: 9, sarReferral: 10, walesProcedures: 11,
  };
  it.each<[string, LogEntry[], number | undefined]>([
    ['a question page has none', answers(TO_BARRIER), undefined],
    ['walesProcedures', answers([['jurisdiction', 'wales']]), 11],
    ['notSection42', answers([...TO_BARRIER.slice(0, 4), ['abuseOrNeglect', 'no']]), 2],
  ])('%s', (_name, log, expected) => {
    expect(reviewPeriodOn(accept(log), periods)).toBe(expected);
  });
});
