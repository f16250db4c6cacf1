/** A locale is wired in one place (content/locales.ts): i18next offers it, with every namespace. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../content/locales';
import { LOCALES, contentResources } from '../../content/resources';
import { NAMESPACES, PSEUDO_LOCALE, createI18n } from '../../src/i18n';

describe('locales', () => {
  it('the content index checks and offers every locale of content/locales.ts', () => {
    expect(Object.keys(contentResources).sort()).toEqual(Object.keys(LOCALES).sort());
  });

  it('i18next supports every locale, the pseudo-locale, and every namespace of a locale', async () => {
    const i18n = await createI18n(DEFAULT_LOCALE);
    for (const locale of [...Object.keys(LOCALES), PSEUDO_LOCALE]) expect(i18n.options.supportedLngs).toContain(locale);
    expect([...NAMESPACES].sort()).toEqual([...Object.keys(LOCALES[DEFAULT_LOCALE]), 'sources', 'unconfirmed', 'changelog'].sort());
    for (const namespace of NAMESPACES) expect(i18n.hasResourceBundle(DEFAULT_LOCALE, namespace), namespace).toBe(true);
  });
});
