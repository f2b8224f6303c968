import { pickupEdit, type PickupEdit } from '../../../src/core/orders/pickup-edit';

const DAY = 86_400_000;
const DEADLINE = Date.parse('2026-12-10T19:00:00Z');
const PICKUP = Date.parse('2026-12-11T23:00:00Z');

describe('pickupEdit: what a pickup date typed in Cycles does to the cycle', () => {
  test.each<{ what: string; pickup: number | null; typed: number | null; result: PickupEdit }>([
    { what: 'a later date moves the pickup', pickup: PICKUP, typed: PICKUP + DAY, result: { kind: 'moved', pickup: PICKUP + DAY } },
    { what: 'an earlier date still after the deadline moves it too', pickup: PICKUP, typed: DEADLINE + 3_600_000, result: { kind: 'moved', pickup: DEADLINE + 3_600_000 } },
    { what: 'the same day changes nothing', pickup: PICKUP, typed: PICKUP, result: { kind: 'unchanged' } },
    { what: 'a date at or before the deadline is refused', pickup: PICKUP, typed: DEADLINE, result: { kind: 'refused', reason: 'before-deadline' } },
    { what: 'an emptied or unreadable cell is refused where the cycle had a date', pickup: PICKUP, typed: null, result: { kind: 'refused', reason: 'unreadable' } },
    { what: 'no date before and none now changes nothing', pickup: null, typed: null, result: { kind: 'unchanged' } },
    { what: 'a date given to a cycle without one moves it', pickup: null, typed: PICKUP, result: { kind: 'moved', pickup: PICKUP } },
  ])('$what', ({ pickup, typed, result }) => {
    expect(pickupEdit({ cycle: { deadline: DEADLINE, pickup }, typed })).toEqual(result);
  });
});
