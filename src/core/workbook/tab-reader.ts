// Shared plumbing of the workbook check: reads one tab by header, and each record's cells with problems at their cell.
import type { Locale, Place, Problem, Severity } from '../model';
import { normalizeHeader } from './normalize-header';
import { isBlank, parseBoolean, type Parsed } from './parse-cell';
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

/** One record's cells by key, each with its place, and the reporting of what is wrong in them. */
export interface RecordView {
  cell(key: string): unknown;
  /** The cell as typed (`shown`), for names and for quoting in a message. */
  text(key: string): string;
  place(key?: string): Place;
  /** Reports an error at the cell. */
  error(code: WorkbookProblemCode, key: string, params?: Params): void;
  /** Reports a warning at the cell. */
  warn(code: WorkbookProblemCode, key: string, params?: Params): void;
  /** Reports an error at the cell that quotes what was typed there (`{ value }`). */
  refuse(code: WorkbookProblemCode, key: string): void;
  /**
   * The cell read by `parse`, or `fallback` when it is blank. A cell `parse` cannot read, or whose
   * value `valid` refuses, is refused with `code` and taken as `fallback`.
   */
  read<T, F = T>(key: string, code: WorkbookProblemCode, parse: (cell: unknown) => Parsed<T>, fallback: F, valid?: (value: T) => boolean): T | F;
  /** A yes/no cell; blank or unreadable, it is `fallback` (an unreadable one is refused). */
  yesNo(key: string, fallback: boolean): boolean;
}

/** One data row of a tab. */
export interface RowView extends RecordView {
  row: number;
}

/** The record made of `cell` and `place`, reporting into `problems`. */
export function recordView(cell: (key: string) => unknown, place: (key?: string) => Place, problems: ProblemList): RecordView {
  const text = (key: string) => shown(cell(key));
  const error = (code: WorkbookProblemCode, key: string, params?: Params) => problems.add(code, 'error', place(key), params);
  const refuse = (code: WorkbookProblemCode, key: string) => error(code, key, { value: text(key) });
  const read = <T, F>(key: string, code: WorkbookProblemCode, parse: (cell: unknown) => Parsed<T>, fallback: F, valid?: (value: T) => boolean): T | F => {
    if (isBlank(cell(key))) return fallback;
    const parsed = parse(cell(key));
    if (parsed.ok && (!valid || valid(parsed.value))) return parsed.value;
    refuse(code, key);
    return fallback;
  };
  return {
    cell, text, place, error, refuse, read,
    warn: (code, key, params) => problems.add(code, 'warning', place(key), params),
    yesNo: (key, fallback) => read(key, 'cell.bad-yesno', (c) => parseBoolean(c, fallback), fallback),
  };
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
  const { tabName } = tab;
  const read = readTable(table, tab.values);
  for (const key of read.missing.filter((k) => required.includes(k))) {
    problems.add('workbook.missing-column', 'error', { tab: tabName }, { column: headerOf(table, key, locale) });
  }
  const known = new Set(TABLES[table].columns.flatMap((c) => (['fr', 'en'] as Locale[]).map((l) => normalizeHeader(headerOf(table, c.key, l)))));
  for (const extra of read.extras.filter((e) => known.has(normalizeHeader(e.header)))) {
    problems.add('workbook.duplicate-column', 'warning', { tab: tabName, row: 1, column: extra.index + 1 }, { column: extra.header });
  }
  const rows = read.rows
    .filter((r) => !Object.values(r.cells).every(isBlank))
    .map(({ row, cells }): RowView => {
      const place = (key?: string): Place => {
        const index = key === undefined ? undefined : read.columnIndex[key];
        return index === undefined ? { tab: tabName, row } : { tab: tabName, row, column: index + 1 };
      };
      return { row, ...recordView((key) => cells[key] ?? '', place, problems) };
    });
  return { tabName, rows, has: (key) => read.columnIndex[key] !== undefined };
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

  /** `same` gives the form two values are compared in (`normalizeHeader` for names people type). */
  constructor(private readonly same: (text: string) => string = (text) => text) {}

  /**
   * The text identifying row `r` in column `key` (a site's name, a product's ref, a cycle's id),
   * or null when it is blank (reported as `missing`, with `params`) or already on an earlier row
   * (reported as `duplicate`, with `{ [key]: text, firstRow }`): such a row is not a record.
   */
  identify(r: RowView, key: string, missing: WorkbookProblemCode, duplicate: WorkbookProblemCode, params?: Params): string | null {
    const text = r.text(key);
    if (text === '') {
      r.error(missing, key, params);
      return null;
    }
    const first = this.check(this.same(text), r.row);
    if (first === null) return text;
    r.error(duplicate, key, { [key]: text, firstRow: first });
    return null;
  }

  /** Null the first time a key is seen, else the row it was first seen on. */
  check(key: string, row: number): number | null {
    const first = this.rows.get(key);
    if (first !== undefined) return first;
    this.rows.set(key, row);
    return null;
  }
}
