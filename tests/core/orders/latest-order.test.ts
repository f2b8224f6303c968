import type { MemberOrderState, OrderLine } from '../../../src/core/model';
import { isReplacedBy, olderThanRecorded, withoutMember } from '../../../src/core/orders/latest-order';

const state = (email: string, lines: [string, number][], responseId = email, submittedAt = 0): MemberOrderState => ({
  email, queue: 1, firstSubmittedAt: 0, responseId, submittedAt, site: 'Septfonds', tolerance: 0,
  lines: lines.map(([ref, quantity]) => ({ ref, quantity })),
});

describe('olderThanRecorded', () => {
  test.each([
    { name: 'a first submission is the latest', submission: { responseId: 'r1', submittedAt: 5 }, recorded: null, older: null },
    { name: 'the same firing again is a duplicate', submission: { responseId: 'r1', submittedAt: 5 }, recorded: state('a', [], 'r1', 5), older: 'duplicate' },
    { name: 'an edit of the same response is the latest', submission: { responseId: 'r1', submittedAt: 6 }, recorded: state('a', [], 'r1', 5), older: null },
    { name: 'an older version is stale', submission: { responseId: 'r1', submittedAt: 4 }, recorded: state('a', [], 'r1', 5), older: 'stale' },
    { name: 'another, older response is stale', submission: { responseId: 'r0', submittedAt: 4 }, recorded: state('a', [], 'r1', 5), older: 'stale' },
    { name: 'another response at the same instant is the latest', submission: { responseId: 'r2', submittedAt: 5 }, recorded: state('a', [], 'r1', 5), older: null },
  ])('$name', ({ submission, recorded, older }) => {
    expect(olderThanRecorded(submission, recorded)).toBe(older);
  });
});

describe('isReplacedBy', () => {
  const line = (over: Partial<OrderLine>): OrderLine => ({
    cycle: 'c1', submittedAt: 5, email: 'a@x', member: 'A', site: 'S', producer: 'P', ref: 'TOM', product: 'Tomates', quantity: 1,
    tolerance: 0, allocated: null, priceCents: 100, amountCents: 100, responseId: 'r1', status: 'active', comment: '', queue: 1, ...over,
  });
  const latest = { responseId: 'r1', submittedAt: 9 };
  test.each([
    { name: 'the member’s active line of an earlier submission', over: {}, replaced: true },
    { name: 'a line of the submission itself (a replay finds it again)', over: { submittedAt: 9 }, replaced: false },
    { name: 'a line already replaced', over: { status: 'replaced' as const }, replaced: false },
    { name: 'another member’s line', over: { email: 'b@x' }, replaced: false },
    { name: 'a line of another cycle', over: { cycle: 'c0' }, replaced: false },
  ])('$name: $replaced', ({ over, replaced }) => {
    expect(isReplacedBy(line(over), 'c1', 'a@x', latest)).toBe(replaced);
  });
});

describe('withoutMember', () => {
  test.each<{ name: string; totals: Record<string, number>; previous: MemberOrderState | null; rest: Record<string, number> }>([
    { name: 'takes the member’s own lines out', totals: { TOM: 3.5, MIE: 1 }, previous: state('a', [['TOM', 2]]), rest: { TOM: 1.5, MIE: 1 } },
    { name: 'leaves totals alone for a first order', totals: { TOM: 3.5 }, previous: null, rest: { TOM: 3.5 } },
    { name: 'never goes below zero', totals: { TOM: 1 }, previous: state('a', [['TOM', 2]]), rest: { TOM: 0 } },
    { name: 'without binary noise', totals: { X: 0.3 }, previous: state('a', [['X', 0.1]]), rest: { X: 0.2 } },
  ])('$name', ({ totals, previous, rest }) => {
    const before = JSON.stringify(totals);
    expect(withoutMember(totals, previous)).toEqual(rest);
    expect(JSON.stringify(totals)).toBe(before);
  });
});
