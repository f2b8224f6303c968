// Shared plumbing of the workbook check: reads one tab by header and records problems at their cell.
import type { Locale, Place, Problem, Severity } from '../model';
import { normalizeHeader } from './normalize-header';
import type { WorkbookProblemCode } from './problem-codes';
import { readTable } from './read-table';
import { headerOf, TABLES, type TableKey } from './tables';

export type TabInput = { tabName: string; values: unknown[][] };
export type Params = Record<string, string | number>;

/** Collects problems in the order they are found. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(code: WorkbookProblemCode, severity: Severity, place: Place | undefined, params?: Params): void {
    const problem: Problem = { code, severity };
    if (place) problem.place = place;
    if (params) problem.params = params;
    this.items.push(problem);
  }
}

/** One data row: cells by column key, and the place of each cell for problems. */
export interface RowView {
  row: number;
  cell(key: string): unknown;
  place(key?: string): Place;
}

export interface TabView {
  tabName: string;
  rows: RowView[];
  /** False when a required column is missing: checks that need it are skipped (the missing column is reported). */
  has(key: string): boolean;
}

/**
 * Reads a tab: reports missing required columns and repeated headers, keeps rows where a
 * known column has something (a row with only the coordinators' own notes is not a record).
 */
export function tabView(table: TableKey, tab: TabInput, required: string[], locale: Locale, problems: ProblemList): TabView {
  const read = readTable(table, tab.values);
  for (const key of read.missing.filter((k) => required.includes(k))) {
    problems.add('workbook.missing-column', 'error', { tab: tab.tabName }, { column: headerOf(table, key, locale) });
  }
  const known = new Set(TABLES[table].columns.flatMap((c) => (['fr', 'en'] as Locale[]).map((l) => normalizeHeader(headerOf(table, c.key, l)))));
  for (const extra of read.extras.filter((e) => known.has(normalizeHeader(e.header)))) {
    problems.add('workbook.duplicate-column', 'warning', { tab: tab.tabName, row: 1, column: extra.index + 1 }, { column: extra.header });
  }
  const rows = read.rows
    .filter((r) => Object.values(r.cells).some((v) => !(v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))))
    .map((r): RowView => ({
      row: r.row,
      cell: (key) => r.cells[key] ?? '',
      place: (key) => {
        const index = key === undefined ? undefined : read.columnIndex[key];
        return index === undefined ? { tab: tab.tabName, row: r.row } : { tab: tab.tabName, row: r.row, column: index + 1 };
      },
    }));
  return { tabName: tab.tabName, rows, has: (key) => read.columnIndex[key] !== undefined };
}

/** A cell's content as typed, for quoting in a message. */
export function shown(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** The first row where each value was seen, to report duplicates with the row they repeat. */
export class FirstSeen {
  private readonly rows = new Map<string, number>();

  /** Null the first time a key is seen, else the row it was first seen on. */
  check(key: string, row: number): number | null {
    const first = this.rows.get(key);
    if (first !== undefined) return first;
    this.rows.set(key, row);
    return null;
  }
}
