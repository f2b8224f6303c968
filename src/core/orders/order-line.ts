// One line of `Commandes`, as a taken submission writes it: the one place its fields are filled.
import type { CycleCatalog, OrderLine, Product } from '../model';
import { lineAmount } from '../money';
import { roundQuantity } from './parse-quantity';

/**
 * The tolerance a line counts: none for a product not sold by the case, and never so much that the
 * firm quantity and the tolerance together pass `Max par adhérent`. The live Récap's counters, the
 * line written and the close's allocation all take it from here.
 * @example lineTolerance({ caseSize: 6, maxPerMember: 6, … }, 5, 2) // 1
 */
export function lineTolerance(product: Pick<Product, 'caseSize' | 'maxPerMember'> | undefined, quantity: number, tolerance: number): number {
  if (!product?.caseSize) return 0;
  if (product.maxPerMember === null) return tolerance;
  return Math.max(0, Math.min(tolerance, roundQuantity(product.maxPerMember - quantity)));
}

/**
 * The line of one product of a member's order, its tolerance as `lineTolerance` counts it.
 * @example orderLine(catalog, tomatoes, { email: 'alice@x.org', member: 'Alice', site: 'Monclar', quantity: 2, tolerance: 1, responseId: 'r1', submittedAt, comment: '', queue: 3 })
 *   // { cycle: 'noel', ref: 'TOM', quantity: 2, tolerance: 0, allocated: null, amountCents: 840, status: 'active', ... }
 */
export function orderLine(catalog: CycleCatalog, product: Product, o: {
  email: string; member: string; site: string; quantity: number; tolerance: number; responseId: string; submittedAt: number; comment: string; queue: number;
}): OrderLine {
  return {
    cycle: catalog.cycle.id,
    submittedAt: o.submittedAt,
    email: o.email,
    member: o.member,
    site: o.site,
    producer: product.producer,
    ref: product.ref,
    product: product.name,
    quantity: o.quantity,
    tolerance: lineTolerance(product, o.quantity, o.tolerance),
    allocated: null,
    priceCents: product.priceCents,
    amountCents: lineAmount(product.priceCents, o.quantity),
    responseId: o.responseId,
    status: 'active',
    comment: o.comment,
    queue: o.queue,
  };
}
