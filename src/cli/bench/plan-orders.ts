// The benchmark's seeded order plan: every household orders once at a time spread over the
// cycle, and one in ten edits that order later through its edit link (same response id).
import { seeded } from '../demo/plan-demo';
import type { GeneratedGroup, GeneratedProduct } from './generate-group';

/** Lines per order. Fixed, so that one submission moves the same cells at any group size. */
export const LINES_PER_ORDER = 8;

export type OrderEvent =
  | { kind: 'submit'; household: number; at: number; email: string; site: string; quantities: Record<string, number>; tolerance: number }
  | { kind: 'edit'; household: number; at: number; site: string; quantities: Record<string, number>; tolerance: number };

const HOUR = 3600 * 1000;

function quantityFor(product: GeneratedProduct, units: number): number {
  const q = Math.round(units * product.step * 1000) / 1000;
  return product.maxPerMember !== null ? Math.min(q, product.maxPerMember) : q;
}

/** `count` distinct products, in catalogue order. */
function pickProducts(random: () => number, products: GeneratedProduct[], count: number): GeneratedProduct[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, products.length)) chosen.add(Math.floor(random() * products.length));
  return [...chosen].sort((a, b) => a - b).map((i) => products[i]);
}

function basket(random: () => number, products: GeneratedProduct[]): { quantities: Record<string, number>; tolerance: number } {
  const quantities: Record<string, number> = {};
  let withCase = false;
  for (const p of pickProducts(random, products, LINES_PER_ORDER)) {
    quantities[p.ref] = quantityFor(p, 1 + Math.floor(random() * 3));
    if (p.caseSize !== null) withCase = true;
  }
  return { quantities, tolerance: withCase ? Math.floor(random() * 3) : 0 };
}

/**
 * The plan, sorted by time: submissions spread evenly from one hour after opening to one hour
 * before the deadline (with some jitter), edits between a household's order and the deadline.
 * @example planOrders(group, opensAt, deadline).filter((e) => e.kind === 'edit').length // ≈ households / 10
 */
export function planOrders(group: GeneratedGroup, opensAt: number, deadline: number, seed = 7): OrderEvent[] {
  const random = seeded(seed);
  const span = deadline - opensAt - 2 * HOUR;
  const slot = span / Math.max(1, group.members.length);
  const events: OrderEvent[] = [];
  group.members.forEach((m, household) => {
    const at = Math.floor(opensAt + HOUR + household * slot + random() * slot);
    events.push({ kind: 'submit', household, at, email: m.email, site: m.site, ...basket(random, group.products) });
    if (random() < 0.1) {
      const editAt = Math.floor(at + (deadline - HOUR - at) * (0.2 + 0.8 * random()));
      if (editAt > at) events.push({ kind: 'edit', household, at: editAt, site: m.site, ...basket(random, group.products) });
    }
  });
  // Stable sort: a household's submission always precedes its edit, even at the same instant.
  return events.sort((a, b) => a.at - b.at);
}
