import 'i18next';
import type { LocaleFiles } from '../content/locales';

/**
 * Typed keys: a key that is not in the default locale's files (content/en-GB) fails the typecheck
 * (tests/ui/typedKeys.test.ts proves it with @ts-expect-error). Every namespace of a locale is
 * typed from content/en-GB/index.ts, so a namespace added there is typed here with no edit.
 * This is module augmentation, the way i18next documents typing its resources.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: LocaleFiles & {
      sources: Record<string, string>;
      unconfirmed: Record<string, string>;
      changelog: Record<string, unknown>;
    };
  }
}
