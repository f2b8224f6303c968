// One line of `Commandes`, as a taken submission writes it: the one place its fields are filled.
import type { CycleCatalog, OrderLine, Product } from '../model';
import { lineAmount } from '../money';

/**
 * The line of one product of a member's order. Tolerance counts only for a product sold by the case.
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
    tolerance: product.caseSize ? o.tolerance : 0,
    allocated: null,
    priceCents: product.priceCents,
    amountCents: lineAmount(product.priceCents, o.quantity),
    responseId: o.responseId,
    status: 'active',
    comment: o.comment,
    queue: o.queue,
  };
}
