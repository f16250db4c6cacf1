/**
 * The round trip on one device (issue 15, point 7): a file for a case already stored is merged into
 * it, never stored twice; a merge that would not replay changes nothing; a different case with a
 * reference already used here is asked about first.
 */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../machines';
import { exportCaseFile } from '../../src/casefile/export';
import { applyMerge, applyNewImport, listStoredCases, planImport } from '../../src/storage';
import { caseKey } from '../../src/storage/store';
import { MemoryStorage } from '../ui/memoryStorage';
import { at, caseWith } from '../casefile/helpers';
import { TO_BARRIER, answers } from '../machines/helpers';

const start = answers(TO_BARRIER).map((entry, i) => ({ ...entry, id: `s${i + 1}` }));
const note = (id: string, minute: number): LogEntry => ({ id, kind: 'note', at: at(minute), text: `note ${id}` });

const deviceWith = (entries: LogEntry[], reference = 'TEST-1'): MemoryStorage => {
  const storage = new MemoryStorage();
  storage.setItem(caseKey('here'), JSON.stringify(caseWith(entries, reference)));
  return storage;
};

describe('planImport and applyMerge', () => {
  it('appends what the stored case lacks, and stores no second copy', () => {
    const storage = deviceWith(start);
    const plan = planImport(storage, exportCaseFile(caseWith([...start, note('m1', 10), note('m2', 11)])));
    if (plan.kind !== 'same-case') return expect.fail(`expected same-case, got ${plan.kind}`);
    expect(plan.merge.ok && plan.merge.added.map((entry) => entry.id)).toEqual(['m1', 'm2']);
    expect(applyMerge(storage, plan)).toMatchObject({ ok: true, id: 'here' });
    const list = listStoredCases(storage);
    expect(list.cases).toHaveLength(1);
    expect(list.cases[0]?.summary.entries).toBe(start.length + 2);
  });

  it('importing the same file twice adds nothing the second time', () => {
    const storage = deviceWith(start);
    const text = exportCaseFile(caseWith([...start, note('m1', 10)]));
    const first = planImport(storage, text);
    if (first.kind !== 'same-case') return expect.fail('expected same-case');
    applyMerge(storage, first);
    const second = planImport(storage, text);
    expect(second.kind === 'same-case' && second.merge).toMatchObject({ ok: true, change: 'none' });
    expect(listStoredCases(storage).cases).toHaveLength(1);
  });

  it('changes nothing when the merge would not replay', () => {
    const storage = deviceWith([...start, { id: 'x1', kind: 'answer', at: at(20), step: 'barrier', value: ['third-party-always-present'] }]);
    const before = storage.snapshot();
    const plan = planImport(storage, exportCaseFile(caseWith([...start, { id: 'y1', kind: 'answer', at: at(21), step: 'barrier', value: ['third-party-always-present'] }])));
    if (plan.kind !== 'same-case') return expect.fail('expected same-case');
    expect(plan.merge).toMatchObject({ ok: false, problem: 'would-not-replay', refused: { id: 'y1' }, storedOnly: [{ id: 'x1' }] });
    expect(applyMerge(storage, plan)).toEqual({ ok: false, problem: 'no-merge' });
    expect(storage.snapshot()).toEqual(before);
  });

  it('writes nothing over a stored case that changed since the plan', () => {
    const storage = deviceWith(start);
    const plan = planImport(storage, exportCaseFile(caseWith([...start, note('m1', 10)])));
    if (plan.kind !== 'same-case') return expect.fail('expected same-case');
    const moved = JSON.stringify(caseWith([...start, note('t1', 9)]));
    storage.setItem(caseKey('here'), moved);
    expect(applyMerge(storage, plan)).toEqual({ ok: false, problem: 'changed' });
    expect(storage.getItem(caseKey('here'))).toBe(moved);
  });

  it('asks before importing a different case whose reference is already used here', () => {
    const storage = deviceWith(start, 'R-1');
    const other = { ...caseWith(start, 'R-1'), caseId: 'another-case' };
    const plan = planImport(storage, exportCaseFile(other));
    expect(plan).toMatchObject({ kind: 'reference-taken', otherId: 'here' });
    if (plan.kind !== 'reference-taken') return;
    expect(applyNewImport(storage, plan).ok).toBe(true);
    expect(listStoredCases(storage).cases).toHaveLength(2);
  });

  it('imports a case not on the device as new', () => {
    const storage = deviceWith(start, 'R-1');
    expect(planImport(storage, exportCaseFile(caseWith(start, 'R-2'))).kind).toBe('new');
  });
});
