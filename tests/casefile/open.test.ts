import { describe, expect, it } from 'vitest';
import { LOG_ENTRY_KINDS } from '../../machines';
import type { CaseFile } from '../../machines';
import { exportCaseFile, rawLogExport } from '../../src/casefile/export';
import { MAX_CASE_FILE_CHARS, parseCaseFile } from '../../src/casefile/open';
import type { ParseResult } from '../../src/casefile/open';
import type { ImportError } from '../../src/casefile/types';
import { at, currentFixture, fixtureText } from './helpers';
import { wording } from './wording';

const refused = (result: ParseResult): ImportError => {
  if (result.ok) throw new Error('expected the file to be refused, but it opened');
  return result.error;
};

/** The current fixture with one change made to its parsed JSON. */
const fixtureWith = (edit: (file: Record<string, unknown> & { entries: Record<string, unknown>[] }) => void): string => {
  const file = JSON.parse(fixtureText('case-v1.1.json')) as Record<string, unknown> & { entries: Record<string, unknown>[] };
  edit(file);
  return JSON.stringify(file, null, 2);
};

const entry = (file: { entries: Record<string, unknown>[] }, index: number): Record<string, unknown> => {
  const found = file.entries[index];
  if (found === undefined) throw new Error(`the fixture has no entry ${index}`);
  return found;
};

describe('parseCaseFile: a current case', () => {
  it('opens the current fixture with no notices, as it is', () => {
    const result = parseCaseFile(fixtureText('case-v1.1.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notices).toEqual([]);
    expect(result.file).toEqual(currentFixture());
  });

  it('opens a file that starts with a byte-order mark', () => {
    expect(parseCaseFile(`\uFEFF${fixtureText('case-v1.1.json')}`).ok).toBe(true);
  });

  it('drops fields it does not know, including __proto__, and pollutes nothing', () => {
    const text = fixtureWith((file) => {
      file.extra = 'kept nowhere';
      entry(file, 0).note = 'stray';
    }).replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const result = parseCaseFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.file, '__proto__')).toBe(false);
    expect(Object.hasOwn(result.file, 'extra')).toBe(false);
    expect(Object.keys(result.file.entries[0] ?? {}).sort()).toEqual(['at', 'by', 'id', 'kind', 'step', 'value']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.file)).toBe(Object.prototype);
  });

  it('opens what a raw export holds when what it holds is a case', () => {
    const result = parseCaseFile(rawLogExport(fixtureText('case-v1.1.json'), new Date(at(60))));
    expect(result.ok && result.file).toEqual(currentFixture());
  });
});

describe('parseCaseFile: empty, too large, not JSON', () => {
  it.each(['', '   \n\t', '\uFEFF'])('calls %j empty', (text) => {
    const error = refused(parseCaseFile(text));
    expect(error.code).toBe('empty');
    expect(error.message).toEqual({ code: 'import.unchanged', params: { reason: { code: 'import.empty' } } });
  });

  it('refuses a file too large to be a case, before reading it', () => {
    const error = refused(parseCaseFile(' '.repeat(MAX_CASE_FILE_CHARS + 1)));
    expect(error.code).toBe('too-large');
    expect(wording(error.message)).toContain('the largest this app opens is 5 MB');
  });

  it('names the line and column of a JSON fault', () => {
    const error = refused(parseCaseFile('{"format": 1,\n  "reference": }'));
    expect(error).toMatchObject({ code: 'not-json', where: '2:16' });
    expect(wording(error.message)).toContain("At line 2, column 16: found '}' where a value was expected.");
  });

  it('says a file that stops early was cut short, and where', () => {
    const error = refused(parseCaseFile('{"format": 1, "entries": ['));
    expect(error).toMatchObject({ code: 'not-json', where: '1:27' });
    expect(wording(error.message)).toContain('This file is cut short: it ends at line 1, column 27');
  });

  it('reads binary garbage as not JSON, naming the character', () => {
    const error = refused(parseCaseFile('PK\u0003\u0004\u0014\u0000'));
    expect(error).toMatchObject({ code: 'not-json', where: '1:1' });
    expect(wording(error.message)).toContain("found 'P' where a value was expected");
  });

  it('survives nesting deep enough to overflow a recursive reader', () => {
    const error = refused(parseCaseFile('['.repeat(200_000)));
    expect(error.code).toBe('not-json');
    expect(wording(error.message)).toContain('cut short');
  });

  it('says the raw export is one when what it holds cannot be opened either', () => {
    const error = refused(parseCaseFile(rawLogExport('{"format": 1, "entr', new Date(at(60)))));
    expect(error.code).toBe('not-json');
    expect(wording(error.message)).toMatch(/^This is a raw export of a case that could not be read when it was exported, and it still cannot be opened\. This file is cut short/);
  });
});

