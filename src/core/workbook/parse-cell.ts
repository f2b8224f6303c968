// Tolerant reading of the cells coordinators type: numbers, prices, dates, yes/no, e-mails.
//
// Cells come from Range.getValues(): Number, Boolean, Date or String, '' when empty
// (https://developers.google.com/apps-script/reference/spreadsheet/value-type); a typed
// value Sheets did not recognise (`2,50 €` in an English-locale sheet) stays a String.
import { startOfLocalDay, zonedTime } from '../dates';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const fail = { ok: false } as const;
/**
 * Euros to whole cents, rounding away float noise first (`2.675 * 100` is 267.49999…): to a
 * millionth of a cent, then to the cent. (Arithmetic, not toFixed: a close reads thousands of prices.)
 */
const cents = (euros: number) => Math.round(Math.round(euros * 1e8) / 1e6);
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A value a lookup found, as a parse result: null or undefined is unreadable. */
export const known = <T>(value: T | null | undefined): Parsed<T> => (value === null || value === undefined ? fail : ok(value));

/** True for what a person sees as an empty cell: '', spaces, null, undefined. */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

// Calls to it are marked pure: the bundle leaves out the optional parsers the shell never uses.
function optional<T>(parse: (cell: unknown) => Parsed<T>): (cell: unknown) => Parsed<T | null> {
  return (cell) => (isBlank(cell) ? ok(null) : parse(cell));
}

const SPACES = /[\s\u00a0\u202f]/g;

/** Digits with an optional sign, one decimal separator (`,` or `.`) and thousands grouped by spaces. */
function numberText(text: string): number | null {
  const trimmed = text.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
  const grouped = /^[+-]?\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d*)?$/.test(trimmed);
  const compact = grouped ? trimmed.replace(SPACES, '') : trimmed;
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(compact)) return null;
  return Number(compact.replace(',', '.'));
}

/**
 * A number from a number cell or from text.
 * @example parseNumber(' 1 000,50 ') // { ok: true, value: 1000.5 }
 * @example parseNumber('2 kg')       // { ok: false }
 */
export function parseNumber(cell: unknown): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail;
  if (typeof cell !== 'string') return fail;
  const value = numberText(cell);
  return value === null ? fail : ok(value);
}
export const parseOptionalNumber = /* @__PURE__ */ optional(parseNumber);

/** A whole number: `3`, `12`, ` 1 000 `; `2,5` fails. */
export function parseInteger(cell: unknown): Parsed<number> {
  const n = parseNumber(cell);
  return n.ok && Number.isInteger(n.value) ? n : fail;
}
export const parseOptionalInteger = /* @__PURE__ */ optional(parseInteger);

/**
 * Euros to integer cents. Text may carry `€` or `EUR` on either side; more than two decimals
 * fails rather than guessing (`1.234` could be a thousand in French hands).
 * @example parseMoney('2,50 €') // { ok: true, value: 250 }
 * @example parseMoney(2.5)      // { ok: true, value: 250 }
 * @example parseMoney('3,5O')   // { ok: false }
 */
export function parseMoney(cell: unknown): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cents(cell)) : fail;
  if (typeof cell !== 'string') return fail;
  const bare = cell.trim().replace(/^(?:€|eur)\s*/i, '').replace(/\s*(?:€|eur|euros?)$/i, '');
  const value = numberText(bare);
  if (value === null || /[.,]\d{3,}$/.test(bare.trim())) return fail;
  return ok(cents(value));
}
export const parseOptionalMoney = /* @__PURE__ */ optional(parseMoney);

const YES = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', 'x', '1', '✓', '✔']);
const NO = new Set(['non', 'n', 'no', 'false', 'faux', '0', '-']);

/**
 * Yes/no from a checkbox, a number or a word in either language; an empty cell is `fallback`.
 * @example parseBoolean('Oui', false) // { ok: true, value: true }
 * @example parseBoolean('', true)     // { ok: true, value: true }
 */
