import { describe, expect, it } from 'vitest';
import { caseKey } from '../../src/storage/store';
import { checkReference, summariseCase } from '../../src/casefile';
import { daysBetween } from '../../src/dates';
import { clearAllCases, deleteStoredCase, importIntoStorage, listStoredCases, openStoredCase, renameCase } from '../../src/storage';
import { exportCaseFile, rawLogExport } from '../../src/casefile/export';
import { parseCaseFile } from '../../src/casefile/open';
import { MemoryStorage } from '../ui/memoryStorage';
import { at, caseWith, currentFixture, fixtureText, storageWithTwoCases } from '../casefile/helpers';
import { wording } from '../casefile/wording';

/** Local noon on a day of 2026, so no time zone moves the date. */
const noon = (month: number, day: number) => new Date(2026, month - 1, day, 12);

describe('summariseCase', () => {
  it('summarises the current fixture', () => {
    expect(summariseCase(currentFixture(), noon(12, 1))).toEqual({
      reference: 'FIX-11',
      currentPage: 'planAgreed',
      pageIsOutcome: true,
      lastChange: '2026-11-27T09:26:00.000Z',
      entries: 27,
      contacts: 2,
      lastSeenAlone: '2026-11-27',
      daysSinceSeenAlone: 4,
      reviewDate: '2026-12-04',
      reviewOverdue: false,
      // planAgreed, a partner who frightens her: the plan, support with orders (domestic abuse), the review check.
      outstandingActions: 3,
    });
  });

  it('calls a review overdue only after its day', () => {
    expect(summariseCase(currentFixture(), noon(12, 4)).reviewOverdue).toBe(false);
    expect(summariseCase(currentFixture(), noon(12, 5)).reviewOverdue).toBe(true);
  });

  it('summarises a case with no entries by its creation', () => {
    expect(summariseCase(caseWith([]), noon(11, 27))).toEqual({
      reference: 'TEST-1',
      currentPage: 'jurisdiction',
      pageIsOutcome: false,
      lastChange: '2026-11-27T09:00:00.000Z',
      entries: 0,
      contacts: 0,
      reviewOverdue: false,
      outstandingActions: 0,
    });
  });

  it('takes the last time seen alone by the contact’s date, not the order recorded', () => {
    const contact = (date: string, seenAlone: boolean, minutes: number) =>
      ({ kind: 'contact', at: at(minutes), date, place: 'Home', present: seenAlone ? 'No one' : 'Son', seenAlone, words: '' }) as const;
    const file = caseWith([contact('2026-11-20', true, 1), contact('2026-11-10', true, 2), contact('2026-11-25', false, 3)]);
    expect(summariseCase(file, noon(11, 27))).toMatchObject({ lastSeenAlone: '2026-11-20', daysSinceSeenAlone: 7, contacts: 3 });
  });

  it('counts calendar days across a clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('listStoredCases', () => {
  it('lists every case, most recently changed first, the older one with its notices', () => {
    const list = listStoredCases(storageWithTwoCases(), noon(12, 1));
    expect(list.fault).toBeUndefined();
    expect(list.unreadable).toEqual([]);
    expect(list.cases.map((c) => [c.id, c.summary.reference, c.summary.currentPage, c.notices.length])).toEqual([
      ['case-a', 'FIX-11', 'planAgreed', 0],
      ['case-b', 'FIX-09', 'accessAttempt', 3],
    ]);
  });

  it('lists an unreadable case apart, with why, and still lists the others', () => {
    const storage = storageWithTwoCases();
    storage.setItem(caseKey('case-c'), '{"format": 1, "entr');
    storage.setItem(caseKey('case-d'), fixtureText('case-v0.9-unmigratable.json'));
    const list = listStoredCases(storage, noon(12, 1));
    expect(list.cases.map((c) => c.id)).toEqual(['case-a', 'case-b']);
    expect(list.unreadable.map((u) => [u.id, u.code])).toEqual([
      ['case-c', 'not-json'],
      ['case-d', 'cannot-migrate'],
    ]);
    expect(wording(list.unreadable[0]!.reason)).toMatch(/^This stored case cannot be opened\. This file is cut short: it ends at line 1, column 20/);
    expect(wording(list.unreadable[0]!.reason)).toContain("this case's raw log can still be exported");
  });

  it('reports storage it cannot read as unavailable, without throwing', () => {
    const storage = storageWithTwoCases();
    storage.broken = true;
    expect(listStoredCases(storage)).toMatchObject({ cases: [], unreadable: [], fault: { code: 'unavailable' } });
    expect(listStoredCases(undefined).fault).toEqual({ code: 'unavailable', message: { code: 'store.unavailable' } });
  });
});

describe('openStoredCase', () => {
  it('opens a stored case from an earlier version migrated, with its notices and the text as stored', () => {
    const opened = openStoredCase(storageWithTwoCases(), 'case-b');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.record.id).toBe('case-b');
    expect(opened.record.file.format).toBe(2);
    expect(opened.notices.map((n) => n.part)).toEqual(['format', 'pathway', 'content']);
    expect(opened.storedText).toBe(fixtureText('case-v0.9.json'));
  });

  it('gives a corrupt case’s raw text, so it can still be exported', () => {
    const storage = storageWithTwoCases();
    storage.setItem(caseKey('case-c'), '{"format": 1, "entr');
    const opened = openStoredCase(storage, 'case-c');
    expect(opened).toMatchObject({ ok: false, fault: { code: 'corrupt' }, raw: '{"format": 1, "entr', error: { code: 'not-json' } });
    const raw = opened.ok ? undefined : opened.raw;
    expect(JSON.parse(rawLogExport(raw ?? '')).raw).toBe('{"format": 1, "entr');
  });

  it('tells a missing case from unavailable storage', () => {
    const storage = storageWithTwoCases();
    expect(openStoredCase(storage, 'gone')).toMatchObject({ ok: false, fault: { code: 'missing' } });
    storage.broken = true;
    expect(openStoredCase(storage, 'case-a')).toMatchObject({ ok: false, fault: { code: 'unavailable' } });
  });
});