describe('parseCaseFile: the wrong shape', () => {
  it.each([
    ['null', 'null'],
    ['[1, 2]', 'a list'],
    ['"a case"', 'a piece of text'],
    ['42', 'a number'],
  ])('refuses %s as holding %s, not a case', (text, holds) => {
    const error = refused(parseCaseFile(text));
    expect(error).toMatchObject({ code: 'wrong-shape', where: '$' });
    expect(wording(error.message)).toContain(`This file holds ${holds}, not a Seen Alone case`);
  });

  it('refuses a file with no format', () => {
    expect(refused(parseCaseFile('{"__proto__": null}'))).toMatchObject({ code: 'wrong-shape', where: 'format' });
  });

  it.each([
    ['"one"', "'one'"],
    ['1.5', '1.5'],
    ['-1', '-1'],
    ['1e400', 'Infinity'],
  ])('refuses format %s', (format, shown) => {
    const error = refused(parseCaseFile(fixtureText('case-v1.1.json').replace('"format": 2', `"format": ${format}`)));
    expect(error).toMatchObject({ code: 'wrong-shape', where: 'format' });
    expect(wording(error.message)).toContain(`This file's 'format' is ${shown}, not a file format number`);
  });

  it('refuses a version that is not written like 1.0.0', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (file.pathwayVersion = 'v1'))));
    expect(error).toMatchObject({ code: 'wrong-shape', where: 'pathwayVersion' });
    expect(wording(error.message)).toContain("its 'pathwayVersion' is 'v1', not a version like 1.0.0");
  });

  it('names an unknown step by its path, entry number and kind', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (entry(file, 4).step = 'foo'))));
    expect(error).toMatchObject({ code: 'wrong-shape', where: 'entries[4].step', entry: 5 });
    expect(wording(error.message)).toContain("At entries[4].step (entry 5, answer at step foo): 'foo' is not a question of this pathway.");
  });

  it('names an unknown answer', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (entry(file, 2).value = 'maybe'))));
    expect(error).toMatchObject({ code: 'wrong-shape', where: 'entries[2].value', entry: 3 });
    expect(wording(error.message)).toContain("entries[2].value (entry 3, answer at step immediateDanger): 'maybe' is not an answer of this pathway");
  });

  it('names an unknown kind of entry, listing the kinds it knows', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (entry(file, 0).kind = 'guess'))));
    expect(error).toMatchObject({ code: 'wrong-shape', where: 'entries[0].kind' });
    // Every kind the entry schema declares, in its order (machines/log.ts): the answer comes first.
    expect(wording(error.message)).toContain(`'guess' is not a kind of entry this app knows (${LOG_ENTRY_KINDS.join(', ')})`);
    expect(LOG_ENTRY_KINDS.slice(0, 5)).toEqual(['answer', 'event', 'back', 'change', 'contact']);
  });

  it('names a field of the wrong type, saying what it found', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (entry(file, 15).seenAlone = 'yes'))));
    expect(error).toMatchObject({ where: 'entries[15].seenAlone', entry: 16 });
    expect(wording(error.message)).toContain('(entry 16, contact): expected true or false, found a piece of text');
  });

  it('names a missing field, an empty reference and a bad time', () => {
    expect(wording(refused(parseCaseFile(fixtureWith((file) => delete file.reference))).message)).toContain('At reference: this field is missing.');
    expect(wording(refused(parseCaseFile(fixtureWith((file) => (file.reference = '')))).message)).toContain('At reference: this must not be empty.');
    expect(wording(refused(parseCaseFile(fixtureWith((file) => (file.createdAt = 'yesterday')))).message)).toContain(
      "At createdAt: 'yesterday' is not a date and time like 2026-11-27T10:30:00.000Z.",
    );
  });

  it('counts the problems after the first', () => {
    const error = refused(
      parseCaseFile(
        fixtureWith((file) => {
          entry(file, 0).at = 'then';
          entry(file, 1).at = 'then';
          entry(file, 2).at = 'then';
        }),
      ),
    );
    expect(error.where).toBe('entries[0].at');
    expect(wording(error.message)).toContain('There are 2 more problems after it.');
  });

  it('keeps a long value in a message short', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (entry(file, 4).step = 'x'.repeat(10_000)))));
    expect(wording(error.message).length).toBeLessThan(400);
    expect(wording(error.message)).toContain(`'${'x'.repeat(40)}…'`);
  });
});

