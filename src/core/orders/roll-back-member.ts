// A run that stopped half-way through a member's submission, undone from what `Commandes` holds:
// the member's last complete order is made the only active one again, and the cycle's totals are
// counted again from the lines. The submission is then applied again from the start.
import type { MemberOrderState, OrderLine } from '../model';
import { isLineOf } from './latest-order';
import { roundQuantity } from './parse-quantity';

type Line = OrderLine & { row: number };
type Rows = { first: number; count: number } | null;

export interface RollBack {
  /** Rows of the last complete order's lines that the stopped run had marked replaced. */
  activate: number[];
  /** Rows of the member's other active lines: what the stopped run had appended. */
  replace: number[];
  /** Where the last complete order's lines are, when they are one block. */
  rows: Rows;
  /** The cycle's totals counted from the lines as they are once rolled back. */
  ordered: Record<string, { quantity: number; tolerance: number }>;
  households: number;
}

/**
 * What undoes a stopped run for `email`: `previous` (the order the member's row still records,
 * with where its lines were) is active again, every other line of the member is replaced.
 * @example rollBackMember([{ row: 2, email: 'a@x', responseId: 'r1', status: 'replaced', ... }, { row: 3, email: 'a@x', responseId: 'r2', status: 'active', ... }], 'c1', 'a@x', { responseId: 'r1', rows: { first: 2, count: 1 }, ... })
 *   // { activate: [2], replace: [3], rows: { first: 2, count: 1 }, ordered: { TOM: { quantity: 1, tolerance: 0 } }, households: 1 }
 */
export function rollBackMember(lines: Line[], cycle: string, email: string, previous: (MemberOrderState & { rows: Rows }) | null): RollBack {
  const mine = lines.filter((l) => l.cycle === cycle && l.email === email);
  const keep = previous ? previousLines(mine, previous) : [];
  const kept = new Set(keep.map((l) => l.row));
  const activate = keep.filter((l) => l.status !== 'active').map((l) => l.row);
  const replace = mine.filter((l) => l.status === 'active' && !kept.has(l.row)).map((l) => l.row);
  const replaced = new Set(replace);
  const { ordered, households } = liveTotals(lines, cycle, (l) => kept.has(l.row) || (l.status === 'active' && !replaced.has(l.row)));
  return { activate, replace, rows: rowBlock(keep.map((l) => l.row)), ordered, households };
}

/**
 * The cycle's running totals counted from its lines: per product, the firm quantity and the
 * tolerance of the lines `live` keeps, and how many households they belong to. The one count of
 * the totals from `Commandes` (a rollback, and « Réparer » rebuilding `_cabas`).
 * @example liveTotals([{ cycle: 'c1', email: 'a@x', ref: 'TOM', quantity: 2, tolerance: 0, status: 'active', ... }], 'c1', (l) => l.status === 'active')
 *   // { ordered: { TOM: { quantity: 2, tolerance: 0 } }, households: 1 }
 */
export function liveTotals<L extends OrderLine>(lines: L[], cycle: string, live: (line: L) => boolean): Pick<RollBack, 'ordered' | 'households'> {
  const ordered: RollBack['ordered'] = {};
  const households = new Set<string>();
  for (const l of lines) {
    if (l.cycle !== cycle || !live(l)) continue;
    const o = (ordered[l.ref] ??= { quantity: 0, tolerance: 0 });
    o.quantity = roundQuantity(o.quantity + l.quantity);
    o.tolerance = roundQuantity(o.tolerance + l.tolerance);
    households.add(l.email);
  }
  return { ordered, households: households.size };
}

/** Where rows sit when they are one block (the member's row records it); null otherwise. */
export function rowBlock(rows: number[]): Rows {
  const sorted = [...rows].sort((a, b) => a - b);
  const block = sorted.length > 0 && sorted.every((r, i) => r === sorted[0] + i);
  return block ? { first: sorted[0], count: sorted.length } : null;
}

/**
 * The lines of the last complete order: those written for it, where the member's row says they are
 * (a sort may have moved them: then its active ones, else the latest written).
 */
function previousLines(mine: Line[], previous: MemberOrderState & { rows: Rows }): Line[] {
  const count = previous.lines.length;
  if (count === 0) return [];
  const written = mine.filter((l) => isLineOf(l, previous));
  const { rows } = previous;
  const atRows = rows ? written.filter((l) => l.row >= rows.first && l.row < rows.first + rows.count) : [];
  if (atRows.length === count) return atRows;
  const active = written.filter((l) => l.status === 'active');
  if (active.length === count) return active;
  return [...written].sort((a, b) => a.row - b.row).slice(-count);
}
