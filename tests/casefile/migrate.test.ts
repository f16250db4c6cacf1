import { describe, expect, it } from 'vitest';
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, STEP_IDS } from '../../machines';
import { contentDate, contentPathwayVersion, contentVersion } from '../../content';
import { changelog, compareVersions, migrateCase } from '../../src/casefile/migrate';
import type { Changelog } from '../../src/casefile/migrate';
import { wording } from './wording';

const isStep = (id: string) => (STEP_IDS as readonly string[]).includes(id);

describe('the changelog', () => {
  it('has the app’s own versions as its newest', () => {
    expect(changelog.pathway[0]).toMatchObject({ version: PATHWAY_VERSION, format: CASE_FORMAT_VERSION });
    expect(changelog.content[0]).toMatchObject({ version: contentVersion, date: contentDate, pathwayVersion: contentPathwayVersion });
  });

  it('lists versions newest first, each once', () => {
    for (const releases of [changelog.pathway, changelog.content]) {
      for (let i = 1; i < releases.length; i++) {
        expect(compareVersions(releases[i - 1]?.version ?? '', releases[i]?.version ?? '')).toBeGreaterThan(0);
      }
    }
  });

  it('renames and adds only to ids the pathway has, and removes only ids it no longer has', () => {
    for (const release of changelog.pathway) {
      for (const [from, to] of Object.entries(release.renamed.steps)) {
        expect(isStep(to), `${release.version} renames to ${to}`).toBe(true);
        expect(isStep(from), `${release.version} renames from ${from}`).toBe(false);
      }
      for (const id of release.added.steps) expect(isStep(id), `${release.version} adds ${id}`).toBe(true);
      for (const id of Object.keys(release.removed.steps)) expect(isStep(id), `${release.version} removes ${id}`).toBe(false);
    }
  });

  it('has content written for a pathway version it lists', () => {
    const pathways = changelog.pathway.map((r) => r.version);
    for (const release of changelog.content) expect(pathways).toContain(release.pathwayVersion);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['0.9.0', '1.0.0', -1],
    ['1.0.10', '1.0.9', 1],
    ['2.0.0', '1.99.99', 1],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('migrateCase follows the changelog it is given', () => {
  const later: Changelog = {
    ...changelog,
    pathway: [
      {
        version: '1.2.0',
        date: '2027-01-01',
        format: 1,
        summary: 'A later version, for this test only.',
        changes: ["'crime' is now 'crimeNow'."],
        added: { steps: [] },
        renamed: { steps: { crime: 'crimeNow' } },
        removed: { steps: { forcedMarriage: 'it was folded into another question' } },
        deprecated: { steps: [] },
      },
      ...changelog.pathway,
    ],
  };
  const known = { format: 1, pathwayVersion: '1.2.0', contentVersion: '1.1.0' };
  const file = (step: string) => ({
    format: 1,
    pathwayVersion: '1.1.0',
    contentVersion: '1.1.0',
    entries: [{ kind: 'answer', at: '2026-11-27T09:00:00.000Z', step, value: 'yes' }, { kind: 'note', at: '2026-11-27T09:01:00.000Z', text: 'x' }],
  });
  const versions = { format: 1, pathwayVersion: '1.1.0', contentVersion: '1.1.0' };

  it('renames what it renames', () => {
    const result = migrateCase(file('crime'), versions, known, later);
    expect(result.ok && result.value.entries).toEqual([
      { kind: 'answer', at: '2026-11-27T09:00:00.000Z', step: 'crimeNow', value: 'yes' },
      { kind: 'note', at: '2026-11-27T09:01:00.000Z', text: 'x' },
    ]);
    expect(result.ok && result.notices[0]).toMatchObject({ part: 'pathway', from: '1.1.0', to: '1.2.0', changes: [{ part: 'pathway', version: '1.2.0', index: 0, text: "'crime' is now 'crimeNow'." }] });
  });

  it('refuses what it removed, with the changelog’s reason', () => {
    const result = migrateCase(file('forcedMarriage'), versions, known, later);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'cannot-migrate', where: 'entries[0].step', entry: 1 });
    expect(!result.ok && wording(result.error.message)).toContain('which pathway 1.2.0 removed because it was folded into another question');
  });

  it('leaves a current case as it is', () => {
    const current = file('crime');
    const result = migrateCase(current, versions, versions);
    expect(result).toEqual({ ok: true, value: current, notices: [] });
  });
});
