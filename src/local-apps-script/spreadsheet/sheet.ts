// Sheet: one tab of a local spreadsheet, with its grid size, frozen panes, column widths,
// protections and filter. https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { CallKind } from '../accounting';
import type { RuntimeEnv } from '../env';
import type { ProtectionType } from './enums';
import { parseA1 } from './a1-notation';
import type { LocalFilter } from './filter';
import { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './embedded-chart';
import { type Cell, effectiveValue, Grid, NO_STYLE } from './grid';
import { computedValue } from './formula/computed-value';
import { refuseIfFormulasReferTo } from './formula/guard-references';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import { formatValue } from './number-format';
import { LocalProtection } from './protection';
import { LocalRange } from './range';
import { LocalRangeList } from './range-list';
import type { SheetSnapshot } from './snapshot';
import { checkCellCount, checkCellTexts, checkSheetName } from './sheets-limits';
import { sortRows } from './sort-rows';
import type { LocalSpreadsheet } from './spreadsheet';
import { LocalTextFinder } from './text-finder';
import { storeInput } from './user-input';

/** A new sheet's grid: 1000 rows × 26 columns (what Sheets gives a new tab). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

/** The snapshot's `wraps`, left out when no cell wraps. */
function wrapsOf(wraps: boolean[][]): { wraps?: boolean[][] } {
  return wraps.some((r) => r.includes(true)) ? { wraps } : {};
}

export class LocalSheet implements Surface<GoogleAppsScript.Spreadsheet.Sheet> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.Sheet' as const; }
  readonly grid = new Grid();
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  protections: LocalProtection[] = [];
  filter: LocalFilter | null = null;
  merges: string[] = [];
  charts: LocalEmbeddedChart[] = [];
  private static chartIds = 0;

  constructor(readonly env: RuntimeEnv, readonly spreadsheet: LocalSpreadsheet, public name: string, readonly sheetId: number) {}

  private call(method: string, kind: CallKind, cells: { read?: number; written?: number } = {}): void {
    this.env.accounting.record('SpreadsheetApp', `Sheet.${method}`, kind, cells);
  }

  // ---- host side -----------------------------------------------------------------------------

  /** The text getDisplayValues() shows for a cell. */
  display(cell: Cell | undefined): string {
    if (cell === undefined) return '';
    return formatValue(computedValue(this, cell), cell.format, this.spreadsheet.timeZone, this.spreadsheet.locale);
  }

  /** Stores a value as typed input (setValue semantics) without recording a call. */
  storeTyped(cell: Cell, input: unknown): void {
    const stored = storeInput(input, cell.format, this.spreadsheet.locale, this.spreadsheet.timeZone, this.env.clock.now());
    cell.value = stored.value;
    cell.formula = stored.formula;
    this.grid.noteFormula(stored.formula);
    if (stored.format && cell.format === '') cell.format = stored.format;
  }

  /** A range with Apps Script's argument checks, without recording a call. */
  rangeAt(row: number, column: number, numRows = 1, numColumns = 1, open: { rows?: boolean; columns?: boolean } = {}): LocalRange {
    if (!(row >= 1)) throw this.env.realm.error('The starting row of the range is too small.');
    if (!(column >= 1)) throw this.env.realm.error('The starting column of the range is too small.');
    if (!(numRows >= 1)) throw this.env.realm.error('The number of rows in the range must be at least 1.');
    if (!(numColumns >= 1)) throw this.env.realm.error('The number of columns in the range must be at least 1.');
    return new LocalRange(this.env, this, Math.floor(row), Math.floor(column), Math.floor(numRows), Math.floor(numColumns), open);
  }

  /** A1 notation on this sheet: `A1:B2`, `A:A`, `1:1`, `A2:C` (open ends run to the grid's edge). */
  rangeA1(notation: string): LocalRange {
    const a1 = parseA1(notation);
    if (!a1) throw this.env.realm.error('Range not found');
    const startRow = a1.startRow ?? 1;
    const startColumn = a1.startColumn ?? 1;
    const endRow = a1.endRow ?? this.maxRows;
    const endColumn = a1.endColumn ?? this.maxColumns;
    return this.rangeAt(startRow, startColumn, endRow - startRow + 1, endColumn - startColumn + 1, { rows: a1.endRow === null, columns: a1.endColumn === null });
  }

  snapshot(): SheetSnapshot {
    const rows = this.grid.lastRow();
    const columns = this.grid.lastColumn();
    const grid = <T>(f: (cell: Cell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(this.grid.get(r + 1, c + 1))));
    return {
      name: this.name,
      hidden: this.hidden,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      values: grid((c) => {
        const v = effectiveValue(c);
        return v !== null && typeof v === 'object' ? new Date(v.getTime()) : v;
      }),
      formulas: grid((c) => c?.formula ?? ''),
      numberFormats: grid((c) => c?.format ?? ''),
      bold: grid((c) => c?.bold ?? false),
      notes: grid((c) => c?.note ?? ''),
      validations: grid((c) => c?.validation?.toSnapshot() ?? null),
      ...wrapsOf(grid((c) => c?.style.wrap === 'true' || c?.style.wrapStrategy === 'WRAP')),
      columnWidths: Object.fromEntries([...this.columnWidths].sort((a, b) => a[0] - b[0])),
      hiddenColumns: [...this.hiddenColumns].sort((a, b) => a - b),
      protections: this.protections.filter((p) => p.type === 'SHEET').map((p) => ({ description: p.description, warningOnly: p.warningOnly })),
      ...(this.charts.length > 0 ? { charts: this.charts.map((c) => ({ ...c.data, ranges: [...c.data.ranges] })) } : {}),
    };
  }

  // ---- identity and navigation ---------------------------------------------------------------

  getName(): string { this.call('getName', 'local'); return this.name; }
  getSheetId(): number { this.call('getSheetId', 'local'); return this.sheetId; }
  getSheetName(): string { this.call('getSheetName', 'local'); return this.name; }
  getParent(): LocalSpreadsheet { this.call('getParent', 'local'); return this.spreadsheet; }
  getIndex(): number { this.call('getIndex', 'local'); return this.spreadsheet.sheets.indexOf(this) + 1; }

  setName(name: string): this {
    this.call('setName', 'write');
    checkSheetName(this.env, String(name), 'name');
    this.spreadsheet.checkFreeName(String(name), this);
    if (String(name) !== this.name) refuseIfFormulasReferTo(this, 'Sheet.setName');
    this.name = String(name);
    return this;
  }

  activate(): this {
    this.call('activate', 'rpc');
    this.spreadsheet.activeSheet = this;
    return this;
  }

  setTabColor(color: string | null): this { this.call('setTabColor', 'write'); this.tabColor = color; return this; }
  getTabColor(): string | null { this.call('getTabColor', 'rpc'); return this.tabColor; }

  // ---- ranges --------------------------------------------------------------------------------

  /** getRange(a1) or getRange(row, column[, numRows[, numColumns]]); resolved lazily (local). */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    this.call('getRange', 'local');
    if (typeof rowOrA1 === 'string') return this.rangeA1(rowOrA1);
    return this.rangeAt(rowOrA1, column as number, numRows ?? 1, numColumns ?? 1);
  }

  getRangeList(a1Notations: string[]): LocalRangeList {
    this.call('getRangeList', 'local');
    return new LocalRangeList(this.env, a1Notations.map((a1) => this.rangeA1(a1)));
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): LocalRange {
    this.call('getDataRange', 'rpc');
    return this.rangeAt(1, 1, Math.max(1, this.grid.lastRow()), Math.max(1, this.grid.lastColumn()));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this.call('getSheetValues', 'local');
    return this.rangeAt(startRow, startColumn, numRows, numColumns).getValues();
  }

  getLastRow(): number { this.call('getLastRow', 'rpc'); return this.grid.lastRow(); }
  getLastColumn(): number { this.call('getLastColumn', 'rpc'); return this.grid.lastColumn(); }
  getMaxRows(): number { this.call('getMaxRows', 'rpc'); return this.maxRows; }
  getMaxColumns(): number { this.call('getMaxColumns', 'rpc'); return this.maxColumns; }

  createTextFinder(findText: string): LocalTextFinder {
    this.call('createTextFinder', 'local');
    return new LocalTextFinder(this.env, findText, () => [this.rangeAt(1, 1, Math.max(1, this.grid.lastRow()), Math.max(1, this.grid.lastColumn()))]);
  }

  getFilter(): LocalFilter | null { this.call('getFilter', 'lookup'); return this.filter; }

  // ---- content -------------------------------------------------------------------------------

  /**
   * Writes after the last row with content, growing the grid when full; strings are typed input
   * ("If a cell's content begins with =, it's interpreted as a formula",
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents).
   */
  appendRow(rowContents: unknown[]): this {
    this.call('appendRow', 'write', { written: rowContents.length });
    const row = this.grid.lastRow() + 1;
    checkCellTexts(this.env, [rowContents]);
    const rows = Math.max(row, this.maxRows);
    const columns = Math.max(rowContents.length, this.maxColumns);
    checkCellCount(this.env, this.spreadsheet.gridCells(), rows * columns - this.maxRows * this.maxColumns);
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((value, j) => this.storeTyped(this.grid.at(row, j + 1), value));
    return this;
  }

  /** Changes every cell there is; the last row and column are computed again afterwards (`at` forgets them). */
  private everyCell(f: (cell: Cell) => void): void {
    const rows = Math.max(this.grid.lastRow(), this.maxRows);
    for (let r = 1; r <= rows; r += 1) for (let c = 1; c <= this.maxColumns; c += 1) if (this.grid.get(r, c)) f(this.grid.at(r, c));
    this.grid.touch();
  }

  /** Sheet.clear(): "Clears the sheet of content and formatting information." */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.call('clear', 'write');
    const only = options?.contentsOnly || options?.formatOnly;
    this.everyCell((cell) => {
      if (!only || options?.contentsOnly) { cell.value = null; cell.formula = ''; }
      if (!only || options?.formatOnly) { cell.format = ''; cell.bold = false; cell.style = NO_STYLE; }
    });
    return this;
  }

  clearContents(): this { this.call('clearContents', 'write'); this.everyCell((c) => { c.value = null; c.formula = ''; }); return this; }
  clearFormats(): this { this.call('clearFormats', 'write'); this.everyCell((c) => { c.format = ''; c.bold = false; c.style = NO_STYLE; }); return this; }
  clearNotes(): this { this.call('clearNotes', 'write'); this.everyCell((c) => { c.note = ''; }); return this; }

  /** Sorts the rows below the frozen header by one column (what a coordinator does by hand). */
  sort(columnPosition: number, ascending = true): this {
    this.call('sort', 'write');
    const first = this.frozenRows + 1;
    const last = this.grid.lastRow();
    if (last >= first) {
      sortRows(this.grid, first, last - first + 1, 1, Math.max(this.grid.lastColumn(), columnPosition), [{ column: columnPosition, ascending }], this.spreadsheet.locale, (m) => this.env.realm.error(m));
    }
    return this;
  }

  // ---- rows and columns ----------------------------------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): this { return this.insertRowsAt('insertRowsAfter', afterPosition + 1, howMany); }
  insertRowAfter(afterPosition: number): this { return this.insertRowsAt('insertRowAfter', afterPosition + 1, 1); }
  insertRowsBefore(beforePosition: number, howMany: number): this { return this.insertRowsAt('insertRowsBefore', beforePosition, howMany); }
  insertRowBefore(beforePosition: number): this { return this.insertRowsAt('insertRowBefore', beforePosition, 1); }
  insertRows(rowIndex: number, numRows = 1): void { this.insertRowsAt('insertRows', rowIndex, numRows); }

  private insertRowsAt(method: string, before: number, count: number): this {
    this.call(method, 'write');
    if (!(before >= 1) || before > this.maxRows + 1) throw this.env.realm.error('Those rows are out of bounds.');
    if (!(count >= 1)) throw this.env.realm.error('The number of rows to insert must be at least 1.');
    checkCellCount(this.env, this.spreadsheet.gridCells(), count * this.maxColumns);
    refuseIfFormulasReferTo(this, `Sheet.${method}`);
    this.grid.insertRows(before, count);
    this.maxRows += count;
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows', 'write');
    this.removeRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.call('deleteRow', 'write');
    this.removeRows(rowPosition, 1);
    return this;
  }

  private removeRows(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.maxRows) throw this.env.realm.error('Those rows are out of bounds.');
    if (this.maxRows - count <= this.frozenRows) throw this.env.realm.error('Sorry, it is not possible to delete all non-frozen rows.');
    refuseIfFormulasReferTo(this, 'deleting rows');
    this.grid.deleteRows(start, count);
    this.maxRows -= count;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this { return this.insertColumnsAt('insertColumnsAfter', afterPosition + 1, howMany); }
  insertColumnAfter(afterPosition: number): this { return this.insertColumnsAt('insertColumnAfter', afterPosition + 1, 1); }
  insertColumnsBefore(beforePosition: number, howMany: number): this { return this.insertColumnsAt('insertColumnsBefore', beforePosition, howMany); }
  insertColumnBefore(beforePosition: number): this { return this.insertColumnsAt('insertColumnBefore', beforePosition, 1); }
  insertColumns(columnIndex: number, numColumns = 1): void { this.insertColumnsAt('insertColumns', columnIndex, numColumns); }

  private insertColumnsAt(method: string, before: number, count: number): this {
    this.call(method, 'write');
    if (!(before >= 1) || before > this.maxColumns + 1) throw this.env.realm.error('Those columns are out of bounds.');
    // As for rows: inserting no column is refused (it used to do nothing and succeed).
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)
    if (!(count >= 1)) throw this.env.realm.error('The number of columns to insert must be at least 1.');
    checkCellCount(this.env, this.spreadsheet.gridCells(), count * this.maxRows);
    refuseIfFormulasReferTo(this, `Sheet.${method}`);
    this.grid.insertColumns(before, count);
    this.maxColumns += count;
    this.columnWidths = shiftKeys(this.columnWidths, before, count);
    this.hiddenColumns = new Set(shiftKeys(new Map([...this.hiddenColumns].map((c) => [c, c])), before, count).keys());
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.call('deleteColumns', 'write');
    this.removeColumns(columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): this {
    this.call('deleteColumn', 'write');
    this.removeColumns(columnPosition, 1);
    return this;
  }

  private removeColumns(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.maxColumns) throw this.env.realm.error('Those columns are out of bounds.');
    if (this.maxColumns - count <= this.frozenColumns) throw this.env.realm.error('Sorry, it is not possible to delete all non-frozen columns.');
    refuseIfFormulasReferTo(this, 'deleting columns');
    this.grid.deleteColumns(start, count);
    this.maxColumns -= count;
    this.columnWidths = shiftKeys(this.columnWidths, start + count, -count, start);
    this.hiddenColumns = new Set(shiftKeys(new Map([...this.hiddenColumns].map((c) => [c, c])), start + count, -count, start).keys());
  }

  // ---- view ----------------------------------------------------------------------------------

  // Freezing the whole grid is refused with "You can't freeze all visible rows on the sheet.", as
  // reported from Apps Script (github.com/google/ads-account-structure-script/issues/2) and the Sheets
  // API; https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer)
  // says nothing of it. The columns' wording is the rows' by analogy; a count that is not a
  // non-negative integer throws the runtime's `Invalid argument` (the stricter choice).
  setFrozenRows(rows: number): void {
    this.call('setFrozenRows', 'write');
    if (!Number.isInteger(rows) || rows < 0) throw this.env.realm.error('Invalid argument: rows');
    if (rows >= this.maxRows) throw this.env.realm.error('You can\'t freeze all visible rows on the sheet.');
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns', 'write');
    if (!Number.isInteger(columns) || columns < 0) throw this.env.realm.error('Invalid argument: columns');
    if (columns >= this.maxColumns) throw this.env.realm.error('You can\'t freeze all visible columns on the sheet.');
    this.frozenColumns = columns;
  }
  getFrozenRows(): number { this.call('getFrozenRows', 'rpc'); return this.frozenRows; }
  getFrozenColumns(): number { this.call('getFrozenColumns', 'rpc'); return this.frozenColumns; }

  hideSheet(): this {
    this.call('hideSheet', 'write');
    // "If this method is called on the only visible sheet, it throws an exception"
    // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet(); contract probe
    // probe_spreadsheet_hidingTheLastVisibleSheetThrows). The wording is the UI's, not confirmed for scripts.
    if (this.spreadsheet.sheets.every((s) => s === this || s.hidden)) throw this.env.realm.error('Sorry, it is not possible to hide all the sheets in a document.');
    this.hidden = true;
    return this;
  }

  showSheet(): this { this.call('showSheet', 'write'); this.hidden = false; return this; }
  isSheetHidden(): boolean { this.call('isSheetHidden', 'rpc'); return this.hidden; }

  /**
   * Columns (rows) named by a view method must lie in the grid: Sheets keeps no width or hidden state
   * for a column it does not have. The reference pages are silent; the runtime refuses with the
   * message it gives for deleting columns out of bounds (the stricter choice; it used to store them).
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer)
   */
  private columnsInGrid(start: number, count: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(count) || start < 1 || count < 1 || start + count - 1 > this.maxColumns) {
      throw this.env.realm.error('Those columns are out of bounds.');
    }
  }
  private rowsInGrid(start: number, count: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(count) || start < 1 || count < 1 || start + count - 1 > this.maxRows) {
      throw this.env.realm.error('Those rows are out of bounds.');
    }
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.call('setColumnWidth', 'write');
    this.columnsInGrid(columnPosition, 1);
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.call('setColumnWidths', 'write');
    this.columnsInGrid(startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number { this.call('getColumnWidth', 'rpc'); return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH; }
  setRowHeight(rowPosition: number, height: number): this {
    this.call('setRowHeight', 'write');
    this.rowsInGrid(rowPosition, 1);
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  getRowHeight(rowPosition: number): number { this.call('getRowHeight', 'rpc'); return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT; }

  /** Fits each column to its longest displayed text (about 7 px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.call('autoResizeColumns', 'write');
    for (let c = startColumn; c < startColumn + numColumns; c += 1) {
      let longest = 0;
      for (let r = 1; r <= this.grid.lastRow(); r += 1) longest = Math.max(longest, this.display(this.grid.get(r, c)).length);
      this.columnWidths.set(c, Math.max(30, longest * 7 + 10));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this { return this.autoResizeColumns(columnPosition, 1); }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.call('hideColumns', 'write');
    this.columnsInGrid(columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.call('showColumns', 'write');
    this.columnsInGrid(columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c += 1) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean { this.call('isColumnHiddenByUser', 'rpc'); return this.hiddenColumns.has(columnPosition); }

  // ---- protection ----------------------------------------------------------------------------

  // ---- charts ------------------------------------------------------------------------------------
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()

  newChart(): LocalEmbeddedChartBuilder {
    this.call('newChart', 'local');
    return new LocalEmbeddedChartBuilder(this.env, () => (LocalSheet.chartIds += 1));
  }

  insertChart(chart: LocalEmbeddedChart): void {
    this.call('insertChart', 'write');
    if (!(chart instanceof LocalEmbeddedChart)) throw new Error('Invalid argument: chart');
    this.charts.push(chart);
  }

  getCharts(): LocalEmbeddedChart[] { this.call('getCharts', 'read'); return [...this.charts]; }

  removeChart(chart: LocalEmbeddedChart): void {
    this.call('removeChart', 'write');
    this.charts = this.charts.filter((c) => c.data.id !== chart.data.id);
  }

  protect(): LocalProtection {
    this.call('protect', 'rpc');
    const protection = new LocalProtection(this.env, 'SHEET', this, this.rangeAt(1, 1, this.maxRows, this.maxColumns));
    this.protections.push(protection);
    return protection;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType | keyof typeof ProtectionType): LocalProtection[] {
    this.call('getProtections', 'lookup');
    return this.protections.filter((p) => p.type === String(type));
  }
}

/** Moves the keys >= from by delta; keys in [dropFrom, from) are dropped (deleted columns). */
function shiftKeys<V>(map: Map<number, V>, from: number, delta: number, dropFrom = from): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) {
    if (k >= dropFrom && k < from) continue;
    out.set(k >= from ? k + delta : k, v);
  }
  return out;
}
