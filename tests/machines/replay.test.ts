/**
 * Replay of the case log (architecture.md): back and change exactly as the architecture says,
 * the errors it reports, and that it never throws. Expected values are written from the contract.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersInForce,
  applyEntry,
  availableEvents,
  caseEnvelopeSchema,
  caseFileSchema,
  contacts,
  currentPage,
  droppedByBack,
  droppedByChange,
  flags,
  initialState,
  keepTryingCount,
  notes,
  offeredAnswers,
  preselected,
  raisedFrom,
  recommendedRoutes,
  replay,
  reviewDate,
  visitedPages,
} from '../../machines';
import type { CaseState, LogEntry } from '../../machines';
import {
  AT,
  TO_ACCESS_LOW_RISK,
  TO_BARRIER,
  TO_CAPACITY,
  accept,
  answer,
  answers,
  back,
  change,
  event,
  refuse,
} from './helpers';

const contact: LogEntry = {
  kind: 'contact',
  at: AT,
  date: '2025-03-01',
  place: 'Day centre',
  present: 'Adult, practitioner',
  seenAlone: true,
  words: 'I am fine at home.',
};
const note: LogEntry = { kind: 'note', at: AT, text: 'Son answered the door again.' };
const steps = (s: CaseState) => answersInForce(s).map((a) => a.step);

describe('back', () => {
  it('undoes the last answer: the page returned to shows it selected', () => {
    const state = accept([...answers(TO_BARRIER), answer('barrier', ['adult-declines-contact', 'appointments-missed']), back()]);
    expect(currentPage(state)).toBe('barrier');
    expect(steps(state)).toEqual(['jurisdiction', 'role', 'immediateDanger', 'careNeeds', 'abuseOrNeglect', 'unableToProtect']);
    expect(preselected(state, 'barrier')).toEqual(['adult-declines-contact', 'appointments-missed']);
    expect(visitedPages(state)).not.toContain('thirdParty');
  });

  it('undoes the flags raised since that answer, and keeps those raised before it', () => {
    const log = [...answers(TO_BARRIER), event('referForReview'), answer('barrier', ['adult-not-located']), event('crimeSuspected')];
    expect(flags(accept(log))).toEqual({ crimeSuspected: true, referForReview: true });
    const state = accept([...log, back()]);
    expect(flags(state)).toEqual({ crimeSuspected: false, referForReview: true });
    expect(recommendedRoutes(state)).toEqual([]);
  });

  it('on the emergency step reached by the event, returns to the raising page and removes the event', () => {
    const state = accept([...answers(TO_BARRIER), event('emergency'), back()]);
    expect(currentPage(state)).toBe('barrier');
    expect(raisedFrom(state)).toBeUndefined();
    expect(visitedPages(state)).not.toContain('emergency');
    expect(availableEvents(state)).toContain('emergency');
  });

  it('on the ladder reached by disagree, returns to the raising page', () => {
    const state = accept([...answers(TO_ACCESS_LOW_RISK), event('disagree'), back()]);
    expect(currentPage(state)).toBe('accessAttempt');
    expect(raisedFrom(state)).toBeUndefined();
  });

  it('after continue-pathway, goes back to the emergency step, which still knows where it returns', () => {
    const state = accept([...answers(TO_BARRIER), event('emergency'), answer('emergency', 'continue-pathway'), back()]);
    expect(currentPage(state)).toBe('emergency');
    expect(raisedFrom(state)).toBe('barrier');
    expect(preselected(state, 'emergency')).toEqual(['continue-pathway']);
  });

  it('undoes a keep-trying, and with it the count', () => {
    const tried = [...answers(TO_ACCESS_LOW_RISK), answer('accessAttempt', 'keep-trying'), answer('accessAttempt', 'keep-trying')];
    expect(keepTryingCount(accept(tried))).toBe(2);
    expect(keepTryingCount(accept([...tried, back()]))).toBe(1);
  });

  it('is refused on the first page, where there is nothing to undo, and goes there from role', () => {
    expect(refuse([back()])).toMatchObject({ index: 0, kind: 'back', code: 'nothing-to-undo' });
    expect(currentPage(accept([answer('jurisdiction', 'england'), back()]))).toBe('jurisdiction');
    expect(refuse([answer('jurisdiction', 'england'), back(), back()])).toMatchObject({ index: 2, code: 'nothing-to-undo' });
  });

  it('leaves the contacts, notes and review date recorded since', () => {
    const state = accept([answer('jurisdiction', 'england'), contact, note, { kind: 'review', at: AT, date: '2025-04-01' }, back()]);
    expect(contacts(state)).toEqual([contact]);
    expect(notes(state)).toEqual([note]);
    expect(reviewDate(state)).toBe('2025-04-01');
  });
});

describe('change', () => {
  it('rewinds to the step, drops every later answer and applies the new one', () => {
    const atCapacity = accept(answers(TO_CAPACITY));
    expect(droppedByChange(atCapacity, 'thirdParty')).toEqual(['riskIndicators', 'accessAttempt', 'refusalUnreasonable', 'interventionJustified']);
    const state = accept([...answers(TO_CAPACITY), change('thirdParty', 'partner')]);
    expect(currentPage(state)).toBe('riskIndicators');
    expect(answersInForce(state).at(-1)).toMatchObject({ step: 'thirdParty', value: 'partner' });
    expect(steps(state)).toEqual([...TO_BARRIER.map(([step]) => step), 'barrier', 'thirdParty']);
    expect(visitedPages(state)).not.toContain('capacity');
  });

  it('shows the dropped answers pre-selected when their pages come again, where still offered', () => {
    const state = accept([...answers(TO_CAPACITY), change('thirdParty', 'partner')]);
    expect(preselected(state, 'riskIndicators')).toEqual(['isolated']);
    const further = accept([...answers(TO_CAPACITY), change('thirdParty', 'partner'), answer('riskIndicators', ['isolated'])]);
    expect(preselected(further, 'accessAttempt')).toEqual(['not-seen-alone']);
  });

  it('does not pre-select a dropped answer that a rule now withholds', () => {
    const log = [...answers(TO_BARRIER), answer('barrier', ['adult-declines-contact']), answer('thirdParty', 'none'), answer('riskIndicators', ['none'])];
    const state = accept([...log, change('barrier', ['third-party-refuses-entry'])]);
    expect(currentPage(state)).toBe('thirdParty');
    expect(offeredAnswers(state)).toEqual(['partner', 'family-member', 'household-member', 'paid-carer', 'friend-or-neighbour']);
    expect(preselected(state, 'thirdParty')).toEqual([]);
  });

  it('may give the same answer again', () => {
    const state = accept([...answers(TO_CAPACITY), change('riskIndicators', ['isolated'])]);
    expect(currentPage(state)).toBe('accessAttempt');
    expect(steps(state).at(-1)).toBe('riskIndicators');
  });

  it('keeps the flags and the tries: it corrects answers, not what happened', () => {
    const log = [...answers(TO_ACCESS_LOW_RISK), answer('accessAttempt', 'keep-trying'), event('crimeSuspected')];
    const state = accept([...log, change('thirdParty', 'friend-or-neighbour')]);
    expect(flags(state).crimeSuspected).toBe(true);
    expect(keepTryingCount(state)).toBe(1);
  });

  it('is undone by back to the changed step, whose new answer is pre-selected; the later answers stay dropped', () => {
    const state = accept([...answers(TO_CAPACITY), change('thirdParty', 'partner'), back()]);
    expect(currentPage(state)).toBe('thirdParty');
    expect(preselected(state, 'thirdParty')).toEqual(['partner']);
    expect(steps(state)).toEqual([...TO_BARRIER.map(([step]) => step), 'barrier']);
  });

  it('is refused for a step with no answer in force, and for an answer the step withholds', () => {
    expect(refuse([...answers(TO_BARRIER), change('capacity', 'appears-to-have')])).toMatchObject({ index: 6, kind: 'change', code: 'not-answered' });
    const log = [...answers(TO_BARRIER), answer('barrier', ['third-party-refuses-entry']), answer('thirdParty', 'partner')];
    const result = replay([...log, change('thirdParty', 'none')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ index: 8, kind: 'change', code: 'withheld', rule: 'no-third-party-when-third-party-is-barrier' });
    expect(currentPage(result.state)).toBe('riskIndicators');
  });
});

describe('errors', () => {
  it('names the first entry the pathway rejects and why, in plain English', () => {
    const error = refuse([...answers(TO_BARRIER), answer('barrier', ['third-party-always-present']), answer('thirdParty', 'none')]);
    expect(error).toEqual({
      index: 7,
      kind: 'answer',
      code: 'withheld',
      rule: 'no-third-party-when-third-party-is-barrier',
      message: "Entry 8 (answer): step 'thirdParty' does not offer 'none' when a third party is the barrier",
    });
  });

  it('returns the state after the last accepted entry', () => {
    const result = replay([answer('jurisdiction', 'england'), answer('role', 'local-authority'), answer('role', 'partner-agency'), answer('immediateDanger', 'no')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ index: 2, code: 'wrong-step' });
    expect(currentPage(result.state)).toBe('immediateDanger');
  });

  it.each<[string, unknown[], object]>([
    ['an answer for another step', [answer('role', 'local-authority')], { index: 0, kind: 'answer', code: 'wrong-step' }],
    ['an answer on an outcome', [answer('jurisdiction', 'wales'), answer('role', 'local-authority')], { index: 1, code: 'wrong-step' }],
    ['disagree on role', [answer('jurisdiction', 'england'), event('disagree')], { index: 1, kind: 'event', code: 'not-available' }],
    ['emergency on jurisdiction', [event('emergency')], { index: 0, code: 'not-available' }],
    ['emergency on the emergency step', [...answers(TO_BARRIER), event('emergency'), event('emergency')], { index: 7, code: 'not-available' }],
    ['disagree on the ladder', [...answers(TO_BARRIER), event('disagree'), event('disagree')], { index: 7, code: 'not-available' }],
    ['crimeSuspected on walesProcedures', [answer('jurisdiction', 'wales'), event('crimeSuspected')], { index: 1, code: 'not-available' }],
    ['an unknown kind', [{ kind: 'undo', at: AT }], { index: 0, kind: 'unknown', code: 'invalid-entry' }],
    ['no timestamp', [{ kind: 'back' }], { index: 0, kind: 'back', code: 'invalid-entry' }],
    ['a bad timestamp', [{ kind: 'note', at: 'yesterday', text: 'x' }], { index: 0, kind: 'note', code: 'invalid-entry' }],
    ['a bad review date', [{ kind: 'review', at: AT, date: '1/4/2025' }], { index: 0, kind: 'review', code: 'invalid-entry' }],
    ['an unknown step', [{ kind: 'answer', at: AT, step: 'step2', value: 'england' }], { index: 0, kind: 'answer', code: 'invalid-entry' }],
    ['an unknown answer id', [{ kind: 'answer', at: AT, step: 'jurisdiction', value: 'scotland' }], { index: 0, kind: 'answer', code: 'not-offered' }],
    ['not an object', [42], { index: 0, kind: 'unknown', code: 'invalid-entry' }],
    ['null', [answer('jurisdiction', 'england'), null], { index: 1, kind: 'unknown', code: 'invalid-entry' }],
  ])('%s', (_name, log, expected) => {
    expect(refuse(log)).toMatchObject(expected);
  });

  it('reports a log that is not a list', () => {
    expect(replay('not a log' as unknown as unknown[])).toMatchObject({ ok: false, error: { code: 'invalid-entry' } });
  });

  it('never throws, whatever it is given', () => {
    const entryLike = fc.oneof(
      fc.anything(),
      fc.record({ kind: fc.constantFrom('answer', 'change', 'event', 'back', 'note'), at: fc.constant(AT), step: fc.string(), value: fc.anything(), event: fc.string(), text: fc.anything() }),
      fc.constantFrom<unknown>(...answers(TO_CAPACITY), back(), event('emergency')),
    );
    fc.assert(
      fc.property(fc.array(entryLike, { maxLength: 30 }), (log) => {
        const result = replay(log);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('the log', () => {
  const log: LogEntry[] = [
    ...answers(TO_ACCESS_LOW_RISK),
    contact,
    answer('accessAttempt', 'keep-trying'),
    event('referForReview'),
    answer('accessAttempt', 'not-seen-alone'),
    answer('refusalUnreasonable', 'yes', 'The son has no reason to refuse.'),
    back(),
    note,
    change('thirdParty', 'partner'),
    { kind: 'review', at: AT, date: '2025-05-01' },
  ];

  it('is left as it was: replay never edits it', () => {
    const copy = structuredClone(log);
    const frozen = Object.freeze(log.map((entry) => Object.freeze({ ...entry })));
    accept(frozen);
    expect(log).toEqual(copy);
  });

  it('replays to the same state as applying its entries one by one', () => {
    let state = initialState();
    for (const entry of log) {
      const result = applyEntry(state, entry);
      expect(result.ok).toBe(true);
      state = result.state;
    }
    const replayed = accept(log);
    expect(currentPage(state)).toBe(currentPage(replayed));
    expect(answersInForce(state)).toEqual(answersInForce(replayed));
    expect(flags(state)).toEqual(flags(replayed));
    expect(state.core.snapshot.context).toEqual(replayed.core.snapshot.context);
  });

  it('keeps contacts and notes in order, and the last review date', () => {
    const state = accept([...log, contact, { kind: 'review', at: AT, date: '2025-06-01' }]);
    expect(contacts(state)).toEqual([contact, contact]);
    expect(notes(state)).toEqual([note]);
    expect(reviewDate(state)).toBe('2025-06-01');
  });

  it('keeps the rationale with the answer', () => {
    const state = accept([...answers(TO_ACCESS_LOW_RISK), answer('accessAttempt', 'not-seen-alone'), answer('refusalUnreasonable', 'yes', 'No good reason.')]);
    expect(answersInForce(state).at(-1)).toEqual({ step: 'refusalUnreasonable', value: 'yes', rationale: 'No good reason.', at: AT });
  });

  it('does not reject a rationale step answered without one (scenarios leave it out)', () => {
    const state = accept([...answers(TO_ACCESS_LOW_RISK), answer('accessAttempt', 'not-seen-alone'), answer('refusalUnreasonable', 'yes')]);
    expect(currentPage(state)).toBe('interventionJustified');
  });

  it('takes contacts, notes and review dates on any page, the first one included', () => {
    const state = accept([contact, note, { kind: 'review', at: AT, date: '2025-04-01' }]);
    expect(currentPage(state)).toBe('jurisdiction');
    expect(droppedByBack(state)).toEqual([]);
  });
});

describe('the case file schema', () => {
  const withIds = [answer('jurisdiction', 'england'), contact, note, back()].map((entry, index) => ({ id: `x${index + 1}`, ...entry }));
  const file = {
    format: 2,
    caseId: 'case-42',
    pathwayVersion: '1.1.0',
    contentVersion: '1.1.0',
    reference: 'ESX-0042',
    createdAt: AT,
    entries: withIds,
  };

  it('accepts a case file', () => {
    expect(caseFileSchema.safeParse(file).success).toBe(true);
  });

  it.each<[string, object]>([
    ['another format', { ...file, format: 1 }],
    ['no case id', { ...file, caseId: undefined }],
    ['an entry with no id', { ...file, entries: [...withIds, back()] }],
    ['two entries with one id', { ...file, entries: [...withIds, { ...back(), id: 'x1' }] }],
    ['an id with a space', { ...file, entries: [{ ...back(), id: 'x 1' }] }],
    ['a happenedAt that is not a day or a time', { ...file, entries: [{ ...note, id: 'n', happenedAt: 'yesterday' }] }],
    ['no reference', { ...file, reference: '' }],
    ['a bad entry', { ...file, entries: [{ kind: 'answer', at: AT, step: 'jurisdiction' }] }],
    ['no entries', { ...file, entries: undefined }],
  ])('rejects %s', (_name, bad) => {
    expect(caseFileSchema.safeParse(bad).success).toBe(false);
  });

  it('has an envelope that leaves the entries to replay', () => {
    expect(caseEnvelopeSchema.safeParse({ ...file, entries: [42] }).success).toBe(true);
  });
});
