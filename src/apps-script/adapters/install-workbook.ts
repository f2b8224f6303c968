// Creates or completes Cabas's tabs: headers with their notes, formats, dropdowns, checkboxes,
// frozen header rows, settings with defaults. Idempotent: what exists is kept, only what is
// missing is added, so it also upgrades an older or hand-edited workbook.
import type { Locale } from '../../core/model';
import { normalizeHeader } from '../../core/workbook/normalize-header';
import { sampleGroup } from '../../core/workbook/sample-group';
import { DEFAULT_SETTINGS, settingsRows } from '../../core/workbook/settings-rows';
import { headerOf, listValues, noteOf, TABLE_ORDER, TABLES, tableName, type ColumnDef, type TableKey } from '../../core/workbook/tables';
import { isValidTimeZone, zonedTime } from '../../core/dates';
import { cellOut, ensureGrid, NUMBER_FORMAT } from './cells';
import { headerColumnsOf, rowByColumns, type Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROTECTED: TableKey[] = ['orders', 'log', 'outbox'];

export interface InstallReport {
  createdTabs: string[];
  addedColumns: string[];
  addedSettings: number;
  sampleRows: number;
  /** The sample group was asked for, in a workbook that already holds a group: none of it was added. */
  sampleRefused: boolean;
}

function installTable(wb: Workbook, table: TableKey, report: InstallReport): { sheet: Sheet; columns: Record<string, number> } {
  const locale = wb.locale;
  const sheet = wb.requireSheet(table);
  const { header, columns } = headerColumnsOf(sheet, table);
  const missing = TABLES[table].columns.filter((c) => !columns[c.key]);
  if (missing.length > 0) {
    const start = header.length + 1;
    const needed = start + missing.length - 1 - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    sheet.getRange(1, start, 1, missing.length).setValues([missing.map((c) => headerOf(table, c.key, locale))]);
    missing.forEach((c, i) => { columns[c.key] = start + i; });
    report.addedColumns.push(...missing.map((c) => `${sheet.getName()}!${headerOf(table, c.key, locale)}`));
  }
  const width = Math.max(header.length + missing.length, 1);
  const headerRange = sheet.getRange(1, 1, 1, width);
  const notes = headerRange.getNotes();
  for (const c of TABLES[table].columns) notes[0][columns[c.key] - 1] = noteOf(table, c.key, locale);
  headerRange.setNotes(notes);
  headerRange.setFontWeight('bold');
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  for (const c of TABLES[table].columns) {
    const col = columns[c.key];
    const body = sheet.getRange(2, col, rows, 1);
    // Yes/no and checkbox columns are given no number format, only their dropdown or checkbox.
    if (c.format !== 'yesno' && c.format !== 'checkbox') body.setNumberFormat(NUMBER_FORMAT[c.format]);
    const rule = validationOf(wb, c, locale);
    if (rule) body.setDataValidation(rule);
    if (c.width) sheet.setColumnWidth(col, c.width);
    if (c.hidden) sheet.hideColumns(col);
  }
  if (PROTECTED.includes(table) && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setWarningOnly(true).setDescription('Cabas');
  }
  return { sheet, columns };
}

function validationOf(wb: Workbook, c: ColumnDef, locale: Locale): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const rule = () => SpreadsheetApp.newDataValidation();
  // A checkbox column (the ledger's) gets its boxes row by row as Cabas writes them: an empty
  // checkbox cell holds FALSE, and a whole column of them would make the tab's data range end
  // at the grid's last row.
  if (c.format === 'checkbox') return null;
  if (!c.list) return null;
  let list: GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  if (c.list === 'sites' || c.list === 'producers') {
    const source = wb.sheet(c.list);
    if (!source) return null;
    const { columns } = headerColumnsOf(source, c.list);
    const col = columns.name ?? 1;
    list = rule().requireValueInRange(source.getRange(2, col, source.getMaxRows() - 1, 1), true);
  } else {
    list = rule().requireValueInList(listValues(c.list, locale), true);
  }
  return list.setAllowInvalid(true).build();
}

function addSettings(wb: Workbook, sheet: Sheet, columns: Record<string, number>, rows: [string, string, string][], report: InstallReport): void {
  const last = sheet.getLastRow();
  const existing = last < 2 ? [] : sheet.getRange(2, columns.key, last - 1, 1).getValues().map((r) => normalizeHeader(r[0]));
  const known = new Set(existing);
  const both = [settingsRows('fr'), settingsRows('en')];
  const missing = rows.filter((_, i) => !both.some((set) => known.has(normalizeHeader(set[i][0]))));
  if (missing.length === 0) return;
  const width = Math.max(...Object.values(columns));
  sheet.getRange(last + 1, 1, missing.length, width).setValues(missing.map(([key, value, help]) =>
    rowByColumns(columns, { key: cellOut(key), value: cellOut(value), help: cellOut(help) }, width)));
  report.addedSettings += missing.length;
}

