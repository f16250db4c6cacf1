/**
 * Offline (issue 13): the service worker that precaches the whole app, its updates, and the
 * browser's promise to keep this app's storage.
 *
 * A new version never takes over an open case. Its worker waits (the build never calls
 * skipWaiting by itself, vite.config.ts) until no case is open in any tab: then the practitioner
 * may use it at once, and at the next start it is used without asking. Until then every tab keeps
 * the version it started with, and that version's lazy chunks stay in the precache, offline too.
 * Tabs ask each other over a BroadcastChannel whether a case is open; where there is none, a tab
 * knows only itself, and the browser's own rule (a waiting worker starts when every tab is closed)
 * still holds.
 *
 * Registered from the app's own bundled code, never an inline script: the CSP stays strict.
 */
import type { Workbox } from 'workbox-window';

export type UpdateStatus = 'current' | 'waiting' | 'activating';
export type PersistStatus = 'unknown' | 'granted' | 'refused' | 'unsupported';

export interface OfflineState {
  readonly update: UpdateStatus;
  readonly persist: PersistStatus;
}

let state: OfflineState = { update: 'current', persist: 'unknown' };
const listeners = new Set<() => void>();
const set = (next: Partial<OfflineState>) => {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
};

/** For useSyncExternalStore. */
export const subscribeOffline = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const offlineState = (): OfflineState => state;

let workbox: Workbox | undefined;
let caseOpenHere = false;
const CHANNEL = 'seen-alone:offline';
/** How long a tab waits for the others to say a case is open: they answer within a few ms. */
const ASK_FOR_MS = 300;

type OfflineMessage = { type: 'case-open?'; ask: string } | { type: 'case-open'; ask: string };

const openChannel = (): BroadcastChannel | undefined => {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  } catch {
    return undefined;
  }
};

let channel: BroadcastChannel | undefined;

/** Told by the page whenever a case opens or closes in this tab. */
export function setCaseOpenHere(open: boolean) {
  caseOpenHere = open;
}

/** Whether another tab has a case open: asks them, and waits a moment for an answer. */
function caseOpenElsewhere(): Promise<boolean> {
  const asking = channel;
  if (!asking) return Promise.resolve(false);
  const ask = Math.random().toString(36).slice(2);
  return new Promise((resolve) => {
    const onAnswer = (event: MessageEvent<OfflineMessage>) => {
      if (event.data?.type === 'case-open' && event.data.ask === ask) finish(true);
    };
    const finish = (open: boolean) => {
      asking.removeEventListener('message', onAnswer);
      clearTimeout(timer);
      resolve(open);
    };
    const timer = setTimeout(() => finish(false), ASK_FOR_MS);
    asking.addEventListener('message', onAnswer);
    asking.postMessage({ type: 'case-open?', ask } satisfies OfflineMessage);
  });
}

export type NewVersionAnswer = 'activating' | 'case-open-here' | 'case-open-elsewhere' | 'nothing-waiting';

/**
 * Lets the waiting version take over, if no case is open in any tab. Every tab then reloads into
 * it (each with no case open, so nothing is lost), on its start page.
 */
export async function activateNewVersion(): Promise<NewVersionAnswer> {
  if (!workbox || state.update !== 'waiting') return 'nothing-waiting';
  if (caseOpenHere) return 'case-open-here';
  if (await caseOpenElsewhere()) return 'case-open-elsewhere';
  if (caseOpenHere) return 'case-open-here';
  set({ update: 'activating' });
  workbox.messageSkipWaiting();
  return 'activating';
}

/** Asks the browser to keep this app's storage (cases) even when the device runs short of space. */
export async function askToPersist(): Promise<PersistStatus> {
  try {
    if (!navigator.storage?.persist) {
      set({ persist: 'unsupported' });
      return 'unsupported';
    }
    const granted = (await navigator.storage.persisted?.()) || (await navigator.storage.persist());
    const persist = granted ? 'granted' : 'refused';
    set({ persist });
    return persist;
  } catch {
    set({ persist: 'refused' });
    return 'refused';
  }
}

/**
 * Registers the service worker (in a built app only: the dev server has none). Call once, after
 * the first page is shown; a second call does nothing.
 */
export async function startOffline(scriptUrl = '/sw.js') {
  if (workbox || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // workbox-window is not needed to show the first page: it loads after it.
  const { Workbox } = await import('workbox-window');
  if (workbox) return;
  channel = openChannel();
  channel?.addEventListener('message', (event: MessageEvent<OfflineMessage>) => {
    if (event.data?.type === 'case-open?' && caseOpenHere) channel?.postMessage({ type: 'case-open', ask: event.data.ask } satisfies OfflineMessage);
  });
  const registered = new Workbox(scriptUrl, { scope: '/' });
  workbox = registered;
  registered.addEventListener('waiting', (event) => {
    set({ update: 'waiting' });
    // Found waiting when this tab started: the next start after the tabs that had it were closed.
    // Used at once when no case is open anywhere (a reload of a tab with a case keeps it open).
    if (event.wasWaitingBeforeRegister) void activateNewVersion();
  });
  // The new version took over (this tab, or another, let it): reload into it, unless a case is
  // open here, which cannot be, since it waits for none to be; the check is for safety.
  registered.addEventListener('controlling', (event) => {
    if (event.isUpdate && !caseOpenHere) window.location.reload();
  });
  registered.register().catch(() => undefined);
  // A weak signal comes and goes: look for a new version whenever the app is shown again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine !== false) registered.update().catch(() => undefined);
  });
}
