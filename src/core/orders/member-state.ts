// Totals of firm quantities across members, as the stock caps need them.
import type { MemberOrderState } from '../model';
import { roundQuantity } from './parse-quantity';

/**
 * Firm quantity per product ref, summed over every member's current order.
 * @example orderedTotals([{ lines: [{ ref: 'TOM', quantity: 2 }] }, { lines: [{ ref: 'TOM', quantity: 1.5 }] }]) // { TOM: 3.5 }
 */
export function orderedTotals(states: MemberOrderState[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const state of states) {
    for (const line of state.lines) totals[line.ref] = roundQuantity((totals[line.ref] ?? 0) + line.quantity);
  }
  return totals;
}

/**
 * The totals without one member's current order: what every other member has ordered.
 * @example withoutMember({ TOM: 3.5 }, { lines: [{ ref: 'TOM', quantity: 2 }], ... }) // { TOM: 1.5 }
 */
export function withoutMember(totals: Record<string, number>, previous: MemberOrderState | null): Record<string, number> {
  const rest = { ...totals };
  for (const line of previous?.lines ?? []) rest[line.ref] = Math.max(0, roundQuantity((rest[line.ref] ?? 0) - line.quantity));
  return rest;
}
