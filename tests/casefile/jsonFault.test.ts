import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonFault } from '../../src/casefile/jsonFault';
import { wording } from './wording';

describe('findJsonFault', () => {
  it.each([
    ['{"a": 1,}', 1, 9, "found '}' where a field name in quotes was expected"],
    ['[1, 2,]', 1, 7, "found ']' where a value was expected"],
    ['{"a" 1}', 1, 6, "found '1' where ':' was expected after a field name"],
    ['{\n  "a": tru\n}', 2, 11, 'found a line break'],
    ['"tab\there"', 1, 5, 'a tab inside a piece of text'],
    ['"bad \\x escape"', 1, 6, "an unknown escape '\\x' in a piece of text"],
    ['01', 1, 2, "found '1' after the end of the data"],
    ['1.e5', 1, 3, "a malformed number (found 'e')"],
    ['"bell\u0007"', 1, 6, 'a control character (U+0007) inside a piece of text'],
    ["{'a': 1}", 1, 2, "found ''' where a field name in quotes was expected"],
  ])('finds the fault in %j at line %i, column %i', (text, line, column, problem) => {
    const fault = findJsonFault(text);
    expect(fault).toMatchObject({ line, column, truncated: false });
    expect(wording(fault!.problem)).toContain(problem);
  });

  it('marks a text that stops early as cut short', () => {
    expect(findJsonFault('{"entries": [{"kind": "answer"')).toMatchObject({ line: 1, column: 31, truncated: true });
    expect(findJsonFault('"unfinished')).toMatchObject({ truncated: true, problem: { code: 'json.endInText' } });
    expect(findJsonFault('-')).toMatchObject({ line: 1, column: 2, truncated: true, problem: { code: 'json.endInNumber' } });
  });

  it('agrees with JSON.parse on whether a text is JSON', () => {
    const nearlyJson = fc.oneof(
      fc.json(),
      fc.json().chain((json) => fc.nat(json.length).map((cut) => json.slice(0, cut))),
      fc.json().chain((json) => fc.tuple(fc.nat(json.length), fc.string({ maxLength: 2 })).map(([i, s]) => json.slice(0, i) + s + json.slice(i))),
      fc.string(),
    );
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findJsonFault(text) === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });
});
