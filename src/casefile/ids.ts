/**
 * Ids of case file format 2: the case's own id (the same on every device it travels to) and each
 * entry's id (unique within its case), so that a later entry can point at an earlier one and two
 * copies of a case can be compared and merged entry by entry.
 */

/** A new random id: a case's, or an entry's as it is recorded. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** 32-bit FNV-1a of a string, as 8 hex digits. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

/**
 * The id a case saved before format 2 is given when it is brought up to date: made from what the
 * file already holds (its reference and when it was started), so the same older file migrated on
 * two devices becomes the same case on both.
 */
export function legacyCaseId(reference: string, createdAt: string): string {
  return `v1-${fnv1a(`${createdAt}|${reference}`)}${fnv1a(`${reference}|${createdAt}`)}`;
}

/** An entry's id in a case migrated to format 2: its position, from 1, which no later entry reuses. */
export function positionId(index: number): string {
  return `e${index + 1}`;
}
