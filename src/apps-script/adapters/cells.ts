// Converting between cell values and the core's plain values, and keeping people's text as text.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Text that came from a person is written so that Sheets keeps it as text: a leading apostrophe
 * stops `=`, `+`, `-`, `@` from being read as a formula and `12` or `10/12` from becoming a number
 * or a date (the apostrophe is not part of the value). Every string written by Cabas goes
 * through here, since Sheets interprets strings written by setValues like typed input
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue).
 */
export function asText(value: string): string {
  if (value === '') return '';
  return /^[=+\-@'\t\r\n]/.test(value) || looksInterpreted(value) ? `'${value}` : value;
}

function looksInterpreted(value: string): boolean {
  const v = value.trim();
  return /^[\d.,\s%€$]+$/.test(v) || /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?/.test(v) || /^(true|false|vrai|faux)$/i.test(v);
}

export type CellOut = string | number | boolean | Date | null | undefined;

/** A value ready for setValues: strings kept as text, null/undefined as empty. */
export function cellOut(value: CellOut): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return asText(value);
  return value;
}

/** A cell read back to a plain value: Dates become epoch ms, the rest stays. */
export function cellIn(value: unknown): unknown {
  return Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).getTime() : value;
}

/** Number of rows holding data below the header (0 for an empty or header-only sheet). */
export function dataRowCount(sheet: Sheet): number {
  return Math.max(0, sheet.getLastRow() - 1);
}

/** Money cells are written as euros with this format (French and English show `12,50 €` / `€12.50` by the spreadsheet locale). */
export const MONEY_FORMAT = '#,##0.00 [$€-40C]';
export const DATE_FORMAT = 'dd/MM/yyyy';
export const DATETIME_FORMAT = 'dd/MM/yyyy HH:mm';
export const QUANTITY_FORMAT = '0.###';
