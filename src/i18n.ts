import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { stepStage, type StepId } from '../machines';
import type { LocaleBundle } from '../content';
import {
  DEFAULT_LOCALE,
  EAGER_NAMESPACES,
  LAZY_NAMESPACES,
  LOCALE_BUNDLES,
  changelogWords,
  localSettings,
  pseudoLocalize,
  sources,
  unconfirmed,
  type LazyNamespace,
} from '../content';
import { NATIONAL_KEYS, teamSettingsInForce, teamVariables } from './teamSettings';

/** The namespaces: a locale's files (content/locales.ts) and the three registries every locale shares. */
export const NAMESPACES = [...EAGER_NAMESPACES, ...LAZY_NAMESPACES, 'sources', 'unconfirmed', 'changelog'];
export { DEFAULT_LOCALE };
/** Used only by tests: every string visibly transformed, to find text hard-coded outside content/. */
export const PSEUDO_LOCALE = 'x-pseudo';
const LOCALE_KEY = 'seen-alone:locale';

export function chosenLocale(): string {
  try {
    const stored = window.localStorage.getItem(LOCALE_KEY);
    return stored !== null && (stored === PSEUDO_LOCALE || Object.hasOwn(LOCALE_BUNDLES, stored)) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Local values (contacts, timescales) reach every string as i18next default variables. A value the
 * team has not set yet reads as `notSet` ("to be set locally: ask your manager"), never as a
 * bracketed placeholder in guidance read at the moment of action (walk-through, 2026).
 */
/** A word of a namespace by its dotted key, before i18next is there to read it. */
const wordAt = (namespace: unknown, key: string): string => {
  const found = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), namespace);
  return typeof found === 'string' ? found : key;
};

/**
 * A national number (src/teamSettings.ts NATIONAL_KEYS) is not the team's to set: while it is still a
 * placeholder it reads `nationalNotSet` ("find it on GOV.UK"), never "ask your manager".
 */
export function localVariables(notSet: string, nationalNotSet: string = notSet): Record<string, string | number> {
  const variables: Record<string, string | number> = {};
  const unset = new Set<string>(localSettings.placeholders);
  const national = new Set<string>(NATIONAL_KEYS);
  for (const [name, value] of Object.entries(localSettings)) {
    if (typeof value === 'string' && unset.has(name) && value.startsWith('[placeholder')) variables[name] = national.has(name) ? nationalNotSet : notSet;
    else if (typeof value === 'string' || typeof value === 'number') variables[name] = value;
  }
  return variables;
}

/**
 * After the team's settings change on this device: the guidance reads the new values from the next
 * page drawn (i18next reads its default variables at each interpolation).
 */
export function applyTeamVariables(instance: I18n): void {
  const variables = localVariables(instance.t('local.notSet', { ns: 'ui' }), instance.t('local.nationalNotSet', { ns: 'ui' }));
  const team = teamVariables(teamSettingsInForce(), (count) => instance.t('local.workingDays', { ns: 'ui', count }));
  instance.options.interpolation = { ...instance.options.interpolation, defaultVariables: { ...variables, ...team } };
}

const isLazyNamespace = (namespace: string): namespace is LazyNamespace => (LAZY_NAMESPACES as string[]).includes(namespace);

/** Loads in flight, by i18next instance and namespace: each namespace is fetched once. */
const loading = new WeakMap<I18n, Map<LazyNamespace, Promise<void>>>();

/**
 * The instances in the pseudo-locale, by their store of words: only there is every word transformed,
 * so no one else's start-up spends time on it (about 5 ms here, issue 13). Not a dynamic import: the
 * dates need the transform anyway, and this runs inside main's top-level await, where importing a
 * chunk that imports the first chunk back would never settle.
 */
const pseudoStores = new WeakSet<I18n['store']>();

/** Adds a later page's namespace to every locale of this i18next instance (the pseudo-locale made from the default one). */
export function loadNamespace(instance: I18n, namespace: LazyNamespace): Promise<void> {
  const started = loading.get(instance) ?? new Map<LazyNamespace, Promise<void>>();
  loading.set(instance, started);
  const known = started.get(namespace);
  if (known) return known;
  const load = Promise.all(
    Object.entries(LOCALE_BUNDLES).map(async ([locale, bundle]) => {
      const words = await bundle.lazy[namespace]();
      instance.addResourceBundle(locale, namespace, words, true, true);
      if (locale === DEFAULT_LOCALE && pseudoStores.has(instance.store)) instance.addResourceBundle(PSEUDO_LOCALE, namespace, pseudoLocalize(words), true, true);
    }),
  ).then(() => undefined);
  started.set(namespace, load);
  return load;
}

/** The stages whose steps' words load later (content/en-GB/index.ts): the first stages' are in the first load. */
const LATER_STAGES = Object.keys(LOCALE_BUNDLES[DEFAULT_LOCALE].laterSteps);
/**
 * Later stages' steps loading or in place, by the instance's store of words and stage: each is
 * fetched once. Keyed by the store, which react-i18next's copy of the instance (useTranslation's
 * `i18n`) shares with the instance itself.
 */