describe('renameCase', () => {
  it('changes the reference only, and touches no other case', () => {
    const storage = storageWithTwoCases();
    const before = storage.snapshot();
    expect(renameCase(storage, 'case-a', '  ASC-77 ')).toEqual({ ok: true });
    const after = storage.snapshot();
    const renamed = JSON.parse(after[caseKey('case-a')] ?? '') as Record<string, unknown>;
    expect(renamed).toEqual({ ...currentFixture(), reference: 'ASC-77' });
    expect({ ...after, [caseKey('case-a')]: '' }).toEqual({ ...before, [caseKey('case-a')]: '' });
  });

  it('keeps a case from an earlier version in its own format', () => {
    const storage = storageWithTwoCases();
    renameCase(storage, 'case-b', 'ASC-78');
    const stored = JSON.parse(storage.getItem(caseKey('case-b')) ?? '') as Record<string, unknown>;
    expect(stored).toEqual({ ...(JSON.parse(fixtureText('case-v0.9.json')) as object), reference: 'ASC-78' });
  });

  it('refuses an empty or long reference, a corrupt case and a full store, changing nothing', () => {
    const storage = storageWithTwoCases();
    storage.setItem(caseKey('case-c'), '[]');
    const before = storage.snapshot();
    expect(renameCase(storage, 'case-a', '   ')).toMatchObject({ ok: false, reference: 'empty' });
    expect(renameCase(storage, 'case-a', 'x'.repeat(61))).toMatchObject({ ok: false, reference: 'too-long' });
    expect(renameCase(storage, 'case-c', 'ASC-1')).toMatchObject({ ok: false, fault: { code: 'corrupt' } });
    storage.full = true;
    expect(renameCase(storage, 'case-a', 'ASC-1')).toMatchObject({ ok: false, fault: { code: 'full' } });
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('deleteStoredCase and clearAllCases', () => {
  it('deletes one case and nothing else', () => {
    const storage = storageWithTwoCases();
    expect(deleteStoredCase(storage, 'case-b')).toEqual({ ok: true });
    expect(Object.keys(storage.snapshot()).sort()).toEqual([caseKey('case-a'), 'seen-alone:settings']);
    expect(deleteStoredCase(storage, 'case-b')).toEqual({ ok: true });
  });

  it('clears every case, readable or not, and keeps the settings', () => {
    const storage = storageWithTwoCases();
    storage.setItem(caseKey('case-c'), 'garbage');
    storage.setItem('another-site-key', 'kept');
    expect(clearAllCases(storage)).toEqual({ ok: true, removed: 3 });
    expect(storage.snapshot()).toEqual({ 'seen-alone:settings': '{"highContrast":false}', 'another-site-key': 'kept' });
  });

  it('reports unavailable storage', () => {
    const storage = storageWithTwoCases();
    storage.broken = true;
    expect(deleteStoredCase(storage, 'case-a')).toMatchObject({ ok: false, fault: { code: 'unavailable' } });
    expect(clearAllCases(storage)).toMatchObject({ ok: false, fault: { code: 'unavailable' } });
    expect(clearAllCases(undefined)).toMatchObject({ ok: false, fault: { code: 'unavailable' } });
  });
});

describe('importIntoStorage', () => {
  it('stores a file that opens under a new id, and says which stored case is the same one', () => {
    const storage = storageWithTwoCases();
    const result = importIntoStorage(storage, exportCaseFile(currentFixture()), () => 'imported-1');
    expect(result).toMatchObject({ ok: true, id: 'imported-1', notices: [], sameAs: ['case-a'] });
    expect(JSON.parse(storage.getItem(caseKey('imported-1')) ?? '')).toEqual(currentFixture());
  });

  it('stores a file from an earlier version migrated, returning its notices', () => {
    const storage = new MemoryStorage();
    const result = importIntoStorage(storage, fixtureText('case-v0.9.json'), () => 'imported-1');
    expect(result.ok && result.notices.map((n) => n.part)).toEqual(['format', 'pathway', 'content']);
    const stored = parseCaseFile(storage.getItem(caseKey('imported-1')) ?? '');
    expect(stored.ok && stored.notices).toEqual([]);
  });

  it('never stores over a case already there', () => {
    const storage = storageWithTwoCases();
    const ids = ['case-a', 'case-b', 'fresh'];
    const result = importIntoStorage(storage, fixtureText('case-v1.1.json'), () => ids.shift() ?? 'none');
    expect(result).toMatchObject({ ok: true, id: 'fresh' });
    expect(storage.getItem(caseKey('case-b'))).toBe(fixtureText('case-v0.9.json'));
  });

  it('leaves storage exactly as it was when the file does not open, or storage is full or unavailable', () => {
    const storage = storageWithTwoCases();
    const before = storage.snapshot();
    expect(importIntoStorage(storage, '{"format": 3}')).toMatchObject({ ok: false, problem: 'file', error: { code: 'newer-version' } });
    storage.full = true;
    expect(importIntoStorage(storage, fixtureText('case-v1.1.json'))).toMatchObject({ ok: false, problem: 'storage', fault: { code: 'full' } });
    expect(storage.snapshot()).toEqual(before);
    storage.broken = true;
    expect(importIntoStorage(storage, fixtureText('case-v1.1.json'))).toMatchObject({ ok: false, problem: 'storage', fault: { code: 'unavailable' } });
    storage.broken = false;
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('checkReference', () => {
  it('trims, and refuses empty and long references', () => {
    expect(checkReference('  ASC-2026-0042 ')).toEqual({ ok: true, reference: 'ASC-2026-0042' });
    expect(checkReference(' ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkReference('x'.repeat(60))).toMatchObject({ ok: true });
    expect(checkReference('x'.repeat(61))).toMatchObject({ ok: false, problem: 'too-long' });
  });
});
