// The `Journal` tab: every rejection, error and notable event, so nothing is ever lost silently.
import { statusWord } from '../../core/workbook/tables';
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
