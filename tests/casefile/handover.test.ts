import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../machines';
import { handoverSummary } from '../../src/casefile/handover';
import { at, caseWith, currentFixture } from './helpers';

let minute = 0;
const answer = (step: string, value: string | string[]): LogEntry => ({ kind: 'answer', at: at(++minute), step, value }) as LogEntry;
const event = (name: 'emergency' | 'disagree' | 'crimeSuspected' | 'referForReview'): LogEntry => ({ kind: 'event', at: at(++minute), event: name });

describe('handoverSummary', () => {
  it('gathers what a referral needs from the current fixture', () => {
    const summary = handoverSummary(currentFixture());
    expect(summary).toMatchObject({
      reference: 'FIX-11',
      currentPage: 'planAgreed',
      pageIsOutcome: true,
      pathwayVersion: '1.1.0',
      contentVersion: '1.1.0',
      routes: [{ route: 'domesticAbuse', rules: ['associated-person-abuse'] }],
      crimeSuspected: false,
      referForReview: false,
      highRisk: true,
      othersAtRisk: false,
      seenAloneEver: true,
      lastSeenAlone: '2026-11-27',
      barrier: ['third-party-refuses-entry'],
      thirdParty: 'partner',
      riskIndicators: ['adult-frightened'],
      reviewDate: '2026-12-04',
      notes: [{ at: '2026-11-27T09:26:00.000Z', text: 'Plan agreed with her at the GP surgery.' }],
    });
    expect(summary.contacts.map((c) => [c.date, c.seenAlone, c.present])).toEqual([
      ['2026-11-26', false, 'Husband'],
      ['2026-11-27', true, 'No one'],
    ]);
    expect(summary.adultsWords).toEqual([{ date: '2026-11-27', seenAlone: true, words: "He won't let me see my sister." }]);
    expect(summary.answers.map((a) => a.step)).toEqual([
      'jurisdiction',
      'role',
      'immediateDanger',
      'careNeeds',
      'abuseOrNeglect',
      'unableToProtect',
      'emergency',
      'barrier',
      'thirdParty',
      'riskIndicators',
      'accessAttempt',
      'speaksFreely',
      'adultWishes',
      'safeguardingPlan',
    ]);
  });

  it('carries the police route a raised crime flag recommends, and no contacts where none were made', () => {
    const summary = handoverSummary(caseWith([answer('jurisdiction', 'england'), answer('role', 'local-authority'), event('crimeSuspected')]));
    expect(summary).toMatchObject({ routes: [{ route: 'police', rules: ['crime-suspected-raised'] }], crimeSuspected: true, seenAloneEver: false, contacts: [] });
    expect(summary.lastSeenAlone).toBeUndefined();
    expect(summary.reviewDate).toBeUndefined();
  });
});
