// A host-side picture of a local spreadsheet: what exports (xlsx, HTML) and tests read, and
import type { ChartSnapshot } from './embedded-chart';
// what the offline mode loads from a workbook file. Plain data, host realm.
export type CellValue = number | string | boolean | Date | null; // null = empty cell

export type ValidationSnapshot =
  | { kind: 'list'; values: string[]; allowInvalid: boolean }
  | { kind: 'checkbox' }
  | { kind: 'other'; description: string };

export interface SheetSnapshot {
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** getLastRow() x getLastColumn(); empty cells are null. */
  values: CellValue[][];
  /**
   * Same shape as values; '' = no formula. A formula cell's value here is null: getValues()
   * computes it when a script reads it (formula/computed-value.ts), the snapshot does not.
   * Optional so that snapshots built by hand or read from files without formulas stay valid.
   */
  formulas?: string[][];
  /** Same shape as values; '' = the default format. Apps Script patterns: '#,##0.00 €', 'dd/MM/yyyy'. */
  numberFormats: string[][];
  /** Same shape; true where the cell is bold. */
  bold: boolean[][];
  /** Same shape; '' = no note. */
  notes: string[][];
  /** Same shape; null = none. */
  validations: (ValidationSnapshot | null)[][];
  /**
   * Same shape as values; true where the cell wraps its text (setWrap, setWraps, or the WRAP
   * strategy). Present only when some cell wraps.
   */
  wraps?: boolean[][];
  /** 1-based column -> width in pixels, for the columns whose width was set. */
  columnWidths: Record<number, number>;
  /** Native charts (Sheet.insertChart), when the sheet has any. */
  charts?: ChartSnapshot[];
  /** 1-based column indexes hidden with hideColumns. */
  hiddenColumns: number[];
  /** Protections of the whole sheet (warning-only or not), with their description. */
  protections: { description: string; warningOnly: boolean }[];
}

export interface SpreadsheetSnapshot {
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetSnapshot[];
}
