/**
 * Dates: as the app stores them (YYYY-MM-DD, in the practitioner's own time zone), and as people
 * read them, written the way GOV.UK writes them ("7 December 2026", "9:05am") in the language
 * the page is in. Every date a page shows goes through `formatDate` or `formatDateTime`.
 */
import { pseudoString } from '../content/pseudo';

/** Today's date where the practitioner is (not UTC, which is yesterday before 1am in summer). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to`, both YYYY-MM-DD (no time zone or clock change enters). */
export function daysBetween(from: string, to: string): number {
  const day = (date: string) => {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((day(to) - day(from)) / DAY_MS);
}

/** The tests' pseudo-locale (src/i18n.ts): dates are written in English, then visibly transformed. */
const PSEUDO = 'x-pseudo';
const FALLBACK = 'en-GB';

const withLocale = (language: string, format: (locale: string) => string): string => {
  if (language === PSEUDO) return pseudoString(format(FALLBACK));
  try {
    return format(language);
  } catch {
    // A language Intl does not know: the default locale's way, rather than no date.
    return format(FALLBACK);
  }
};

const isDateOnly = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A date-only value is a calendar day: read at noon UTC and shown in UTC, so no zone moves it. */
const toDate = (value: string | Date): { date: Date; timeZone?: string } =>
  typeof value === 'string' && isDateOnly(value) ? { date: new Date(`${value}T12:00:00Z`), timeZone: 'UTC' } : { date: new Date(value) };

/**
 * Formatters made once per locale and zone: making an Intl.DateTimeFormat costs far more than using
 * one, and a page may show hundreds of dates (the manager's overview, a 1,000-entry chronology).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat => {
  let made = formatters.get(key);
  if (made === undefined) {
    made = make();
    formatters.set(key, made);
  }
  return made;
};

const dayMonthYear = (locale: string, value: string | Date): string => {
  const { date, timeZone } = toDate(value);
  return formatter(`day|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) })).format(date);
};

/** "9:05am": hour without a leading zero, the day period in lower case and close up, as GOV.UK writes it. */
const clockTime = (locale: string, date: Date): string =>
  formatter(`time|${locale}`, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hour12: true }))
    .formatToParts(date)
    .map((part, index, parts) => {
      if (part.type === 'dayPeriod') return part.value.toLowerCase().replace(/[\s.]/g, '');
      // The space before the day period ("9:05 am") goes.
      if (part.type === 'literal' && parts[index + 1]?.type === 'dayPeriod') return '';
      return part.value;
    })
    .join('');

/** "7 December 2026", from YYYY-MM-DD or a timestamp, in `language` (i18next's current language). */
export function formatDate(value: string | Date, language: string): string {
  return withLocale(language, (locale) => dayMonthYear(locale, value));
}

/** "7 December 2026, 9:05am", from a timestamp, in the practitioner's time zone and `language`. */
export function formatDateTime(value: string | Date, language: string): string {
  return withLocale(language, (locale) => {
    const date = new Date(value);
    return `${dayMonthYear(locale, date)}, ${clockTime(locale, date)}`;
  });
}
