import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { contentResources, localSettings, pseudoLocalize, sources, unconfirmed } from '../content';

export const NAMESPACES = ['ui', 'record', 'steps', 'outcomes', 'actions', 'routes', 'rules', 'about', 'sources', 'unconfirmed'] as const;
export const DEFAULT_LOCALE = 'en-GB';
/** Used only by tests: every string visibly transformed, to find text hard-coded outside content/. */
export const PSEUDO_LOCALE = 'x-pseudo';
const LOCALE_KEY = 'seen-alone:locale';

export function chosenLocale(): string {
  try {
    return window.localStorage.getItem(LOCALE_KEY) === PSEUDO_LOCALE ? PSEUDO_LOCALE : DEFAULT_LOCALE;
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
  const english = {
    ...contentResources[DEFAULT_LOCALE],
    sources: Object.fromEntries(sources.map((source) => [source.id, source.title])),
    unconfirmed: Object.fromEntries(unconfirmed.map((fact) => [fact.id, fact.fact])),
  };
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [DEFAULT_LOCALE, PSEUDO_LOCALE],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: {
      [DEFAULT_LOCALE]: english,
      [PSEUDO_LOCALE]: pseudoLocalize(english),
    },
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