describe('parseCaseFile: versions', () => {
  it('refuses a newer file format, saying which it has and which the app knows', () => {
    const error = refused(parseCaseFile(fixtureText('case-v1.1.json').replace('"format": 2', '"format": 3')));
    expect(error).toMatchObject({ code: 'newer-version', where: 'format' });
    expect(wording(error.message)).toContain('(file format 3); this app knows file format 2 at most');
  });

  it('refuses a newer pathway before judging entries it may not know', () => {
    const error = refused(
      parseCaseFile(
        fixtureWith((file) => {
          file.pathwayVersion = '1.2.0';
          entry(file, 0).kind = 'somethingNew';
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'newer-version', where: 'pathwayVersion' });
    expect(wording(error.message)).toContain('(pathway version 1.2.0); this app knows pathway version 1.1.0 at most');
  });

  it('compares versions as numbers, not text', () => {
    // As text, '1.0.10' sorts before '1.0.9'.
    const known = (pathwayVersion: string) => ({ format: 2, pathwayVersion, contentVersion: '1.1.0' });
    const newerFile = fixtureWith((file) => (file.pathwayVersion = '1.0.10'));
    expect(refused(parseCaseFile(newerFile, known('1.0.9'))).code).toBe('newer-version');
    const olderFile = fixtureWith((file) => (file.pathwayVersion = '1.0.9'));
    expect(refused(parseCaseFile(olderFile, known('1.0.10'))).code).toBe('cannot-migrate'); // older, and not in the changelog
  });

  it('opens a case saved with newer guidance, with a notice, keeping its content version', () => {
    const result = parseCaseFile(fixtureWith((file) => (file.contentVersion = '1.3.0')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.contentVersion).toBe('1.3.0');
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatchObject({ part: 'content', from: '1.3.0', to: '1.1.0' });
    expect(wording(result.notices[0]!.message)).toContain('saved with newer guidance (content version 1.3.0)');
  });
});

describe('parseCaseFile: entries the pathway refuses', () => {
  it('names the entry, its kind and step, and why', () => {
    const text = fixtureWith((file) => file.entries.splice(3, 0, { id: 'inserted', kind: 'answer', at: at(3), step: 'thirdParty', value: 'partner' }));
    const error = refused(parseCaseFile(text));
    expect(error).toMatchObject({ code: 'rejected-entry', where: 'entries[3]', entry: 4 });
    expect(wording(error.message)).toBe(
      "Entry 4 (answer at step thirdParty, at entries[3]) was refused by the pathway: the current page is 'careNeeds', not 'thirdParty'. The case was not opened. Nothing has been changed.",
    );
  });

  it('refuses a back with nothing to undo', () => {
    const file: CaseFile = { ...currentFixture(), entries: [{ id: 'b1', kind: 'back', at: at(1) }] };
    expect(wording(refused(parseCaseFile(exportCaseFile(file))).message)).toContain(
      "Entry 1 (back, at entries[0]) was refused by the pathway: there is nothing to go back to from page 'jurisdiction'.",
    );
  });

  it('refuses an answer a rule withholds, with the rule’s reason', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (entry(file, 19).value = 'keep-trying'))));
    expect(error).toMatchObject({ code: 'rejected-entry', entry: 20 });
    expect(error.message.params?.reason).toMatchObject({
      code: 'import.refused',
      params: { reason: { code: 'replay.withheld', params: { step: 'accessAttempt', value: 'keep-trying' } } },
    });
  });
});

