import { createContext, useContext, useEffect } from 'react';

/**
 * Nothing typed is dropped silently (issue 11): a page that holds unsaved input says so, and the
 * shell asks before a link, a back or a global action leaves it. The quick exit never asks.
 */
export const UnsavedContext = createContext<(owner: string, dirty: boolean) => void>(() => {});

/** Tells the shell whether this page holds input that is not saved yet. */
export function useUnsaved(owner: string, dirty: boolean) {
  const report = useContext(UnsavedContext);
  useEffect(() => {
    report(owner, dirty);
    return () => report(owner, false);
  }, [report, owner, dirty]);
}
