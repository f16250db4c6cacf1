/**
 * The pseudo-locale, used only by tests: every string visibly transformed, so a browser
 * test can show that no text on a page was hard-coded outside content/. `{{variables}}`
 * and i18next `$t(...)` nestings are kept as they are, so interpolation still works;
 * structural values (block types, source and fact ids) are not text and stay unchanged.
 */

const ACCENTED: Record<string, string> = {
  a: 'â', b: 'ƀ', c: 'ç', d: 'đ', e: 'ê', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ô', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'ŝ', t: 'ŧ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ŷ', z: 'ž',
  A: 'Â', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'Ê', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ô', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Ŝ', T: 'Ŧ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ŷ', Z: 'Ž',
};

/** Marks that open and close every pseudo-localised string. */
export const PSEUDO_OPEN = '[!! ';
export const PSEUDO_CLOSE = ' !!]';

/** i18next interpolation `{{name}}` and nesting `$t(key)` pass through untouched. */
const KEEP_PATTERN = /(\{\{[^}]*\}\}|\$t\([^)]*\))/g;

/**
 * Inside a guidance item, action or rule (an object with a `sources` list), these keys hold
 * ids or structure, not text. Elsewhere a key of the same name is text like any other:
 * the app's `sources` namespace of source titles is read by people and is transformed.
 */
const UNIT_STRUCTURAL_KEYS: ReadonlySet<string> = new Set(['type', 'sources', 'unconfirmed', 'cites', 'dated', 'asAt', 'id']);
/** Lists of ids, never words (none left in the namespaces since review periods became a local setting). */
const ID_LIST_KEYS: ReadonlySet<string> = new Set<string>([]);

const accent = (segment: string): string => [...segment].map((character) => ACCENTED[character] ?? character).join('');

/** One string, visibly transformed. */
export function pseudoString(value: string): string {
  const body = value
    .split(KEEP_PATTERN)
    .map((segment, index) => (index % 2 === 1 ? segment : accent(segment)))
    .join('');
  return `${PSEUDO_OPEN}${body}${PSEUDO_CLOSE}`;
}

function transform(value: unknown): unknown {
  if (typeof value === 'string') return pseudoString(value);
  if (Array.isArray(value)) return value.map(transform);
  if (typeof value === 'object' && value !== null) {
    const isUnit = Array.isArray((value as { sources?: unknown }).sources);
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => {
        const structural = ID_LIST_KEYS.has(key) || (isUnit && UNIT_STRUCTURAL_KEYS.has(key));
        return [key, structural ? structuredClone(child) : transform(child)];
      }),
    );
  }
  return value;
}

/** A deep copy of the resources with every string pseudo-localised; the input is not changed. */
export function pseudoLocalize<T>(resources: T): T {
  return transform(resources) as T;
}
