import { useTranslation } from 'react-i18next';
import { namespaceReady } from './i18n';

/**
 * Suspends the component until these namespaces' words are in place: later pages' words load on
 * demand (issue 13), and a component that reads them with `t` rather than through useContent waits
 * the same way, so it never shows a key instead of a word.
 */
export function useReadyNamespaces(namespaces: readonly string[]): void {
  const { i18n } = useTranslation();
  for (const namespace of namespaces) {
    const ready = namespaceReady(i18n, namespace);
    // Suspense's contract: rendering throws the promise of what it waits for.
    if (ready !== true) throw ready;
  }
}
