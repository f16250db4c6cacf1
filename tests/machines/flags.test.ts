/**
 * The manager's flags (issue 15, point 4): each a pure selector, in hand-written tables with the
 * boundary days. Expected values are written out from the definitions, not computed.
 */
import { describe, expect, it } from 'vitest';
import { actionOutstanding, caseFlags, contactContradiction, escalationOverdue, notSeenAlone, rationaleMissing, reviewMissing, reviewOverdue, type FlagThresholds } from '../../machines/flags';
import type { LogEntry } from '../../machines';
import { TO_ACCESS_LOW_RISK, TO_BARRIER, accept, answer, answers } from './helpers';

const on = (day: string): string => `${day}T10:00:00.000Z`;
const review = (date: string): LogEntry => ({ kind: 'review', at: on('2026-11-01'), date });
const contact = (date: string, seenAlone: boolean, id = `c-${date}`): LogEntry => ({ id, kind: 'contact', at: on(date), date, place: 'home', present: seenAlone ? '' : 'son', seenAlone, words: '' });

describe('review-overdue and review-missing', () => {
  it.each<[string, LogEntry[], string, object | undefined]>([
    ['on the review date: not overdue', [...answers(TO_BARRIER), review('2026-12-10')], '2026-12-10', undefined],
    ['the day after: overdue by 1 day', [...answers(TO_BARRIER), review('2026-12-10')], '2026-12-11', { id: 'review-overdue', params: { date: '2026-12-10', days: 1 } }],
    ['a month after', [...answers(TO_BARRIER), review('2026-12-10')], '2027-01-10', { id: 'review-overdue', params: { date: '2026-12-10', days: 31 } }],
    ['no review date: not overdue', answers(TO_BARRIER), '2027-01-10', undefined],
  ])('%s', (_name, log, today, expected) => {
    expect(reviewOverdue(accept(log), today)).toEqual(expected);
  });

  it('review-missing: raised with no review date, not once one is set', () => {
    expect(reviewMissing(accept(answers(TO_BARRIER)))).toEqual({ id: 'review-missing', params: {} });
    expect(reviewMissing(accept([...answers(TO_BARRIER), review('2026-12-10')]))).toBeUndefined();
  });
});

describe('not-seen-alone: no contact seen alone in more than N days (14 here), or never', () => {
  it.each<[string, LogEntry[], string, object | undefined]>([
    ['seen alone 14 days ago: not yet', [contact('2026-11-16', true)], '2026-11-30', undefined],
    ['seen alone 15 days ago: raised', [contact('2026-11-16', true)], '2026-12-01', { id: 'not-seen-alone', params: { date: '2026-11-16', days: 15 } }],
    ['seen alone today', [contact('2026-11-30', true)], '2026-11-30', undefined],
    ['never seen alone: raised', [contact('2026-11-29', false)], '2026-11-30', { id: 'not-seen-alone', params: { days: -1 } }],
    ['no contact at all: raised', [], '2026-11-30', { id: 'not-seen-alone', params: { days: -1 } }],
    [
      'the contact seen alone was entered in error: it does not count',
      [contact('2026-11-28', true, 'c1'), { kind: 'contactError', at: on('2026-11-29'), refersTo: 'c1', reason: 'wrong case' }],
      '2026-11-30',
      { id: 'not-seen-alone', params: { days: -1 } },
    ],
    ['the latest of several counts', [contact('2026-10-01', true), contact('2026-11-20', true), contact('2026-11-25', false)], '2026-12-04', undefined],
  ])('%s', (_name, extra, today, expected) => {
    expect(notSeenAlone(accept([...answers(TO_BARRIER), ...extra]), 14, today)).toEqual(expected);
  });
});

describe('escalation-overdue: a level open past its timescale (working days)', () => {
  const timescales = { escalatePractitioners: 2, escalateManagers: 5, escalateLeads: 2 };
  const holidays = new Set(['2026-12-25', '2026-12-28']);
  // Monday 30 November 2026: two working days later is Wednesday 2 December.
  const toLadder: LogEntry[] = [...answers(TO_BARRIER), { kind: 'event', at: on('2026-11-30'), event: 'disagree' }];
  it.each<[string, LogEntry[], string, object | undefined]>([
    ['on the due day: not overdue', toLadder, '2026-12-02', undefined],
    ['the day after the due day: overdue', toLadder, '2026-12-03', { id: 'escalation-overdue', params: { level: 'escalatePractitioners', date: '2026-12-02' } }],
    [
      'resolved at the level: never overdue',
      [...toLadder, { kind: 'answer', at: on('2026-12-01'), step: 'escalatePractitioners', value: 'resolved', rationale: 'Agreed.' }],
      '2027-01-10',
      undefined,
    ],
    ['no ladder: nothing', answers(TO_BARRIER), '2027-01-10', undefined],
  ])('%s', (_name, log, today, expected) => {
    expect(escalationOverdue(accept(log), timescales, holidays, today)).toEqual(expected);
  });
});

