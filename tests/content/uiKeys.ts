/** Helpers for tests/content/uiKeys.test.ts: the keys of a nested strings file, and where they are used. */

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf key, dotted, with an i18next plural suffix removed (`count_one` and `count_other` are `count`). */
export function uiKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [];
  const keys = Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(PLURAL, '')] : uiKeys(value, path);
  });
  return [...new Set(keys)];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The keys no code names: not as a quoted string ('nav.back'), and not matched by a template the code
 * builds a key from (`actions.${event}` matches every actions.* key one level down).
 */
export function unusedUiKeys(keys: readonly string[], code: string): string[] {
  const templates = [...code.matchAll(/`([a-zA-Z][\w.-]*\$\{[^`]*)`/g)].map(
    (match) => new RegExp(`^${(match[1] ?? '').split(/\$\{[^}]*\}/).map(escape).join('[\\w -]+')}$`),
  );
  return keys.filter(
    (key) =>
      !code.includes(`'${key}'`) &&
      !code.includes(`"${key}"`) &&
      !code.includes(`\`${key}\``) &&
      !code.includes(`'ui:${key}'`) &&
      !templates.some((template) => template.test(key)),
  );
}

/** What another locale lacks, and has that the default locale does not. */
export function uiKeyIssues(base: readonly string[], other: readonly string[]): string[] {
  return [...base.filter((key) => !other.includes(key)).map((key) => `missing ${key}`), ...other.filter((key) => !base.includes(key)).map((key) => `unknown ${key}`)];
}
