// The lines a member was confirmed that `Commandes` no longer shows (rows deleted or cleared by
// hand while the cycle was open): the close writes them again from the member's recorded order,
// so that nobody who was told « votre commande est enregistrée » is left out of the producers'
// orders and the pickup. Before, the close read `Commandes` alone and those orders vanished
// without a word.
import type { CycleCatalog, Member, MemberOrderState, OrderLine } from '../model';
import { orderLine } from '../orders/order-line';

export interface MissingLines {
  /** The lines to write back, each as the member's latest taken submission wrote it (its comment excepted: it lived only in the lost row). */
  lines: OrderLine[];
  /** Per household whose lines came back: its key and the products, for the Journal. */
  households: { email: string; member: string; refs: string[] }[];
}

/**
 * Compares the members' recorded orders with the cycle's live lines (not `replaced`), by household
 * and product. A product of a recorded order with no live line at all is missing; a line whose
 * quantity a coordinator changed by hand is not (the close takes it as it is). Pure.
 * @example missingLines({ catalog, orders: [{ email: 'alice@x.org', lines: [{ ref: 'TOM', quantity: 2 }], ... }], members, lines: [] })
 *   // { lines: [{ email: 'alice@x.org', ref: 'TOM', quantity: 2, status: 'active', ... }], households: [{ email: 'alice@x.org', member: 'Alice', refs: ['TOM'] }] }
 */
export function missingLines(input: { catalog: CycleCatalog; orders: MemberOrderState[]; members: Member[]; lines: Pick<OrderLine, 'email' | 'ref'>[] }): MissingLines {
  const { catalog } = input;
  const live = new Set(input.lines.map((l) => `${l.email.trim().toLowerCase()}\n${l.ref}`));
  const nameOf = new Map(input.members.map((m) => [m.email.trim().toLowerCase(), m.name]));
  const lines: OrderLine[] = [];
  const households: MissingLines['households'] = [];
  for (const order of input.orders) {
    const email = order.email.trim().toLowerCase();
    const member = nameOf.get(email) || email;
    const refs: string[] = [];
    for (const line of order.lines) {
      const product = catalog.products.find((p) => p.ref === line.ref);
      if (!product || line.quantity <= 0 || live.has(`${email}\n${line.ref}`)) continue;
      refs.push(line.ref);
      lines.push(orderLine(catalog, product, {
        email, member, site: order.site, quantity: line.quantity, tolerance: order.tolerance,
        responseId: order.responseId, submittedAt: order.submittedAt, comment: '', queue: order.queue,
      }));
    }
    if (refs.length > 0) households.push({ email, member, refs });
  }
  return { lines, households };
}
