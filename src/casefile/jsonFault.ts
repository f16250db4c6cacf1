/**
 * Where a text stops being JSON. `JSON.parse` says so in words that differ by browser, and some
 * (Chromium's "Unexpected token '}', ... is not valid JSON") give no position at all, so a file
 * that fails to parse is scanned again here to name the line and column for the practitioner.
 * Only called after `JSON.parse` has failed, so it needs to be right, not fast.
 *
 * Iterative, with an explicit stack: a file of a million `[` must not overflow the call stack.
 */
import { message, type RecordMessage } from './messages';

export interface JsonFault {
  /** 0-based offset into the text (UTF-16 code units, as JavaScript counts). */
  readonly offset: number;
  /** 1-based line and column, as an editor shows them. */
  readonly line: number;
  readonly column: number;
  /** True when the text ends before the JSON does: a cut-short file. */
  readonly truncated: boolean;
  /** What is wrong there, as a message (no position; the caller adds it). */
  readonly problem: RecordMessage;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** A character as a person can read it in a message: control characters by their code. */
export const showCharacter = (text: string, offset: number): RecordMessage => {
  const code = text.codePointAt(offset);
  if (code === undefined) return message('character.end');
  if (code === 0x0a || code === 0x0d) return message('character.lineBreak');
  if (code === 0x09) return message('character.tab');
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
    return message('character.control', { code: code.toString(16).toUpperCase().padStart(4, '0') });
  }
  if (code === 0xfffd) return message('character.unreadable');
  return message('character.shown', { character: String.fromCodePoint(code) });
};

const position = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
};

type Scan = { ok: true; end: number } | { ok: false; offset: number; problem: RecordMessage };

const literal = (text: string, at: number, word: string): Scan => {
  for (let i = 0; i < word.length; i++) {
    if (at + i >= text.length) return { ok: false, offset: at + i, problem: message('json.endInWord') };
    if (text[at + i] !== word[i]) {
      return { ok: false, offset: at + i, problem: message('json.brokenWord', { found: showCharacter(text, at + i) }) };
    }
  }
  return { ok: true, end: at + word.length };
};

const scanString = (text: string, at: number): Scan => {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { ok: true, end: i + 1 };
    if (c < 0x20) return { ok: false, offset: i, problem: message('json.controlInText', { found: showCharacter(text, i) }) };
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) break;
      if (e === 'u') {
        for (let k = 2; k < 6; k++) {
          if (i + k >= text.length) return { ok: false, offset: i + k, problem: message('json.endInText') };
          if (!isHex(text.charCodeAt(i + k))) return { ok: false, offset: i, problem: message('json.brokenUnicodeEscape') };
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e)) return { ok: false, offset: i, problem: message('json.unknownEscape', { escape: e }) };
      i += 2;
      continue;
    }
    i++;
  }
  return { ok: false, offset: text.length, problem: message('json.endInText') };
};

const scanNumber = (text: string, at: number): Scan => {
  let i = at;
  const bad = (offset: number): Scan =>
    offset >= text.length
      ? { ok: false, offset, problem: message('json.endInNumber') }
      : { ok: false, offset, problem: message('json.badNumber', { found: showCharacter(text, offset) }) };
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return bad(i);
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return bad(i);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
    i++;
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return bad(i);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return { ok: true, end: i };
};

/** The first place `text` stops being JSON, or undefined when it is JSON after all. */
export const findJsonFault = (text: string): JsonFault | undefined => {
  const stack: ('object' | 'array')[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let i = 0;
  const fault = (offset: number, problem: RecordMessage): JsonFault => ({
    offset,
    ...position(text, offset),
    truncated: offset >= text.length,
    problem,
  });
  const skip = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };

  for (;;) {
    skip();
    if (state === 'value') {
      if (i >= text.length) return fault(i, message('json.endWhereValue'));
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 'object' : 'array');
        i++;
        skip();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) {
          stack.pop();
          i++;
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      let scan: Scan;
      if (c === '"') scan = scanString(text, i);
      else if (c === 't') scan = literal(text, i, 'true');
      else if (c === 'f') scan = literal(text, i, 'false');
      else if (c === 'n') scan = literal(text, i, 'null');
      else if (c === '-' || isDigit(text.charCodeAt(i))) scan = scanNumber(text, i);
      else return fault(i, message('json.foundWhereValue', { found: showCharacter(text, i) }));
      if (!scan.ok) return fault(scan.offset, scan.problem);
      i = scan.end;
      state = 'after';
      continue;
    }
    if (state === 'key') {
      if (i >= text.length) return fault(i, message('json.endWhereName'));
      if (text[i] !== '"') return fault(i, message('json.foundWhereName', { found: showCharacter(text, i) }));
      const scan = scanString(text, i);
      if (!scan.ok) return fault(scan.offset, scan.problem);
      i = scan.end;
      skip();
      if (i >= text.length) return fault(i, message('json.endWhereColon'));
      if (text[i] !== ':') return fault(i, message('json.foundWhereColon', { found: showCharacter(text, i) }));
      i++;
      state = 'value';
      continue;
    }
    // state === 'after': a value has just ended.
    const top = stack.at(-1);
    if (top === undefined) {
      return i >= text.length ? undefined : fault(i, message('json.foundAfterEnd', { found: showCharacter(text, i) }));
    }
    if (i >= text.length) return fault(i, message('json.endBeforeData'));
    const c = text[i];
    const close = top === 'object' ? '}' : ']';
    if (c === ',') {
      i++;
      state = top === 'object' ? 'key' : 'value';
    } else if (c === close) {
      stack.pop();
      i++;
    } else {
      return fault(i, message('json.foundWhereSeparator', { found: showCharacter(text, i), close }));
    }
  }
};
