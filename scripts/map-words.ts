/**
 * The map's words in every locale, for Node (the layout script and the map's tests): the same
 * words the browser reads through i18next, the pseudo-locale made from the default one as
 * src/i18n.ts makes it.
 */
import { isOutcomeId, type PageId } from '../machines/ids';
import { LOCALES } from '../content/resources';
import { DEFAULT_LOCALE } from '../content/locales';
import { pseudoLocalize } from '../content/pseudo';
import type { MapWords } from '../src/trainer/mapInput';

/** The pseudo-locale's name (src/i18n.ts PSEUDO_LOCALE; not imported, as that module needs a browser). */
export const PSEUDO = 'x-pseudo';

interface Files {
  steps: Record<string, { heading: string; options?: Record<string, { label: string }> }>;
  outcomes: Record<string, { heading: string }>;
  trainer: { map: { anyAnswer: string; anySelection: string; returnNode: string } };
}

const wordsOf = (files: Files): MapWords => ({
  heading: (page: PageId) => (isOutcomeId(page) ? files.outcomes[page]?.heading : files.steps[page]?.heading) ?? page,
  option: (step, answer) => files.steps[step]?.options?.[answer]?.label ?? answer,
  anyAnswer: files.trainer.map.anyAnswer,
  anySelection: files.trainer.map.anySelection,
  returnNode: files.trainer.map.returnNode,
});

export function mapWordsByLocale(): Record<string, MapWords> {
  const files = Object.fromEntries(
    Object.entries(LOCALES).map(([locale, namespaces]) => {
      const { steps, outcomes, trainer } = namespaces as unknown as Files;
      return [locale, { steps, outcomes, trainer }];
    }),
  ) as Record<string, Files>;
  const base = files[DEFAULT_LOCALE]!;
  return {
    ...Object.fromEntries(Object.entries(files).map(([locale, f]) => [locale, wordsOf(f)])),
    [PSEUDO]: wordsOf(pseudoLocalize(base)),
  };
}
