/**
 * The browser's own storages, reached safely: localStorage and sessionStorage can throw on
 * access (private browsing, blocked site data), and there is no window in Node. Either is then
 * treated as absent, and every caller says what that means for it.
 */

export function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function safeSessionStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}
