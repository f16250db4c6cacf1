/**
 * A new case reference that looks like a name or an address (issue 15, point 7): the start page
 * warns, and lets the practitioner go on (a case number may happen to match). The reference is the
 * one thing the start page shows of a case, so it must not identify the adult.
 */

/** Titles written before a name: Mr, Mrs, Ms, Miss, Mx, Dr, with or without a full stop. */
const TITLE = /(^|[^A-Za-z])(mr|mrs|ms|miss|mx|dr)\.?(\s+|$)/i;

/** Words of an English street address. */
const STREET_WORDS = [
  'road', 'rd', 'street', 'st', 'avenue', 'ave', 'lane', 'ln', 'close', 'drive', 'dr', 'way', 'court', 'ct', 'crescent',
  'place', 'gardens', 'terrace', 'grove', 'hill', 'park', 'square', 'row', 'mews', 'walk', 'rise', 'view', 'flat', 'house',
];

/** A house number (12, 12a, 12-14) then, later, a street word. */
const HOUSE_NUMBER_AND_STREET = new RegExp(`(^|\\s)\\d{1,4}[a-z]?(-\\d{1,4})?,?\\s+(\\S+\\s+){0,3}(${STREET_WORDS.join('|')})\\.?(\\s|,|$)`, 'i');

export type PersonalLook = 'title' | 'address';

/** Why a reference looks like a name or an address, or undefined when it does not. */
export function referenceLooksPersonal(reference: string): PersonalLook | undefined {
  const text = reference.trim();
  if (TITLE.test(text)) return 'title';
  if (HOUSE_NUMBER_AND_STREET.test(text)) return 'address';
  return undefined;
}
