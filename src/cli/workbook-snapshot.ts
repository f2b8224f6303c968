// Builds a SpreadsheetSnapshot of a Cabas workbook from plain rows, with the contract's headers,
// so that tests, benchmarks and fixtures start from exactly the workbook they need.
import type { Locale, Settings } from '../core/model';
import { DEFAULT_SETTINGS, settingsRows } from '../core/workbook/settings-rows';
import { headerOf, TABLES, tableName, type TableKey } from '../core/workbook/tables';
import type { CellValue, SheetSnapshot, SpreadsheetSnapshot } from '../local-apps-script/spreadsheet/snapshot';

export type FixtureRow = Record<string, CellValue>;

function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  const blank = <T>(v: T) => values.map((r) => r.map(() => v));
  return {
    name, hidden: false, frozenRows: 1, frozenColumns: 0, values,
    numberFormats: blank(''), bold: blank(false), notes: blank(''), validations: blank(null),
    columnWidths: {}, hiddenColumns: [], protections: [],
  } as SheetSnapshot;
}

/** One tab: the contract's headers (in the locale, or in the order given), then the rows by column key. */
export function tableSheet(table: TableKey, rows: FixtureRow[], locale: Locale = 'fr', columns?: string[]): SheetSnapshot {
  const keys = columns ?? TABLES[table].columns.map((c) => c.key);
  const header = keys.map((k) => headerOf(table, k, locale));
  return sheet(tableName(table, locale), [header, ...rows.map((r) => keys.map((k) => r[k] ?? null))]);
}

/** The settings tab from a key → value map, labels in the locale. */
export function settingsSheet(values: [string, CellValue][], locale: Locale = 'fr'): SheetSnapshot {
  return sheet(tableName('settings', locale), [[headerOf('settings', 'key', locale), headerOf('settings', 'value', locale), headerOf('settings', 'help', locale)], ...values.map(([k, v]) => [k, v, ''])]);
}

/** The settings tab with the defaults, except what is given (with their help texts, as an install writes them). */
export function defaultSettingsSheet(settings: Partial<Settings>, locale: Locale = 'fr'): SheetSnapshot {
  const rows = settingsRows(locale, { ...DEFAULT_SETTINGS, locale, ...settings });
  return sheet(tableName('settings', locale), [
    [headerOf('settings', 'key', locale), headerOf('settings', 'value', locale), headerOf('settings', 'help', locale)], ...rows,
  ]);
}

export function workbookSnapshot(sheets: SheetSnapshot[], options: { name?: string; timeZone?: string; locale?: string } = {}): SpreadsheetSnapshot {
  return { name: options.name ?? 'Cabas test', timeZone: options.timeZone ?? 'Europe/Paris', locale: options.locale ?? 'fr_FR', sheets };
}
