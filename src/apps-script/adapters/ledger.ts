// The `Paiements` tab (the ledger) and the Retiré / Payé boxes of the Distribution tabs: read in
// one call each, written in one batch whatever the ledger's size. Columns are found by header;
// the coordinators' own columns, and the columns Cabas leaves to them, are never written.
import { catalogue } from '../../core/i18n';
import { centsToEuros } from '../../core/money';
import { GENERATED_TAB_PREFIX } from '../../core/close/tab-name';
import { cyclesOnTab, readTicks } from '../../core/payments/distribution-ticks';
import type { Place } from '../../core/model';
import { readLedger, type LedgerEntry, type LedgerMerge, type LedgerRow, type PaymentTicks } from '../../core/payments/ledger';
import { headerOf, TABLES, tableName, tableOfTabName } from '../../core/workbook/tables';
import { CabasError } from './cabas-error';
import { cellOut, ensureGrid, NUMBER_FORMAT } from './cells';
import { headerColumnsOf, type Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The columns a close writes: what is due, and the ticks it carries over from the Distribution tabs. */
const WRITTEN = ['cycle', 'email', 'member', 'site', 'producer', 'due', 'detail', 'pickedUp', 'paid'] as const;

export interface LedgerRead {
  sheet: Sheet;
  rows: LedgerRow[];
  /** The tab's values as read (header first), for the rows a write leaves as they are. */
  values: unknown[][];
  columns: Record<string, number>; // 1-based
}

export class Ledger {
  constructor(private readonly workbook: Workbook) {}

  /**
   * The whole ledger in one read (the tab is created, headers only, when an older workbook lacks
   * it). A ledger renamed by hand is not replaced by an empty one, which would show every debt as
   * paid: the coordinator is told which tab to rename back.
   */
  read(): LedgerRead {
    const sheet = this.workbook.sheet('payments') ?? this.refuseRenamed() ?? this.create();
    const values = sheet.getDataRange().getValues();
    const { columns } = headerColumnsOf(sheet, 'payments');
    const missing = WRITTEN.filter((key) => !columns[key]);
    if (missing.length > 0) throw new CabasError(catalogue(this.workbook.locale).ui.columnMissing(sheet.getName(), headerOf('payments', missing[0], this.workbook.locale)));
    return { sheet, rows: readLedger(values), values, columns };
  }

  /** The ticked boxes of every Distribution tab Cabas generated, by ledger key: one read per tab. */
  distributionTicks(): Map<string, PaymentTicks> {
    return this.readTicks().ticks;
  }

  /**
   * The same, with the ticked rows that name no ledger row, each at its place, and the cycles each
   * tab lists (distribution-ticks.ts): every Distribution tab read once.
   */
  readTicks(): { ticks: Map<string, PaymentTicks>; unplaced: Place[]; cyclesByTab: Map<string, string[]> } {
    const prefixes = (['fr', 'en'] as const).map((l) => GENERATED_TAB_PREFIX + catalogue(l).close.distribution.tabName(''));
    const ticks = new Map<string, PaymentTicks>();
    const unplaced: Place[] = [];
    const cyclesByTab = new Map<string, string[]>();
    for (const sheet of this.workbook.listSheets()) {
      if (!prefixes.some((p) => sheet.getName().startsWith(p))) continue;
      const values = sheet.getDataRange().getValues();
      cyclesByTab.set(sheet.getName(), cyclesOnTab(values, ''));
      const read = readTicks(values);
      for (const [key, tick] of read.ticks) {
        const before = ticks.get(key);
        ticks.set(key, { pickedUp: tick.pickedUp || (before?.pickedUp ?? false), paid: tick.paid || (before?.paid ?? false) });
      }
      for (const row of read.unplaced) unplaced.push({ tab: sheet.getName(), row });
    }
    return { ticks, unplaced, cyclesByTab };
  }

  /**
   * Writes a merge in one batch: from the first changed row to the last added one, over the
   * columns a close writes only (formats, then values, then the checkboxes), one block per run of
   * them side by side (one in the tab as Cabas makes it). Rows in between are written back as they
   * were read. A column of the coordinators' own, even between two of Cabas's, is never written:
   * a formula there stays a formula, and its format stays theirs.
   */
  write(read: LedgerRead, merge: LedgerMerge): void {
    if (merge.changed.length === 0 && merge.appended.length === 0) return;
    const { sheet, values, columns } = read;
    const end = Math.max(values.length, 1); // the last row read (the header when the tab is empty)
    let first = end + 1;
    for (const r of merge.changed) first = Math.min(first, r.row);
    const last = end + merge.appended.length;
    const out = (entry: LedgerEntry): Record<string, unknown> => ({
      cycle: cellOut(entry.cycle), email: cellOut(entry.email), member: cellOut(entry.member), site: cellOut(entry.site),
      producer: cellOut(entry.producer), due: centsToEuros(entry.dueCents), detail: cellOut(entry.detail),
      pickedUp: entry.pickedUp, paid: entry.paid,
    });
    const changed = new Map(merge.changed.map((r) => [r.row, out(r)]));
    const appended = merge.appended.map(out);
    const keyAt = new Map(WRITTEN.map((key) => [columns[key], key]));
    const formatOf = new Map(TABLES.payments.columns.map((c) => [c.key, c.format]));
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    ensureGrid(sheet, { rows: last });
    for (const [left, right] of runs(WRITTEN.map((key) => columns[key]))) {
      const keys = Array.from({ length: right - left + 1 }, (_, i) => keyAt.get(left + i)!);
      const block: unknown[][] = [];
      for (let row = first; row <= end; row++) {
        const fresh = changed.get(row);
        const read = values[row - 1] ?? [];
        block.push(keys.map((key, i) => (fresh ? fresh[key] : read[left - 1 + i] ?? '')));
      }
      for (const fresh of appended) block.push(keys.map((key) => fresh[key]));
      const range = sheet.getRange(first, left, block.length, keys.length);
      const format = keys.map((key) => NUMBER_FORMAT[formatOf.get(key) ?? 'text']);
      const rule = keys.map((key) => (formatOf.get(key) === 'checkbox' ? checkbox : null));
      range.setNumberFormats(block.map(() => format));
      range.setValues(block);
      range.setDataValidations(block.map(() => rule));
    }
  }

  /** Throws when another tab holds the ledger's columns (renamed by hand); null when none does. Looks only when the ledger's name is missing. */
  private refuseRenamed(): null {
    for (const sheet of this.workbook.listSheets()) {
      if (sheet.getName().startsWith(GENERATED_TAB_PREFIX) || tableOfTabName(sheet.getName()) !== null || sheet.getLastColumn() === 0) continue;
      const { columns } = headerColumnsOf(sheet, 'payments');
      if (WRITTEN.every((key) => columns[key])) throw new CabasError(catalogue(this.workbook.locale).ui.ledgerRenamed(sheet.getName(), tableName('payments', this.workbook.locale)));
    }
    return null;
  }

  /** An older workbook's first close: the tab with its headers (« Installer ou mettre à jour » adds the rest). */
  private create(): Sheet {
    const locale = this.workbook.locale;
    const sheet = this.workbook.spreadsheet.insertSheet(tableName('payments', locale));
    this.workbook.remember(sheet);
    this.workbook.forget('payments');
    const headers = TABLES.payments.columns.map((c) => headerOf('payments', c.key, locale));
    ensureGrid(sheet, { columns: headers.length });
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    return sheet;
  }
}

/**
 * Column numbers grouped into runs of neighbours, each as [first, last].
 * @example runs([3, 1, 2, 6, 7]) // [[1, 3], [6, 7]]
 */
function runs(cols: number[]): [number, number][] {
  const sorted = [...cols].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const lastRun = out[out.length - 1];
    if (lastRun && c === lastRun[1] + 1) lastRun[1] = c;
    else out.push([c, c]);
  }
  return out;
}
