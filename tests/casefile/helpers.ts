/** Shared by the record's tests: the fixtures, and a storage holding two cases. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, type CaseFile } from '../../machines';
import { contentVersion } from '../../content';
import { caseKey } from '../../src/storage/store';
import { MemoryStorage } from '../ui/memoryStorage';

const FIXTURES = join(import.meta.dirname, '../../content/fixtures');

export const fixtureText = (
  name: 'case-v1.1.json' | 'case-v1.0.json' | 'case-v1.0-friend.json' | 'case-v0.9.json' | 'case-v0.9-unmigratable.json',
): string =>
  readFileSync(join(FIXTURES, name), 'utf8');

/** The current fixture as a case file (it is current, so it needs no migration to read). */
export const currentFixture = (): CaseFile => JSON.parse(fixtureText('case-v1.1.json')) as CaseFile;

/** A time `minutes` after 09:00 UTC on 27 November 2026. */
export const at = (minutes: number): string => new Date(Date.UTC(2026, 10, 27, 9, minutes)).toISOString();

/** A current case file with these entries, each given an id from its position where it has none. */
export const caseWith = (entries: CaseFile['entries'], reference = 'TEST-1'): CaseFile => ({
  format: CASE_FORMAT_VERSION,
  caseId: `case-${reference}`,
  pathwayVersion: PATHWAY_VERSION,
  contentVersion,
  reference,
  createdAt: at(0),
  entries: entries.map((entry, index) => (entry.id === undefined ? { id: `t${index + 1}`, ...entry } : entry)),
});

/** Storage as a practitioner's browser might hold it: two cases and a setting. */
export const storageWithTwoCases = (): MemoryStorage => {
  const storage = new MemoryStorage();
  storage.setItem(caseKey('case-a'), JSON.stringify(currentFixture()));
  storage.setItem(caseKey('case-b'), fixtureText('case-v0.9.json'));
  storage.setItem('seen-alone:settings', '{"highContrast":false}');
  return storage;
};
