// @vitest-environment jsdom
/**
 * Cases for review (issue 15, point 3): kept in IndexedDB (fake-indexeddb here), apart from the
 * manager's own cases; removable; expiring; read-only except for the manager's review.
 */
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { FlagThresholds } from '../../machines';
import { exportCaseFile } from '../../src/casefile/export';
import { addReview, getReviewCopy, importForReview, listReviewCopies, removeReviewCopy } from '../../src/manager/reviewStore';
import { caseKey } from '../../src/storage/store';
import { caseWith } from '../casefile/helpers';
import { TO_BARRIER, answers } from '../machines/helpers';

const thresholds: FlagThresholds = { notSeenAloneDays: 14, actionOutstandingDays: 7, escalationDays: {}, holidays: new Set() };
const fileText = (reference: string) => exportCaseFile(caseWith(answers(TO_BARRIER).map((e, i) => ({ ...e, id: `s${i + 1}` })), reference));
let n = 0;
const freshStore = () => createStore(`review-test-${n++}`, 'copies');
const NOW = new Date('2026-11-30T12:00:00Z');

describe('review copies', () => {
  it('imports one or many files, each with its kept summary, and changes none of the manager\'s own cases', async () => {
    window.localStorage.setItem(caseKey('mine'), fileText('MINE-1'));
    const before = JSON.stringify({ ...window.localStorage });
    const store = freshStore();
    const results = await importForReview([{ name: 'a.json', text: fileText('A-1') }, { name: 'b.json', text: fileText('B-2') }, { name: 'bad.json', text: '{' }], thresholds, { now: NOW, store });
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    const copies = await listReviewCopies(thresholds, { now: NOW, store });
    expect(copies.map((c) => c.summary.reference).sort()).toEqual(['A-1', 'B-2']);
    expect(copies[0]?.summary.flags.map((f) => f.id)).toEqual(['review-missing', 'not-seen-alone']);
    expect(JSON.stringify({ ...window.localStorage })).toBe(before);
  });

  it('keeps one copy of a case: a newer file replaces it', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    const again = await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    expect(again[0]).toMatchObject({ ok: true, replaced: true });
    expect(await listReviewCopies(thresholds, { now: NOW, store })).toHaveLength(1);
  });

  it('removes a copy when asked', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    await removeReviewCopy('case-A-1', store);
    expect(await listReviewCopies(thresholds, { now: NOW, store })).toEqual([]);
  });

  it('expires after 30 days by default, or the period the manager sets', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    await importForReview([{ name: 'b.json', text: fileText('B-2') }], thresholds, { now: NOW, store, expiryDays: 7 });
    const day = (d: number) => new Date(NOW.getTime() + d * 86_400_000 - 1);
    expect((await listReviewCopies(thresholds, { now: day(7), store })).map((c) => c.summary.reference).sort()).toEqual(['A-1', 'B-2']);
    expect((await listReviewCopies(thresholds, { now: day(8), store })).map((c) => c.summary.reference)).toEqual(['A-1']);
    expect((await listReviewCopies(thresholds, { now: day(31), store })).map((c) => c.summary.reference)).toEqual([]);
    expect(await getReviewCopy('case-A-1', store)).toBeUndefined();
  });

  it('takes the manager\'s review: its next review date becomes the case\'s, and the summary is made again', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    const added = await addReview('case-A-1', { kind: 'supervision', by: 'TM', date: '2026-11-30', decision: 'agree', comment: 'Agreed.', nextReview: '2026-12-14' }, thresholds, { now: NOW, store });
    expect(added.ok).toBe(true);
    const copy = await getReviewCopy('case-A-1', store);
    expect(copy?.summary.reviewDate).toBe('2026-12-14');
    expect(copy?.summary.flags.map((f) => f.id)).toEqual(['not-seen-alone']);
    expect(JSON.parse(copy?.text ?? '{}').entries.at(-1)).toMatchObject({ kind: 'supervision', by: 'TM' });
  });

  it('makes a summary kept on an earlier day again, for today', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: `${fileText('A-1')}` }], thresholds, { now: NOW, store });
    await addReview('case-A-1', { kind: 'supervision', by: 'TM', date: '2026-11-30', decision: 'agree', comment: '', nextReview: '2026-12-01' }, thresholds, { now: NOW, store });
    const later = await listReviewCopies(thresholds, { now: new Date('2026-12-02T12:00:00Z'), store });
    expect(later[0]?.summary.keptOn).toBe('2026-12-02');
    expect(later[0]?.summary.flags.map((f) => f.id)).toContain('review-overdue');
  });
});