const stepsLoading = new WeakMap<I18n['store'], Map<string, Promise<void>>>();
const stepsLoaded = new WeakMap<I18n['store'], Set<string>>();

/** Adds a later stage's steps to the `steps` namespace of every locale (the pseudo-locale made from the default one). */
function loadStageSteps(instance: I18n, stage: string): Promise<void> {
  const started = stepsLoading.get(instance.store) ?? new Map<string, Promise<void>>();
  stepsLoading.set(instance.store, started);
  const known = started.get(stage);
  if (known) return known;
  const load = Promise.all(
    Object.entries<LocaleBundle>(LOCALE_BUNDLES).map(async ([locale, bundle]) => {
      const words = await bundle.laterSteps[stage]?.();
      if (!words) return;
      instance.addResourceBundle(locale, 'steps', words, true, true);
      if (locale === DEFAULT_LOCALE && pseudoStores.has(instance.store)) instance.addResourceBundle(PSEUDO_LOCALE, 'steps', pseudoLocalize(words), true, true);
    }),
  ).then(() => {
    const loaded = stepsLoaded.get(instance.store) ?? new Set<string>();
    stepsLoaded.set(instance.store, loaded.add(stage));
  });
  started.set(stage, load);
  return load;
}

const stageReady = (instance: I18n, stage: string): true | Promise<void> =>
  !LATER_STAGES.includes(stage) || stepsLoaded.get(instance.store)?.has(stage) ? true : loadStageSteps(instance, stage);

/**
 * `true` when this step's words are in place; otherwise the promise of loading them. The steps of
 * the first stages are in the first load; a later stage's arrive in a chunk of their own (issue 13).
 */
export const stepReady = (instance: I18n, step: StepId): true | Promise<void> => stageReady(instance, stepStage(step));

/** Every step's words, loaded at once (a page that reads many steps, without a wait per stage). */
const everyStepReady = (instance: I18n): true | Promise<void> => {
  const pending = LATER_STAGES.map((stage) => stageReady(instance, stage)).filter((ready) => ready !== true);
  return pending.length === 0 ? true : Promise.all(pending).then(() => undefined);
};

/**
 * `true` when this namespace's words are in place; otherwise the promise of loading them. Eager
 * namespaces and the registries are always in place; a later page's words arrive in a chunk of
 * their own, fetched once (and precached by the service worker, so at once offline). `steps` is
 * in place when every stage's steps are (stepReady waits for one step's).
 */
export function namespaceReady(instance: I18n, namespace: string): true | Promise<void> {
  if (namespace === 'steps') return everyStepReady(instance);
  if (!isLazyNamespace(namespace) || instance.hasResourceBundle(DEFAULT_LOCALE, namespace)) return true;
  return loadNamespace(instance, namespace);
}

/** Loads every later page's words: run when the browser is idle after the first page, so no later page waits. */
export const loadEveryNamespace = (instance: I18n): Promise<void> =>
  Promise.all([...LAZY_NAMESPACES.map((namespace) => loadNamespace(instance, namespace)), ...LATER_STAGES.map((stage) => loadStageSteps(instance, stage))]).then(
    () => undefined,
  );

/**
 * An i18next instance for a locale. `load: 'first-pages'` (the browser's start-up) puts in only the
 * words the start page and the questions read, and the rest load when needed; `'everything'`
 * (the default: tests and Node) waits for every namespace.
 */
export async function createI18n(locale: string = DEFAULT_LOCALE, { load = 'everything' }: { load?: 'everything' | 'first-pages' } = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  // Source titles are read text too, so they go through i18next like every other string.
  const registries = {
    sources: Object.fromEntries(sources.map((source) => [source.id, source.title])),
    unconfirmed: Object.fromEntries(unconfirmed.map((fact) => [fact.id, fact.fact])),
    changelog: changelogWords,
  };
  // Every locale of content/locales.ts, and the tests' pseudo-locale made from the default one.
  const resources = Object.fromEntries(Object.entries(LOCALE_BUNDLES).map(([locale, bundle]) => [locale, { ...bundle.eager, ...registries }]));
  const english = { ...LOCALE_BUNDLES[DEFAULT_LOCALE].eager, ...registries };
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...Object.keys(resources), PSEUDO_LOCALE],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: locale === PSEUDO_LOCALE ? { ...resources, [PSEUDO_LOCALE]: pseudoLocalize(english) } : resources,
    // Later pages' namespaces are added as they load (loadNamespace), not fetched by i18next.
    partialBundledLanguages: true,
    interpolation: {
      // React escapes text; guidance is rendered as text, never as markup.
      escapeValue: false,
      // The team's own values (src/teamSettings.ts) over the shipped ones.
      // The team's own values go on top once i18next can word them (applyTeamVariables, below).
      defaultVariables: localVariables(wordAt(english.ui, 'local.notSet'), wordAt(english.ui, 'local.nationalNotSet')),
    },
    returnNull: false,
    initAsync: false,
  });
  applyTeamVariables(instance);
  if (locale === PSEUDO_LOCALE) pseudoStores.add(instance.store);
  if (load === 'everything') await loadEveryNamespace(instance);
  return instance;
}
