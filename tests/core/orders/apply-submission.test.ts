import type { MemberOrderState, Submission } from '../../../src/core/model';
import { applySubmission, type SubmissionCounters, type SubmissionState } from '../../../src/core/orders/apply-submission';
import { ANNE, SUBMITTED, anneEarlier, smallCycle, submission } from './fixtures/small-cycle';

const NOW = SUBMITTED + 1000;
const answers = (a: Record<string, string>) => ({ TOM: '', JUS: '', MIE: '', PAI: '', ...a });
const counters = (over: Partial<SubmissionCounters> = {}): SubmissionCounters & { closeStep: string } =>
  ({ nextQueue: 8, ordered: {}, households: 0, rejections: [], closeStep: '', ...over });
const state = (over: Partial<SubmissionState> = {}): SubmissionState => ({ catalog: smallCycle(), member: ANNE, previous: null, counters: counters(), ...over });
/** Anne's earlier order (2 kg of tomatoes), counted in the counters with bruno's 1 kg. */
const anneOrdering = (): Partial<SubmissionState> => ({
  previous: anneEarlier(), counters: counters({ ordered: { TOM: { quantity: 3, tolerance: 0 } }, households: 2 }),
});

describe('applySubmission', () => {
  test.each<{ name: string; over: Partial<SubmissionState>; submission: Submission; expected: Record<string, unknown> }>([
    {
      name: 'a first order takes the next queue place and is counted',
      over: {}, submission: submission({ answers: answers({ TOM: '2', MIE: '0,5' }) }),
      expected: {
        kind: 'accepted', replacesLines: false, journal: null, lines: 2, email: 'confirmation', queue: 8,
        counters: counters({ nextQueue: 9, households: 1, ordered: { TOM: { quantity: 2, tolerance: 0 }, MIE: { quantity: 0.5, tolerance: 0 } } }),
      },
    },
    {
      name: 'an edit replaces the earlier lines, keeps the member’s queue place and the household count, and takes the next place for what it adds',
      over: anneOrdering(), submission: submission({ answers: answers({ TOM: '3' }) }),
      expected: {
        kind: 'replaced', replacesLines: true, journal: null, lines: 1, email: 'confirmation', queue: 3,
        counters: counters({ nextQueue: 9, households: 2, ordered: { TOM: { quantity: 4, tolerance: 0 } } }),
      },
    },
    {
      name: 'an all-empty answer cancels the order: its quantities and household leave the counters',
      over: anneOrdering(), submission: submission({ answers: answers({}) }),
      expected: {
        kind: 'cancelled', replacesLines: true, journal: { level: 'info', event: 'orderCancelled' }, lines: 0, email: 'cancellation', queue: 3,
        counters: counters({ nextQueue: 9, households: 1, ordered: { TOM: { quantity: 1, tolerance: 0 } } }),
      },
    },
    {
      name: 'a tolerance counts only for products sold by the case, and leaves with the order it came with',
      over: { previous: { ...anneEarlier(), tolerance: 2, lines: [{ ref: 'JUS', quantity: 4 }] }, counters: counters({ ordered: { JUS: { quantity: 4, tolerance: 2 } }, households: 1 }) },
      submission: submission({ answers: answers({ TOM: '1', JUS: '5' }), tolerance: '1' }),
      expected: {
        kind: 'replaced', replacesLines: true, journal: null, lines: 2, email: 'confirmation', queue: 3,
        counters: counters({ nextQueue: 9, households: 1, ordered: { JUS: { quantity: 5, tolerance: 1 }, TOM: { quantity: 1, tolerance: 0 } } }),
      },
    },
    {
      name: 'an order capped to nothing by the stock is journaled, with no line and no household',
      over: { counters: counters({ ordered: { PAI: { quantity: 5, tolerance: 0 } }, households: 2 }) }, submission: submission({ answers: answers({ PAI: '1' }) }),
      expected: {
        kind: 'accepted', replacesLines: false, journal: { level: 'warning', event: 'orderEmpty' }, lines: 0, email: 'confirmation', queue: 8,
        counters: counters({ nextQueue: 9, households: 2, ordered: { PAI: { quantity: 5, tolerance: 0 } } }),
      },
    },
    {
      name: 'quantities are summed without binary noise',
      over: { counters: counters({ ordered: { MIE: { quantity: 0.1, tolerance: 0 } } }) }, submission: submission({ answers: answers({ MIE: '0,5' }) }),
      expected: {
        kind: 'accepted', replacesLines: false, journal: null, lines: 1, email: 'confirmation', queue: 8,
        counters: counters({ nextQueue: 9, households: 1, ordered: { MIE: { quantity: 0.6, tolerance: 0 } } }),
      },
    },
  ])('$name', ({ over, submission: s, expected }) => {
    const result = applySubmission(state(over), s, smallCycle().settings, NOW);
    if (result.kind === 'ignored' || result.kind === 'rejected') throw new Error(`unexpected ${result.kind}`);
    expect({
      kind: result.kind, replacesLines: result.replacesLines, journal: result.journal && { level: result.journal.level, event: result.journal.event },
      lines: result.lines.length, email: result.email.kind, queue: result.order.queue, counters: result.counters,
    }).toEqual(expected);
    expect(result.lines.every((l) => l.queue === result.order.queue && l.responseId === s.responseId && l.submittedAt === s.submittedAt)).toBe(true);
  });

  test.each<{ name: string; over: Partial<SubmissionState>; submission: Submission; reason: string }>([
    { name: 'the same firing twice', over: anneOrdering(), submission: submission({ submittedAt: anneEarlier().submittedAt, answers: answers({ TOM: '5' }) }), reason: 'duplicate' },
    { name: 'an older version', over: anneOrdering(), submission: submission({ submittedAt: anneEarlier().submittedAt - 1, answers: answers({ TOM: '5' }) }), reason: 'stale' },
  ])('ignores $name, with nothing to write', ({ over, submission: s, reason }) => {
    expect(applySubmission(state(over), s, smallCycle().settings, NOW)).toEqual({ kind: 'ignored', reason });
  });

  test.each<{ name: string; over: Partial<SubmissionState>; counted: boolean }>([
    { name: 'an unknown member, in an open cycle: the refusal is counted', over: { member: null }, counted: true },
    { name: 'any member, with no open cycle: nothing to count', over: { catalog: null, counters: null }, counted: false },
  ])('refuses $name, with an e-mail and a Journal warning', ({ over, counted }) => {
    const result = applySubmission(state(over), submission({ answers: answers({ TOM: '1' }) }), smallCycle().settings, NOW);
    if (result.kind !== 'rejected') throw new Error(`unexpected ${result.kind}`);
    expect(result.email?.kind).toBe('rejection');
    expect(result.journal).toMatchObject({ level: 'warning', event: 'orderRejected', who: 'anne@example.org', at: NOW });
    expect(result.counters?.rejections ?? null).toEqual(counted ? [{ at: SUBMITTED, email: 'anne@example.org', codes: [expect.any(String)] }] : null);
  });

  test('keeps only the latest 200 refusals', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ at: i, email: 'x@y', codes: ['order.unknown-member'] }));
    const result = applySubmission(state({ member: null, counters: counters({ rejections: many }) }), submission({ answers: answers({ TOM: '1' }) }), smallCycle().settings, NOW);
    if (result.kind !== 'rejected') throw new Error(`unexpected ${result.kind}`);
    expect(result.counters?.rejections).toHaveLength(200);
    expect(result.counters?.rejections[0].at).toBe(1);
  });

  test.each<{ name: string; over: Partial<SubmissionState>; answers: Record<string, string> }>([
    { name: 'a first order', over: {}, answers: { TOM: '2' } },
    { name: 'an edit', over: anneOrdering(), answers: { TOM: '3', JUS: '6' } },
    { name: 'a cancellation', over: anneOrdering(), answers: {} },
    { name: 'a refusal', over: { member: null }, answers: { TOM: '1' } },
  ])('never changes its inputs: $name', ({ over, answers: a }) => {
    const input = state(over);
    const s = submission({ answers: answers(a) });
    const settings = smallCycle().settings;
    const before = JSON.stringify({ input, s, settings });
    applySubmission(input, s, settings, NOW);
    expect(JSON.stringify({ input, s, settings })).toBe(before);
  });
});

// The previous order is passed as the store keeps it (with its rows): the extra field goes through untouched.
test('takes the stored order as the previous one', () => {
  const previous: MemberOrderState & { rows: { first: number; count: number } } = { ...anneEarlier(), rows: { first: 2, count: 1 } };
  const result = applySubmission(state({ previous, counters: counters({ ordered: { TOM: { quantity: 2, tolerance: 0 } }, households: 1 }) }), submission({ answers: answers({ TOM: '1' }) }), smallCycle().settings, NOW);
  expect(result).toMatchObject({ kind: 'replaced', replacesLines: true, counters: { ordered: { TOM: { quantity: 1, tolerance: 0 } } } });
});
