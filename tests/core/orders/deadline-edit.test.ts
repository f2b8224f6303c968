import { deadlineEdit, type DeadlineEdit } from '../../../src/core/orders/deadline-edit';

const H = 3_600_000;
const DEADLINE = Date.parse('2026-12-10T19:00:00Z');
const PICKUP = Date.parse('2026-12-12T00:00:00Z');
const cycle = { deadline: DEADLINE, pickup: PICKUP };

describe('deadlineEdit: what a deadline typed in Cycles does to the open cycle', () => {
  test.each<{ what: string; typed: number | null; now: number; pickup?: number | null; result: DeadlineEdit }>([
    { what: 'a later deadline still ahead extends the cycle', typed: DEADLINE + 24 * H, now: DEADLINE - H, result: { kind: 'extended', deadline: DEADLINE + 24 * H } },
    { what: 'a later deadline typed after the old one passed still extends it, while it is ahead', typed: DEADLINE + 24 * H, now: DEADLINE + 10 * 60_000, result: { kind: 'extended', deadline: DEADLINE + 24 * H } },
    { what: 'the same minute changes nothing (the stored deadline may carry seconds)', typed: DEADLINE + 30_000, now: DEADLINE - H, result: { kind: 'unchanged' } },
    { what: 'a later deadline already past changes nothing: the close runs now, as it would have', typed: DEADLINE + H, now: DEADLINE + 2 * H, result: { kind: 'unchanged' } },
    { what: 'an earlier deadline is refused: closing early is « Clôturer maintenant »', typed: DEADLINE - 24 * H, now: DEADLINE - 48 * H, result: { kind: 'refused', reason: 'earlier' } },
    { what: 'a deadline at the pickup is refused', typed: PICKUP, now: DEADLINE - H, result: { kind: 'refused', reason: 'after-pickup' } },
    { what: 'a deadline after the pickup is refused', typed: PICKUP + 24 * H, now: DEADLINE - H, result: { kind: 'refused', reason: 'after-pickup' } },
    { what: 'without a pickup date, any later deadline ahead extends', typed: PICKUP + 24 * H, now: DEADLINE - H, pickup: null, result: { kind: 'extended', deadline: PICKUP + 24 * H } },
    { what: 'an empty or unreadable cell is refused', typed: null, now: DEADLINE - H, result: { kind: 'refused', reason: 'unreadable' } },
  ])('$what', ({ typed, now, pickup, result }) => {
    expect(deadlineEdit({ cycle: { ...cycle, pickup: pickup === undefined ? PICKUP : pickup }, typed, now })).toEqual(result);
  });
});
