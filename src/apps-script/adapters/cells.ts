// Converting between cell values and the core's plain values, and keeping people's text as text.
import type { CellFormat } from '../../core/model';
import { TABLES, type ColumnFormat, type TableKey } from '../../core/workbook/tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type CellOut = string | number | boolean | Date | null | undefined;

/**
 * A value ready for setValues, null/undefined as empty. Strings go as they are: Sheets reads a
 * string written by setValues like typed input (`=…` becomes a formula, `12` a number, `10/12` a
 * date) unless the cell is formatted as plain text `@`, so every write of people's text first sets
 * `@` on its cells — see writeRows — rather than prefixing an apostrophe, which a plain-text cell
 * would keep (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
 */
export function cellOut(value: CellOut): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  return value;
}

/** A cell read back to a plain value: Dates become epoch ms, the rest stays. */
export function cellIn(value: unknown): unknown {
  return Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).getTime() : value;
}

/** Money cells are written as euros with this format (French and English show `12,50 €` / `€12.50` by the spreadsheet locale). */
export const MONEY_FORMAT = '#,##0.00 [$€-40C]';
export const DATE_FORMAT = 'dd/MM/yyyy';
export const DATETIME_FORMAT = 'dd/MM/yyyy HH:mm';
export const QUANTITY_FORMAT = '0.###';

/** The number format of each column format of the contract and each cell format of a generated tab. */
export const NUMBER_FORMAT: Record<ColumnFormat | CellFormat, string> = {
  text: '@', email: '@', yesno: '@', checkbox: '@', money: MONEY_FORMAT, date: DATE_FORMAT, datetime: DATETIME_FORMAT,
  quantity: QUANTITY_FORMAT, integer: '0', percent: '0%',
};

/** The number format of each cell of a row of `table` laid out by `columns` (1-based); unknown columns are plain text. */
export function formatRow(table: TableKey, columns: Record<string, number>, width: number): string[] {
  const row = new Array<string>(width).fill('@');
  for (const c of TABLES[table].columns) if (columns[c.key]) row[columns[c.key] - 1] = NUMBER_FORMAT[c.format];
  return row;
}

/**
 * Writes rows at `first` in two calls whatever their number: the formats first (plain text
 * where text goes, so nothing people typed is ever read as a formula, number or date), then the
 * values.
 */
export function writeRows(sheet: Sheet, first: number, rows: unknown[][], formats: string[]): void {
  if (rows.length === 0) return;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0); // not Math.max(...rows): tens of thousands of arguments overflow the stack
  const range = sheet.getRange(first, 1, rows.length, width);
  const formatMatrix = rows.map(() => [...formats, ...new Array(Math.max(0, width - formats.length)).fill('@')].slice(0, width));
  try {
    range.setNumberFormats(formatMatrix);
  } catch {
    // Past the grid (a new sheet has 1,000 rows; ranges are checked at their first round trip):
    // grow it, with room for what comes next, then write.
    const maxRows = sheet.getMaxRows();
    if (first + rows.length - 1 > maxRows) sheet.insertRowsAfter(maxRows, first + rows.length - 1 - maxRows + 1000);
    ensureGrid(sheet, { columns: width });
    range.setNumberFormats(formatMatrix);
  }
  range.setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
}

/** Grows a tab's grid to at least this many rows and columns (a range past the grid throws). */
export function ensureGrid(sheet: Sheet, size: { rows?: number; columns?: number }): void {
  if (size.rows) {
    const max = sheet.getMaxRows();
    if (max < size.rows) sheet.insertRowsAfter(max, size.rows - max);
  }
  if (size.columns) {
    const max = sheet.getMaxColumns();
    if (max < size.columns) sheet.insertColumnsAfter(max, size.columns - max);
  }
}

/** Text cut into cells of at most `size` characters (a cell holds at most 50,000). */
export function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

/**
 * Grows a tab so that `rows` more rows fit below its content: done once when a cycle opens, so
 * that a submission never pays for growing the grid.
 */
export function ensureRoom(sheet: Sheet, rows: number): void {
  ensureGrid(sheet, { rows: sheet.getLastRow() + rows });
}

/**
 * Writes a block of values in two calls, formats first: `formats` gives each cell its number
 * format, and every text cell must have `@` there, so that no text is read as a formula, number
 * or date, whatever formats a person cleared or changed since the last write.
 */
export function writeCells(range: GoogleAppsScript.Spreadsheet.Range, values: CellOut[][], formats: string[][]): void {
  range.setNumberFormats(formats);
  range.setValues(values.map((r) => r.map((v) => cellOut(v))));
}
