import { z } from '../machines/zod';
import { safeLocalStorage } from './storage/browserStorage';

/** Display and safety settings, kept on this device only. */
export const settingsSchema = z.object({
  highContrast: z._default(z.boolean(), false),
  largerText: z._default(z.boolean(), false),
  reducedMotion: z._default(z.boolean(), false),
  /** Show a neutral title in the browser tab instead of the service name. */
  // On by default (walk-through, 2026): a tab title that names the page can be read over a shoulder.
  neutralTitle: z._default(z.boolean(), true),
  /** The quick exit also deletes the open case. Off by default: a lost case is a real harm too. */
  exitDeletesCase: z._default(z.boolean(), false),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingName = keyof Settings;
export const SETTING_NAMES = ['highContrast', 'largerText', 'reducedMotion', 'neutralTitle', 'exitDeletesCase'] as const satisfies readonly SettingName[];

const STORAGE_KEY = 'seen-alone:settings';

export const defaultSettings: Settings = settingsSchema.parse({});

export function loadSettings(storage: Storage | undefined = safeLocalStorage()): Settings {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return defaultSettings;
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultSettings;
  } catch {
    return defaultSettings;
  }
}

/** Returns false when the settings could not be stored (storage full or unavailable). */
export function saveSettings(settings: Settings, storage: Storage | undefined = safeLocalStorage()): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The settings that change the look are classes on <html>, so the whole page follows them. */
export function applySettingsToDocument(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('app-high-contrast', settings.highContrast);
  root.classList.toggle('app-larger-text', settings.largerText);
  root.classList.toggle('app-reduced-motion', settings.reducedMotion);
}
