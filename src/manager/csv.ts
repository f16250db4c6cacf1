/**
 * The overview as CSV, for audit (issue 15, point 4): one row a case, no adult's words in it. A
 * cell that a spreadsheet would read as a formula (it begins with =, +, - or @, or with a tab or
 * carriage return that some spreadsheets skip first) is written with a leading apostrophe, as
 * OWASP's advice on CSV injection says, so that it is shown as text and never run.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: escaped against formula injection, then quoted where CSV needs it (RFC 4180). */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: CRLF line ends, as RFC 4180 and spreadsheets expect. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
