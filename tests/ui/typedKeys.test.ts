// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { localSettings } from '../../content';
import { createI18n } from '../../src/i18n';

describe('i18next keys are typed from content/en-GB', () => {
  it('a key that exists type-checks and resolves; a wrong one fails the typecheck', async () => {
    const i18n = await createI18n('en-GB');
    expect(i18n.t('nav.back')).toBe('Back');
    expect(i18n.t('heading', { ns: 'about' })).not.toBe('heading');
    // @ts-expect-error: 'nav.bak' is not a key of ui.json, so tsc refuses it (npm run typecheck).
    expect(i18n.t('nav.bak')).toBe('nav.bak');
  });

  it('every local setting the About page lists as a placeholder has a label', async () => {
    const i18n = await createI18n('en-GB');
    const labels = i18n.getResource('en-GB', 'ui', 'aboutPage.settings') as Record<string, string>;
    const missing = localSettings.placeholders.filter((name) => !labels[name]);
    expect(missing).toEqual([]);
  });
});
