// A new pickup date typed by a coordinator in the cycle's `Cycles` row (« la distribution est
// décalée à samedi »): what it does to the cycle. The shell reads the row, calls this, and writes
// what it says (handlers/cycle-row-edit.ts).
import type { Cycle } from '../model';

export type PickupEdit =
  | { kind: 'unchanged' }
  | { kind: 'moved'; pickup: number }
  | { kind: 'refused'; reason: 'before-deadline' | 'unreadable' };

const MINUTE = 60_000;

/**
 * `typed` is the pickup read from the cycle's row (null when empty or unreadable); `deadline` the
 * cycle's, after any change of its own. A date after the deadline moves the pickup; one at or
 * before it is refused, and so is an emptied or unreadable cell where the cycle had a date.
 * @example pickupEdit({ cycle: { pickup: Date.parse('2026-12-12T00:00+01:00'), deadline: Date.parse('2026-12-10T20:00+01:00') }, typed: Date.parse('2026-12-13T00:00+01:00') })
 *   // { kind: 'moved', pickup: Date.parse('2026-12-13T00:00+01:00') }
 */
export function pickupEdit(input: { cycle: Pick<Cycle, 'deadline' | 'pickup'>; typed: number | null }): PickupEdit {
  const { cycle, typed } = input;
  if (typed === null) return cycle.pickup === null ? { kind: 'unchanged' } : { kind: 'refused', reason: 'unreadable' };
  if (cycle.pickup !== null && Math.abs(typed - cycle.pickup) < MINUTE) return { kind: 'unchanged' };
  if (typed <= cycle.deadline) return { kind: 'refused', reason: 'before-deadline' };
  return { kind: 'moved', pickup: typed };
}
