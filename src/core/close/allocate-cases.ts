// Case allocation at close, Foodsoft's scheme: whole cases from firm quantities, tolerance completes the last one.
//
// Everything is counted in whole steps of the product (0.5 kg → 1 step) so that sums never drift
// the way 0.1 + 0.2 does; quantities are turned back into units only at the end.

export interface CaseRequest {
  key: string;
  queue: number; // smaller = earlier; ties keep the order of `requests` (a member's units may wait at several places: `queue-units.ts`)
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
  const toleranceTotal = slots.reduce((sum, s) => sum + s.tolerance, 0);
  const last = lastCase(firmTotal, toleranceTotal, stockLeft, caseStepsOf(input.caseSize, step), input.policy);
  if (last.outcome === 'tolerance') {
    // One more case: tolerance completes it, in queue order.
    let need = last.missing;
    for (const slot of slots) {
      const extra = Math.min(slot.tolerance, need);
      slot.given += extra;
      need -= extra;
    }
  } else if (last.outcome !== 'none' && input.policy === 'automatic') {
    // The case cannot be completed: the units beyond the last full case are cut, latest first.
    let cut = last.remainder;
    for (const slot of [...slots].reverse()) {
      const less = Math.min(slot.given, cut);
      slot.given -= less;
      cut -= less;
    }
  }
  const cases = last.full + (last.outcome === 'tolerance' ? 1 : 0);
  const shortfall = last.outcome === 'tolerance' ? 0 : last.missing;

  // A key asked twice (it should not be) gets the sum of its slots.
  const steps = new Map<string, number>();
  for (const slot of slots) steps.set(slot.key, (steps.get(slot.key) ?? 0) + slot.given);
  const allocations: Record<string, number> = {};
  for (const [key, given] of steps) allocations[key] = toUnits(given, step);
  const unitsSteps = slots.reduce((sum, s) => sum + s.given, 0);
  return { cases, units: toUnits(unitsSteps, step), allocations, shortfall: toUnits(shortfall, step) };
}

/**
 * What happens to the case the firm quantities leave incomplete:
 * - `none`: they fill whole cases (or the product is not sold by the case);
 * - `tolerance`: the tolerances complete it (automatic policy only) and the stock left covers it;
 * - `stock`: the tolerances would complete it, but the stock left does not (automatic policy only);
 * - `short`: it stays incomplete (too little tolerance, or the coordinator decides: manual policy).
 */
export type LastCase = 'none' | 'tolerance' | 'stock' | 'short';

export interface CasePreview {
  firm: number; // units of firm quantity the stock gives
  full: number; // whole cases filled by firm quantities alone
  cases: number; // whole cases the close orders (automatic), or reaches (manual)
  missing: number; // units missing to complete the case after the full ones; 0 when `lastCase` is 'none'
  lastCase: LastCase;
}

export interface CasePreviewInput {
  caseSize: number | null;
  step: number;
  stock: number | null;
  quantity: number; // firm, all members together
  tolerance: number; // offered, all members together
  policy: 'automatic' | 'manual';
}

/**
 * The close's case decision, from a product's totals: what the live `Récap` shows, decided by the
 * same rule `allocateCases` applies (the count of cases depends only on the totals, not on who ordered).
 * @example casePreview({ caseSize: 6, step: 1, stock: 8, quantity: 8, tolerance: 4, policy: 'automatic' })
 *   // { firm: 8, full: 1, cases: 1, missing: 4, lastCase: 'stock' }
 */
export function casePreview(input: CasePreviewInput): CasePreview {
  const step = input.step > 0 ? input.step : 1;
  const stock = input.stock === null ? Infinity : stockSteps(input.stock, step);
  const firm = Math.min(toSteps(input.quantity, step), stock);
  const last = lastCase(firm, toSteps(input.tolerance, step), stock - firm, caseStepsOf(input.caseSize, step), input.policy);
  return {
    firm: toUnits(firm, step), full: last.full, cases: last.full + (last.outcome === 'tolerance' ? 1 : 0),
    missing: toUnits(last.missing, step), lastCase: last.outcome,
  };
}

const caseStepsOf = (caseSize: number | null, step: number) => (caseSize && caseSize > 0 ? toSteps(caseSize, step) : 0);

/** The one rule, in steps: tolerance counts only for a product sold by the case, only to complete its last case, only within the stock. */
function lastCase(firm: number, tolerance: number, stockLeft: number, caseSteps: number, policy: 'automatic' | 'manual') {
  if (caseSteps <= 0) return { full: 0, remainder: 0, missing: 0, outcome: 'none' as LastCase };
  const full = Math.floor(firm / caseSteps);
  const remainder = firm - full * caseSteps;
  if (remainder === 0) return { full, remainder, missing: 0, outcome: 'none' as LastCase };
  const missing = caseSteps - remainder;
  const outcome: LastCase = policy === 'manual' || tolerance < missing ? 'short' : stockLeft >= missing ? 'tolerance' : 'stock';
  return { full, remainder, missing, outcome };
}
