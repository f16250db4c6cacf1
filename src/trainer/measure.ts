/**
 * Text measured without a browser, so that the layout can run at build time and the browser wrap
 * the same words into the same lines: Arial's advance widths (in ems), grouped. The map's font is
 * Arial (the app's font, compiled into GOV.UK Frontend), so the estimate holds within a few per cent;
 * the boxes keep a margin for the rest.
 */

const WIDTHS: readonly [string, number][] = [
  [" 'ijlI.,:;!|", 0.24],
  ['ft()[]/-', 0.3],
  ['r"', 0.34],
  ['*', 0.39],
  ['cksvxyzJ', 0.5],
  ['abdeghnopqu0123456789?$#_', 0.556],
  ['FTZL', 0.611],
  ['ABEKPSVXY&', 0.667],
  ['CDHNRUw', 0.722],
  ['GOQ', 0.778],
  ['mM', 0.833],
  ['W', 0.944],
];

const WIDTH_OF = new Map<string, number>(WIDTHS.flatMap(([characters, width]) => [...characters].map((c): [string, number] => [c, width])));
const DEFAULT_WIDTH = 0.6;

/** One character's width in ems; an accented letter (the pseudo-locale) is as wide as its base letter. */
const charWidth = (character: string): number => {
  const known = WIDTH_OF.get(character);
  if (known !== undefined) return known;
  const base = character.normalize('NFD')[0] ?? character;
  return WIDTH_OF.get(base) ?? DEFAULT_WIDTH;
};

/** The width of `text` in pixels at `fontSize`. */
export const textWidth = (text: string, fontSize: number): number =>
  [...text].reduce((sum, character) => sum + charWidth(character), 0) * fontSize;

/** `text` broken at spaces into lines no wider than `maxWidth` (a word longer than that stands alone). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The map's type scale, in SVG units: large enough to read on a projector at the whole map's scale. */
export const MAP_TYPE = {
  node: { fontSize: 16, lineHeight: 20, maxWidth: 210, padding: 12, eventRow: 18 },
  edge: { fontSize: 13, lineHeight: 16, maxWidth: 170, padding: 3 },
} as const;

/** Room for a fallback font a little wider than Arial (Liberation Sans, DejaVu Sans on Linux). */
const FONT_MARGIN = 1.12;

/** The size of a box holding `lines` at this type, with padding and room for the event markers. */
export function boxSize(lines: readonly string[], type: { fontSize: number; lineHeight: number; padding: number }, extraHeight = 0) {
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, type.fontSize)));
  return {
    width: Math.ceil(widest * FONT_MARGIN + 2 * type.padding),
    height: Math.ceil(lines.length * type.lineHeight + 2 * type.padding + extraHeight),
  };
}
