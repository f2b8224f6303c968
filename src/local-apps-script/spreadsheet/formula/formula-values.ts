// The values a formula works on and how Sheets converts between them: an empty cell is 0 in
// arithmetic and '' in text, numeric text counts as a number, TRUE is 1, and an error value
// (`#DIV/0!`) passes through whatever uses it.
// https://support.google.com/docs/table/25273 (the function list: its "Operator" category, ADD,
// CONCAT, EQ, UMINUS…, and ERROR.TYPE for the error values)
import { formatGeneralNumber } from '../number-format';
import { conventions } from '../spreadsheet-locale';

export type ErrorCode = '#DIV/0!' | '#VALUE!' | '#REF!' | '#N/A' | '#NUM!' | '#ERROR!';

export class FormulaError {
  constructor(readonly code: ErrorCode) {}
}

/** One value; null = an empty cell. Dates are host Dates. */
export type Scalar = number | string | boolean | Date | null | FormulaError;

/** A reference's cells, row-major. */
export interface RangeValue {
  kind: 'range';
  rows: Scalar[][];
}

export type FormulaValue = Scalar | RangeValue;

export function isRange(v: FormulaValue): v is RangeValue {
  return v !== null && typeof v === 'object' && !(v instanceof FormulaError) && !(v instanceof Date);
}

/** What throws when a formula reaches something the runtime does not model. */
export type NotModeled = (what: string) => Error;

/** A single value: a one-cell range is its cell; a bigger one is not modeled here (Sheets would spill or pick a row). */
export function scalar(v: FormulaValue, notModeled: NotModeled): Scalar {
  if (!isRange(v)) return v;
  if (v.rows.length === 1 && v.rows[0].length === 1) return v.rows[0][0];
  throw notModeled('a range used as a single value (array formulas)');
}

function parseLocaleNumber(text: string, locale: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  const decimal = conventions(locale).decimal;
  const normal = decimal === ',' ? t.replace(',', '.') : t;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normal)) return null;
  return Number(normal);
}

export function toNumber(v: Scalar, locale: string, notModeled: NotModeled): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) throw notModeled('arithmetic on a date');
  return parseLocaleNumber(v, locale) ?? new FormulaError('#VALUE!');
}

export function toText(v: Scalar, locale: string, notModeled: NotModeled): string | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatGeneralNumber(v, locale);
  if (typeof v === 'boolean') return v ? conventions(locale).booleans.true : conventions(locale).booleans.false;
  throw notModeled('a date as text');
}

export function toBoolean(v: Scalar, notModeled: NotModeled): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof Date) throw notModeled('a date as a condition');
  const upper = v.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return new FormulaError('#VALUE!');
}

// Sheets orders numbers before text before booleans; an empty cell takes the other side's type.
function rank(v: number | string | boolean): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/** -1, 0 or 1 as Sheets compares two values (text without regard to case). */
export function compare(a: Scalar, b: Scalar, notModeled: NotModeled): number | FormulaError {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (a instanceof Date || b instanceof Date) throw notModeled('comparison with a date');
  const blank = (other: Scalar) => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = a ?? blank(b);
  const y = b ?? blank(a);
  if (rank(x) !== rank(y)) return rank(x) < rank(y) ? -1 : 1;
  const [p, q] = typeof x === 'string' ? [x.toLowerCase(), (y as string).toLowerCase()] : [x, y];
  return p < q ? -1 : p > q ? 1 : 0;
}
