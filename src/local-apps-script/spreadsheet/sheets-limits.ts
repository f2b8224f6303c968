// Google Sheets' size limits, checked where a script would pass them, with Google's words.
//
// - 10 million cells per spreadsheet, counted on the grid (empty cells too):
//   https://support.google.com/drive/answer/37603 and
//   https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html. The message
//   is the one reported word for word by people who hit it from Apps Script and the Sheets API
//   ("This action would increase the number of cells in the workbook above the limit of 10000000
//   cells.", e.g. github.com/looker-open-source/actions/pull/674, rudderlabs error fixtures).
// - 50,000 characters in one cell: the message Sheets gives for a longer input, as reported from
//   Apps Script and the API (github.com/ONE-F-M/one_fm/pull/1926, bellingcat auto-archiver logs).
// - Sheet names: unique regardless of case (spreadsheet.ts), not empty, at most 100 characters
//   (the limit of the Sheets UI). Google's wording for the last two was not found: Apps Script's
//   generic "Invalid argument: <parameter>" is used, and docs/runtime-fidelity.md, "Limits" says so.
import type { RuntimeEnv } from '../env';

export const MAX_CELLS = 10_000_000;
export const MAX_CELL_CHARACTERS = 50_000;
export const MAX_SHEET_NAME_CHARACTERS = 100;

/** Throws when a spreadsheet of `cells` grid cells would grow by `added` past the limit. */
export function checkCellCount(env: RuntimeEnv, cells: number, added: number): void {
  if (added > 0 && cells + added > MAX_CELLS) {
    throw env.realm.error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
  }
}

/** Throws when a value to write into one cell is a string over 50,000 characters. */
export function checkCellText(env: RuntimeEnv, value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) {
    throw env.realm.error(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
  }
}

/** Every value of a block, checked before any is written: a refused setValues writes nothing. */
export function checkCellTexts(env: RuntimeEnv, rows: unknown[][]): void {
  for (const row of rows) {
    if (Array.isArray(row)) for (const value of row) checkCellText(env, value);
    else checkCellText(env, row);
  }
}

/** An empty or over-long sheet name; `parameter` is the name of the argument in the reference. */
export function checkSheetName(env: RuntimeEnv, name: string, parameter: string): void {
  if (name.trim() === '' || name.length > MAX_SHEET_NAME_CHARACTERS) throw env.realm.error(`Invalid argument: ${parameter}`);
}
