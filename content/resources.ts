/**
 * Every content file of every locale, loaded and checked against its schemas: for Node (the
 * scenario runner, the benchmarks), the tests and the build (vite.config.ts). The browser
 * never imports this file: it gets content already checked, at build and test time, and loads
 * later pages' words on demand (src/i18n.ts), so start-up does no checking.
 *
 * Loading or checking throws: a malformed file is a ContentError naming the file and the path.
 */
import { DEFAULT_LOCALE, LOCALE_BUNDLES, type LocaleBundle, type LocaleFiles } from './locales';
import sourcesFile from './sources.json';
import unconfirmedFile from './unconfirmed.json';
import settingsFile from './local/settings.json';
import versionFile from './version.json';
import changelogFile from './changelog.json';
import { changelogSchema } from './schema/changelog';
import bankHolidaysFile from './bankHolidays.json';
import { bankHolidaysSchema } from './schema/bankHolidays';
import { parseContent, type Content } from './load';

async function loadEvery(bundle: LocaleBundle): Promise<Record<string, unknown>> {
  const later = await Promise.all(Object.entries(bundle.lazy).map(async ([namespace, load]) => [namespace, await load()] as const));
  const laterSteps = await Promise.all(Object.values(bundle.laterSteps).map((load) => load()));
  return { ...bundle.eager, ...Object.fromEntries(later), steps: Object.assign({}, bundle.eager.steps, ...laterSteps) };
}

/** Every locale's files, every namespace loaded (content/locales.ts wires them). */
export const LOCALES = Object.fromEntries(
  await Promise.all(Object.entries(LOCALE_BUNDLES).map(async ([locale, bundle]) => [locale, await loadEvery(bundle)] as const)),
) as Readonly<Record<string, Readonly<Record<keyof LocaleFiles, unknown>>>> & { readonly [DEFAULT_LOCALE]: LocaleFiles };

const shared = { sources: sourcesFile, unconfirmed: unconfirmedFile, settings: settingsFile, version: versionFile };

const namespacesOf = (parsed: Content) => ({
  steps: parsed.steps,
  outcomes: parsed.outcomes,
  actions: parsed.actions,
  routes: parsed.routes,
  rules: parsed.rules,
  about: parsed.about,
  ui: parsed.ui,
  record: parsed.record,
});

/** Every locale's words checked against the same schemas and the same sources. */
const checked = Object.fromEntries(
  Object.entries(LOCALES).map(([locale, files]) => [locale, parseContent({ ...(files as LocaleFiles), ...shared })]),
);

/** The checked words by locale and namespace: every locale of content/locales.ts. */
export const contentResources: Readonly<Record<string, ReturnType<typeof namespacesOf>>> & {
  readonly [DEFAULT_LOCALE]: ReturnType<typeof namespacesOf>;
} = { ...Object.fromEntries(Object.entries(checked).map(([locale, parsed]) => [locale, namespacesOf(parsed)])), [DEFAULT_LOCALE]: namespacesOf(checked[DEFAULT_LOCALE]!) };

/** The changelog, checked (the app reads it unchecked: this is where it is checked). */
export const checkedChangelog = changelogSchema.parse(changelogFile);

/** England and Wales bank holidays, checked. */
export const checkedBankHolidays = bankHolidaysSchema.parse(bankHolidaysFile);
