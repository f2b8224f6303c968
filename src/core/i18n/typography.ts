// How a finished sentence is set for its reader: French spacing and apostrophes, no weekday said twice.
import type { Locale } from '../model';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const WEEKDAYS: Record<Locale, string> = {
  fr: 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  en: 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
};
/**
 * The regexes below are built on first use: the bundle's top level runs at every execution, and
 * V8 checks every regex literal when it compiles the bundle (a `\p{L}` class is an ICU lookup,
 * about 0.1 ms of every load).
 */
const REPEATED_WEEKDAY: Partial<Record<Locale, RegExp>> = {};
function repeatedWeekday(locale: Locale): RegExp {
  return (REPEATED_WEEKDAY[locale] ??= new RegExp(`\\b(${WEEKDAYS[locale]})\\b([^()\\n]*?\\()\\1\\s+`, 'giu'));
}
/** An apostrophe between two letters. */
let LETTER_APOSTROPHE: RegExp | undefined;
/** A cheap test first: most strings (headers, names, amounts) need nothing. */
const MAY_CHANGE = /['«»]|\s[:;!?]|\dh|\d\sh\b|\(/u;

/**
 * French typography, as the Imprimerie nationale sets it:
 * - a no-break space before `:` and inside `« »`, a narrow one before `; ! ?` (only where a space
 *   was typed, so `https://…?id=1` and `20:00` are left alone);
 * - one apostrophe, `’`;
 * - `20 h` rather than `20 h 00`, and the hour held to its number (`9 h 30` never breaks);
 * - a weekday said once: `le samedi 12 décembre (samedi 9 h – 10 h 30)` -> `… (9 h – 10 h 30)`.
 * Idempotent: set twice, a text does not change.
 * @example frenchTypography("Retrait : l'épicerie (samedi 9 h 00) !") // "Retrait\u00a0: l’épicerie (samedi 9\u00a0h)\u202f!"
 */
export function frenchTypography(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text
    .replace((LETTER_APOSTROPHE ??= new RegExp("(\\p{L})'(?=\\p{L})", 'gu')), '$1’')
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/(\d)[ \u00a0]?h[ \u00a0]?00\b/g, `$1${NBSP}h`)
    .replace(/(\d)[ \u00a0]?h(?:[ \u00a0]?(\d\d))?\b/g, (_, d: string, m?: string) => `${d}${NBSP}h${m ? `${NBSP}${m}` : ''}`)
    .replace(repeatedWeekday('fr'), '$1$2');
}

/** English needs no spacing rules here; a weekday is still said once. */
export function englishTypography(text: string): string {
  return text.includes('(') ? text.replace(repeatedWeekday('en'), '$1$2') : text;
}

/** The finishing pass of a locale: every string of its catalogue goes through it (`typeset.ts`). */
export function typography(locale: Locale): (text: string) => string {
  return locale === 'fr' ? frenchTypography : englishTypography;
}
