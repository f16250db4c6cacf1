import { describe, expect, it } from 'vitest';
import { localSettings, unconfirmed, unconfirmedById } from '../../content';
import { contentResources } from '../../content/resources';
import { collectStrings, collectUnits } from '../../content/checks';
import { getAt, issuesOf, rawContent, setAt } from './helpers';
import type { Block } from '../../content';

const { steps, outcomes, routes, rules, about } = contentResources['en-GB'];
const files = { steps, outcomes, routes, rules, about };

/** Every flag list in the content, guidance items and review periods alike. */
function referencedIds(): Set<string> {
  const ids = new Set<string>();
  for (const value of Object.values(files)) {
    for (const { unit } of collectUnits(value)) for (const id of unit.unconfirmed ?? []) ids.add(id);
  }
  for (const id of localSettings.reviewPeriodUnconfirmed ?? []) ids.add(id);
  return ids;
}

/** The guidance items whose text says a phrase, with the flags each carries. */
function itemsSaying(phrase: string) {
  return Object.entries(files).flatMap(([file, value]) =>
    collectStrings(value)
      .filter(({ text }) => text.toLowerCase().includes(phrase.toLowerCase()))
      .map(({ path, owner }) => ({ where: `${file}:${path.join('.')}`, flags: owner?.unit.unconfirmed ?? null })),
  );
}

describe('the one list of unconfirmed facts', () => {
  it('is used: every fact is flagged somewhere in the content', () => {
    const used = referencedIds();
    expect(unconfirmed.map((fact) => fact.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('names only facts that exist', () => {
    expect([...referencedIds()].filter((id) => unconfirmedById(id) === undefined)).toEqual([]);
  });

  it.each([
    // Phrases the brief marks unconfirmed (§7, [D], [S-partial], unverified), and the fact each needs.
    ['24 to 48 hours', 'U3'],
    ['2, 5 and 2 working days', 'U2'],
    ['{{escalationPractitionersDays}}', 'U2'],
    ['{{escalationManagersDays}}', 'U2'],
    ['{{escalationLeadsDays}}', 'U2'],
    ['believed to be 24 hours', 'U5'],
    ['maximum length', 'U6'],
    ['implicated', 'U4'],
    ['no set timescale for a High Court', 'U7'],
    ['three times', 'U14'],
    ['reconstruction', 'U1'],
    ['MARM', 'U9'],
    ['seen the same day', 'U10'],
    // brief.md §10: a status to date and confirm locally, and a route each force sets.
    ['national rollout', 'U15'],
    ['duty inspector', 'U16'],
    ['Mental Health Act 2025', 'U17'],
  ])('"%s" appears, and every item saying it carries %s', (phrase, id) => {
    const items = itemsSaying(phrase);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item, item.where).toEqual({ where: item.where, flags: expect.arrayContaining([id]) });
  });

  it('flags every use of a placeholder setting', () => {
    for (const key of localSettings.placeholders) {
      const fact = unconfirmed.find((candidate) => candidate.markers.includes(`{{${key}}}`));
      expect(fact, key).toBeDefined();
      for (const item of itemsSaying(`{{${key}}}`)) {
        expect(item.flags, item.where).toEqual(expect.arrayContaining([fact?.id]));
      }
    }
  });

  it('flags the default review periods, a value each team sets (content/local)', () => {
    expect(localSettings.reviewPeriodUnconfirmed).toEqual(['U13']);
    expect(Object.keys(localSettings.reviewPeriodDays).sort()).toEqual(Object.keys(outcomes).sort());
  });

  it('shows each placeholder value as clearly unset, or lists it as borrowed from elsewhere', () => {
    const values = localSettings as unknown as Record<string, unknown>;
    for (const key of localSettings.placeholders) {
      const value = values[key];
      expect(typeof value).toBe('string');
      // Contacts say they are placeholders; the escalation days are a comparable protocol's (flagged by U2).
      if (!key.startsWith('escalation') || key === 'escalationBoardTimescale') expect(value).toMatch(/^\[placeholder: /);
    }
  });
});

describe('the loader refuses an unconfirmed fact used without its flag', () => {
  const COP_TIMESCALE = ['courtOfProtection', 'timescale', 1] as const;

  it('the shipped Court of Protection timescale carries its flag', () => {
    const raw = rawContent();
    expect(getAt(raw.routes, [...COP_TIMESCALE, 'unconfirmed'])).toEqual(['U3']);
  });

  it('when the flag is removed from the item that says it', () => {
    const raw = rawContent();
    const block = getAt(raw.routes, COP_TIMESCALE) as Block;
    setAt(raw.routes, COP_TIMESCALE, { ...block, unconfirmed: undefined });
    expect(issuesOf(raw)).toContainEqual(
      expect.objectContaining({ file: 'content/en-GB/routes.json', message: expect.stringContaining('must list U3') }),
    );
  });

  it('when another item starts to say it', () => {
    const raw = rawContent();
    setAt(raw.steps, ['careNeeds', 'guidance', 0, 'text'], 'The court can act within 24 to 48 hours.');
    expect(issuesOf(raw)).toContainEqual(
      expect.objectContaining({ path: ['careNeeds', 'guidance', 0, 'text'], message: expect.stringContaining('U3') }),
    );
  });

  it('when it appears outside any guidance item, where no flag can be shown', () => {
    const raw = rawContent();
    setAt(raw.steps, ['escalateManagers', 'hint'], 'Aim for 2, 5 and 2 working days.');
    expect(issuesOf(raw)).toContainEqual(
      expect.objectContaining({ path: ['escalateManagers', 'hint'], message: expect.stringContaining('only in a guidance item') }),
    );
  });

  it('when an item carries a flag for a fact it does not mention', () => {
    const raw = rawContent();
    setAt(raw.steps, ['careNeeds', 'guidance', 0, 'unconfirmed'], ['U3']);
    expect(issuesOf(raw)).toContainEqual(
      expect.objectContaining({ path: ['careNeeds', 'guidance', 0, 'unconfirmed'], message: expect.stringContaining('Flagged U3') }),
    );
  });

  it('when a placeholder setting has no fact to flag it', () => {
    const raw = rawContent();
    const facts = raw.unconfirmed as { markers: string[] }[];
    for (const fact of facts) fact.markers = fact.markers.filter((marker) => marker !== '{{maracContact}}');
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ message: expect.stringContaining('maracContact') }));
  });
});