function addSample(wb: Workbook, table: 'sites' | 'members' | 'producers' | 'products' | 'duties', sheet: Sheet, columns: Record<string, number>, rows: unknown[][], timeZone: string, report: InstallReport): void {
  if (sheet.getLastRow() > 1 || rows.length === 0) return;
  const keys = TABLES[table].columns.map((c) => c.key);
  const width = Math.max(...Object.values(columns));
  const values = rows.map((r) => rowByColumns(columns, Object.fromEntries(keys.map((k, i) => {
    const v = r[i];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && TABLES[table].columns[i].format === 'date') {
      const [y, m, d] = v.split('-').map(Number);
      return [k, new Date(zonedTime(y, m, d, 0, 0, timeZone))];
    }
    return [k, typeof v === 'string' ? cellOut(v) : v ?? ''];
  })), width));
  ensureGrid(sheet, { rows: values.length + 1 });
  sheet.getRange(2, 1, values.length, width).setValues(values);
  report.sampleRows += values.length;
}

/** A new spreadsheet's empty first tab ("Feuille 1", "Sheet1") has no use once Cabas's tabs exist. */
function removeBlankDefaultSheet(wb: Workbook): void {
  const blank = wb.listSheets().find((s) => /^(feuille|sheet) ?1$/i.test(s.getName()) && s.getLastRow() === 0 && s.getLastColumn() === 0);
  if (blank && wb.listSheets().length > 1) {
    wb.spreadsheet.deleteSheet(blank);
    wb.listSheets().splice(wb.listSheets().indexOf(blank), 1);
  }
}

/** Installs or upgrades the workbook; with `sample`, fills empty tabs with the sample group. */
export function installWorkbook(wb: Workbook, options: { sample: boolean; coordinator?: string }): InstallReport {
  const report: InstallReport = { createdTabs: [], addedColumns: [], addedSettings: 0, sampleRows: 0, sampleRefused: false };
  const installed = new Map<TableKey, { sheet: Sheet; columns: Record<string, number> }>();
  // Sites and producers first: the dropdowns of other tabs point at them.
  TABLE_ORDER.forEach((table, position) => {
    if (!wb.sheet(table)) {
      const sheet = wb.spreadsheet.insertSheet(tableName(table, wb.locale), Math.min(position, wb.listSheets().length));
      wb.remember(sheet);
      wb.forget(table);
      report.createdTabs.push(sheet.getName());
    }
  });
  const order = [...TABLE_ORDER].sort((a, b) => Number(b === 'sites' || b === 'producers') - Number(a === 'sites' || a === 'producers'));
  for (const table of order) installed.set(table, installTable(wb, table, report));
  removeBlankDefaultSheet(wb);
  // The sample group goes only into a workbook without a group: added to a real one (« Installer
  // avec le groupe d'exemple » clicked there), it would put invented households, producers or
  // volunteers among the real ones, and its trial mode would not be set (the settings are the
  // group's). Before, it filled whichever tab was still empty and said « installé, en mode essai ».
  const hasGroup = (['sites', 'members', 'producers', 'products'] as const).some((table) => installed.get(table)!.sheet.getLastRow() > 1);
  report.sampleRefused = options.sample && hasGroup;
  // A new `Fuseau horaire` is the spreadsheet's own zone: Sheets reads typed dates in it, and a
  // group elsewhere than Paris then has nothing to set (core/workbook/zone-mismatch.ts).
  const sheetZone = wb.spreadsheet.getSpreadsheetTimeZone();
  const timeZone = isValidTimeZone(sheetZone) ? sheetZone : DEFAULT_SETTINGS.timeZone;
  const sample = options.sample && !hasGroup ? sampleGroup(wb.locale, options.coordinator, timeZone) : null;
  const settings = installed.get('settings')!;
  addSettings(wb, settings.sheet, settings.columns, sample ? sample.settings : settingsRows(wb.locale, { ...DEFAULT_SETTINGS, locale: wb.locale, timeZone }), report);
  if (sample) {
    for (const table of ['sites', 'members', 'producers', 'products', 'duties'] as const) {
      const t = installed.get(table)!;
      addSample(wb, table, t.sheet, t.columns, sample[table] as unknown[][], timeZone, report);
    }
  }
  return report;
}
