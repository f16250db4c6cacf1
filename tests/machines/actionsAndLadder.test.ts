/** Actions that belong to a case, working days, the ladder on record and the pages asked first (issue 12): hand-written tables. */
import { describe, expect, it } from 'vitest';
import {
  actionsOutstanding,
  actionsThatApply,
  escalationLevels,
  needsDisagreementDetails,
  needsReviewDate,
  replay,
  workingDaysAfter,
} from '../../machines';
import type { LogEntry } from '../../machines';
import { TO_BARRIER, TO_CAPACITY, accept, answer, answers, event } from './helpers';

/** England's bank holidays of the tables below (content/bankHolidays.json holds them all). */
const HOLIDAYS = new Set(['2026-12-25', '2026-12-28', '2027-01-01', '2026-08-31', '2027-03-26', '2027-03-29']);

describe('workingDaysAfter: weekends and bank holidays do not count', () => {
  it.each<[string, string, number, string]>([
    ['Monday + 2', '2026-11-30', 2, '2026-12-02'],
    ['Thursday + 2 runs over the weekend', '2026-12-03', 2, '2026-12-07'],
    ['Friday + 1 is Monday', '2026-12-04', 1, '2026-12-07'],
    ['Saturday + 1 is Monday', '2026-12-05', 1, '2026-12-07'],
    ['Christmas Eve + 2: Christmas, the weekend and the Boxing Day substitute are skipped', '2026-12-24', 2, '2026-12-30'],
    ['over New Year', '2026-12-30', 2, '2027-01-04'],
    ['Friday before the August bank holiday + 1', '2026-08-28', 1, '2026-09-01'],
    ['Easter 2027: Thursday + 1 skips Good Friday to Easter Monday', '2027-03-25', 1, '2027-03-30'],
    ['Monday + 5 is the next Monday', '2026-11-30', 5, '2026-12-07'],
    ['zero days is the same day', '2026-11-30', 0, '2026-11-30'],
  ])('%s', (_name, start, days, due) => {
    expect(workingDaysAfter(start, days, HOLIDAYS)).toBe(due);
  });
});

const at = (day: string, time = '10:00'): string => `${day}T${time}:00.000Z`;
const answerOn = (step: Parameters<typeof answer>[0], value: Parameters<typeof answer>[1], day: string, conversation?: string): LogEntry => ({
  kind: 'answer',
  at: at(day),
  step,
  value,
  rationale: 'Reasons.',
  ...(conversation ? { happenedAt: conversation } : {}),
});

describe('escalationLevels: each level with when it was reached, its conversation and when it falls due', () => {
  const timescales = { escalatePractitioners: 2, escalateManagers: 5, escalateLeads: 2 };
  const toLadder: LogEntry[] = [...answers(TO_BARRIER), { kind: 'event', at: at('2026-11-30'), event: 'disagree' }];
  it.each<[string, LogEntry[], string, object[]]>([
    ['never raised', answers(TO_BARRIER), '2026-11-30', []],
    ['just raised: open, due in two working days', toLadder, '2026-12-01', [{ level: 'escalatePractitioners', reachedOn: '2026-11-30', due: '2026-12-02', status: 'open' }]],
    ['the clock moves past the due day: overdue', toLadder, '2026-12-03', [{ level: 'escalatePractitioners', due: '2026-12-02', status: 'overdue' }]],
    ['due today is not yet overdue', toLadder, '2026-12-02', [{ status: 'open' }]],
    [
      'passed on to line managers, with the conversation dated',
      [...toLadder, answerOn('escalatePractitioners', 'not-resolved', '2026-12-01', '2026-11-30')],
      '2026-12-10',
      [
        { level: 'escalatePractitioners', conversationOn: '2026-11-30', answer: 'not-resolved', status: 'passed-on' },
        { level: 'escalateManagers', reachedOn: '2026-12-01', due: '2026-12-08', status: 'overdue' },
      ],
    ],
    [
      'resolved at the first level',
      [...toLadder, answerOn('escalatePractitioners', 'resolved', '2026-12-01')],
      '2026-12-30',
      [{ level: 'escalatePractitioners', answer: 'resolved', status: 'resolved' }],
    ],
    [
      'the Board has no local timescale: never overdue, no due date',
      [
        ...toLadder,
        answerOn('escalatePractitioners', 'not-resolved', '2026-12-01'),
        answerOn('escalateManagers', 'not-resolved', '2026-12-02'),
        answerOn('escalateLeads', 'not-resolved', '2026-12-03'),
      ],
      '2027-06-01',
      [{ status: 'passed-on' }, { status: 'passed-on' }, { status: 'passed-on' }, { level: 'escalateBoard', reachedOn: '2026-12-03', status: 'open' }],
    ],
  ])('%s', (_name, log, today, expected) => {
    const levels = escalationLevels(accept(log), timescales, HOLIDAYS, today);
    expect(levels).toHaveLength(expected.length);
    expected.forEach((level, index) => expect(levels[index]).toMatchObject(level));
    if (expected.length > 0 && !('due' in (expected.at(-1) as object)) && (expected.at(-1) as { level?: string }).level === 'escalateBoard') {
      expect(levels.at(-1)?.due).toBeUndefined();
    }
  });
});

