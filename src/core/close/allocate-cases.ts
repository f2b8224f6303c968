// Case allocation at close, Foodsoft's scheme: whole cases from firm quantities, tolerance completes the last one.
//
// Everything is counted in whole steps of the product (0.5 kg → 1 step) so that sums never drift
// the way 0.1 + 0.2 does; quantities are turned back into units only at the end.

export interface CaseRequest {
  key: string;
  queue: number; // smaller = earlier; ties keep the order of `requests`
  quantity: number; // firm
  tolerance: number; // extra units accepted to complete a case
}

export interface CaseAllocation {
  cases: number; // whole cases ordered (automatic), or full cases reached (manual); 0 without a case size
  units: number; // asked of the producer
  allocations: Record<string, number>;
  shortfall: number; // units missing to complete the last case (manual policy / info)
}

export interface AllocateCasesInput {
  caseSize: number | null;
  step: number;
  stock: number | null;
  requests: CaseRequest[];
  policy: 'automatic' | 'manual';
}

const toSteps = (units: number, step: number) => Math.max(0, Math.round(units / step + 1e-9));
const stockSteps = (units: number, step: number) => Math.max(0, Math.floor(units / step + 1e-9));
const toUnits = (steps: number, step: number) => Math.round(steps * step * 1e6) / 1e6;

interface Slot { key: string; firm: number; tolerance: number; given: number }

/**
 * Allocates one product's units to members.
 * @example allocateCases({ caseSize: 6, step: 1, stock: null, policy: 'automatic', requests: [
 *   { key: 'A', queue: 1, quantity: 2, tolerance: 3 }, { key: 'B', queue: 2, quantity: 3, tolerance: 0 },
 *   { key: 'C', queue: 3, quantity: 2, tolerance: 2 }] })
 *   // { cases: 2, units: 12, allocations: { A: 5, B: 3, C: 4 }, shortfall: 0 }
 */
export function allocateCases(input: AllocateCasesInput): CaseAllocation {
  const step = input.step > 0 ? input.step : 1;
  const ordered = input.requests
    .map((r, index) => ({ r, index }))
    .sort((a, b) => a.r.queue - b.r.queue || a.index - b.index);
  const slots: Slot[] = ordered.map(({ r }) => ({
    key: r.key, firm: toSteps(r.quantity, step), tolerance: toSteps(r.tolerance, step), given: 0,
  }));
  let stockLeft = input.stock === null ? Infinity : stockSteps(input.stock, step);

  // Firm quantities first, in queue order, within the stock.
  for (const slot of slots) {
    slot.given = Math.min(slot.firm, stockLeft);
    stockLeft -= slot.given;
  }
  const firmTotal = slots.reduce((sum, s) => sum + s.given, 0);
  const caseSteps = input.caseSize && input.caseSize > 0 ? toSteps(input.caseSize, step) : 0;

  let cases = 0;
  let shortfall = 0;
  if (caseSteps > 0) {
    const full = Math.floor(firmTotal / caseSteps);
    const remainder = firmTotal - full * caseSteps;
    cases = full;
    if (remainder > 0) {
      const missing = caseSteps - remainder;
      shortfall = missing;
      if (input.policy === 'automatic') {
        const tolerance = slots.reduce((sum, s) => sum + s.tolerance, 0);
        if (tolerance >= missing && stockLeft >= missing) {
          // One more case: tolerance completes it, in queue order.
          let need = missing;
          for (const slot of slots) {
            const extra = Math.min(slot.tolerance, need);
            slot.given += extra;
            need -= extra;
          }
          cases = full + 1;
          shortfall = 0;
        } else {
          // The case cannot be completed: the units beyond the last full case are cut, latest first.
          let cut = remainder;
          for (const slot of [...slots].reverse()) {
            const less = Math.min(slot.given, cut);
            slot.given -= less;
            cut -= less;
          }
        }
      }
    }
  }

  // A key asked twice (it should not be) gets the sum of its slots.
  const steps = new Map<string, number>();
  for (const slot of slots) steps.set(slot.key, (steps.get(slot.key) ?? 0) + slot.given);
  const allocations: Record<string, number> = {};
  for (const [key, given] of steps) allocations[key] = toUnits(given, step);
  const unitsSteps = slots.reduce((sum, s) => sum + s.given, 0);
  return { cases, units: toUnits(unitsSteps, step), allocations, shortfall: toUnits(shortfall, step) };
}
