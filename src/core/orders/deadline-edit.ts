// A new deadline typed by a coordinator in the open cycle's `Cycles` row (« on prolonge d'un jour »):
// what it does to the cycle. The one place the rule lives; the shell reads the row, calls this,
// and writes what it says (handlers/cycle-row-edit.ts).
import type { Cycle } from '../model';

export type DeadlineEdit =
  | { kind: 'unchanged' }
  | { kind: 'extended'; deadline: number }
  | { kind: 'refused'; reason: 'earlier' | 'after-pickup' | 'unreadable' };

/** A minute: a typed time is a wall-clock minute, the stored deadline may carry seconds. */
const MINUTE = 60_000;

/**
 * `typed` is the deadline read from the cycle's row (null when it is empty or unreadable). A later
 * deadline still ahead extends the cycle; an earlier one is refused (closing early is « Clôturer
 * maintenant », never a typo's doing), as is one at or after the pickup, or an unreadable cell;
 * a later one already past changes nothing (the close runs now, as it would have).
 * @example deadlineEdit({ cycle: { deadline: Date.parse('2026-12-02T19:00Z'), pickup: Date.parse('2026-12-11T23:00Z'), … }, typed: Date.parse('2026-12-03T19:00Z'), now: Date.parse('2026-12-02T12:00Z') })
 *   // { kind: 'extended', deadline: Date.parse('2026-12-03T19:00Z') }
 */
export function deadlineEdit(input: { cycle: Pick<Cycle, 'deadline' | 'pickup'>; typed: number | null; now: number }): DeadlineEdit {
  const { cycle, typed, now } = input;
  if (typed === null) return { kind: 'refused', reason: 'unreadable' };
  if (Math.abs(typed - cycle.deadline) < MINUTE) return { kind: 'unchanged' };
  if (typed < cycle.deadline) return { kind: 'refused', reason: 'earlier' };
  if (cycle.pickup !== null && typed >= cycle.pickup) return { kind: 'refused', reason: 'after-pickup' };
  if (typed <= now) return { kind: 'unchanged' };
  return { kind: 'extended', deadline: typed };
}
