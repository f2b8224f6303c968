// The `Commandes` tab: order lines appended in one batch per submission, marked replaced (never
// deleted) when a member resubmits, and updated with allocations at close.
import type { LineStatus, OrderLine } from '../../core/model';
import { centsToEuros } from '../../core/money';
import { parseMoney, parseNumber } from '../../core/workbook/parse-cell';
import { a1 } from '../../core/workbook/render-problem';
import { parseStatus, statusWord } from '../../core/workbook/tables';
import { cellIn, cellOut, formatRow, writeRows } from './cells';
import { rowByColumns, type Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const REQUIRED = ['cycle', 'submittedAt', 'email', 'member', 'site', 'producer', 'ref', 'product', 'quantity',
  'tolerance', 'allocated', 'price', 'amount', 'responseId', 'status', 'comment', 'queue'];

export interface StoredLine extends OrderLine {
  row: number;
  /** `Attribué` as typed when it is no quantity (text, a negative number): read as 0 in `allocated`. */
  allocatedText?: string;
}

/** What a close writes back to a line's row. */
export type LineOutcome = Pick<OrderLine, 'allocated' | 'amountCents' | 'status'> & { row: number };

/** A number from a cell a coordinator may have edited by hand; 0 when unreadable. */
function num(value: unknown): number {
  const n = parseNumber(value);
  return n.ok ? n.value : 0;
}

/** A cell typed by hand that holds something other than a quantity: text that is no number, or a negative one. */
function unreadableQuantity(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return false;
  const n = parseNumber(value);
  return !n.ok || n.value < 0;
}

function cents(value: unknown): number {
  const n = parseMoney(value);
  return n.ok ? n.value : 0;
}

export class OrderBook {
  private header: { sheet: Sheet; columns: Record<string, number>; width: number } | null = null;

  constructor(private readonly workbook: Workbook) {}

  private columns() {
    if (!this.header) this.header = this.workbook.headerColumns('orders', REQUIRED);
    return this.header;
  }

  private toRow(line: OrderLine): unknown[] {
    const { columns, width } = this.columns();
    return rowByColumns(columns, {
      cycle: cellOut(line.cycle), submittedAt: new Date(line.submittedAt), email: cellOut(line.email),
      member: cellOut(line.member), site: cellOut(line.site), producer: cellOut(line.producer), ref: cellOut(line.ref),
      product: cellOut(line.product), quantity: line.quantity, tolerance: line.tolerance,
      allocated: line.allocated ?? '', price: centsToEuros(line.priceCents), amount: centsToEuros(line.amountCents),
      responseId: cellOut(line.responseId), status: statusWord('lineStatus', line.status, this.workbook.locale),
      comment: cellOut(line.comment), queue: line.queue,
    }, width);
  }

  private fromRow(r: unknown[], row: number, columns: Record<string, number>): StoredLine {
    const get = (key: string) => r[columns[key] - 1];
    const allocated = get('allocated');
    return {
      row, cycle: String(get('cycle')), submittedAt: Number(cellIn(get('submittedAt'))) || 0, email: String(get('email')).trim().toLowerCase(),
      member: String(get('member')), site: String(get('site')), producer: String(get('producer')), ref: String(get('ref')),
      product: String(get('product')), quantity: num(get('quantity')), tolerance: num(get('tolerance')),
      allocated: allocated === '' || allocated === null ? null : num(allocated),
      ...(unreadableQuantity(allocated) ? { allocatedText: String(allocated) } : {}),
      priceCents: cents(get('price')), amountCents: cents(get('amount')),
      responseId: String(get('responseId')), status: (parseStatus('lineStatus', String(get('status'))) ?? 'active') as LineStatus,
      comment: String(get('comment')), queue: num(get('queue')),
    };
  }

  /** Appends lines in one write; returns where they went. */
  append(lines: OrderLine[]): { first: number; count: number } | null {
    if (lines.length === 0) return null;
    const { sheet, columns, width } = this.columns();
    const first = sheet.getLastRow() + 1;
    writeRows(sheet, first, lines.map((l) => this.toRow(l)), formatRow('orders', columns, width));
    return { first, count: lines.length };
  }

  /**
   * Marks a member's earlier lines replaced. Uses the rows remembered at the last submission
   * (two calls); if a coordinator sorted or edited the tab since, finds them by reading the tab.
   */
  markReplaced(where: { first: number; count: number } | null, cycle: string, email: string): void {
    const { sheet, columns, width } = this.columns();
    const replaced = statusWord('lineStatus', 'replaced', this.workbook.locale);
    const isCurrent = (l: StoredLine) => l.cycle === cycle && l.email === email && l.status === 'active';
    if (where && where.first >= 2) {
      const rows = sheet.getRange(where.first, 1, where.count, width).getValues().map((r, i) => this.fromRow(r, where.first + i, columns));
      if (rows.every(isCurrent)) {
        sheet.getRange(where.first, columns.status, where.count, 1).setValues(rows.map(() => [replaced]));
        return;
      }
    }
    // Sorted or edited since: find them by reading the tab, and mark them all in one call.
    const current = this.readAll().filter(isCurrent);
    if (current.length > 0) sheet.getRangeList(current.map((l) => a1(columns.status, l.row))).setValue(replaced);
  }

  /** Sets the status of lines found by reading the tab (`readAll`): one call per status. */
  setStatus(rows: number[], status: LineStatus): void {
    if (rows.length === 0) return;
    const { sheet, columns } = this.columns();
    sheet.getRangeList(rows.map((row) => a1(columns.status, row))).setValue(statusWord('lineStatus', status, this.workbook.locale));
  }

  /** Every line of the tab, with its row: one read. */
  readAll(): StoredLine[] {
    const { sheet, columns, width } = this.columns();
    const last = sheet.getLastRow();
    if (last < 2) return [];
    return sheet.getRange(2, 1, last - 1, width).getValues()
      .map((r, i) => this.fromRow(r, i + 2, columns))
      .filter((l) => l.cycle !== '' || l.email !== '');
  }

  /**
   * The cells of `Attribué` a coordinator typed that are no quantity, on the cycle's lines still
   * counted (« Commandes!K8 » and what it holds): « Envoyer la commande » refuses to send on them.
   */
  unreadableAllocations(cycle: string, lines: StoredLine[] = this.readAll()): { cell: string; text: string }[] {
    const { sheet, columns } = this.columns();
    return lines.filter((l) => l.cycle === cycle && l.status !== 'replaced' && l.allocatedText !== undefined)
      .map((l) => ({ cell: `${sheet.getName()}!${a1(columns.allocated, l.row)}`, text: l.allocatedText! }));
  }

  /** Writes allocated, amount and status of the given lines: one write per column. */
  writeOutcome(lines: LineOutcome[]): void {
    if (lines.length === 0) return;
    const { sheet, columns } = this.columns();
    // A loop, not Math.min(...rows): spreading tens of thousands of arguments overflows the stack.
    let first = Infinity;
    let last = 0;
    for (const l of lines) {
      first = Math.min(first, l.row);
      last = Math.max(last, l.row);
    }
    const count = last - first + 1;
    const write = (key: string, value: (l: LineOutcome) => unknown) => {
      const current = sheet.getRange(first, columns[key], count, 1).getValues();
      for (const l of lines) current[l.row - first][0] = value(l);
      sheet.getRange(first, columns[key], count, 1).setValues(current);
    };
    write('allocated', (l) => l.allocated ?? '');
    write('amount', (l) => centsToEuros(l.amountCents));
    write('status', (l) => statusWord('lineStatus', l.status, this.workbook.locale));
  }
}
