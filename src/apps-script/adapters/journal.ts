// The `Journal` tab: every rejection, error and notable event, so nothing is ever lost silently.
import { parseStatus, statusWord } from '../../core/workbook/tables';
import { cellOut, formatRow, writeRows, type CellOut } from './cells';
import { rowByColumns, type Workbook } from './workbook';

export type Level = 'info' | 'warning' | 'error';

export interface JournalEntry {
  at: number;
  level: Level;
  event: string; // already in the group's language
  who: string;
  detail: string;
}

export class Journal {
  constructor(private readonly workbook: Workbook) {}

  /** Appends one entry (at `at`, now by default). */
  log(level: Level, event: string, who: string, detail: string, at = Date.now()): void {
    this.add([{ at, level, event, who, detail }]);
  }

  /** The details of the latest `n` errors among the last 200 entries, oldest first (one read). */
  recentErrors(n: number): string[] {
    const { sheet, columns } = this.workbook.headerColumns('log', ['date', 'level', 'event', 'who', 'detail']);
    const last = sheet.getLastRow();
    if (last < 2) return [];
    const first = Math.max(2, last - 199);
    const rows = sheet.getRange(first, 1, last - first + 1, Math.max(columns.level, columns.detail, columns.event)).getValues();
    return rows.filter((r) => parseStatus('logLevel', String(r[columns.level - 1])) === 'error')
      .map((r) => `${String(r[columns.event - 1])} — ${String(r[columns.detail - 1])}`.slice(0, 300)).slice(-n);
  }

  /** Appends entries in one write. */
  add(entries: JournalEntry[]): void {
    if (entries.length === 0) return;
    const { sheet, columns, width } = this.workbook.headerColumns('log', ['date', 'level', 'event', 'who', 'detail']);
    const rows = entries.map((e) => rowByColumns(columns, {
      date: new Date(e.at),
      level: statusWord('logLevel', e.level, this.workbook.locale),
      event: cellOut(e.event),
      who: cellOut(e.who),
      detail: cellOut(e.detail.length > 45000 ? `${e.detail.slice(0, 45000)}…` : e.detail),
    } satisfies Record<string, CellOut>, width));
    writeRows(sheet, sheet.getLastRow() + 1, rows, formatRow('log', columns, width));
  }
}
