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
// uses a decimal comma), TRUE/FALSE (VRAI/FAUX in French), ISO dates and the locale's
// `dd/MM/yyyy [HH:mm[:ss]]`. Not modeled: currencies, percents, thousands separators, month names;
// such strings stay text.
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

function parseDate(text: string, locale: string, timeZone: string): { instant: number; format: string } | null {
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
  } else return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return { instant: instantOfWall(timeZone, y, mo - 1, d, h, mi, s), format };
}

/** Interprets one value written by setValue(s)/appendRow into a cell with format `format`. */
export function storeInput(input: unknown, format: string, locale: string, timeZone: string): StoredInput {
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
  if (/^[+-]./.test(trimmed)) return { value: null, formula: `=${trimmed}` };
  const b = conventions(locale).booleans;
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === b.true) return { value: true, formula: '' };
  if (upper === 'FALSE' || upper === b.false) return { value: false, formula: '' };
  const date = parseDate(trimmed, locale, timeZone);
  if (date) return { value: new Date(date.instant), formula: '', format: date.format };
  return { value: text, formula: '' };
}
