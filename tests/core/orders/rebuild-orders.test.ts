import type { OrderLine, Product } from '../../../src/core/model';
import { rebuildOrders } from '../../../src/core/orders/rebuild-orders';

type Line = OrderLine & { row: number };
const line = (row: number, over: Partial<Line>): Line => ({
  row, cycle: 'c1', submittedAt: 5, email: 'a@x', member: 'A', site: 'S', producer: 'P', ref: 'TOM', product: 'Tomates', quantity: 1,
  tolerance: 0, allocated: null, priceCents: 100, amountCents: 100, responseId: 'r1', status: 'active', comment: '', queue: 1, ...over,
});
const product = (ref: string, caseSize: number | null): Product => ({
  ref, producer: 'P', name: ref, description: '', unit: 'u', priceCents: 100, step: 1, caseSize, maxPerMember: null, stock: null, available: true, row: 2,
});
const PRODUCTS = [product('TOM', null), product('OIL', 6)];
const bruno = line(3, { email: 'b@x', responseId: 'rb', submittedAt: 7, queue: 2, ref: 'OIL', quantity: 3 });

describe('rebuildOrders', () => {
  test.each([
    {
      name: 'one answer each: their lines, their places, the totals',
      lines: [line(2, { ref: 'OIL', quantity: 2, tolerance: 1 }), bruno],
      orders: { 'a@x': { queue: 1, lines: [{ ref: 'OIL', quantity: 2 }], rows: { first: 2, count: 1 }, tolerance: 1 }, 'b@x': { queue: 2, lines: [{ ref: 'OIL', quantity: 3 }], rows: { first: 3, count: 1 }, tolerance: 0 } },
      replace: [], ordered: { OIL: { quantity: 5, tolerance: 1 } }, households: 2, nextQueue: 3,
    },
    {
      name: 'an edit that raises a case product: the added units wait after the first answers taken before it',
      lines: [line(2, { ref: 'OIL', quantity: 1, status: 'replaced' }), bruno, line(4, { ref: 'OIL', quantity: 4, responseId: 'r1', submittedAt: 9 })],
      orders: { 'a@x': { queue: 1, lines: [{ ref: 'OIL', quantity: 4, queued: [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 2 + 1 / 1024, quantity: 3, tolerance: 0 }] }], rows: { first: 4, count: 1 }, tolerance: 0 }, 'b@x': { queue: 2, lines: [{ ref: 'OIL', quantity: 3 }], rows: { first: 3, count: 1 }, tolerance: 0 } },
      replace: [], ordered: { OIL: { quantity: 7, tolerance: 0 } }, households: 2, nextQueue: 3,
    },
    {
      name: 'an older answer still active (a run stopped half-way): latest wins, the older lines are replaced',
      lines: [line(2, {}), line(3, { responseId: 'r2', submittedAt: 8, quantity: 2 })],
      orders: { 'a@x': { queue: 1, lines: [{ ref: 'TOM', quantity: 2, queued: [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 1 + 1 / 1024, quantity: 1, tolerance: 0 }] }], rows: { first: 3, count: 1 }, tolerance: 0 } },
      replace: [2], ordered: { TOM: { quantity: 2, tolerance: 0 } }, households: 1, nextQueue: 2,
    },
    {
      name: 'every line replaced (a cancellation since): an empty order that keeps its place',
      lines: [line(2, { status: 'replaced' }), line(5, { cycle: 'old', email: 'z@x' })],
      orders: { 'a@x': { queue: 1, lines: [], rows: null, tolerance: 0 } },
      replace: [], ordered: {}, households: 0, nextQueue: 2,
    },
      {
      name: 'a parked submission whose run stopped half-way: not an order yet, the lines it replaced active again',
      lines: [line(2, { status: 'replaced' }), line(3, { responseId: 'r2', submittedAt: 8, quantity: 2 })], stopped: [{ email: 'a@x', responseId: 'r2', submittedAt: 8 }],
      orders: { 'a@x': { queue: 1, lines: [{ ref: 'TOM', quantity: 1 }], rows: { first: 2, count: 1 }, tolerance: 0 } },
      activate: [2], replace: [3], ordered: { TOM: { quantity: 1, tolerance: 0 } }, households: 1, nextQueue: 2,
    },
  ] as { name: string; lines: Line[]; stopped?: { email: string; responseId: string; submittedAt: number }[]; orders: object; activate?: number[]; replace: number[]; ordered: object; households: number; nextQueue: number }[])('$name', ({ lines, stopped, orders, activate, replace, ordered, households, nextQueue }) => {
    const before = JSON.stringify(lines);
    const rebuilt = rebuildOrders(lines, 'c1', PRODUCTS, stopped);
    expect(Object.fromEntries(rebuilt.orders.map((o) => [o.email, { queue: o.queue, lines: o.lines, rows: o.rows, tolerance: o.tolerance }]))).toEqual(orders);
    expect({ activate: rebuilt.activate, replace: rebuilt.replace, ordered: rebuilt.ordered, households: rebuilt.households, nextQueue: rebuilt.nextQueue }).toEqual({ activate: activate ?? [], replace, ordered, households, nextQueue });
    expect(JSON.stringify(lines)).toBe(before);
  });
});
