// Agreement in one place: a unit or a noun takes the number of its quantity, a count reads as a phrase.
import type { Locale } from '../model';

/** Units written as symbols never take an s: `3 kg`, `2 l`, `500 g`. */
const SYMBOL = /^(?:[kmcd]?[gl]|l|t|m|cm|mm|kWh|°C|%|€)$/i;

/**
 * The unit, agreed with its quantity: French is plural from 2 (`1,5 kg`, `1 pièce`, `3 pièces`),
 * English for anything but 1. Only the head word agrees: `pot de 500 g` -> `pots de 500 g`,
 * `jar of 500 g` -> `jars of 500 g`; symbols (`kg`, `g`, `l`) and words ending in s/x/z stay.
 * @example agreeUnit(3, 'pot de 500 g', 'fr') // "pots de 500 g"
 * @example agreeUnit(2, 'bunch', 'en')        // "bunches"
 */
export function agreeUnit(quantity: number, unit: string, locale: Locale): string {
  const text = unit.trim();
  if (!text || !isPlural(quantity, locale)) return text;
  const match = /^([^\s(]+)(.*)$/u.exec(text);
  if (!match) return text;
  const [, head, rest] = match;
  return `${pluralWord(head, locale)}${rest}`;
}

/** A quantity and its unit: `3 pièces`, `1,5 kg`, `2 jars`. The number is already formatted by the caller. */
export function quantityWithUnit(quantity: number, formatted: string, unit: string, locale: Locale): string {
  return `${formatted} ${agreeUnit(quantity, unit, locale)}`.trim();
}

/** French counts 0 and 1 as singular (`0 pièce`, `1,5 kg`), English only exactly 1. */
export function isPlural(n: number, locale: Locale): boolean {
  return locale === 'fr' ? Math.abs(n) >= 2 : Math.abs(n) !== 1;
}

/** A noun for counting: its singular, its plural, and how to say there is none. */
export interface Noun {
  one: string;
  many: string;
  none: string;
}

/** `noun('erreur', 'aucune erreur')`: the plural is the regular one unless given. */
export function noun(one: string, none: string, many?: string): Noun {
  return { one, none, many: many ?? `${one}s` };
}

/**
 * A count that reads as a phrase: none, one, several.
 * @example counted(0, noun('erreur', 'aucune erreur')) // "aucune erreur"
 * @example counted(3, noun('réponse', 'aucune réponse')) // "3 réponses"
 */
export function counted(n: number, what: Noun): string {
  if (n === 0) return what.none;
  return `${n} ${n === 1 ? what.one : what.many}`;
}

function pluralWord(word: string, locale: Locale): string {
  if (SYMBOL.test(word) || /\d/.test(word) || word.endsWith('.')) return word;
  return locale === 'fr' ? frenchPlural(word) : englishPlural(word);
}

function frenchPlural(word: string): string {
  if (/[sxz]$/i.test(word)) return word;
  if (/(?:eau|au|eu)$/i.test(word)) return `${word}x`;
  if (/al$/i.test(word) && !/^(?:bal|carnaval|festival|régal|récital)$/i.test(word)) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

function englishPlural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/^(?:loaf|half|leaf)$/i.test(word)) return `${word.slice(0, -1)}ves`;
  return `${word}s`;
}
