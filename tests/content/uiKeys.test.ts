/**
 * ui.json holds the app's own words, and only words the app uses: every key is used by some code
 * in src/ (or named by content), and every other locale has exactly the same keys (plural forms
 * apart, which each language has its own of).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../content/locales';
import { LOCALES } from '../../content/resources';
import { uiKeyIssues, uiKeys, unusedUiKeys } from './uiKeys';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const appCode = sourceFiles('src').map((file) => readFileSync(file, 'utf8')).join('\n');

describe('ui.json keys', () => {
  it('every key of the default locale is used by the app', () => {
    expect(unusedUiKeys(uiKeys(LOCALES[DEFAULT_LOCALE].ui), appCode)).toEqual([]);
  });

  it('finds a key no code uses (the check can fail)', () => {
    const ui = { nav: { back: 'Back', neverUsedAnywhere: 'x' }, list: { item_one: 'one', item_other: 'many' } };
    const code = "t('nav.back'); t(`list.${name}`, { count })";
    expect(unusedUiKeys(uiKeys(ui), code)).toEqual(['nav.neverUsedAnywhere']);
  });

  it('every locale has the keys of the default locale, and no other', () => {
    const base = uiKeys(LOCALES[DEFAULT_LOCALE].ui);
    for (const [locale, files] of Object.entries(LOCALES)) {
      expect(uiKeyIssues(base, uiKeys(files.ui)), locale).toEqual([]);
    }
  });

  it('tells a missing or extra key in another locale, and lets plural forms differ', () => {
    const base = uiKeys({ a: 'A', count_one: '1', count_other: 'n' });
    expect(uiKeyIssues(base, uiKeys({ a: 'A', count_zero: '0', count_two: '2', count_other: 'n' }))).toEqual([]);
    expect(uiKeyIssues(base, uiKeys({ count_other: 'n', extra: 'E' }))).toEqual(['missing a', 'unknown extra']);
  });
});
