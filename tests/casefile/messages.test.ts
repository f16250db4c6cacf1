import { describe, expect, it } from 'vitest';
import record from '../../content/en-GB/record.json';
import { RECORD_CODES, message } from '../../src/casefile';
import { wording } from './wording';

/** Every leaf key of record.json, dotted, with i18next's plural endings taken off. */
const keys = (node: object, prefix = ''): string[] =>
  Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(value as object, `${prefix}${key}.`),
  );

describe('the record namespace', () => {
  it('words every code the record can produce', () => {
    const worded = new Set(keys(record));
    expect(RECORD_CODES.filter((code) => !worded.has(code))).toEqual([]);
  });

  it('has no key without a code', () => {
    const codes = new Set<string>(RECORD_CODES);
    expect([...new Set(keys(record))].filter((key) => !codes.has(key))).toEqual([]);
  });

  it('renders a message inside a message, a list and a plural', () => {
    expect(wording(message('conflict.movedOn', { what: message('conflict.added', { count: 2 }) }))).toContain('(it added 2 entries)');
    expect(wording(message('issue.notKind', { found: message('value.text', { text: 'x' }), kinds: ['answer', 'note'] }))).toBe(
      "'x' is not a kind of entry this app knows (answer, note)",
    );
  });
});
