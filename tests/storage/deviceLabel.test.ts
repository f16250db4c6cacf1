/** Who holds the case (issue 15, point 2): the device's label in each case started and each entry made. */
import { describe, expect, it } from 'vitest';
import { newCaseFile, parseCaseFile, stampEntry } from '../../src/casefile';
import { exportCaseFile } from '../../src/casefile/export';
import { checkLabel, loadDeviceLabel, saveDeviceLabel } from '../../src/storage';
import { MemoryStorage } from '../ui/memoryStorage';

describe('the device label', () => {
  it('is trimmed, may be empty (no label), and is at most 40 characters', () => {
    expect(checkLabel('  JB ')).toEqual({ ok: true, label: 'JB' });
    expect(checkLabel('   ')).toEqual({ ok: true, label: undefined });
    expect(checkLabel('x'.repeat(40))).toEqual({ ok: true, label: 'x'.repeat(40) });
    expect(checkLabel('x'.repeat(41))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('is kept on the device, and removed when cleared', () => {
    const storage = new MemoryStorage();
    expect(loadDeviceLabel(storage)).toBeUndefined();
    expect(saveDeviceLabel('East Team', storage)).toBe(true);
    expect(loadDeviceLabel(storage)).toBe('East Team');
    saveDeviceLabel(undefined, storage);
    expect(loadDeviceLabel(storage)).toBeUndefined();
  });

  it('is written into a new case (heldBy) and each entry (by), and survives export and import', () => {
    const file = newCaseFile('R-7', new Date('2026-11-30T10:00:00Z'), 'JB');
    const entry = stampEntry({ kind: 'note', text: 'seen at the day centre' }, new Date('2026-11-30T10:05:00Z'), 'JB');
    expect(entry.by).toBe('JB');
    expect(stampEntry({ kind: 'note', text: 'x' }).by).toBeUndefined();
    const opened = parseCaseFile(exportCaseFile({ ...file, entries: [entry] }));
    expect(opened.ok && opened.file.heldBy).toBe('JB');
    expect(opened.ok && opened.file.entries[0]?.by).toBe('JB');
  });

  it('a manager\'s own entry carries the manager\'s label, not the holder\'s', () => {
    const file = newCaseFile('R-7', new Date('2026-11-30T10:00:00Z'), 'JB');
    const managers = stampEntry({ kind: 'note', text: 'discussed in supervision' }, new Date(), 'TM');
    expect(file.heldBy).toBe('JB');
    expect(managers.by).toBe('TM');
  });
});
