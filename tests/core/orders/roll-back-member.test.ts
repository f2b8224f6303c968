import type { OrderLine } from '../../../src/core/model';
import { rollBackMember } from '../../../src/core/orders/roll-back-member';

type Line = OrderLine & { row: number };
const line = (row: number, over: Partial<Line>): Line => ({
  row, cycle: 'c1', submittedAt: 5, email: 'a@x', member: 'A', site: 'S', producer: 'P', ref: 'TOM', product: 'Tomates', quantity: 1,
  tolerance: 0, allocated: null, priceCents: 100, amountCents: 100, responseId: 'r1', status: 'active', comment: '', queue: 1, ...over,
});
const previous = (rows: { first: number; count: number } | null, refs: [string, number][] = [['TOM', 1]]) => ({
  email: 'a@x', queue: 1, firstSubmittedAt: 5, responseId: 'r1', submittedAt: 5, site: 'S', tolerance: 0,
  lines: refs.map(([ref, quantity]) => ({ ref, quantity })), rows,
});
// Bruno's line, counted in every case; alice's stopped run is r2 at 9.
const bruno = line(2, { email: 'b@x', responseId: 'rb', ref: 'PAN', quantity: 2 });
const stopped = { responseId: 'r2', submittedAt: 9 };

describe('rollBackMember', () => {
  test.each([
    {
      name: 'killed after appending, before replacing: the new lines go, the old ones stay',
      lines: [bruno, line(3, {}), line(4, { ...stopped, quantity: 3 })], previous: previous({ first: 3, count: 1 }),
      activate: [], replace: [4], rows: { first: 3, count: 1 }, ordered: { PAN: 2, TOM: 1 }, households: 2,
    },
    {
      name: 'killed after replacing: the old lines are active again',
      lines: [bruno, line(3, { status: 'replaced' }), line(4, { ...stopped, quantity: 3 })], previous: previous({ first: 3, count: 1 }),
      activate: [3], replace: [4], rows: { first: 3, count: 1 }, ordered: { PAN: 2, TOM: 1 }, households: 2,
    },
    {
      name: 'a first answer killed after appending: nothing of hers stays',
      lines: [bruno, line(3, { ...stopped, quantity: 3 })], previous: null,
      activate: [], replace: [3], rows: null, ordered: { PAN: 2 }, households: 1,
    },
    {
      name: 'sorted since: her recorded lines are found by submission',
      lines: [line(2, { status: 'replaced', ref: 'OIL' }), line(3, { ...stopped }), bruno, line(5, { status: 'replaced' })], previous: previous({ first: 7, count: 2 }, [['TOM', 1], ['OIL', 1]]),
      activate: [2, 5], replace: [3], rows: null, ordered: { PAN: 2, TOM: 1, OIL: 1 }, households: 2,
    },
    {
      name: 'an earlier, replaced copy of the recorded submission is left replaced',
      lines: [bruno, line(3, { status: 'replaced' }), line(4, { status: 'replaced' }), line(5, stopped)], previous: previous({ first: 4, count: 1 }),
      activate: [4], replace: [5], rows: { first: 4, count: 1 }, ordered: { PAN: 2, TOM: 1 }, households: 2,
    },
    {
      name: 'another cycle is not counted',
      lines: [bruno, line(3, { cycle: 'c0', ref: 'OIL' }), line(4, stopped)], previous: null,
      activate: [], replace: [4], rows: null, ordered: { PAN: 2 }, households: 1,
    },
  ])('$name', ({ lines, previous: recorded, activate, replace, rows, ordered, households }) => {
    const before = structuredClone(lines);
    const plan = rollBackMember(lines, 'c1', 'a@x', recorded);
    expect(plan).toEqual({
      activate, replace, rows, households,
      ordered: Object.fromEntries(Object.entries(ordered).map(([ref, quantity]) => [ref, { quantity, tolerance: 0 }])),
    });
    expect(lines).toEqual(before);
  });
});
