/** The case reference as typed: checked before a case is started or renamed. */

/** Longest reference accepted: a case number, not a description. */
export const MAX_REFERENCE_LENGTH = 60;

export type ReferenceCheck =
  | { ok: true; reference: string }
  | { ok: false; problem: 'empty' | 'too-long' };

/** A reference as typed, checked: trimmed, not empty, not long. The page words the problem (ui.json `start.*`). */
export function checkReference(text: string): ReferenceCheck {
  const reference = text.trim();
  if (reference === '') return { ok: false, problem: 'empty' };
  if (reference.length > MAX_REFERENCE_LENGTH) {
    return { ok: false, problem: 'too-long' };
  }
  return { ok: true, reference };
}