describe('parseCaseFile: earlier versions', () => {
  it('opens a release 1.0 case with the changes of pathway and content 1.1, and no question to revisit when it named a partner', () => {
    const result = parseCaseFile(fixtureText('case-v1.0.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notices.map((n) => [n.part, n.from, n.to])).toEqual([
      ['format', '1', '2'],
      ['pathway', '1.0.0', '1.1.0'],
      ['content', '1.0.0', '1.1.0'],
    ]);
    expect(result.notices[1]?.changes.some((line) => line.version === '1.1.0' && line.part === 'pathway' && line.text.includes('household'))).toBe(true);
    expect(result.notices[1]?.revisit).toEqual([]);
    // Format 2: a case id made from the reference and start time, and entries numbered in order.
    expect(result.file.caseId).toMatch(/^v1-[0-9a-f]{16}$/);
    expect(result.file.entries.map((e) => e.id).slice(0, 3)).toEqual(['e1', 'e2', 'e3']);
    expect(parseCaseFile(fixtureText('case-v1.0.json')).ok && parseCaseFile(fixtureText('case-v1.0.json'))).toMatchObject({ file: { caseId: result.file.caseId } });
    expect(result.state.core.snapshot.value).toBe('planAgreed');
  });

  it('asks a release 1.0 case that named a friend or neighbour to look at thirdParty again', () => {
    const result = parseCaseFile(fixtureText('case-v1.0-friend.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pathway = result.notices.find((n) => n.part === 'pathway');
    expect(pathway?.revisit.map((item) => item.step)).toEqual(['thirdParty']);
    expect(pathway?.revisit[0]?.why).toContain('household');
    // Nothing is changed for it: the answer stands until the practitioner changes it.
    expect(result.file.entries.find((e) => e.kind === 'answer' && e.step === 'thirdParty')).toMatchObject({ value: 'friend-or-neighbour' });
  });

  it('opens the v0.9 fixture migrated, with a notice for the format, the pathway and the content', () => {
    const result = parseCaseFile(fixtureText('case-v0.9.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notices.map((n) => [n.part, n.from, n.to])).toEqual([
      ['format', '0', '2'],
      ['pathway', '0.9.0', '1.1.0'],
      ['content', '0.9.0', '1.1.0'],
    ]);
    expect(wording(result.notices[1]!.message)).toContain("'thirdPartyRelationship' is now 'thirdParty'");
    expect(result.notices[1]?.changes.map((line) => `${line.version}: ${line.text}`)).toContain("1.0.0: Going back is recorded as 'back' (was 'undo').");
    expect(result.file).toMatchObject({ format: 2, pathwayVersion: '1.1.0', contentVersion: '1.1.0', reference: 'FIX-09' });
    expect(result.file.entries).toHaveLength(20);
    expect(result.file.entries[5]).toEqual({ id: 'e6', kind: 'back', at: '2026-11-27T09:05:00.000Z' });
    expect(result.file.entries[16]).toEqual({ id: 'e17', kind: 'answer', at: '2026-11-27T09:16:00.000Z', step: 'thirdParty', value: 'family-member' });
    expect(result.file.entries[12]).toEqual({ id: 'e13', kind: 'change', at: '2026-11-27T09:12:00.000Z', step: 'careNeeds', value: 'yes' });
  });

  it('explains why the unmigratable fixture cannot be brought up to date', () => {
    const error = refused(parseCaseFile(fixtureText('case-v0.9-unmigratable.json')));
    expect(error).toMatchObject({ code: 'cannot-migrate', where: 'log[18].step', entry: 19 });
    expect(wording(error.message)).toContain('cannot be brought up to version 1.1.0: entry 19 (answer at step visitOutcome, at log[18].step)');
    expect(wording(error.message)).toContain("which pathway 1.0.0 removed because it was split into two questions, 'accessAttempt' and 'speaksFreely'");
  });

  it('names a fault in a format 0 file as that file names it', () => {
    const file = JSON.parse(fixtureText('case-v0.9.json')) as { log: Record<string, unknown>[] };
    const third = file.log[3];
    const second = file.log[2];
    if (third === undefined || second === undefined) throw new Error('fixture too short');
    third.time = 'soon';
    let error = refused(parseCaseFile(JSON.stringify(file)));
    expect(error).toMatchObject({ code: 'wrong-shape', where: 'log[3].time', entry: 4 });
    expect(wording(error.message)).toContain("log[3].time (entry 4, answer at step careNeeds): 'soon' is not a date and time");
    third.time = '2026-11-27T09:03:00.000Z';
    second.step = 'nope';
    error = refused(parseCaseFile(JSON.stringify(file)));
    expect(error).toMatchObject({ code: 'wrong-shape', where: 'log[2].step' });
  });

  it('refuses a version it has no record of, rather than guess', () => {
    const error = refused(parseCaseFile(fixtureWith((file) => (file.pathwayVersion = '0.5.0'))));
    expect(error).toMatchObject({ code: 'cannot-migrate', where: 'pathwayVersion' });
    expect(wording(error.message)).toContain('pathway version 0.5.0, which this app has no record of');
  });

  it('renames a step in a format 1 file saved with pathway 0.9.0', () => {
    const text = fixtureWith((file) => {
      file.pathwayVersion = '0.9.0';
      entry(file, 17).step = 'thirdPartyRelationship';
    });
    const result = parseCaseFile(text);
    expect(result.ok && result.file.entries[17]).toMatchObject({ step: 'thirdParty', value: 'partner' });
    expect(result.ok && result.notices.map((n) => n.part)).toEqual(['pathway']);
  });
});

describe('parseCaseFile never throws', () => {
  it.each([
    '\u0000',
    '\uD800',
    '{"format": 1, "pathwayVersion": "1.0.0", "contentVersion": "1.0.0", "reference": "A", "createdAt": "2026-11-27T09:00:00Z", "entries": [[[[[[]]]]]]}',
    '{"format": 0, "pathwayVersion": "0.9.0", "contentVersion": "0.9.0", "log": {"length": 3}}',
    '{"seenAloneRawExport": 1, "raw": "{\\"seenAloneRawExport\\": 1, \\"raw\\": \\"{}\\"}"}',
  ])('on %j', (text) => {
    const result = parseCaseFile(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : wording(result.error.message)).not.toMatch(/undefined|\[object Object\]/);
  });

  it('on a value that is not text at all', () => {
    expect(refused(parseCaseFile(42 as unknown as string)).code).toBe('not-json');
  });
});
