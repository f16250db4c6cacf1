/** The overview's CSV (issue 15): formula injection escaped, quoting as RFC 4180 asks. */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/manager/csv';

describe('csvCell', () => {
  it.each<[string | number | undefined, string]>([
    ['ASC-1234', 'ASC-1234'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+44 1273 000000', "'+44 1273 000000"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['say "hi"', '"say ""hi"""'],
    [12, '12'],
    [-3, "'-3"],
    [undefined, ''],
    ['', ''],
    ['x=1', 'x=1'],
  ])('%j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('joins rows with CRLF', () => {
    expect(toCsv([['reference', 'flags'], ['R-1', 'review-overdue not-seen-alone']])).toBe('reference,flags\r\nR-1,review-overdue not-seen-alone\r\n');
  });
});
