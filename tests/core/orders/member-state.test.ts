import type { MemberOrderState } from '../../../src/core/model';
import { orderedTotals, withoutMember } from '../../../src/core/orders/member-state';

const state = (email: string, lines: [string, number][]): MemberOrderState => ({
  email, queue: 1, firstSubmittedAt: 0, responseId: email, submittedAt: 0, site: 'Septfonds', tolerance: 0,
  lines: lines.map(([ref, quantity]) => ({ ref, quantity })),
});

describe('orderedTotals', () => {
  test.each([
    { name: 'nothing when nobody ordered', states: [], totals: {} },
    { name: 'sums each product over members', states: [state('a', [['TOM', 2], ['MIE', 1]]), state('b', [['TOM', 1.5]])], totals: { TOM: 3.5, MIE: 1 } },
    { name: 'without binary noise', states: [state('a', [['X', 0.1]]), state('b', [['X', 0.2]])], totals: { X: 0.3 } },
    { name: 'ignores cancelled orders', states: [state('a', [])], totals: {} },
  ])('gives $name', ({ states, totals }) => {
    expect(orderedTotals(states)).toEqual(totals);
  });
});

describe('withoutMember', () => {
  test.each<{ name: string; totals: Record<string, number>; previous: MemberOrderState | null; rest: Record<string, number> }>([
    { name: 'takes the member’s own lines out', totals: { TOM: 3.5, MIE: 1 }, previous: state('a', [['TOM', 2]]), rest: { TOM: 1.5, MIE: 1 } },
    { name: 'leaves totals alone for a first order', totals: { TOM: 3.5 }, previous: null, rest: { TOM: 3.5 } },
    { name: 'never goes below zero', totals: { TOM: 1 }, previous: state('a', [['TOM', 2]]), rest: { TOM: 0 } },
  ])('$name', ({ totals, previous, rest }) => {
    const before = JSON.stringify(totals);
    expect(withoutMember(totals, previous)).toEqual(rest);
    expect(JSON.stringify(totals)).toBe(before);
  });
});
