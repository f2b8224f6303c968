// The `Cycles` tab: one row per cycle, written at open and updated as the cycle moves on.
import type { Cycle, CycleStatus } from '../../core/model';
import { a1 } from '../../core/workbook/render-problem';
import { statusWord } from '../../core/workbook/tables';
import { cellOut, formatRow, writeRows } from './cells';
import { rowByColumns, type Workbook } from './workbook';

const REQUIRED = ['id', 'opens', 'deadline', 'pickup', 'status', 'form'];

export class CycleBook {
  constructor(private readonly workbook: Workbook) {}

  /** The tab and its columns, read once per execution by the workbook. */
  private table() {
    return this.workbook.headerColumns('cycles', REQUIRED);
  }

  /** Writes the cycle's row: replaces the row with the same id (or the given row), else appends. */
  write(cycle: Cycle): number {
    const { sheet, columns, width } = this.table();
    const row = cycle.row ?? this.rowOf(cycle.id);
    const values = rowByColumns(columns, {
      id: cellOut(cycle.id), opens: cycle.opens === null ? '' : new Date(cycle.opens), deadline: new Date(cycle.deadline),
      pickup: cycle.pickup === null ? '' : new Date(cycle.pickup), status: statusWord('cycleStatus', cycle.status, this.workbook.locale),
      form: cellOut(cycle.formUrl),
    }, width);
    const target = row ?? sheet.getLastRow() + 1;
    let written = values;
    if (row) {
      // Keep what the coordinator wrote in columns Cabas does not know.
      written = sheet.getRange(row, 1, 1, width).getValues()[0];
      for (const index of Object.values(columns)) written[index - 1] = values[index - 1];
    }
    writeRows(sheet, target, [written], formatRow('cycles', columns, width));
    return target;
  }

  /**
   * Sets the status on every row of the cycle: a row copied by hand follows too (found by probing:
   * a copy of the open cycle's row said « ouvert » for ever). One call.
   */
  setStatus(id: string, status: CycleStatus): void {
    const { sheet, columns } = this.table();
    const rows = this.rowsOf(id);
    if (rows.length > 0) sheet.getRangeList(rows.map((row) => a1(columns.status, row))).setValue(statusWord('cycleStatus', status, this.workbook.locale));
  }

  private rowOf(id: string): number | null {
    return this.rowsOf(id)[0] ?? null;
  }

  private rowsOf(id: string): number[] {
    const { sheet, columns } = this.table();
    const last = sheet.getLastRow();
    if (last < 2) return [];
    const ids = sheet.getRange(2, columns.id, last - 1, 1).getDisplayValues();
    return ids.flatMap((r, i) => (r[0].trim() === id ? [i + 2] : []));
  }
}
