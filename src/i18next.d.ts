import 'i18next';
import type ui from '../content/en-GB/ui.json';
import type steps from '../content/en-GB/steps.json';
import type outcomes from '../content/en-GB/outcomes.json';
import type actions from '../content/en-GB/actions.json';
import type routes from '../content/en-GB/routes.json';
import type rules from '../content/en-GB/rules.json';
import type about from '../content/en-GB/about.json';
import type record from '../content/en-GB/record.json';

/**
 * Typed keys: a key that is not in content/en-GB fails the typecheck
 * (tests/ui/typedKeys.test.ts proves it with @ts-expect-error).
 * This is module augmentation, the way i18next documents typing its resources.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof ui;
      record: typeof record;
      steps: typeof steps;
      outcomes: typeof outcomes;
      actions: typeof actions;
      routes: typeof routes;
      rules: typeof rules;
      about: typeof about;
      sources: Record<string, string>;
      unconfirmed: Record<string, string>;
    };
  }
}
