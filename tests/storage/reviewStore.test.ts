// @vitest-environment jsdom
/**
 * Cases for review (issue 15, point 3): kept in IndexedDB (fake-indexeddb here), apart from the
 * manager's own cases; removable; expiring; read-only except for the manager's review.
 */
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { FlagThresholds } from '../../machines/flags';
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

  it('keeps one copy of a case: the same file again adds nothing', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    const again = await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    expect(again[0]).toMatchObject({ ok: true, kept: 'unchanged', added: 0 });
    expect(await listReviewCopies(thresholds, { now: NOW, store })).toHaveLength(1);
  });

  it('never loses the manager\'s review to a file that lacks it: the file is merged by entry id, append only', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    await addReview('case-A-1', { kind: 'supervision', by: 'TM', date: '2026-11-30', decision: 'agree', comment: 'Agreed.', nextReview: '2026-12-14' }, thresholds, { now: NOW, store });
    // The practitioner's file as first sent: it lacks the review.
    const same = await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    expect(same[0]).toMatchObject({ ok: true, kept: 'unchanged' });
    // The practitioner's later file: a contact added after the first export, still no review.
    const later = JSON.parse(fileText('A-1')) as { entries: unknown[] };
    later.entries.push({ kind: 'contact', id: 'c-later', at: '2026-12-01T10:00:00.000Z', date: '2026-12-01', place: 'Day centre', present: '', seenAlone: true, words: '' });
    const merged = await importForReview([{ name: 'a2.json', text: JSON.stringify(later) }], thresholds, { now: NOW, store });
    expect(merged[0]).toMatchObject({ ok: true, kept: 'added', added: 1 });
    const kinds = (JSON.parse((await getReviewCopy('case-A-1', { store, now: NOW }))?.text ?? '{}') as { entries: { kind: string }[] }).entries.map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['supervision', 'contact']);
  });

  it('refuses a file that went a different way from the copy kept, and keeps the copy as it was', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    const before = (await getReviewCopy('case-A-1', { store, now: NOW }))?.text;
    const other = JSON.parse(fileText('A-1')) as { entries: { id: string; value?: unknown }[] };
    // The same entry id holding a different answer: a copy was edited, which the log never does.
    other.entries = [{ ...other.entries[0]!, value: 'wales' }];
    const refused = await importForReview([{ name: 'other.json', text: JSON.stringify(other) }], thresholds, { now: NOW, store });
    expect(refused[0]).toMatchObject({ ok: false, problem: 'conflict', reference: 'A-1' });
    expect((await getReviewCopy('case-A-1', { store, now: NOW }))?.text).toBe(before);
  });

  it('does not open a copy past its expiry, and removes it', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store, expiryDays: 1 });
    expect(await getReviewCopy('case-A-1', { store, now: NOW })).toBeDefined();
    expect(await getReviewCopy('case-A-1', { store, now: new Date(NOW.getTime() + 2 * 86_400_000) })).toBeUndefined();
    expect(await getReviewCopy('case-A-1', { store, now: NOW })).toBeUndefined();
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
    expect(await getReviewCopy('case-A-1', { store, now: NOW })).toBeUndefined();
  });

  it('takes the manager\'s review: its next review date becomes the case\'s, and the summary is made again', async () => {
    const store = freshStore();
    await importForReview([{ name: 'a.json', text: fileText('A-1') }], thresholds, { now: NOW, store });
    const added = await addReview('case-A-1', { kind: 'supervision', by: 'TM', date: '2026-11-30', decision: 'agree', comment: 'Agreed.', nextReview: '2026-12-14' }, thresholds, { now: NOW, store });
    expect(added.ok).toBe(true);
    const copy = await getReviewCopy('case-A-1', { store, now: NOW });
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
