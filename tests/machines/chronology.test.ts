import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../machines';
import { chronology } from '../../machines/chronology';
import { parseCaseFile } from '../../src/casefile/open';
import { at, currentFixture, fixtureText } from '../casefile/helpers';

/** Each item as [status, by, undoes, replaces], blanks left out, for tables written by hand. */
const table = (entries: readonly LogEntry[]) =>
  chronology(entries).map((item) =>
    [item.status, item.by, item.undoes, item.replaces].filter((part) => part !== undefined).join(' '),
  );

let minute = 0;
const answer = (step: string, value: string | string[]): LogEntry => ({ kind: 'answer', at: at(++minute), step, value }) as LogEntry;
const change = (step: string, value: string | string[]): LogEntry => ({ kind: 'change', at: at(++minute), step, value }) as LogEntry;
const back = (): LogEntry => ({ kind: 'back', at: at(++minute) });
const event = (name: 'emergency' | 'disagree' | 'crimeSuspected' | 'referForReview'): LogEntry => ({ kind: 'event', at: at(++minute), event: name });

/** Nine answers that reach accessAttempt at low risk, where keep-trying is offered. */
const toAccessAttempt = (): LogEntry[] => [
  answer('jurisdiction', 'england'),
  answer('role', 'local-authority'),
  answer('immediateDanger', 'no'),
  answer('careNeeds', 'yes'),
  answer('abuseOrNeglect', 'yes'),
  answer('unableToProtect', 'yes'),
  answer('barrier', ['appointments-missed']),
  answer('thirdParty', 'friend-or-neighbour'),
  answer('riskIndicators', ['isolated']),
];
const IN_FORCE_9 = Array<string>(9).fill('in-force');

describe('chronology', () => {
  it('marks the current fixture entry by entry', () => {
    const entries = currentFixture().entries;
    expect(table(entries)).toEqual([
      'in-force', // 0 jurisdiction
      'in-force', // 1 role
      'in-force', // 2 immediateDanger
      'in-force', // 3 careNeeds
      'undone 8', // 4 abuseOrNeglect, undone by the second back
      'undone 8', // 5 referForReview, raised after 4, so lowered when 4 is undone
      'undone 7', // 6 unableToProtect
      'applied 6', // 7 back
      'applied 4', // 8 back
      'in-force', // 9 abuseOrNeglect again
      'in-force', // 10 unableToProtect again
      'undone 12', // 11 emergency
      'applied 11', // 12 back
      'raised', // 13 emergency again
      'in-force', // 14 continue-pathway
      'recorded', // 15 contact
      'in-force', // 16 barrier
      'in-force', // 17 thirdParty
      'in-force', // 18 riskIndicators
      'in-force', // 19 accessAttempt
      'recorded', // 20 contact
      'in-force', // 21 speaksFreely
      'in-force', // 22 adultWishes
      'in-force', // 23 safeguardingPlan
      'replaced 25', // 24 review 11 December
      'in-force', // 25 review 4 December
      'recorded', // 26 note
    ]);
    const first = chronology(entries)[0];
    expect(first).toEqual({ index: 0, number: 1, at: '2026-11-27T09:00:00.000Z', kind: 'answer', entry: entries[0], status: 'in-force' });
  });

  it('marks the migrated v0.9 fixture, a change dropping the answers after it', () => {
    const opened = parseCaseFile(fixtureText('case-v0.9.json'));
    if (!opened.ok) throw new Error(opened.error.code);
    expect(table(opened.file.entries)).toEqual([
      'in-force',
      'in-force',
      'in-force',
      'changed 12', // 3 careNeeds unsure, changed to yes
      'undone 5', // 4 abuseOrNeglect
      'applied 4', // 5 back (undo in format 0)
      'changed 12', // 6-10 the answers after careNeeds, dropped by the change
      'changed 12',
      'recorded', // 8 contact: a change drops answers, never what happened
      'changed 12',
      'changed 12',
      'raised', // 11 crimeSuspected: a change keeps the flags
      'in-force 3', // 12 the change, replacing entry 3
      'in-force',
      'in-force',
      'in-force',
      'in-force',
      'in-force',
      'recorded',
      'in-force',
    ]);
  });

  it('marks an answer given again on the same page as replaced, and back brings it back', () => {
    const entries = [...toAccessAttempt(), answer('accessAttempt', 'keep-trying'), answer('accessAttempt', 'keep-trying'), back()];
    expect(table(entries)).toEqual([...IN_FORCE_9, 'in-force', 'undone 11', 'applied 10']);
    const twice = [...toAccessAttempt(), answer('accessAttempt', 'keep-trying'), answer('accessAttempt', 'keep-trying')];
    expect(table(twice)).toEqual([...IN_FORCE_9, 'replaced 10', 'in-force']);
  });

  it('marks a change undone by a back, and the answer it replaced still changed', () => {
    const entries = [...toAccessAttempt(), change('thirdParty', 'paid-carer'), back()];
    expect(table(entries)).toEqual([
      ...IN_FORCE_9.slice(0, 7),
      'changed 9', // thirdParty friend-or-neighbour
      'changed 9', // riskIndicators, after it
      'undone 10 7', // the change, undone; it replaced entry 7
      'applied 9',
    ]);
  });

  it('keeps a flag raised before the answer a back undoes', () => {
    const entries = [answer('jurisdiction', 'england'), answer('role', 'local-authority'), event('crimeSuspected'), answer('immediateDanger', 'no'), back()];
    expect(table(entries)).toEqual(['in-force', 'in-force', 'raised', 'undone 4', 'applied 3']);
  });

  it('marks an emergency raised after a changed step as undone by the change', () => {
    const entries = [...toAccessAttempt().slice(0, 8), event('emergency'), answer('emergency', 'continue-pathway'), change('barrier', ['adult-declines-contact'])];
    expect(table(entries).slice(6)).toEqual(['changed 10', 'changed 10', 'undone 10', 'changed 10', 'in-force 6']);
  });

  it('marks the entry the pathway refuses, and every entry after it', () => {
    const entries = [answer('jurisdiction', 'england'), back(), back(), answer('jurisdiction', 'wales')];
    expect(table(entries)).toEqual(['undone 1', 'applied 0', 'refused', 'not-replayed']);
  });
});
