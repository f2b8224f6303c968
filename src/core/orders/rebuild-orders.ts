// « Réparer »: the members' current orders and the cycle's totals rebuilt from `Commandes` alone,
// when the hidden `_cabas` state is lost mid-cycle. Nothing here is a rule of its own: latest wins
// (`latest-order.ts`), the queue (`close/queue-units.ts`) and the totals (`liveTotals`) are the
// rules a submission applies, replayed over the submissions the lines record.
import { queueOrder } from '../close/queue-units';
import type { MemberOrderState, OrderLine, Product } from '../model';
import { isLineOf } from './latest-order';
import { liveTotals, rowBlock, type RollBack } from './roll-back-member';

type Line = OrderLine & { row: number };

export interface RebuiltOrder extends MemberOrderState {
  rows: { first: number; count: number } | null;
}

export interface RebuiltOrders {
  /** Each member's current order (their latest submission's lines), by e-mail. */
  orders: RebuiltOrder[];
  /** Rows of lines still active that an older submission of the same member wrote (latest wins), or a stopped run: they become replaced. */
  replace: number[];
  /** Rows of a member's current lines that a stopped run had marked replaced: active again. */
  activate: number[];
  ordered: RollBack['ordered'];
  households: number;
  /** The queue place the next submission takes: after every place the lines hold. */
  nextQueue: number;
}

interface Sent {
  email: string;
  responseId: string;
  submittedAt: number;
  lines: Line[];
}

/** Where an edit's added units wait: after the first submissions taken before it, before the next one. */
const EDIT_STEP = 1 / 1024;

/**
 * The state of a cycle's orders as the submissions left it, read back from its lines. A member's
 * current order is their latest submission that wrote lines; their queue place is the `Rang` of
 * their lines (their first submission's place, which every line of theirs carries); the units an
 * edit added wait after the first submissions taken before that edit (by submission time), as they
 * did when it was applied. A member whose latest lines are all replaced has cancelled: an empty order.
 * @example rebuildOrders([{ row: 2, cycle: 'c1', email: 'a@x', ref: 'TOM', quantity: 2, queue: 1, status: 'active', ... }], 'c1', products)
 *   // { orders: [{ email: 'a@x', queue: 1, lines: [{ ref: 'TOM', quantity: 2 }], rows: { first: 2, count: 1 }, ... }], replace: [], ordered: { TOM: { quantity: 2, tolerance: 0 } }, households: 1, nextQueue: 2 }
 */
export function rebuildOrders(lines: Line[], cycle: string, products: Product[], stopped: { email: string; responseId: string; submittedAt: number }[] = []): RebuiltOrders {
  const mine = lines.filter((l) => l.cycle === cycle && l.email !== '');
  // A submission still parked, whose run may have stopped half-way: its lines are not an order
  // yet (the parked answer is applied again after the repair), and what it marked replaced is not.
  const isStopped = (l: Line) => stopped.some((s) => s.email.trim().toLowerCase() === l.email && isLineOf(l, s));
  const resumed = new Set(mine.filter(isStopped).map((l) => l.email));
  const sent: Sent[] = [];
  for (const line of mine) {
    if (isStopped(line)) continue;
    const found = sent.find((s) => s.email === line.email && isLineOf(line, s));
    if (found) found.lines.push(line);
    else sent.push({ email: line.email, responseId: line.responseId, submittedAt: line.submittedAt, lines: [line] });
  }
  const firstRow = (s: Sent) => Math.min(...s.lines.map((l) => l.row));
  sent.sort((a, b) => a.submittedAt - b.submittedAt || firstRow(a) - firstRow(b));

  const byRef = new Map(products.map((p) => [p.ref, p]));
  const productOf = (l: Line): Product => byRef.get(l.ref) ?? {
    ref: l.ref, producer: l.producer, name: l.product, description: '', unit: '', priceCents: l.priceCents, step: 1,
    caseSize: null, maxPerMember: null, stock: null, available: true, row: 0,
  };
  const orders = new Map<string, RebuiltOrder>();
  const latest = new Map<string, Sent>();
  let base = 0; // the latest first submission's place
  let edits = 0; // edits since it
  let highest = 0;
  for (const s of sent) {
    const previous = orders.get(s.email) ?? null;
    const rank = Math.max(0, ...s.lines.map((l) => l.queue));
    highest = Math.max(highest, rank);
    let place: number;
    if (!previous) {
      base = Math.max(base, rank);
      edits = 0;
      place = rank;
    } else {
      edits += 1;
      place = base + edits * EDIT_STEP;
    }
    const tolerance = Math.max(0, ...s.lines.map((l) => l.tolerance));
    const { lines: queued } = queueOrder(previous, s.lines.map((l) => ({ product: productOf(l), quantity: l.quantity })), tolerance, place);
    orders.set(s.email, {
      email: s.email, queue: previous?.queue ?? rank, firstSubmittedAt: previous?.firstSubmittedAt ?? s.submittedAt,
      responseId: s.responseId, submittedAt: s.submittedAt, site: s.lines[0].site, tolerance, lines: queued, rows: null,
    });
    latest.set(s.email, s);
  }

  const replace: number[] = [];
  const activate: number[] = [];
  const current = new Set<number>();
  for (const [email, order] of orders) {
    const last = latest.get(email)!;
    if (resumed.has(email)) activate.push(...last.lines.filter((l) => l.status === 'replaced').map((l) => l.row));
    else if (last.lines.every((l) => l.status === 'replaced')) {
      orders.set(email, { ...order, tolerance: 0, lines: [], rows: null }); // cancelled since
      continue;
    }
    for (const l of last.lines) current.add(l.row);
    order.rows = rowBlock(last.lines.map((l) => l.row));
  }
  for (const l of mine) if (l.status === 'active' && !current.has(l.row)) replace.push(l.row);
  const { ordered, households } = liveTotals(mine, cycle, (l) => current.has(l.row));
  return { orders: [...orders.values()], replace, activate, ordered, households, nextQueue: Math.floor(highest) + 1 };
}
