import { describe, expect, it } from 'vitest';
import { replay } from '../../machines';
import { benchCase, recordFigures } from '../../bench/record';

describe('the record benchmark', () => {
  it('measures a case of exactly 1,000 entries that the pathway accepts', () => {
    const file = benchCase();
    expect(file.entries).toHaveLength(1000);
    expect(replay(file.entries).ok).toBe(true);
    const kinds = new Set(file.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['answer', 'contact', 'note', 'review']);
  });

  it('reports every figure', () => {
    const figures = recordFigures(1000, 1);
    expect(figures.entries).toBe(1000);
    for (const value of Object.values(figures)) expect(Number.isFinite(value) && value > 0).toBe(true);
    expect(figures.exportBytes).toBeGreaterThan(figures.storedBytes); // pretty against compact
  });
});
