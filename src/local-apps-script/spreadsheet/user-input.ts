// How Sheets stores what a script writes. Range.setValue(s) and Sheet.appendRow take strings as
// typed input (Sheets API's USER_ENTERED: "strings may be converted to numbers, dates, etc.
// following the same rules that are applied when entering text into a cell via the Sheets UI",
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), unless the cell
// is formatted as plain text `@`. A leading apostrophe keeps the rest as text and is not part of
// the value (the Sheets UI convention that USER_ENTERED applies; widely reported, not on the
// reference pages).
//
// Modeled: `'text`, formulas (`=…`, and `+…`/`-…` that are not numbers: Sheets turns a typed
// `+33 6 12 34 56 78` into a formula that errors), numbers with `.` (and `,` where the locale
// uses a decimal comma), the locale's thousands separator (`1 234,5`, `1,234.5`), percentages
// (`12 %` is 0.12) and amounts with a currency sign (`12,50 €`, `$1,234.50`), which also get a
// number format when the cell has none, TRUE/FALSE (VRAI/FAUX in French), ISO dates and the
// locale's `dd/MM/yyyy [HH:mm[:ss]]`, and `dd/MM` in the current year (so `1/2` is a date, as in
// Sheets). Not modeled, and kept as text: month names (`10 déc. 2026`), two-digit years
// (`10/12/26`), a time of day alone (`20:30`), other currency signs.
import { instantOfWall } from '../time-zone';
import { isDate } from '../env';
import type { CellValue } from './snapshot';
import { conventions } from './spreadsheet-locale';

export interface StoredInput {
  value: CellValue;
  formula: string;
  /** A format Sheets picks for a typed date, when the cell has none. */
  format?: string;
}

function parseNumber(text: string, locale: string): number | null {
  const c = conventions(locale);
  const pattern = c.decimal === ','
    ? /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/
    : /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  if (!pattern.test(text)) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const CURRENCY = '[$€£]';
const DECORATED = new RegExp(`^([-+])?\\s*(${CURRENCY})?\\s*([-+])?\\s*([0-9][0-9.,\\s\u00a0\u202f]*)\\s*(%|${CURRENCY})?$`);

/**
 * A number typed with the locale's grouping, a percent sign or a currency sign, and the format
 * Sheets gives it: `1 234,5` (fr) or `1,234.5` (en) → 1234.5, `12,5 %` → 0.125, `12,50 €` → 12.5.
 * Null for anything else (plain numbers are parseNumber's).
 */
function parseDecorated(text: string, locale: string): { value: number; format: string } | null {
  const m = DECORATED.exec(text);
  if (!m) return null;
  const [, sign1, prefix, sign2, body, suffix] = m;
  if ((sign1 && sign2) || (prefix && suffix)) return null;
  const c = conventions(locale);
  const spaces = c.grouping.trim() === '';
  const groupChars = spaces ? '[\\s\u00a0\u202f]' : c.grouping === '.' ? '\\.' : ',';
  const decimals = c.decimal === ',' ? (c.grouping === '.' ? ',' : '[,.]') : '\\.';
  const grouped = new RegExp(`^\\d{1,3}(${groupChars}\\d{3})+(${decimals}\\d*)?$`);
  const plain = new RegExp(`^\\d+(${decimals}\\d*)?$`);
  const digits = body.trim();
  const isGrouped = grouped.test(digits);
  if (!isGrouped && !plain.test(digits)) return null;
  if (!isGrouped && !prefix && !suffix) return null;
  const [whole, fraction = ''] = digits.split(new RegExp(decimals));
  const magnitude = Number(`${whole.replace(/\D/g, '')}.${fraction || '0'}`);
  const negative = (sign1 ?? sign2) === '-';
  if (suffix === '%') {
    return { value: ((negative ? -1 : 1) * magnitude) / 100, format: fraction ? '0.00%' : '0%' };
  }
  const symbol = prefix ?? suffix;
  const value = negative ? -magnitude : magnitude;
  if (!symbol) return { value, format: fraction ? '#,##0.00' : '#,##0' };
  return { value, format: prefix ? `[$${symbol}]#,##0.00` : `#,##0.00 [$${symbol}]` };
}

/** The current year where the spreadsheet is, for a date typed without one (`10/12`). */
function currentYear(now: number, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(now));
}

function parseDate(text: string, locale: string, timeZone: string, now?: number): { instant: number; format: string } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const local = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0, timed: boolean, format: string;
  const dayFirst = conventions(locale).dayFirst;
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    timed = iso[4] !== undefined;
    if (timed) [h, mi, s] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
    format = timed ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd';
  } else if (local) {
    [d, mo, y] = dayFirst ? [Number(local[1]), Number(local[2]), Number(local[3])] : [Number(local[2]), Number(local[1]), Number(local[3])];
    timed = local[4] !== undefined;
    if (timed) [h, mi, s] = [Number(local[4]), Number(local[5]), Number(local[6] ?? 0)];
    const day = dayFirst ? 'dd/MM/yyyy' : 'M/d/yyyy';
    format = timed ? `${day} ${dayFirst ? 'HH' : 'H'}:mm:ss` : day;
  } else {
    // A day and a month without a year are a date of the current year, as typed in Sheets.
    const short = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
    if (!short || now === undefined) return null;
    [d, mo] = dayFirst ? [Number(short[1]), Number(short[2])] : [Number(short[2]), Number(short[1])];
    y = currentYear(now, timeZone);
    format = dayFirst ? 'dd/MM' : 'M/d';
  }
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return { instant: instantOfWall(timeZone, y, mo - 1, d, h, mi, s), format };
}

/** Interprets one value written by setValue(s)/appendRow into a cell with format `format`. */
export function storeInput(input: unknown, format: string, locale: string, timeZone: string, now?: number): StoredInput {
  if (input === null || input === undefined || input === '') return { value: null, formula: '' };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  const text = String(input);
  if (format === '@') return { value: text, formula: '' };
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? null : text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: text };
  const trimmed = text.trim();
  const number = parseNumber(trimmed, locale);
  if (number !== null) return { value: number, formula: '' };
  const decorated = parseDecorated(trimmed, locale);
  if (decorated) return { value: decorated.value, formula: '', format: decorated.format };
  if (/^[+-]./.test(trimmed)) return { value: null, formula: `=${trimmed}` };
  const b = conventions(locale).booleans;
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === b.true) return { value: true, formula: '' };
  if (upper === 'FALSE' || upper === b.false) return { value: false, formula: '' };
  const date = parseDate(trimmed, locale, timeZone, now);
  if (date) return { value: new Date(date.instant), formula: '', format: date.format };
  return { value: text, formula: '' };
}
