/** Contacts with their corrections and errors, contradictions with the answers, and the case's stage: hand-written tables. */
import { describe, expect, it } from 'vitest';
import { caseStage, contactContradictions, contactThreads, contactsInForce, lastSeenAlone, replay } from '../../machines';
import type { LogEntry } from '../../machines';
import { TO_ACCESS_LOW_RISK, TO_BARRIER, accept, answers, event } from './helpers';

const contact = (id: string, date: string, seenAlone: boolean, extra: Partial<Extract<LogEntry, { kind: 'contact' }>> = {}): LogEntry => ({
  id,
  kind: 'contact',
  at: '2026-11-30T12:00:00.000Z',
  date,
  place: 'Home',
  present: seenAlone ? '' : 'Son',
  seenAlone,
  words: '',
  ...extra,
});
const inError = (refersTo: string): LogEntry => ({ id: `err-${refersTo}`, kind: 'contactError', at: '2026-11-30T12:30:00.000Z', refersTo, reason: 'Typed on the wrong case.' });
const why = (resolves: string): LogEntry => ({ id: `why-${resolves}`, kind: 'note', at: '2026-11-30T12:40:00.000Z', text: 'Seen alone later that day, after the answer.', resolves });
/** accessAttempt answered on a given day. */
const attempt = (value: 'seen-alone' | 'not-seen-alone', day: string): LogEntry[] => [
  ...answers(TO_ACCESS_LOW_RISK),
  { kind: 'answer', at: `${day}T09:00:00.000Z`, step: 'accessAttempt', value },
];

describe('contactThreads and contactsInForce', () => {
  it.each<[string, LogEntry[], { id: string; current: string; earlier: string[]; inError: boolean }[], string[]]>([
    ['none', [], [], []],
    ['two contacts, recorded out of date order, counted by their day', [contact('a', '2026-11-20', false), contact('b', '2026-11-10', true)], [
      { id: 'a', current: 'a', earlier: [], inError: false },
      { id: 'b', current: 'b', earlier: [], inError: false },
    ], ['b', 'a']],
    ['a correction replaces the version in force, and keeps the first', [contact('a', '2026-11-20', true), contact('a2', '2026-11-20', false, { corrects: 'a' })], [
      { id: 'a', current: 'a2', earlier: ['a'], inError: false },
    ], ['a2']],
    ['a correction of a correction stays in one thread', [contact('a', '2026-11-20', true), contact('a2', '2026-11-21', true, { corrects: 'a' }), contact('a3', '2026-11-22', false, { corrects: 'a2' })], [
      { id: 'a', current: 'a3', earlier: ['a', 'a2'], inError: false },
    ], ['a3']],
    ['entered in error: kept, and no longer counted', [contact('a', '2026-11-20', true), contact('b', '2026-11-21', false), inError('a')], [
      { id: 'a', current: 'a', earlier: [], inError: true },
      { id: 'b', current: 'b', earlier: [], inError: false },
    ], ['b']],
    ['marking a correction in error takes the whole contact out', [contact('a', '2026-11-20', true), contact('a2', '2026-11-20', true, { corrects: 'a' }), inError('a2')], [
      { id: 'a', current: 'a2', earlier: ['a'], inError: true },
    ], []],
  ])('%s', (_name, log, threads, inForce) => {
    const state = accept(log);
    expect(contactThreads(state).map((t) => ({ id: t.id, current: t.current.id, earlier: t.earlier.map((e) => e.id), inError: t.enteredInError !== undefined }))).toEqual(threads);
    expect(contactsInForce(state).map((c) => c.id)).toEqual(inForce);
  });

  it('last seen alone reads the contacts in force: a corrected or mistaken "seen alone" no longer counts', () => {
    expect(lastSeenAlone(accept([contact('a', '2026-11-20', true)]))).toBe('2026-11-20');
    expect(lastSeenAlone(accept([contact('a', '2026-11-20', true), contact('a2', '2026-11-20', false, { corrects: 'a' })]))).toBeUndefined();
    expect(lastSeenAlone(accept([contact('a', '2026-11-20', true), inError('a')]))).toBeUndefined();
  });

  it.each<[string, LogEntry[]]>([
    ['a correction of no earlier contact', [contact('a', '2026-11-20', true, { corrects: 'nothing' })]],
    ['an error marked on no earlier contact', [inError('nothing')]],
    ['a note resolving no earlier contact', [why('nothing')]],
    ['a pointer forward, to a contact recorded later', [inError('b'), contact('b', '2026-11-20', true)]],
  ])('replay refuses %s', (_name, log) => {
    const result = replay(log);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('unknown-entry');
  });
});

describe('contactContradictions: a contact that says the opposite of the answer', () => {
  it.each<[string, LogEntry[], string[]]>([
    ['no answer yet', [contact('a', '2026-11-20', true)], []],
    ['answered "could not see alone", then seen alone the same day', [...attempt('not-seen-alone', '2026-11-20'), contact('a', '2026-11-20', true)], ['a']],
    ['answered "could not see alone", seen alone later', [...attempt('not-seen-alone', '2026-11-20'), contact('a', '2026-11-25', true)], ['a']],
    ['seen alone before the answer: no contradiction', [contact('a', '2026-11-19', true), ...attempt('not-seen-alone', '2026-11-20')], []],
    ['not seen alone: agrees with the answer', [...attempt('not-seen-alone', '2026-11-20'), contact('a', '2026-11-21', false)], []],
    ['answered "seen alone": no contradiction', [...attempt('seen-alone', '2026-11-20'), contact('a', '2026-11-21', true)], []],
    ['resolved by correcting the contact', [...attempt('not-seen-alone', '2026-11-20'), contact('a', '2026-11-21', true), contact('a2', '2026-11-21', false, { corrects: 'a' })], []],
    ['resolved by marking it entered in error', [...attempt('not-seen-alone', '2026-11-20'), contact('a', '2026-11-21', true), inError('a')], []],
    ['resolved by a note saying why both stand', [...attempt('not-seen-alone', '2026-11-20'), contact('a', '2026-11-21', true), why('a')], []],
    [
      'resolved by changing the answer',
      [...attempt('not-seen-alone', '2026-11-20'), contact('a', '2026-11-21', true), { kind: 'change', at: '2026-11-21T10:00:00.000Z', step: 'accessAttempt', value: 'seen-alone' }],
      [],
    ],
  ])('%s', (_name, log, expected) => {
    expect(contactContradictions(accept(log)).map((c) => c.contact)).toEqual(expected);
  });
});

describe('caseStage: where the case stands, never a question', () => {
  it.each<[string, LogEntry[], string]>([
    ['a new case', [], 'starting'],
    ['at barrier', answers(TO_BARRIER), 'seeing-alone'],
    ['at accessAttempt', answers(TO_ACCESS_LOW_RISK), 'seeing-alone'],
    ['at refusalUnreasonable', answers([...TO_ACCESS_LOW_RISK, ['accessAttempt', 'not-seen-alone']]), 'risk'],
    ['on the ladder', [...answers(TO_BARRIER), event('disagree')], 'escalation'],
    ['at the emergency step', [...answers(TO_BARRIER), event('emergency')], 'emergency'],
    ['at an outcome', answers([['jurisdiction', 'wales']]), 'outcome'],
  ])('%s', (_name, log, expected) => {
    expect(caseStage(accept(log))).toBe(expected);
  });
});