describe('rationale-missing: a decision without its reasons', () => {
  const toDecision = [...answers(TO_ACCESS_LOW_RISK), answer('accessAttempt', 'not-seen-alone')];
  it.each<[string, LogEntry[], object | undefined]>([
    ['a decision with its reasons', [...toDecision, answer('refusalUnreasonable', 'yes', 'He was told to refuse by his son.')], undefined],
    ['a decision with no reasons', [...toDecision, answer('refusalUnreasonable', 'yes')], { id: 'rationale-missing', params: { count: 1 } }],
    ['a decision whose reasons are blank', [...toDecision, answer('refusalUnreasonable', 'yes', '   ')], { id: 'rationale-missing', params: { count: 1 } }],
    ['no decision yet', toDecision, undefined],
  ])('%s', (_name, log, expected) => {
    expect(rationaleMissing(accept(log))).toEqual(expected);
  });
});

describe('action-outstanding: an action that applies, not done more than N days (7 here) after it applied', () => {
  // Wales: the outcome is reached at once, with four actions.
  const wales: LogEntry[] = [{ kind: 'answer', at: on('2026-11-20'), step: 'jurisdiction', value: 'wales' }];
  const done = (action: string): LogEntry => ({ kind: 'actionDone', at: on('2026-11-21'), action, note: '' });
  it.each<[string, LogEntry[], string, object | undefined]>([
    ['7 days after: not yet', wales, '2026-11-27', undefined],
    ['8 days after: raised', wales, '2026-11-28', { id: 'action-outstanding', params: { count: 4, days: 8 } }],
    ['three done, one left', [...wales, done('walesProcedures.report-in-wales'), done('walesProcedures.enquiries-s126'), done('walesProcedures.apso-s127')], '2026-12-30', { id: 'action-outstanding', params: { count: 1, days: 40 } }],
    [
      'all done: nothing',
      [...wales, done('walesProcedures.report-in-wales'), done('walesProcedures.enquiries-s126'), done('walesProcedures.apso-s127'), done('walesProcedures.call-999')],
      '2026-12-30',
      undefined,
    ],
    ['a question page has no actions', answers(TO_BARRIER), '2027-01-10', undefined],
  ])('%s', (_name, log, today, expected) => {
    expect(actionOutstanding(accept(log), 7, today)).toEqual(expected);
  });
});

describe('contact-contradiction: an unresolved warning from part 1', () => {
  const notSeen: LogEntry = { kind: 'answer', at: on('2026-11-20'), step: 'accessAttempt', value: 'not-seen-alone' };
  it.each<[string, LogEntry[], object | undefined]>([
    ['answered not seen alone, then a contact seen alone after it', [...answers(TO_ACCESS_LOW_RISK), notSeen, contact('2026-11-22', true, 'k1')], { id: 'contact-contradiction', params: { count: 1 } }],
    [
      'the same, with a note saying why both stand',
      [...answers(TO_ACCESS_LOW_RISK), notSeen, contact('2026-11-22', true, 'k1'), { kind: 'note', at: on('2026-11-23'), text: 'Seen alone for two minutes only.', resolves: 'k1' }],
      undefined,
    ],
    ['a contact seen alone before the answer', [...answers(TO_ACCESS_LOW_RISK), contact('2026-11-10', true), notSeen], undefined],
  ])('%s', (_name, log, expected) => {
    expect(contactContradiction(accept(log))).toEqual(expected);
  });
});

describe('caseFlags: every flag raised, in order', () => {
  const thresholds: FlagThresholds = { notSeenAloneDays: 14, actionOutstandingDays: 7, escalationDays: { escalatePractitioners: 2 }, holidays: new Set() };
  it('a case on a question page with no review and never seen alone', () => {
    expect(caseFlags(accept(answers(TO_BARRIER)), thresholds, '2026-11-30').map((flag) => flag.id)).toEqual(['review-missing', 'not-seen-alone']);
  });
  it('a Wales case left alone for a month, its review passed', () => {
    const log: LogEntry[] = [{ kind: 'answer', at: on('2026-11-01'), step: 'jurisdiction', value: 'wales' }, review('2026-11-03'), contact('2026-11-02', true)];
    expect(caseFlags(accept(log), thresholds, '2026-12-01').map((flag) => flag.id)).toEqual(['review-overdue', 'not-seen-alone', 'action-outstanding']);
  });
});
