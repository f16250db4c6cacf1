import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../useContent';
import { useReadyNamespaces } from '../useReadyNamespaces';
import type { MapWords } from './mapInput';
import layoutFile from './mapLayout.json';
import type { LocaleLayout, MapLayoutFile } from './mapInput';

const LAYOUT = layoutFile as unknown as MapLayoutFile;

/** The layout laid out for the page's language (the default locale's where none was made). */
export function layoutFor(language: string): LocaleLayout {
  return LAYOUT.locales[language] ?? LAYOUT.locales['en-GB']!;
}

/** The map's words in the page's language: the same words scripts/map-words.ts gives the layout. */
export function useMapWords(): { words: MapWords; layout: LocaleLayout } {
  useReadyNamespaces(['trainer', 'outcomes']);
  const { t, i18n } = useTranslation('trainer');
  const content = useContent();
  const words = useMemo<MapWords>(
    () => ({
      heading: content.heading,
      option: (step, answer) => content.step(step).options[answer]?.label ?? answer,
      anyAnswer: t('map.anyAnswer'),
      anySelection: t('map.anySelection'),
      returnNode: t('map.returnNode'),
    }),
    [content, t],
  );
  return { words, layout: layoutFor(i18n.language) };
}
