// Reads a Cabas table out of a spreadsheet snapshot, with the same header rules as the script.
import { readTable, type TableRead } from '../core/workbook/read-table';
import { tableOfTabName, type TableKey } from '../core/workbook/tables';
import type { SpreadsheetSnapshot } from '../local-apps-script/spreadsheet/snapshot';

export function snapshotTable(snapshot: SpreadsheetSnapshot, table: TableKey): TableRead | null {
  const sheet = snapshot.sheets.find((s) => tableOfTabName(s.name) === table);
  if (!sheet) return null;
  return readTable(table, sheet.values.map((r) => r.map((v) => (v === null ? '' : v))));
}
