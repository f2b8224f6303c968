// The local runtime's SpreadsheetApp service: creates and loads spreadsheets on the host side and
// hands the `SpreadsheetApp` global to scripts. Host-side calls record nothing.
import type { RuntimeEnv } from '../env';
import { LocalDataValidation } from './data-validation';
import { setStyle } from './grid';
import { LocalProtection } from './protection';
import { LocalSpreadsheetApp } from './spreadsheet-app';
import { LocalSpreadsheet } from './spreadsheet';
import { conventions } from './spreadsheet-locale';
import type { SpreadsheetSnapshot } from './snapshot';
import { UiRecorder } from './ui';

export { LocalSpreadsheet } from './spreadsheet';
export { UiRecorder } from './ui';

const DEFAULT_LOCALE = 'fr_FR';

export class LocalSpreadsheetService {
  /** The `SpreadsheetApp` global handed to scripts. */
  readonly app: LocalSpreadsheetApp;
  /** Recorded UI: menus, alerts, prompts, dialogs, toasts. */
  readonly ui = new UiRecorder();
  private readonly spreadsheets: LocalSpreadsheet[] = [];

  constructor(private readonly env: RuntimeEnv) {
    this.app = new LocalSpreadsheetApp(env, {
      active: () => this.active(),
      byId: (id) => this.spreadsheets.find((s) => s.id === id),
      ui: this.ui,
    });
  }

  private newSpreadsheet(name: string, timeZone: string, locale: string, fileId?: string): LocalSpreadsheet {
    const id = fileId ?? `local-spreadsheet-${String(this.spreadsheets.length + 1).padStart(4, '0')}`;
    const ss = new LocalSpreadsheet(this.env, this.ui, { id, name, timeZone, locale });
    this.spreadsheets.push(ss);
    return ss;
  }

  /** Creates a spreadsheet with one empty tab (`Feuille 1` in French). The first one created is the bound one. */
  create(name: string, options: { timeZone?: string; locale?: string } = {}): LocalSpreadsheet {
    const locale = options.locale ?? DEFAULT_LOCALE;
    const ss = this.newSpreadsheet(name, options.timeZone ?? this.env.scriptTimeZone, locale);
    ss.addSheet(`${conventions(locale).sheetPrefix}1`);
    return ss;
  }

  /**
   * Builds a spreadsheet from a snapshot: values are stored as they are (no typed-input parsing).
   * `id` gives it a file id of its own (a copy made with « Faire une copie » is a new file).
   */
  load(snapshot: SpreadsheetSnapshot, id?: string): LocalSpreadsheet {
    const ss = this.newSpreadsheet(snapshot.name, snapshot.timeZone, snapshot.locale, id);
    for (const s of snapshot.sheets) {
      const sheet = ss.addSheet(s.name);
      sheet.hidden = s.hidden;
      sheet.frozenRows = s.frozenRows;
      sheet.frozenColumns = s.frozenColumns;
      s.values.forEach((row, r) => row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c] ?? '';
        const format = s.numberFormats[r]?.[c] ?? '';
        const bold = s.bold[r]?.[c] ?? false;
        const note = s.notes[r]?.[c] ?? '';
        const validation = s.validations[r]?.[c] ?? null;
        const wrap = s.wraps?.[r]?.[c] === true;
        if (value === null && formula === '' && format === '' && !bold && note === '' && validation === null && !wrap) return;
        const cell = sheet.grid.at(r + 1, c + 1);
        cell.value = value instanceof Date || Object.prototype.toString.call(value) === '[object Date]' ? new Date((value as Date).getTime()) : value;
        cell.formula = formula;
        sheet.grid.noteFormula(formula);
        cell.format = format;
        cell.bold = bold;
        cell.note = note;
        if (wrap) setStyle(cell, 'wrap', 'true');
        cell.validation = validation === null ? null : validation.kind === 'checkbox' ? ss.checkboxRule() : LocalDataValidation.fromSnapshot(this.env, validation);
      }));
      sheet.maxRows = Math.max(sheet.maxRows, s.values.length);
      sheet.maxColumns = Math.max(sheet.maxColumns, ...s.values.map((r) => r.length));
      for (const [column, width] of Object.entries(s.columnWidths)) sheet.columnWidths.set(Number(column), width);
      s.hiddenColumns.forEach((c) => sheet.hiddenColumns.add(c));
      for (const p of s.protections) {
        const protection = new LocalProtection(this.env, 'SHEET', sheet, sheet.rangeAt(1, 1, sheet.maxRows, sheet.maxColumns));
        protection.description = p.description;
        protection.warningOnly = p.warningOnly;
        sheet.protections.push(protection);
      }
    }
    if (ss.sheets.length === 0) ss.addSheet(`${conventions(ss.locale).sheetPrefix}1`);
    ss.activeSheet = ss.sheets[0];
    return ss;
  }

  /** The bound spreadsheet: the first one created or loaded. */
  active(): LocalSpreadsheet {
    const first = this.spreadsheets[0];
    if (!first) throw new Error('LocalSpreadsheetService: no spreadsheet yet; create() or load() one first');
    return first;
  }

  /** All spreadsheets, bound one first (host side). */
  all(): LocalSpreadsheet[] {
    return [...this.spreadsheets];
  }
}
