import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, changelogWords, contentResources, localSettings, pseudoLocalize, sources, unconfirmed } from '../content';

/** The namespaces: a locale's files (content/locales.ts) and the two registries every locale shares. */
export const NAMESPACES = [...Object.keys(contentResources[DEFAULT_LOCALE]), 'sources', 'unconfirmed', 'changelog'];
export { DEFAULT_LOCALE };
/** Used only by tests: every string visibly transformed, to find text hard-coded outside content/. */
export const PSEUDO_LOCALE = 'x-pseudo';
const LOCALE_KEY = 'seen-alone:locale';

export function chosenLocale(): string {
  try {
    const stored = window.localStorage.getItem(LOCALE_KEY);
    return stored !== null && (stored === PSEUDO_LOCALE || Object.hasOwn(contentResources, stored)) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Local values (contacts, timescales) reach every string as i18next default variables. */
function localVariables(): Record<string, string | number> {
  const variables: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(localSettings)) {
    if (typeof value === 'string' || typeof value === 'number') variables[name] = value;
  }
  return variables;
}

export async function createI18n(locale: string = DEFAULT_LOCALE): Promise<I18n> {
  const instance = i18next.createInstance();
  // Source titles are read text too, so they go through i18next like every other string.
  const registries = {
    sources: Object.fromEntries(sources.map((source) => [source.id, source.title])),
    unconfirmed: Object.fromEntries(unconfirmed.map((fact) => [fact.id, fact.fact])),
    changelog: changelogWords,
  };
  // Every locale of content/locales.ts, and the tests' pseudo-locale made from the default one.
  const resources = Object.fromEntries(Object.entries(contentResources).map(([locale, namespaces]) => [locale, { ...namespaces, ...registries }]));
  const english = { ...contentResources[DEFAULT_LOCALE], ...registries };
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...Object.keys(resources), PSEUDO_LOCALE],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: { ...resources, [PSEUDO_LOCALE]: pseudoLocalize(english) },
    interpolation: {
      // React escapes text; guidance is rendered as text, never as markup.
      escapeValue: false,
      defaultVariables: localVariables(),
    },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