const TO_LEGAL_OPTIONS = (capacity: 'appears-to-have' | 'reason-to-believe-lacks', extra: Partial<Record<'mentalDisorder' | 'crime' | 'forcedMarriage' | 'coercion' | 'advocacy', string>> = {}): LogEntry[] =>
  answers([
    ...TO_CAPACITY,
    ['capacity', capacity],
    ['advocacy', (extra.advocacy ?? 'not-needed') as 'not-needed'],
    ['coercion', (extra.coercion ?? 'yes') as 'yes'],
    ['mentalDisorder', (extra.mentalDisorder ?? 'no') as 'no'],
    ['forcedMarriage', (extra.forcedMarriage ?? 'no') as 'no'],
    ['crime', (extra.crime ?? 'no') as 'no'],
    ['legalOptions', 'done'],
  ]);
const toProtectiveAction = (...args: Parameters<typeof TO_LEGAL_OPTIONS>): LogEntry[] => [...TO_LEGAL_OPTIONS(...args), answer('legalAdvice', 'action-agreed', 'Legal advice agreed.')];

describe('actionsThatApply: only the actions that belong to this case', () => {
  it.each<[string, LogEntry[], string[]]>([
    ['a question page: none', answers(TO_BARRIER), []],
    [
      'protective action for a capacitous, coerced adult (family member): the High Court and domestic-abuse powers, no Mental Health Act',
      toProtectiveAction('appears-to-have'),
      ['protectiveAction.court-application', 'protectiveAction.police-powers', 'protectiveAction.chronology', 'protectiveAction.coordinate-advice'],
    ],
    [
      'protective action with a mental disorder suspected: the Mental Health Act action too',
      toProtectiveAction('reason-to-believe-lacks', { mentalDisorder: 'yes', coercion: 'no' }),
      ['protectiveAction.court-application', 'protectiveAction.mental-health-act', 'protectiveAction.chronology', 'protectiveAction.coordinate-advice'],
    ],
    [
      'an advocate needed: arranging one comes first, on any outcome',
      toProtectiveAction('appears-to-have', { advocacy: 'advocate-needed' }),
      ['arrange-advocate', 'protectiveAction.court-application', 'protectiveAction.police-powers', 'protectiveAction.chronology', 'protectiveAction.coordinate-advice'],
    ],
    ['Wales: every action of its outcome', answers([['jurisdiction', 'wales']]), ['walesProcedures.report-in-wales', 'walesProcedures.enquiries-s126', 'walesProcedures.apso-s127', 'walesProcedures.call-999']],
  ])('%s', (_name, log, expected) => {
    expect(actionsThatApply(accept(log))).toEqual(expected);
  });

  it('an action marked done is no longer outstanding', () => {
    const log = [...toProtectiveAction('appears-to-have'), { kind: 'actionDone', at: at('2026-12-01'), action: 'protectiveAction.chronology', note: 'Sent to legal.' } as LogEntry];
    expect(actionsOutstanding(accept(log))).toEqual(['protectiveAction.court-application', 'protectiveAction.police-powers', 'protectiveAction.coordinate-advice']);
  });

  it('replay refuses an action this pathway does not know', () => {
    const result = replay([{ kind: 'actionDone', at: at('2026-12-01'), action: 'protectiveAction.fly-to-the-moon', note: '' }]);
    expect(!result.ok && result.error.code).toBe('unknown-entry');
  });
});

describe('pages asked first: the review date before an outcome, the disagreement before the ladder', () => {
  const review: LogEntry = { kind: 'review', at: at('2026-12-01'), date: '2026-12-15' };
  const disagreement: LogEntry = { kind: 'disagreement', at: at('2026-12-01'), decision: 'Referral closed', madeBy: 'Team manager, adult social care', decidedOn: '2026-11-28' };
  it.each<[string, LogEntry[], boolean, boolean]>([
    ['a question page', answers(TO_BARRIER), false, false],
    ['an outcome just reached', toProtectiveAction('appears-to-have'), true, false],
    ['the review date set on arrival', [...toProtectiveAction('appears-to-have'), review], false, false],
    ['a review date set before the outcome does not count', [...TO_LEGAL_OPTIONS('appears-to-have'), review, answer('legalAdvice', 'action-agreed', 'Agreed.')], true, false],
    ['Wales is never asked', answers([['jurisdiction', 'wales']]), false, false],
    ['the ladder just entered', [...answers(TO_BARRIER), event('disagree')], false, true],
    ['the disagreement on record', [...answers(TO_BARRIER), event('disagree'), disagreement], false, false],
  ])('%s', (_name, log, reviewFirst, disagreementFirst) => {
    const state = accept(log);
    expect(needsReviewDate(state)).toBe(reviewFirst);
    expect(needsDisagreementDetails(state)).toBe(disagreementFirst);
  });
});
