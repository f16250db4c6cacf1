/**
 * Who holds the case (issue 15, point 2): a short label the person using this device sets on the
 * settings page (initials or a team), kept on this device only. It is written into each case when
 * the case is started (`heldBy`) and into each entry made here (`by`), so that a manager's own
 * entries carry the manager's label, not the practitioner's.
 */
import { safeLocalStorage } from './browserStorage';

const LABEL_KEY = 'seen-alone:label';

/** As long as an entry's `by` may be (machines/log.ts). */
export const MAX_LABEL_LENGTH = 40;

export type LabelCheck = { ok: true; label: string | undefined } | { ok: false; problem: 'too-long' };

/** A label as typed: trimmed; empty means no label. */
export function checkLabel(text: string): LabelCheck {
  const label = text.trim();
  if (label.length > MAX_LABEL_LENGTH) return { ok: false, problem: 'too-long' };
  return { ok: true, label: label === '' ? undefined : label };
}

/** The label set on this device, or undefined when none is set (or storage cannot be read). */
export function loadDeviceLabel(storage: Storage | undefined = safeLocalStorage()): string | undefined {
  try {
    const stored = storage?.getItem(LABEL_KEY) ?? null;
    if (stored === null) return undefined;
    const checked = checkLabel(stored);
    return checked.ok ? checked.label : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the label (undefined removes it); false when storage refused. */
export function saveDeviceLabel(label: string | undefined, storage: Storage | undefined = safeLocalStorage()): boolean {
  if (storage === undefined) return false;
  try {
    if (label === undefined) storage.removeItem(LABEL_KEY);
    else storage.setItem(LABEL_KEY, label);
    return true;
  } catch {
    return false;
  }
}
