import { describe, expect, it } from 'vitest';
import { referenceLooksPersonal } from '../../src/casefile/referenceLooksPersonal';

describe('referenceLooksPersonal: a new reference that looks like a name or an address', () => {
  it.each<[string, 'title' | 'address' | undefined]>([
    ['Mrs Smith', 'title'],
    ['mr jones', 'title'],
    ['Dr. Patel', 'title'],
    ['Miss T', 'title'],
    ['Ms', 'title'],
    ['12 Acacia Avenue', 'address'],
    ['Flat 3, 14a High Street', 'address'],
    ['4 The Crescent', 'address'],
    ['221b Baker St', 'address'],
    // Case numbers, and words that only contain a title or a street word.
    ['ASC-2026-0412', undefined],
    ['MASH 12345', undefined],
    ['Drummond 2026/77', undefined],
    ['Mrsa-1', undefined],
    ['REF 12 ROADMAP', undefined],
    ['S42-118', undefined],
  ])('%s', (reference, expected) => {
    expect(referenceLooksPersonal(reference)).toBe(expected);
  });
});
