// Range: a rectangle of cells on a local sheet. Reads and writes are one round trip each,
// accounted with the number of cells they move; getters on the rectangle itself are local.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import type { RuntimeEnv } from '../env';
import type { CallKind } from '../accounting';
import { formatA1 } from './a1-notation';
import { LocalDataValidation } from './data-validation';
import { LocalFilter } from './filter';
import { computedValue } from './formula/computed-value';
import { type Cell, effectiveValue, type FormatField, hasContent, NO_STYLE, styleAfter } from './grid';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import { LocalProtection } from './protection';
import { checkCellText, checkCellTexts } from './sheets-limits';
import type { LocalSheet } from './sheet';
import { sortRows, type SortKey } from './sort-rows';
import { LocalTextFinder } from './text-finder';
import { storeInput } from './user-input';

/** What getNumberFormat() answers for a cell whose format was never set (Sheets' automatic format). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

type SortSpec = number | { column: number; ascending?: boolean };

export class LocalRange implements Surface<GoogleAppsScript.Spreadsheet.Range> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.Range' as const; }
  constructor(
    readonly env: RuntimeEnv,
    readonly sheet: LocalSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    /** Whole columns (`A:B`, open rows) or whole rows (`1:2`, open columns), for getA1Notation. */
    private readonly open: { rows?: boolean; columns?: boolean } = {},
  ) {}

  // ---- plumbing ----------------------------------------------------------------------------

  private call(method: string, kind: CallKind, cells: { read?: number; written?: number } = {}): void {
    this.env.accounting.record('SpreadsheetApp', `Range.${method}`, kind, cells);
  }

  private get size(): number {
    return this.numRows * this.numColumns;
  }

  /** Apps Script resolves ranges lazily: the grid check happens at the first round trip. */
  private inGrid(): void {
    if (this.row + this.numRows - 1 > this.sheet.maxRows || this.column + this.numColumns - 1 > this.sheet.maxColumns) {
      throw this.env.realm.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private read<T>(method: string, cellsRead: number, f: (cell: Cell | undefined) => T): T[][] {
    this.call(method, 'read', { read: cellsRead });
    this.inGrid();
    const grid = this.sheet.grid;
    // Plain loops: a close reads tens of thousands of rows, and Array.from with a callback is slower.
    const rows: T[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i += 1) {
      const row: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j += 1) row[j] = f(grid.get(this.row + i, this.column + j));
      rows[i] = row;
    }
    return rows;
  }

  private write(method: string, f: (cell: Cell, i: number, j: number) => void, kind: CallKind = 'write'): this {
    this.call(method, kind, { written: this.size });
    this.inGrid();
    for (let i = 0; i < this.numRows; i += 1) {
      for (let j = 0; j < this.numColumns; j += 1) f(this.sheet.grid.at(this.row + i, this.column + j), i, j);
    }
    return this;
  }

  /** One formatting field set on every cell of the range (`value(i, j)`): see Grid.format. */
  private format<K extends FormatField>(method: string, field: K, value: (i: number, j: number, cell: Cell | undefined) => Cell[K]): this {
    this.call(method, 'write', { written: this.size });
    this.inGrid();
    const grid = this.sheet.grid;
    for (let i = 0; i < this.numRows; i += 1) {
      for (let j = 0; j < this.numColumns; j += 1) grid.format(this.row + i, this.column + j, field, value(i, j, grid.get(this.row + i, this.column + j)));
    }
    return this;
  }

  /**
   * Apps Script's shape check for setValues and friends, word for word. The parameter is an
   * `Object[][]` ("A two-dimensional array of values",
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)): an
   * argument that is not an array of arrays does not match the method's signature, and the message
   * names the method it was given to. A row that is not an array used to pass as a one-cell row.
   */
  private checkShape(method: string, data: unknown): unknown[][] {
    const mismatch = () => this.env.realm.error(`The parameters (${signatureType(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    if (!Array.isArray(data)) throw mismatch();
    if (!data.every((row) => Array.isArray(row))) throw mismatch();
    if (data.length !== this.numRows) {
      throw this.env.realm.error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`);
    }
    for (const row of data as unknown[][]) {
      if (row.length !== this.numColumns) {
        throw this.env.realm.error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`);
      }
    }
    return data as unknown[][];
  }

  private toScript(cell: Cell | undefined): unknown {
    const value = computedValue(this.sheet, cell);
    if (value === null) return '';
    return typeof value === 'object' ? this.env.realm.date(value.getTime()) : value;
  }

  private storeInto(cell: Cell, input: unknown): void {
    const ss = this.sheet.spreadsheet;
    const stored = storeInput(input, cell.format, ss.locale, ss.timeZone, this.env.clock.now());
    cell.value = stored.value;
    cell.formula = stored.formula;
    this.sheet.grid.noteFormula(stored.formula);
    if (stored.format && cell.format === '') cell.format = stored.format;
  }

  /** Host side: `A1:B2` without recording a call. */
  a1(): string {
    return formatA1(this.row, this.column, this.numRows, this.numColumns, this.open);
  }

  // ---- the rectangle (local) ---------------------------------------------------------------

  getRow(): number { this.call('getRow', 'local'); return this.row; }
  getColumn(): number { this.call('getColumn', 'local'); return this.column; }
  getNumRows(): number { this.call('getNumRows', 'local'); return this.numRows; }
  getNumColumns(): number { this.call('getNumColumns', 'local'); return this.numColumns; }
  getHeight(): number { this.call('getHeight', 'local'); return this.numRows; }
  getWidth(): number { this.call('getWidth', 'local'); return this.numColumns; }
  getLastRow(): number { this.call('getLastRow', 'local'); return this.row + this.numRows - 1; }
  getLastColumn(): number { this.call('getLastColumn', 'local'); return this.column + this.numColumns - 1; }
  getA1Notation(): string { this.call('getA1Notation', 'local'); return this.a1(); }
  getSheet(): LocalSheet { this.call('getSheet', 'local'); return this.sheet; }

  getCell(row: number, column: number): LocalRange {
    this.call('getCell', 'local');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) throw this.env.realm.error('Cell reference out of range');
    return new LocalRange(this.env, this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    this.call('offset', 'local');
    return this.sheet.rangeAt(this.row + rowOffset, this.column + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns);
  }

  activate(): this {
    this.call('activate', 'rpc');
    this.sheet.spreadsheet.activeSheet = this.sheet;
    return this;
  }

  // ---- values ------------------------------------------------------------------------------

  getValues(): unknown[][] { return this.read('getValues', this.size, (c) => this.toScript(c)); }
  getValue(): unknown { return this.topLeft('getValue', (c) => this.toScript(c)); }
  getDisplayValues(): string[][] { return this.read('getDisplayValues', this.size, (c) => this.sheet.display(c)); }
  getDisplayValue(): string { return this.topLeft('getDisplayValue', (c) => this.sheet.display(c)); }
  getFormulas(): string[][] { return this.read('getFormulas', this.size, (c) => c?.formula ?? ''); }
  getFormula(): string { return this.topLeft('getFormula', (c) => c?.formula ?? ''); }
  getNotes(): string[][] { return this.read('getNotes', this.size, (c) => c?.note ?? ''); }
  getNote(): string { return this.topLeft('getNote', (c) => c?.note ?? ''); }
  getNumberFormats(): string[][] { return this.read('getNumberFormats', this.size, (c) => c?.format || DEFAULT_NUMBER_FORMAT); }
  getNumberFormat(): string { return this.topLeft('getNumberFormat', (c) => c?.format || DEFAULT_NUMBER_FORMAT); }
  getDataValidations(): (LocalDataValidation | null)[][] { return this.read('getDataValidations', this.size, (c) => c?.validation ?? null); }
  getDataValidation(): LocalDataValidation | null { return this.topLeft('getDataValidation', (c) => c?.validation ?? null); }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] { return this.read('getFontWeights', this.size, (c): GoogleAppsScript.Spreadsheet.FontWeight => (c?.bold ? 'bold' : 'normal')); }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight { return this.topLeft('getFontWeight', (c): GoogleAppsScript.Spreadsheet.FontWeight => (c?.bold ? 'bold' : 'normal')); }
  getBackgrounds(): string[][] { return this.read('getBackgrounds', this.size, (c) => c?.style.background ?? '#ffffff'); }
  getBackground(): string { return this.topLeft('getBackground', (c) => c?.style.background ?? '#ffffff'); }
  getFontColor(): string { return this.topLeft('getFontColor', (c) => c?.style.fontColor ?? '#000000'); }
  getHorizontalAlignment(): string { return this.topLeft('getHorizontalAlignment', (c) => c?.style.horizontalAlignment ?? 'general'); }
  getWrap(): boolean { return this.topLeft('getWrap', (c) => c?.style.wrap === 'true'); }

  private topLeft<T>(method: string, f: (cell: Cell | undefined) => T): T {
    this.call(method, 'read', { read: 1 });
    this.inGrid();
    return f(this.sheet.grid.get(this.row, this.column));
  }

  isBlank(): boolean {
    return this.read('isBlank', this.size, (c) => hasContent(c)).every((r) => r.every((has) => !has));
  }

  setValues(values: unknown[][]): this {
    const data = this.checkShape('setValues', values);
    checkCellTexts(this.env, data);
    return this.write('setValues', (cell, i, j) => this.storeInto(cell, data[i][j]));
  }

  /** Writes the same value into every cell of the range. */
  setValue(value: unknown): this {
    checkCellText(this.env, value);
    return this.write('setValue', (cell) => this.storeInto(cell, value));
  }

  setFormula(formula: string): this {
    return this.write('setFormula', (cell) => { cell.formula = String(formula); cell.value = null; this.sheet.grid.noteFormula(cell.formula); });
  }

  setFormulas(formulas: string[][]): this {
    const data = this.checkShape('setFormulas', formulas);
    return this.write('setFormulas', (cell, i, j) => {
      const f = String(data[i][j] ?? '');
      cell.formula = f;
      this.sheet.grid.noteFormula(f);
      cell.value = null;
    });
  }

  setNote(note: string | null): this {
    return this.write('setNote', (cell) => { cell.note = note === null ? '' : String(note); });
  }

  setNotes(notes: (string | null)[][]): this {
    const data = this.checkShape('setNotes', notes);
    return this.write('setNotes', (cell, i, j) => { cell.note = data[i][j] == null ? '' : String(data[i][j]); });
  }

  setNumberFormat(numberFormat: string): this {
    const format = String(numberFormat);
    return this.format('setNumberFormat', 'format', () => format);
  }

  setNumberFormats(numberFormats: string[][]): this {
    const data = this.checkShape('setNumberFormats', numberFormats);
    return this.format('setNumberFormats', 'format', (i, j) => String(data[i][j] ?? ''));
  }

  /**
   * The parameter is a `DataValidation` (null clears): a builder whose `build()` was forgotten, or
   * any other object, does not match the signature. It used to be stored as the cell's rule.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)
   */
  setDataValidation(rule: LocalDataValidation | null): this {
    if (rule !== null && !(rule instanceof LocalDataValidation)) {
      throw this.env.realm.error(`The parameters (${signatureType(rule)}) don't match the method signature for SpreadsheetApp.Range.setDataValidation.`);
    }
    return this.format('setDataValidation', 'validation', () => rule);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation) */
  setDataValidations(rules: (LocalDataValidation | null)[][]): this {
    const data = this.checkShape('setDataValidations', rules);
    if (!data.every((row) => row.every((r) => r == null || r instanceof LocalDataValidation))) {
      throw this.env.realm.error(`The parameters (${signatureType(rules)}) don't match the method signature for SpreadsheetApp.Range.setDataValidations.`);
    }
    return this.format('setDataValidations', 'validation', (i, j) => (data[i][j] as LocalDataValidation | null) ?? null);
  }

  // ---- checkboxes (https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes)

  insertCheckboxes(): this {
    const rule = this.sheet.spreadsheet.checkboxRule();
    return this.format('insertCheckboxes', 'validation', () => rule);
  }

  /** Clears each cell's validation, and its value when it is the checked or unchecked value. */
  removeCheckboxes(): this {
    return this.write('removeCheckboxes', (cell) => {
      if (!cell.validation?.isCheckbox()) return;
      cell.validation = null;
      if (typeof cell.value === 'boolean') cell.value = null;
    });
  }

  check(): this { return this.write('check', (cell) => { if (cell.validation?.isCheckbox()) cell.value = true; }); }
  uncheck(): this { return this.write('uncheck', (cell) => { if (cell.validation?.isCheckbox()) cell.value = false; }); }
  isChecked(): boolean | null {
    const states = this.read('isChecked', this.size, (c) => (c?.validation?.isCheckbox() ? effectiveValue(c) === true : null)).flat();
    if (states.some((s) => s === null)) return null;
    return states.every((s) => s === true) ? true : states.every((s) => s === false) ? false : null;
  }

  // ---- clearing (https://developers.google.com/apps-script/reference/spreadsheet/range#clear)

  /** clear(): contents and formats; with options, only what they name. */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): this {
    const o = options ?? {};
    const only = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    return this.write('clear', (cell) => {
      if (!only || o.contentsOnly) { cell.value = null; cell.formula = ''; }
      if (!only || o.formatOnly) { cell.format = ''; cell.bold = false; cell.style = NO_STYLE; }
      if (o.commentsOnly) cell.note = '';
      if (o.validationsOnly) cell.validation = null;
    });
  }

  clearContent(): this { return this.write('clearContent', (cell) => { cell.value = null; cell.formula = ''; }); }
  clearFormat(): this { return this.write('clearFormat', (cell) => { cell.format = ''; cell.bold = false; cell.style = NO_STYLE; }); }
  clearDataValidations(): this { return this.write('clearDataValidations', (cell) => { cell.validation = null; }); }
  clearNote(): this { return this.write('clearNote', (cell) => { cell.note = ''; }); }

  // ---- formatting: recorded; only bold and number formats change what tests and exports read

  /**
   * "fontWeight: The font weight, either 'bold' or 'normal'; a null value resets the font weight"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeight(String)).
   * Anything else used to read as normal; it is refused (the page does not say how: the stricter choice).
   */
  setFontWeight(fontWeight: string | null): this {
    if (!isFontWeight(fontWeight)) throw this.env.realm.error('Invalid argument: fontWeight');
    return this.format('setFontWeight', 'bold', () => fontWeight === 'bold');
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeights(Object) */
  setFontWeights(fontWeights: (string | null)[][]): this {
    const data = this.checkShape('setFontWeights', fontWeights);
    if (!data.every((row) => row.every(isFontWeight))) throw this.env.realm.error('Invalid argument: fontWeights');
    return this.format('setFontWeights', 'bold', (i, j) => data[i][j] === 'bold');
  }

  private style(method: string, key: string, value: unknown): this {
    const text = value === null || value === undefined ? null : String(value);
    return this.format(method, 'style', (_i, _j, cell) => styleAfter(cell?.style ?? NO_STYLE, key, text));
  }

  private styles(method: string, key: string, values: unknown[][]): this {
    const data = this.checkShape(method, values);
    return this.format(method, 'style', (i, j, cell) => {
      const v = data[i][j];
      return styleAfter(cell?.style ?? NO_STYLE, key, v === null || v === undefined ? null : String(v));
    });
  }

  setBackground(color: string | null): this { return this.style('setBackground', 'background', color); }
  setBackgrounds(color: (string | null)[][]): this { return this.styles('setBackgrounds', 'background', color); }
  setFontColor(color: string | null): this { return this.style('setFontColor', 'fontColor', color); }
  setFontColors(colors: unknown[][]): this { return this.styles('setFontColors', 'fontColor', colors); }
  setFontSize(size: number): this { return this.style('setFontSize', 'fontSize', size); }
  setFontStyle(fontStyle: string | null): this { return this.style('setFontStyle', 'fontStyle', fontStyle); }
  setFontFamily(fontFamily: string | null): this { return this.style('setFontFamily', 'fontFamily', fontFamily); }
  setFontLine(fontLine: string | null): this { return this.style('setFontLine', 'fontLine', fontLine); }
  setHorizontalAlignment(alignment: string | null): this { return this.style('setHorizontalAlignment', 'horizontalAlignment', alignment); }
  setHorizontalAlignments(alignments: (string | null)[][]): this { return this.styles('setHorizontalAlignments', 'horizontalAlignment', alignments); }
  setVerticalAlignment(alignment: string | null): this { return this.style('setVerticalAlignment', 'verticalAlignment', alignment); }
  setWrap(isWrapEnabled: boolean): this { return this.style('setWrap', 'wrap', isWrapEnabled === true); }
  setWraps(isWrapEnabled: boolean[][]): this { return this.styles('setWraps', 'wrap', isWrapEnabled); }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this { return this.style('setWrapStrategy', 'wrapStrategy', strategy); }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): this { return this.styles('setWrapStrategies', 'wrapStrategy', strategies); }
  setBorder(...args: unknown[]): this { return this.style('setBorder', 'border', JSON.stringify(args.map((a) => (a === null || a === undefined ? null : String(a))))); }

  merge(): this {
    this.call('merge', 'write');
    this.inGrid();
    this.sheet.merges.push(this.a1());
    return this;
  }

  breakApart(): this {
    this.call('breakApart', 'write');
    this.sheet.merges = this.sheet.merges.filter((m) => m !== this.a1());
    return this;
  }

  // ---- objects on the range ------------------------------------------------------------------

  protect(): LocalProtection {
    this.call('protect', 'rpc');
    const protection = new LocalProtection(this.env, 'RANGE', this.sheet, this);
    this.sheet.protections.push(protection);
    return protection;
  }

  createFilter(): LocalFilter {
    this.call('createFilter', 'rpc');
    // "You can't create more than one filter on a sheet"
    // (https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter(); contract probe
    // probe_spreadsheet_secondFilterOnSheetThrows). The message's exact wording is not documented.
    if (this.sheet.filter) throw this.env.realm.error('You can\'t create a filter in a sheet that already has a filter.');
    this.sheet.filter = new LocalFilter(this.env, this.sheet, this);
    return this.sheet.filter;
  }

  createTextFinder(findText: string): LocalTextFinder {
    this.call('createTextFinder', 'local');
    return new LocalTextFinder(this.env, findText, () => [this]);
  }

  /** sort(2), sort({column: 2, ascending: false}) or an array of those; columns are absolute. */
  sort(sortSpecObj: SortSpec | SortSpec[]): this {
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys: SortKey[] = specs.map((s) => (typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending !== false }));
    for (const key of keys) {
      if (key.column < this.column || key.column >= this.column + this.numColumns) {
        throw this.env.realm.error(`The sort column must be within the specified range, between ${this.column} and ${this.column + this.numColumns - 1}.`);
      }
    }
    this.call('sort', 'write', { written: this.size });
    this.inGrid();
    sortRows(this.sheet.grid, this.row, this.numRows, this.column, this.numColumns, keys, this.sheet.spreadsheet.locale, (m) => this.env.realm.error(m));
    return this;
  }
}

/**
 * How Apps Script names a JavaScript argument in "The parameters (…) don't match the method
 * signature": `String`, `number`, `Boolean`, `Object`, and `T[]` for an array whose elements are all
 * of one kind (`Object[]` otherwise), as in reported messages such as `(String[])` and `(number[])`.
 */
function signatureType(value: unknown): string {
  if (Array.isArray(value)) {
    const kinds = new Set(value.map(signatureType));
    return `${kinds.size === 1 ? [...kinds][0] : 'Object'}[]`;
  }
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === null || value === undefined) return 'null';
  // A service object is named by its class: `SpreadsheetApp.DataValidationBuilder`.
  const tag = (value as { [APPS_SCRIPT_CLASS]?: string | readonly string[] })[APPS_SCRIPT_CLASS];
  const name = Array.isArray(tag) ? tag[0] : tag;
  if (typeof name === 'string') return name.replace(/^Spreadsheet\./, 'SpreadsheetApp.');
  return 'Object';
}

/** 'bold', 'normal', or null (undefined, as Apps Script reads a missing value) to reset. */
function isFontWeight(value: unknown): boolean {
  return value === 'bold' || value === 'normal' || value === null || value === undefined;
}
