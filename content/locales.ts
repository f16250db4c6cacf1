/**
 * Every locale the app ships, wired in this one place: the content index checks each against the
 * schemas, i18next offers each, and the page's `lang` follows. Adding a locale is a folder of the
 * same namespace files (copy content/en-GB/, translate, keep every key) and a line here.
 */
import enGB, { type LocaleFiles } from './en-GB';

export const DEFAULT_LOCALE = 'en-GB';

export const LOCALES: Readonly<Record<string, Readonly<Record<keyof LocaleFiles, unknown>>>> & { readonly [DEFAULT_LOCALE]: LocaleFiles } = {
  [DEFAULT_LOCALE]: enGB,
};

export type { LocaleFiles };
