/**
 * A file the trainer opens to play (issue 14, point 4): an exported case walked entry by entry, its
 * typed words told apart from the rest; a trainer's own scenario checked with the runner's words.
 * Expected values are read from the fixture and the contract by hand, not computed by the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../machines';
import { freeTextOf } from '../../src/trainer/OpenedFilePage';
import { openCaseText, openScenarioText } from '../../src/trainer/openedFile';
import { pagesOf } from '../../src/trainer/walk';
import { englishFault } from '../../src/cli/faultWords';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../content/fixtures/case-v1.1.json'), 'utf8');

/** A scenario a trainer wrote (the contract's format), shared with the trainer's browser tests. */
const OWN = JSON.parse(readFileSync(join(import.meta.dirname, 'ownScenario.json'), 'utf8')) as { answers: Record<string, unknown> };

describe('an exported case, opened to play', () => {
  const opening = openCaseText(FIXTURE);
  if (!opening.ok) throw new Error('the fixture should open');
  const { walk, statuses } = opening.opened;

  it('is one move per entry of the log, each on the page it was made on', () => {
    expect(walk.moves).toHaveLength(27);
    expect(walk.moves[0]?.page).toBe('jurisdiction');
    // fx12: the emergency raised on "unableToProtect" (fx11 answered it, so the page was barrier).
    expect(walk.moves[11]).toMatchObject({ page: 'barrier', entry: { kind: 'event', event: 'emergency' } });
    // fx21: the contact at the GP surgery, typed after "seen alone" was answered.
    expect(walk.moves[20]).toMatchObject({ page: 'speaksFreely', entry: { kind: 'contact', seenAlone: true } });
    expect(walk.end).toMatchObject({ kind: 'outcome', outcome: 'planAgreed' });
    expect(pagesOf(walk).at(-1)).toBe('planAgreed');
  });

  it('says what became of each entry, as the chronology does', () => {
    // fx05 and fx06 (its flag) undone by the second back (fx09); fx07 by the first (fx08).
    expect(statuses.slice(4, 9)).toEqual(['undone', 'undone', 'undone', 'applied', 'applied']);
    // fx25's review date replaced by fx26's.
    expect(statuses[24]).toBe('replaced');
    expect(statuses[25]).toBe('in-force');
  });

  it('names a fault as the start page does, and opens nothing', () => {
    const broken = openCaseText('{"format": 2, "entries": [');
    expect(broken).toMatchObject({ ok: false, error: { code: 'not-json', where: '1:27' } });
    const refused = JSON.parse(FIXTURE) as { entries: unknown[] };
    refused.entries.splice(1, 0, { id: 'inserted', kind: 'answer', at: '2026-11-27T09:00:30.000Z', step: 'thirdParty', value: 'partner' });
    expect(openCaseText(JSON.stringify(refused))).toMatchObject({ ok: false, error: { code: 'rejected-entry', entry: 2 } });
  });
});

describe('what a person typed into an entry (hidden until the trainer shows it)', () => {
  const at = '2026-11-27T09:00:00.000Z';
  it.each<[string, LogEntry, [string, string][]]>([
    ['a contact: where, who was present, the adult\'s words', { kind: 'contact', at, date: '2026-11-27', place: 'GP surgery', present: 'No one', seenAlone: true, words: 'Help me.' }, [['place', 'GP surgery'], ['present', 'No one'], ['words', 'Help me.']]],
    ['a contact with no words: nothing empty listed', { kind: 'contact', at, date: '2026-11-27', place: 'Doorstep', present: 'Husband', seenAlone: false, words: '' }, [['place', 'Doorstep'], ['present', 'Husband']]],
    ['an answer\'s reasons, and who made it', { kind: 'answer', at, step: 'refusalUnreasonable', value: 'yes', rationale: 'He gives no reason.', by: 'JS' }, [['rationale', 'He gives no reason.'], ['by', 'JS']]],
    ['an answer with no reasons: nothing', { kind: 'answer', at, step: 'jurisdiction', value: 'england' }, []],
    ['a note', { kind: 'note', at, text: 'Plan agreed.' }, [['text', 'Plan agreed.']]],
    ['a supervision\'s comment (its decision and dates are not typed words)', { kind: 'supervision', at, by: 'TM', date: '2026-11-28', decision: 'agree', comment: 'Good work.', nextReview: '2026-12-28' }, [['comment', 'Good work.'], ['by', 'TM']]],
    ['a disagreement: the decision and who made it', { kind: 'disagreement', at, decision: 'Close the case', madeBy: 'Police', decidedOn: '2026-11-20' }, [['decision', 'Close the case'], ['madeBy', 'Police']]],
    ['an event: nothing', { kind: 'event', at, event: 'disagree' }, []],
  ])('%s', (_name, entry, expected) => {
    expect(freeTextOf(entry)).toEqual(expected);
  });
});

describe("a trainer's own scenario, opened to play", () => {
  it('plays to its outcome with no fault when it plays as it expects', () => {
    const opened = openScenarioText(JSON.stringify(OWN));
    expect(opened.ok && opened.opened.fault).toBe(undefined);
    expect(opened.ok && opened.opened.walk.end).toMatchObject({ kind: 'outcome', outcome: 'planAgreed' });
  });

  it.each([
    ['not JSON', '{"id": "x",', /^not readable JSON \(/],
    ['a misspelt step id', JSON.stringify({ ...OWN, answers: { ...OWN.answers, capacty: 'appears-to-have' } }), "not a valid scenario at 'answers': unknown key 'capacty' (a step, page or field id misspelt?)"],
    ['an outcome the contract does not have', JSON.stringify({ ...OWN, expect: { outcome: 'closed' } }), `not a valid scenario at 'expect.outcome': "closed" is not an id allowed here`],
    ['no title', JSON.stringify({ ...OWN, title: undefined }), "not a valid scenario at 'title': missing (expected string)"],
    ['an id that is not kebab-case', JSON.stringify({ ...OWN, id: 'Our Exercise' }), "not a valid scenario at 'id': A scenario id is kebab-case"],
  ])('refuses %s, named as npm run scenario names it', (_name, text, reason) => {
    const opened = openScenarioText(text);
    expect(opened.ok).toBe(false);
    const said = !opened.ok && 'fault' in opened ? englishFault(opened.fault) : '';
    if (typeof reason === 'string') expect(said).toBe(reason);
    else expect(said).toMatch(reason);
  });

  it('opens one that does not reach the outcome it expects, saying why, and plays what it can', () => {
    const opened = openScenarioText(JSON.stringify({ ...OWN, expect: { outcome: 'concernRaised' } }));
    expect(opened.ok && opened.opened.fault && englishFault(opened.opened.fault)).toBe("reached outcome 'planAgreed', expected 'concernRaised'");
    expect(opened.ok && pagesOf(opened.opened.walk)).toContain('safeguardingPlan');
  });
});
