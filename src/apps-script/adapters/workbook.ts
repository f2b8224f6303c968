// The spreadsheet as Cabas's tables: finds each tab by its name in either locale, reads a tab in
// one call, and remembers sheets for the rest of the execution.
import type { Locale } from '../../core/model';
import { readTable } from '../../core/workbook/read-table';
import { tableName, tableOfTabName, headerOf, type TableKey } from '../../core/workbook/tables';
import { catalogue } from '../../core/i18n';
import { CabasError } from './cabas-error';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TableValues {
  sheet: Sheet;
  tabName: string;
  values: unknown[][];
}

export class Workbook {
  private readonly sheets = new Map<string, Sheet | null>();
  private allSheets: Sheet[] | null = null;
  private readonly headers = new Map<TableKey, { sheet: Sheet; columns: Record<string, number>; width: number }>();

  constructor(readonly spreadsheet: Spreadsheet, readonly locale: Locale) {}

  static active(locale: Locale = 'fr'): Workbook {
    return new Workbook(SpreadsheetApp.getActiveSpreadsheet(), locale);
  }

  /** The same spreadsheet in the language the execution resolved, keeping the tabs already listed (no second call). */
  inLocale(locale: Locale): Workbook {
    const workbook = new Workbook(this.spreadsheet, locale);
    workbook.allSheets = this.allSheets;
    return workbook;
  }

  /**
   * The tab of a table: its name in the current locale, then in the other, then any spelling
   * Cabas recognises. All tabs are listed once per execution (one call), not looked up one by one.
   */
  sheet(table: TableKey): Sheet | null {
    if (this.sheets.has(table)) return this.sheets.get(table) ?? null;
    const other: Locale = this.locale === 'fr' ? 'en' : 'fr';
    const found = this.sheetNamed(tableName(table, this.locale)) ?? this.sheetNamed(tableName(table, other))
      ?? this.listSheets().find((s) => tableOfTabName(s.getName()) === table) ?? null;
    this.sheets.set(table, found);
    return found;
  }

  requireSheet(table: TableKey): Sheet {
    const sheet = this.sheet(table);
    if (!sheet) throw new CabasError(catalogue(this.locale).ui.tabMissing(tableName(table, this.locale)));
    return sheet;
  }

  /** A sheet by exact name (generated tabs), cached. */
  sheetNamed(name: string): Sheet | null {
    return this.listSheets().find((s) => s.getName() === name) ?? null;
  }

  /** Drops what was cached about a table (after creating its tab). */
  forget(table: TableKey): void {
    this.sheets.delete(table);
    this.headers.delete(table);
  }

  /** A tab this execution deleted: no longer listed. */
  removed(sheet: Sheet): void {
    if (this.allSheets) this.allSheets = this.allSheets.filter((s) => s !== sheet);
    for (const [table, known] of this.sheets) if (known === sheet) this.forget(table as TableKey);
  }

  /** A tab this execution created: known from now on without asking again. */
  remember(sheet: Sheet): void {
    this.listSheets().push(sheet);
  }

  listSheets(): Sheet[] {
    if (!this.allSheets) this.allSheets = this.spreadsheet.getSheets();
    return this.allSheets;
  }

  /** Every value of a tab, header included, in one call; [] when the tab is empty. */
  values(table: TableKey): TableValues | null {
    const sheet = this.sheet(table);
    if (!sheet) return null;
    const values = sheet.getDataRange().getValues();
    const empty = values.length === 1 && values[0].every((v) => v === '');
    return { sheet, tabName: sheet.getName(), values: empty ? [] : values };
  }

  /**
   * The 1-based column of each known header of a table, from its first row only (one call).
   * Throws a repair message when a column Cabas writes to is missing.
   */
  headerColumns(table: TableKey, required: string[]): { sheet: Sheet; columns: Record<string, number>; width: number } {
    let found = this.headers.get(table);
    if (!found) {
      const sheet = this.requireSheet(table);
      const { header, columns } = headerColumnsOf(sheet, table);
      found = { sheet, columns, width: header.length };
      this.headers.set(table, found);
    }
    const { sheet, columns } = found;
    for (const key of required) {
      if (!columns[key]) throw new CabasError(catalogue(this.locale).ui.columnMissing(sheet.getName(), headerOf(table, key, this.locale)));
    }
    return found;
  }
}

/** A tab's header row (trailing blanks cut) and the 1-based column of each header of `table` it holds: one call. */
export function headerColumnsOf(sheet: Sheet, table: TableKey): { header: unknown[]; columns: Record<string, number> } {
  const row = sheet.getRange('1:1').getValues()[0];
  let width = row.length;
  while (width > 0 && row[width - 1] === '') width -= 1;
  const header = row.slice(0, width);
  const columns: Record<string, number> = {};
  for (const [key, index] of Object.entries(readTable(table, [header]).columnIndex)) if (index !== undefined) columns[key] = index + 1;
  return { header, columns };
}

/** Lays values in a row of `width` cells by 1-based column: ({ email: 3 }, { email: 'a@b' }, 5) -> ['', '', 'a@b', '', '']. */
export function rowByColumns(columns: Record<string, number>, cells: Record<string, unknown>, width: number): unknown[] {
  const row: unknown[] = new Array(width).fill('');
  for (const [key, value] of Object.entries(cells)) {
    const col = columns[key];
    if (col) row[col - 1] = value;
  }
  return row;
}
