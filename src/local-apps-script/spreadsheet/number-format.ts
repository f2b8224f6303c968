// Renders a cell value through a Sheets number format (`#,##0.00 €`, `0.###`, `dd/MM/yyyy HH:mm`,
// `@`), the way getDisplayValues() shows it. Format syntax:
// https://developers.google.com/sheets/api/guides/formats
import { instantOfWall, wallClock } from '../time-zone';
import type { CellValue } from './snapshot';
import { conventions } from './spreadsheet-locale';

const DAY_MS = 86400000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The sections of a format split on `;` outside quotes and brackets. */
function sections(pattern: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '\\' && !quoted) { current += ch + (pattern[i + 1] ?? ''); i += 1; continue; }
    if (ch === '"') quoted = !quoted;
    else if (ch === '[' && !quoted) bracket = true;
    else if (ch === ']' && !quoted) bracket = false;
    if (ch === ';' && !quoted && !bracket) { out.push(current); current = ''; continue; }
    current += ch;
  }
  out.push(current);
  return out;
}

/** The format without its literals (quoted text, escapes, brackets). */
function bare(pattern: string): string {
  return pattern.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
}

/** True for date/time formats (`dd/MM/yyyy`, `HH:mm`), false for number formats and `@`. */
export function isDateFormat(pattern: string): boolean {
  const b = bare(sections(pattern)[0]);
  return /[dDyYhHsS]|[mM]/.test(b.replace(/am\/pm|a\/p/gi, '')) && !/[0#?@]/.test(b);
}

/** An instant's serial number (days since 1899-12-30, wall clock of the zone). */
export function toSerial(instant: number, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  const ms = instant - Math.floor(instant / 1000) * 1000;
  return (Date.UTC(p.year, p.month, p.day, p.hour, p.minute, p.second) + ms - SERIAL_EPOCH) / DAY_MS;
}

export function fromSerial(serial: number, timeZone: string): number {
  const wall = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return instantOfWall(timeZone, wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
}

function monthName(month: number, style: 'long' | 'short', locale: string): string {
  return new Intl.DateTimeFormat(locale.replace('_', '-'), { month: style, timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

function dayName(weekday: number, style: 'long' | 'short', locale: string): string {
  return new Intl.DateTimeFormat(locale.replace('_', '-'), { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + weekday));
}

/** Renders an instant: tokens are case-insensitive; `m` is minutes after an hour or before seconds, else month. */
export function formatDate(instant: number, pattern: string, timeZone: string, locale: string): string {
  const w = wallClock(instant, timeZone);
  const p = { ...w, month: w.month + 1 };
  const twelve = /am\/pm|a\/p/i.test(bare(pattern));
  const tokens = pattern.match(/"[^"]*"|\\.|\[[^\]]*\]|am\/pm|a\/p|([dDmMyYhHsS])\1*|./gi) ?? [];
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  let out = '';
  let lastWasHour = false;
  tokens.forEach((token, i) => {
    const letter = token[0].toLowerCase();
    const n = token.length;
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (token.startsWith('[')) out += '';
    else if (/^(am\/pm|a\/p)$/i.test(token)) out += p.hour < 12 ? (n > 3 ? 'AM' : 'a') : (n > 3 ? 'PM' : 'p');
    else if (letter === 'd') out += n <= 2 ? pad(p.day, n) : dayName(p.weekday, n === 3 ? 'short' : 'long', locale);
    else if (letter === 'y') out += n <= 2 ? pad(p.year % 100, 2) : String(p.year);
    else if (letter === 'h') out += pad(twelve ? (p.hour % 12 === 0 ? 12 : p.hour % 12) : p.hour, Math.min(n, 2));
    else if (letter === 's') out += pad(p.second, Math.min(n, 2));
    else if (letter === 'm') {
      const nextLetter = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t) && !/^(am\/pm|a\/p)$/i.test(t))?.[0].toLowerCase();
      const minute = lastWasHour || nextLetter === 's';
      if (minute) out += pad(p.minute, Math.min(n, 2));
      else out += n <= 2 ? pad(p.month, n) : monthName(p.month, n === 3 ? 'short' : 'long', locale);
    } else out += token;
    if (/^[a-z]/i.test(token)) lastWasHour = letter === 'h';
  });
  return out;
}

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Renders a number through one number section (`#,##0.00 €`, `0.###`, `0%`). */
function formatNumberSection(value: number, section: string, locale: string): string {
  const c = conventions(locale);
  const tokens = section.match(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*.|[0#?,.]+|./g) ?? [];
  const percent = tokens.some((t) => t === '%');
  const shown = percent ? value * 100 : value;
  let placed = false;
  let out = '';
  for (const token of tokens) {
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (token.startsWith('[$')) out += token.slice(2, -1).split('-')[0];
    else if (token.startsWith('[')) out += ''; // colours and conditions
    else if (token.startsWith('_')) out += ' ';
    else if (token.startsWith('*')) out += '';
    else if (/^[0#?,.]+$/.test(token) && /[0#?]/.test(token) && !placed) {
      placed = true;
      const [intPart, decPart = ''] = token.split('.');
      const minDec = (decPart.match(/0/g) ?? []).length;
      const maxDec = (decPart.match(/[0#?]/g) ?? []).length;
      const minInt = (intPart.match(/0/g) ?? []).length;
      let [int, dec = ''] = Math.abs(shown).toFixed(maxDec).split('.');
      while (dec.length > minDec && dec.endsWith('0')) dec = dec.slice(0, -1);
      if (int === '0' && minInt === 0) int = '';
      int = int.padStart(minInt, '0');
      if (intPart.includes(',')) int = group(int, c.grouping);
      out += int + (token.includes('.') ? c.decimal + dec : '');
    } else out += token;
  }
  return out;
}

/** The default look of a number: as typed, with the locale's decimal separator. */
export function formatGeneralNumber(value: number, locale: string): string {
  const text = String(Number(value.toPrecision(15)));
  return text.replace('.', conventions(locale).decimal);
}

/** The default look of a date: `dd/MM/yyyy HH:mm:ss` (day first) or `M/d/yyyy H:mm:ss` (en_US). */
export function defaultDateFormat(locale: string): string {
  return conventions(locale).dayFirst ? 'dd/MM/yyyy HH:mm:ss' : 'M/d/yyyy H:mm:ss';
}

/** What getDisplayValues() shows for a value under a format, in the spreadsheet's zone and locale. */
export function formatValue(value: CellValue, pattern: string, timeZone: string, locale: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') {
    const b = conventions(locale).booleans;
    return value ? b.true : b.false;
  }
  const date = typeof value === 'object';
  if (pattern === '' || pattern === '@') {
    if (date) return formatDate(value.getTime(), defaultDateFormat(locale), timeZone, locale);
    return formatGeneralNumber(value, locale);
  }
  if (isDateFormat(pattern)) {
    const instant = date ? value.getTime() : fromSerial(value, timeZone);
    return formatDate(instant, sections(pattern)[0], timeZone, locale);
  }
  const number = date ? toSerial(value.getTime(), timeZone) : value;
  const parts = sections(pattern);
  if (number < 0 && parts.length > 1) return formatNumberSection(-number, parts[1], locale);
  if (number === 0 && parts.length > 2) return formatNumberSection(0, parts[2], locale);
  const text = formatNumberSection(number, parts[0], locale);
  // Without a negative section, a rounded-to-zero negative shows no sign.
  return number < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