export function parseBoolean(cell: unknown, fallback: boolean): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  if (isBlank(cell)) return ok(fallback);
  if (typeof cell === 'number') return cell === 1 ? ok(true) : cell === 0 ? ok(false) : fail;
  if (typeof cell !== 'string') return fail;
  const word = cell.trim().toLowerCase();
  if (YES.has(word)) return ok(true);
  if (NO.has(word)) return ok(false);
  return fail;
}

// A pragmatic RFC 5322 subset: dot-atom local part, dotted host names, a letter TLD. No quoted
// local parts or IP literals: no group member has one, and `URL` is not available in Apps Script.
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * An e-mail address, trimmed and lower case; `mailto:` and `<…>` around it are dropped.
 * @example parseEmail(' Claire.Martin@Example.org ') // { ok: true, value: 'claire.martin@example.org' }
 */
export function parseEmail(cell: unknown): Parsed<string> {
  if (typeof cell !== 'string') return fail;
  const text = cell.trim().replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.length > 254) return fail;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || labels.length < 2) return fail;
  if (!labels.every((l) => LABEL.test(l)) || !/^[a-z]{2,}$/.test(labels[labels.length - 1])) return fail;
  return ok(text);
}
export const parseOptionalEmail = /* @__PURE__ */ optional(parseEmail);

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})(?:[:h](\d{2})?(?::(\d{2}))?)?$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

interface Wall { year: number; month: number; day: number; hour: number; minute: number; second: number }

function validDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function wallOf(text: string): Wall | null {
  const [datePart, timePart, ...rest] = text.trim().replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ').replace(/\s+(?:à|a|at)\s+/i, ' ').split(/\s+/);
  if (rest.length > 0 || !datePart) return null;
  const dayFirst = DAY_FIRST.exec(datePart);
  const iso = ISO_DAY.exec(datePart);
  let year: number, month: number, day: number;
  if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (year < 100) year += 2000;
  if (!validDay(year, month, day)) return null;
  if (timePart === undefined) return { year, month, day, hour: 0, minute: 0, second: 0 };
  const time = TIME.exec(timePart);
  if (!time || (!/[:h]/i.test(timePart))) return null;
  const [hour, minute, second] = [Number(time[1]), Number(time[2] ?? 0), Number(time[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/**
 * An instant from a date cell (already an instant) or from text read as a wall time in
 * `timeZone`: `10/12/2026 20:00`, `10/12/2026 20h`, `2026-12-10T20:00`, or an ISO instant with
 * its own offset. A day alone is its midnight.
 * @example parseDateTime('10/12/2026 20h', 'Europe/Paris') // { ok: true, value: Date.UTC(2026, 11, 10, 19) }
 */
export function parseDateTime(cell: unknown, timeZone: string): Parsed<number> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail : ok(cell.getTime());
  if (typeof cell !== 'string') return fail;
  const text = cell.trim();
  if (ISO_INSTANT.test(text)) {
    const instant = Date.parse(text);
    return Number.isNaN(instant) ? fail : ok(instant);
  }
  const wall = wallOf(text);
  if (!wall) return fail;
  return ok(zonedTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, timeZone, wall.second));
}
export function parseOptionalDateTime(cell: unknown, timeZone: string): Parsed<number | null> {
  return isBlank(cell) ? ok(null) : parseDateTime(cell, timeZone);
}

/**
 * A day: the instant of its midnight in `timeZone`. A date cell keeps its local day; text
 * may carry a time, which is dropped.
 * @example parseDate('11/12/2026', 'Europe/Paris') // { ok: true, value: Date.UTC(2026, 11, 10, 23) }
 */
export function parseDate(cell: unknown, timeZone: string): Parsed<number> {
  const instant = parseDateTime(cell, timeZone);
  return instant.ok ? ok(startOfLocalDay(instant.value, timeZone)) : fail;
}
export function parseOptionalDate(cell: unknown, timeZone: string): Parsed<number | null> {
  return isBlank(cell) ? ok(null) : parseDate(cell, timeZone);
}

/** A cell as trimmed text: numbers as typed in English notation, dates rejected by the caller's format. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}
