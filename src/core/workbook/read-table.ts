// Reads a tab's values by header: columns are found by name in either locale, never by position.
import type { Locale } from '../model';
import { normalizeHeader } from './normalize-header';
import { headerOf, TABLES, type TableKey } from './tables';

export interface TableRead {
  /** Column key -> 0-based index in the tab. */
  columnIndex: Partial<Record<string, number>>;
  /** Keys of the contract's columns that no header matches. */
  missing: string[];
  /** Columns Cabas does not know (the coordinators' own, or a repeated header): kept, never written over. */
  extras: { index: number; header: string }[];
  /** Data rows; fully blank rows are skipped. `row` is the 1-based sheet row. */
  rows: { row: number; cells: Record<string, unknown> }[];
}

const LOCALES: Locale[] = ['fr', 'en'];

function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Matches the header row (row 1) of `values` against the table's columns and returns the data rows by column key.
 * @example readTable('sites', [['Adresse', 'LIEU'], ['Place de la Mairie', 'Septfonds']])
 *   // columnIndex { address: 0, name: 1 }, missing ['pickup', 'contact'],
 *   // rows [{ row: 2, cells: { address: 'Place de la Mairie', name: 'Septfonds' } }]
 */
export function readTable(table: TableKey, values: unknown[][]): TableRead {
  const columns = TABLES[table].columns;
  const byHeader = new Map<string, string>();
  for (const locale of LOCALES) {
    for (const c of columns) {
      const normalized = normalizeHeader(headerOf(table, c.key, locale));
      if (!byHeader.has(normalized)) byHeader.set(normalized, c.key);
    }
  }
  const header = values[0] ?? [];
  const columnIndex: Partial<Record<string, number>> = {};
  const extras: TableRead['extras'] = [];
  header.forEach((cell, index) => {
    const key = byHeader.get(normalizeHeader(cell));
    if (key !== undefined && columnIndex[key] === undefined) columnIndex[key] = index;
    else if (!isBlankCell(cell)) extras.push({ index, header: String(cell).trim() });
  });
  const missing = columns.map((c) => c.key).filter((key) => columnIndex[key] === undefined);
  const rows: TableRead['rows'] = [];
  values.slice(1).forEach((line, i) => {
    if (line.every(isBlankCell)) return;
    const cells: Record<string, unknown> = {};
    for (const [key, index] of Object.entries(columnIndex)) cells[key] = line[index as number] ?? '';
    rows.push({ row: i + 2, cells });
  });
  return { columnIndex, missing, extras, rows };
}
