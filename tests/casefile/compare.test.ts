import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../machines';
import { compareCopies } from '../../src/casefile';
import { at, caseWith } from './helpers';

const note = (id: string, text: string, minute: number): LogEntry => ({ id, kind: 'note', at: at(minute), text });

describe('compareCopies: two copies of one case, entry by entry', () => {
  const base = [note('a', 'first', 1), note('b', 'second', 2)];

  it.each<[string, LogEntry[], LogEntry[], { shared: string[]; onlyInFirst: string[]; onlyInSecond: string[]; differing: string[] }]>([
    ['the same copy', base, base, { shared: ['a', 'b'], onlyInFirst: [], onlyInSecond: [], differing: [] }],
    ['the second went on', base, [...base, note('c', 'third', 3)], { shared: ['a', 'b'], onlyInFirst: [], onlyInSecond: ['c'], differing: [] }],
    ['each went on apart', [...base, note('x', 'here', 3)], [...base, note('y', 'there', 3)], { shared: ['a', 'b'], onlyInFirst: ['x'], onlyInSecond: ['y'], differing: [] }],
    ['one id, two contents', base, [note('a', 'first', 1), note('b', 'edited', 2)], { shared: ['a'], onlyInFirst: [], onlyInSecond: [], differing: ['b'] }],
  ])('%s', (_name, first, second, expected) => {
    expect(compareCopies(caseWith(first, 'R'), caseWith(second, 'R'))).toEqual({ sameCase: true, ...expected });
  });

  it('knows two files of different cases', () => {
    expect(compareCopies(caseWith(base, 'R1'), caseWith(base, 'R2')).sameCase).toBe(false);
  });

  it('does not tell entries apart by the order of their keys', () => {
    const reordered = { text: 'second', at: at(2), kind: 'note', id: 'b' } as LogEntry;
    expect(compareCopies(caseWith(base, 'R'), caseWith([note('a', 'first', 1), reordered], 'R')).differing).toEqual([]);
  });
});
