// Spreadsheet: the local workbook — its tabs, time zone and locale, and the host-side snapshot.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import type { CallKind } from '../accounting';
import type { RuntimeEnv } from '../env';
import type { ProtectionType } from './enums';
import { parseA1 } from './a1-notation';
import { LocalDataValidation } from './data-validation';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalProtection } from './protection';
import type { LocalRange } from './range';
import { LocalSheet, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './sheet';
import { checkCellCount, checkSheetName } from './sheets-limits';
import type { SpreadsheetSnapshot } from './snapshot';
import { conventions } from './spreadsheet-locale';
import type { UiRecorder } from './ui';

type SheetOptions = { template?: LocalSheet };

export interface SpreadsheetInit {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
}

export class LocalSpreadsheet implements Surface<GoogleAppsScript.Spreadsheet.Spreadsheet> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.Spreadsheet' as const; }
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly sheets: LocalSheet[] = [];
  activeSheet: LocalSheet | null = null;
  private nextSheetId = 0;
  private checkbox: LocalDataValidation | null = null;

  constructor(readonly env: RuntimeEnv, private readonly recorder: UiRecorder, init: SpreadsheetInit) {
    this.id = init.id;
    this.name = init.name;
    this.timeZone = init.timeZone;
    this.locale = init.locale;
  }

  private call(method: string, kind: CallKind): void {
    this.env.accounting.record('SpreadsheetApp', `Spreadsheet.${method}`, kind);
  }

  // ---- host side -----------------------------------------------------------------------------

  /** A sheet appended without recording a call (load, create). */
  addSheet(name: string, index = this.sheets.length): LocalSheet {
    this.checkFreeName(name);
    // The first tab's id is 0, as in Sheets; later ones are large and stable.
    const id = this.nextSheetId === 0 ? 0 : 1_000_000 + this.nextSheetId * 7919;
    this.nextSheetId += 1;
    const sheet = new LocalSheet(this.env, this, name, id);
    this.sheets.splice(index, 0, sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** Sheet names are unique regardless of case; Apps Script's message, word for word. */
  checkFreeName(name: string, except?: LocalSheet): void {
    const taken = this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (taken) throw this.env.realm.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** Cells of every tab's grid, empty ones included: what the 10-million-cell limit counts. */
  gridCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  }

  /** The shared checkbox rule insertCheckboxes() applies. */
  checkboxRule(): LocalDataValidation {
    this.checkbox ??= new LocalDataValidation(this.env, { criteria: 'CHECKBOX', args: [], allowInvalid: true, helpText: '' });
    return this.checkbox;
  }

  private findSheet(name: string): LocalSheet | null {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  private defaultSheetName(): string {
    const prefix = conventions(this.locale).sheetPrefix;
    let n = this.sheets.length + 1;
    while (this.findSheet(`${prefix}${n}`)) n += 1;
    return `${prefix}${n}`;
  }

  snapshot(): SpreadsheetSnapshot {
    return { name: this.name, timeZone: this.timeZone, locale: this.locale, sheets: this.sheets.map((s) => s.snapshot()) };
  }

  // ---- identity ------------------------------------------------------------------------------

  getId(): string { this.call('getId', 'local'); return this.id; }
  getName(): string { this.call('getName', 'rpc'); return this.name; }
  rename(newName: string): void { this.call('rename', 'write'); this.name = String(newName); }
  getUrl(): string { this.call('getUrl', 'rpc'); return `https://docs.google.com/spreadsheets/d/${this.id}/edit`; }
  getSpreadsheetTimeZone(): string { this.call('getSpreadsheetTimeZone', 'rpc'); return this.timeZone; }
  setSpreadsheetTimeZone(timezone: string): void { this.call('setSpreadsheetTimeZone', 'write'); this.timeZone = String(timezone); }
  getSpreadsheetLocale(): string { this.call('getSpreadsheetLocale', 'rpc'); return this.locale; }
  setSpreadsheetLocale(locale: string): void { this.call('setSpreadsheetLocale', 'write'); this.locale = String(locale); }

  // ---- sheets --------------------------------------------------------------------------------

  getSheets(): LocalSheet[] { this.call('getSheets', 'lookup'); return [...this.sheets]; }
  getNumSheets(): number { this.call('getNumSheets', 'rpc'); return this.sheets.length; }
  getSheetByName(name: string): LocalSheet | null { this.call('getSheetByName', 'lookup'); return this.findSheet(String(name)); }
  getSheetById(id: number): LocalSheet | null { this.call('getSheetById', 'lookup'); return this.sheets.find((s) => s.sheetId === id) ?? null; }
  getActiveSheet(): LocalSheet { this.call('getActiveSheet', 'lookup'); return this.activeSheet ?? this.sheets[0]; }

  setActiveSheet(sheet: LocalSheet): LocalSheet {
    this.call('setActiveSheet', 'rpc');
    this.activeSheet = sheet;
    return this.activeSheet;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index): the index is
   * 0-based and the new sheet becomes the active one
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex).
   */
  insertSheet(nameOrIndex?: string | number | SheetOptions, index?: number | SheetOptions, options?: SheetOptions): LocalSheet {
    this.call('insertSheet', 'write');
    if ([nameOrIndex, index, options].some((a) => typeof a === 'object' && a !== null)) throw this.env.realm.error('not implemented: Spreadsheet.insertSheet with a template');
    if (typeof nameOrIndex === 'string') checkSheetName(this.env, nameOrIndex, 'sheetName');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultSheetName();
    checkCellCount(this.env, this.gridCells(), NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.sheets.length;
    // "sheetIndex: The index of the newly created sheet": 0 to the number of sheets. An index outside
    // used to be clamped; it is refused (the page is silent on it: the stricter choice).
    if (!Number.isInteger(at) || at < 0 || at > this.sheets.length) throw this.env.realm.error('Invalid argument: sheetIndex');
    const sheet = this.addSheet(name, at);
    this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: LocalSheet): void {
    this.call('deleteSheet', 'write');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw this.env.realm.error('Sheet not found');
    // A spreadsheet keeps at least one sheet; the Sheets API refuses with these words (github.com/
    // googleapis/google-api-php-client/issues/1293, github.com/tidyverse/googlesheets4/issues/70).
    if (this.sheets.length === 1) throw this.env.realm.error('You can\'t remove all the sheets in a document.');
    this.sheets.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.call('moveActiveSheet', 'write');
    const sheet = this.getActiveSheetHost();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(pos - 1, this.sheets.length)), 0, sheet);
  }

  private getActiveSheetHost(): LocalSheet {
    return this.activeSheet ?? this.sheets[0];
  }

  /** `Tab!A1:B2` on that tab, or `A1:B2` on the active sheet. */
  getRange(a1Notation: string): LocalRange {
    this.call('getRange', 'local');
    const a1 = parseA1(String(a1Notation));
    if (!a1) throw this.env.realm.error('Range not found');
    const sheet = a1.sheetName === null ? this.getActiveSheetHost() : this.findSheet(a1.sheetName);
    if (!sheet) throw this.env.realm.error('Range not found');
    const bang = String(a1Notation).lastIndexOf('!');
    return sheet.rangeA1(String(a1Notation).slice(bang + 1));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType | keyof typeof ProtectionType): LocalProtection[] {
    this.call('getProtections', 'lookup');
    return this.sheets.flatMap((s) => s.protections.filter((p) => p.type === String(type)));
  }

  // ---- UI ------------------------------------------------------------------------------------

  /** Shows a toast in the spreadsheet (recorded); timeout defaults to 5 seconds. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.call('toast', 'rpc');
    this.recorder.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }
}
