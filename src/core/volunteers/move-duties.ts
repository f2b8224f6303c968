// When the distribution moves (a new pickup date typed in `Cycles`), its volunteer duties move with
// it: a coordinator who writes « la distribution est décalée à dimanche » means the volunteers too.
// The shell reads `Permanences`, calls this, and writes the dates it returns (handlers/cycle-row-edit.ts).
import { startOfLocalDay } from '../dates';
import type { Duty } from '../model';

/**
 * The duties dated on the old pickup's day, each with the new pickup's day. Duties of other days
 * (typed for another distribution) and undated rows are left as they are.
 * @example movedDuties({ duties: [{ date: sat12, row: 2, … }, { date: sat19, row: 3, … }], from: sat12, to: sun13, timeZone: 'Europe/Paris' })
 *   // [{ row: 2, date: sun13 }]
 */
export function movedDuties(input: { duties: Duty[]; from: number; to: number; timeZone: string }): { row: number; date: number }[] {
  const { timeZone } = input;
  const from = startOfLocalDay(input.from, timeZone);
  const to = startOfLocalDay(input.to, timeZone);
  if (from === to) return [];
  return input.duties
    .filter((d) => d.date !== null && startOfLocalDay(d.date, timeZone) === from)
    .map((d) => ({ row: d.row, date: to }));
}
