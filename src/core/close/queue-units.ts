// The queue rule: where each unit a member asks for waits when a case has to be cut or a stock runs short.
//
// Foodsoft's rule, per product: the units a member already had keep their place; the units an
// edit (or a fresh resubmission) adds are a new, later request at that edit's place; a decrease
// takes off the most recent units first. Tolerance follows the same rule, on its own. The close
// then serves every request in queue order (`allocateCases`), so a tiny early order never keeps a
// place for a late raise.
import type { MemberOrderState, Product, QueuedUnits } from '../model';
import { roundQuantity } from '../orders/parse-quantity';

/** The place of units nobody submitted through the form (a line raised by hand in `Commandes`): after every order. */
export const AFTER_EVERY_ORDER = Number.MAX_SAFE_INTEGER;

type Field = 'quantity' | 'tolerance';

const total = (units: QueuedUnits[], field: Field) => roundQuantity(units.reduce((sum, u) => sum + u[field], 0));

/** Takes `amount` off the most recent units first. Changes `units` (a copy of ours). */
function takeNewestFirst(units: QueuedUnits[], field: Field, amount: number): void {
  let left = amount;
  for (let i = units.length - 1; i >= 0 && left > 0; i--) {
    const less = Math.min(units[i][field], left);
    units[i][field] = roundQuantity(units[i][field] - less);
    left = roundQuantity(left - less);
  }
}

/**
 * A member's units of one product once they ask for `quantity` firm and `tolerance` extra at queue
 * place `place`: what they had keeps its place, a decrease takes off the newest units first, an
 * increase waits at `place`. Earliest first; the input is not changed.
 * @example queueUnits([{ queue: 1, quantity: 1, tolerance: 0 }], 12, 0, 5)
 *   // [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 11, tolerance: 0 }]
 * @example queueUnits([{ queue: 1, quantity: 4, tolerance: 0 }, { queue: 5, quantity: 3, tolerance: 2 }], 5, 3, 9)
 *   // [{ queue: 1, quantity: 4, tolerance: 0 }, { queue: 5, quantity: 1, tolerance: 2 }, { queue: 9, quantity: 0, tolerance: 1 }]
 */
export function queueUnits(before: QueuedUnits[], quantity: number, tolerance: number, place: number): QueuedUnits[] {
  const units = before.map((u) => ({ ...u })).sort((a, b) => a.queue - b.queue);
  takeNewestFirst(units, 'quantity', roundQuantity(total(units, 'quantity') - quantity));
  takeNewestFirst(units, 'tolerance', roundQuantity(total(units, 'tolerance') - tolerance));
  const added = { quantity: roundQuantity(quantity - total(units, 'quantity')), tolerance: roundQuantity(tolerance - total(units, 'tolerance')) };
  if (added.quantity > 0 || added.tolerance > 0) {
    const last = units[units.length - 1];
    const more = { quantity: Math.max(0, added.quantity), tolerance: Math.max(0, added.tolerance) };
    if (last && last.queue === place) {
      last.quantity = roundQuantity(last.quantity + more.quantity);
      last.tolerance = roundQuantity(last.tolerance + more.tolerance);
    } else {
      units.push({ queue: place, ...more });
    }
  }
  return units.filter((u) => u.quantity > 0 || u.tolerance > 0);
}

/**
 * The units of a line as recorded, or, when nothing was recorded (a state written before this
 * rule), all of them at the line's place.
 * @example recordedUnits(undefined, 3, 2, 4) // [{ queue: 4, quantity: 3, tolerance: 2 }]
 */
export function recordedUnits(recorded: QueuedUnits[] | undefined, quantity: number, tolerance: number, queue: number): QueuedUnits[] {
  if (recorded && recorded.length > 0) return recorded;
  return quantity > 0 || tolerance > 0 ? [{ queue, quantity, tolerance }] : [];
}

/**
 * The units to record for a line: none when they all wait at the member's own place (a line never
 * raised, the common case), since `recordedUnits` reads that back as it was. Keeps `_cabas`'s
 * member cells small.
 * @example unitsToRecord([{ queue: 3, quantity: 2, tolerance: 1 }], 3) // undefined
 */
export function unitsToRecord(units: QueuedUnits[], memberPlace: number): QueuedUnits[] | undefined {
  return units.length === 1 && units[0].queue === memberPlace ? undefined : units;
}

/**
 * Where a line's units wait at the close: as the submissions recorded them, made to agree with the
 * line as it stands in `Commandes` by the same rule (a coordinator's decrease takes off the newest
 * units, their increase waits after every order).
 * @example lineUnits({ quantity: 5, tolerance: 0, queue: 1 }, [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 11, tolerance: 0 }])
 *   // [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 4, tolerance: 0 }]
 */
export function lineUnits(line: { quantity: number; tolerance: number; queue: number }, recorded: QueuedUnits[] | undefined): QueuedUnits[] {
  // Nothing recorded (most lines): all at the line's place, as recordedUnits would say, without the work.
  if (!recorded || recorded.length === 0) return recordedUnits(undefined, line.quantity, line.tolerance, line.queue);
  return queueUnits(recordedUnits(recorded, line.quantity, line.tolerance, line.queue), line.quantity, line.tolerance, AFTER_EVERY_ORDER);
}

/**
 * The firm units waiting at `place`: what the submission at that place added behind the orders
 * received before it.
 * @example addedAt([{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 11, tolerance: 0 }], 5) // 11
 */
export function addedAt(units: QueuedUnits[], place: number): number {
  return units.filter((u) => u.queue === place).reduce((sum, u) => roundQuantity(sum + u.quantity), 0);
}

/** A member's new order lines, with where their units wait, and what an edit adds of products sold by the case. */
export interface QueuedOrder {
  lines: MemberOrderState['lines'];
  added: { ref: string; product: string; quantity: number }[]; // empty for a first order
}

/**
 * Places the units of a submission taken at queue place `place`, against the member's current
 * order (`previous`): per product, what they had keeps its place, what they add waits at `place`.
 * @example queueOrder({ queue: 1, tolerance: 0, lines: [{ ref: 'JUS', quantity: 1 }], … }, [{ product: jus, quantity: 12 }], 0, 5)
 *   // { lines: [{ ref: 'JUS', quantity: 12, queued: [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 11, tolerance: 0 }] }],
 *   //   added: [{ ref: 'JUS', product: 'Jus de pomme', quantity: 11 }] }
 */
export function queueOrder(
  previous: MemberOrderState | null, granted: { product: Product; quantity: number }[], tolerance: number, place: number,
): QueuedOrder {
  const memberPlace = previous?.queue ?? place;
  const lines: QueuedOrder['lines'] = [];
  const added: QueuedOrder['added'] = [];
  for (const { product, quantity } of granted) {
    const kept = previous?.lines.find((l) => l.ref === product.ref);
    const before = kept ? recordedUnits(kept.queued, kept.quantity, product.caseSize ? previous?.tolerance ?? 0 : 0, memberPlace) : [];
    const units = queueUnits(before, quantity, product.caseSize ? tolerance : 0, place);
    const queued = unitsToRecord(units, memberPlace);
    lines.push(queued ? { ref: product.ref, quantity, queued } : { ref: product.ref, quantity });
    const more = addedAt(units, place);
    if (previous && previous.lines.length > 0 && product.caseSize && more > 0) added.push({ ref: product.ref, product: product.name, quantity: more });
  }
  return { lines, added };
}
