import fc from 'fast-check';
import { allocateCases, type CaseRequest } from '../../../src/core/close/allocate-cases';
import { closeCycle } from '../../../src/core/close/close-cycle';
import { AFTER_EVERY_ORDER, lineUnits, queueUnits } from '../../../src/core/close/queue-units';
import { decodeOrder, encodeOrder } from '../../../src/core/cycle-state';
import type { CasePolicy, Member, MemberOrderState, OrderLine, QueuedUnits } from '../../../src/core/model';
import { applySubmission, type SubmissionCounters } from '../../../src/core/orders/apply-submission';
import { toleranceLimit } from '../../../src/core/orders/tolerance-limit';
import { ANNE, BRUNO, SUBMITTED, smallCycle, submission } from '../orders/fixtures/small-cycle';

const u = (queue: number, quantity: number, tolerance = 0): QueuedUnits => ({ queue, quantity, tolerance });

describe('queueUnits — the queue rule for one member’s product', () => {
  test.each<{ title: string; before: QueuedUnits[]; quantity: number; tolerance: number; place: number; after: QueuedUnits[] }>([
    { title: 'a first order waits whole at its place', before: [], quantity: 3, tolerance: 2, place: 4, after: [u(4, 3, 2)] },
    { title: 'an increase waits at the place of the edit; what the member had keeps its place', before: [u(1, 1)], quantity: 12, tolerance: 0, place: 5, after: [u(1, 1), u(5, 11)] },
    { title: 'a decrease takes off the most recent units first', before: [u(1, 4), u(5, 3)], quantity: 5, tolerance: 0, place: 9, after: [u(1, 4), u(5, 1)] },
    { title: 'a decrease larger than the latest request reaches the earlier ones', before: [u(1, 4), u(5, 3)], quantity: 2, tolerance: 0, place: 9, after: [u(1, 2)] },
    { title: 'an increase after a decrease waits at the new place', before: [u(1, 2)], quantity: 5, tolerance: 0, place: 9, after: [u(1, 2), u(9, 3)] },
    { title: 'the same quantity again keeps every place', before: [u(1, 4), u(5, 3)], quantity: 7, tolerance: 0, place: 9, after: [u(1, 4), u(5, 3)] },
    { title: 'a raised tolerance waits at the place of the edit', before: [u(1, 4, 1)], quantity: 4, tolerance: 3, place: 6, after: [u(1, 4, 1), u(6, 0, 2)] },
    { title: 'a lowered tolerance takes off the newest tolerance first', before: [u(1, 4, 1), u(6, 0, 2)], quantity: 4, tolerance: 1, place: 8, after: [u(1, 4, 1)] },
    { title: 'quantity down and tolerance up at once', before: [u(1, 4), u(5, 2)], quantity: 3, tolerance: 2, place: 8, after: [u(1, 3), u(8, 0, 2)] },
    { title: 'half steps are kept without binary noise', before: [u(1, 0.1), u(2, 0.2)], quantity: 0.6, tolerance: 0, place: 3, after: [u(1, 0.1), u(2, 0.2), u(3, 0.3)] },
    { title: 'everything withdrawn leaves nothing', before: [u(1, 4, 2), u(5, 2)], quantity: 0, tolerance: 0, place: 8, after: [] },
  ])('$title', ({ before, quantity, tolerance, place, after }) => {
    const copy = structuredClone(before);
    expect(queueUnits(before, quantity, tolerance, place)).toEqual(after);
    expect(before).toEqual(copy);
  });

  test.each<{ title: string; line: { quantity: number; tolerance: number; queue: number }; recorded: QueuedUnits[] | undefined; units: QueuedUnits[] }>([
    { title: 'a line with nothing recorded (a state from before the rule) waits whole at its place', line: { quantity: 3, tolerance: 1, queue: 2 }, recorded: undefined, units: [u(2, 3, 1)] },
    { title: 'a line as recorded', line: { quantity: 12, tolerance: 0, queue: 1 }, recorded: [u(1, 1), u(5, 11)], units: [u(1, 1), u(5, 11)] },
    { title: 'a line lowered by hand loses its newest units', line: { quantity: 5, tolerance: 0, queue: 1 }, recorded: [u(1, 1), u(5, 11)], units: [u(1, 1), u(5, 4)] },
    { title: 'a line raised by hand: the units nobody submitted wait after every order', line: { quantity: 3, tolerance: 0, queue: 1 }, recorded: [u(1, 1)], units: [u(1, 1), u(AFTER_EVERY_ORDER, 2)] },
  ])('lineUnits: $title', ({ line, recorded, units }) => {
    expect(lineUnits(line, recorded)).toEqual(units);
  });
});

// --- Random sequences of submissions and edits, through the submission rules and the close ---

const MEMBERS: Member[] = [ANNE, BRUNO, { ...ANNE, email: 'chloe@example.org', name: 'Chloé' }, { ...BRUNO, email: 'david@example.org', name: 'David' }];

interface Step { who: number; quantity: number; tolerance: number; fresh: boolean; tomatoes: boolean }

const step = fc.record({
  who: fc.integer({ min: 0, max: 3 }), quantity: fc.integer({ min: 0, max: 14 }), tolerance: fc.integer({ min: 0, max: 5 }),
  fresh: fc.boolean(), tomatoes: fc.boolean(),
});
const scenario = fc.record({
  caseSize: fc.integer({ min: 2, max: 6 }),
  stock: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  policy: fc.constantFrom<CasePolicy>('automatic', 'manual'),
  steps: fc.array(step, { minLength: 1, maxLength: 12 }),
});

/** A cycle played through `applySubmission`, as the shell keeps it: `Commandes` lines, `_cabas` orders (encoded and decoded), counters. */
function play(catalog: ReturnType<typeof smallCycle>, steps: Step[]) {
  let lines: OrderLine[] = [];
  const orders = new Map<string, MemberOrderState>();
  let counters: SubmissionCounters = { nextQueue: 1, ordered: {}, households: 0, rejections: [] };
  const recorded: { who: number; quantity: number; tolerance: number }[] = [];
  for (const [i, s] of steps.entries()) {
    const member = MEMBERS[s.who];
    const previous = orders.get(member.email) ?? null;
    const answers = { TOM: s.tomatoes ? '1' : '', JUS: String(s.quantity), MIE: '', PAI: '' };
    const responseId = s.fresh || !previous ? `resp-${s.who}-${i}` : previous.responseId;
    const result = applySubmission({ catalog, member, previous, counters }, submission({
      email: member.email, responseId, submittedAt: SUBMITTED + i * 60_000, answers, tolerance: String(Math.min(s.tolerance, toleranceLimit(catalog))),
    }), catalog.settings, SUBMITTED + i * 60_000);
    if (result.kind === 'ignored' || result.kind === 'rejected') throw new Error(`unexpected ${result.kind}`);
    if (result.replacesLines) lines = lines.map((l) => (l.email === member.email && l.status === 'active' ? { ...l, status: 'replaced' } : l));
    lines = [...lines, ...result.lines];
    orders.set(member.email, decodeOrder(encodeOrder({ ...result.order, rows: null }))!);
    counters = result.counters;
    const juice = result.order.lines.find((l) => l.ref === 'JUS');
    recorded.push({ who: s.who, quantity: juice?.quantity ?? 0, tolerance: juice ? result.order.tolerance : 0 });
  }
  return { lines, orders: [...orders.values()], recorded };
}

function closeJuice(catalog: ReturnType<typeof smallCycle>, played: ReturnType<typeof play>): number[] {
  const result = closeCycle({
    catalog: { ...catalog, cycle: { ...catalog.cycle, status: 'closed' } }, lines: played.lines, members: MEMBERS, duties: [],
    rejections: [], pendingEmails: 0, now: SUBMITTED + 86_400_000, orders: played.orders,
  });
  return MEMBERS.map((m) => result.lines.filter((l) => l.email === m.email && l.ref === 'JUS' && l.status !== 'replaced').reduce((sum, l) => sum + (l.allocated ?? 0), 0));
}

/**
 * The reference: every unit is a token stamped with the time it was asked for; an increase adds
 * tokens stamped now, a decrease takes off the newest; each time's tokens are one separate request.
 */
function separateRequests(recorded: { who: number; quantity: number; tolerance: number }[]): CaseRequest[] {
  const firm: number[][] = MEMBERS.map(() => []);
  const extra: number[][] = MEMBERS.map(() => []);
  for (const [time, r] of recorded.entries()) {
    for (const [stack, wanted] of [[firm[r.who], r.quantity], [extra[r.who], r.tolerance]] as const) {
      while (stack.length > wanted) stack.pop();
      while (stack.length < wanted) stack.push(time);
    }
  }
  const requests: CaseRequest[] = [];
  for (const who of MEMBERS.keys()) {
    const times = [...new Set([...firm[who], ...extra[who]])];
    for (const time of times) {
      requests.push({ key: String(who), queue: time, quantity: firm[who].filter((t) => t === time).length, tolerance: extra[who].filter((t) => t === time).length });
    }
  }
  return requests;
}

function catalogFor(caseSize: number, stock: number | null, policy: CasePolicy) {
  const catalog = smallCycle();
  catalog.settings.casePolicy = policy;
  catalog.products = catalog.products.map((p) => (p.ref === 'JUS' ? { ...p, caseSize, stock } : p));
  catalog.producers = catalog.producers.map((p) => ({ ...p, minimumCents: 0 })); // the queue, not a producer's minimum
  return catalog;
}

describe('the queue rule, for random sequences of submissions and edits', () => {
  test('the close allocates as if each increase were a separate request at its own time', () => {
    fc.assert(fc.property(scenario, ({ caseSize, stock, policy, steps }) => {
      const catalog = catalogFor(caseSize, stock, policy);
      const played = play(catalog, steps);
      const reference = allocateCases({ caseSize, step: 1, stock, policy, requests: separateRequests(played.recorded) }).allocations;
      expect(closeJuice(catalog, played)).toEqual(MEMBERS.map((_, who) => reference[String(who)] ?? 0));
    }), { seed: 20261221, numRuns: 150 });
  });

  test('a later raise never displaces a household’s earlier units', () => {
    const raise = fc.record({ who: fc.integer({ min: 0, max: 3 }), more: fc.integer({ min: 1, max: 12 }), fresh: fc.boolean() });
    fc.assert(fc.property(scenario, raise, ({ caseSize, stock, policy, steps }, { who, more, fresh }) => {
      const catalog = catalogFor(caseSize, stock, policy);
      const before = play(catalog, steps);
      const had = before.recorded.filter((r) => r.who === who).at(-1) ?? { quantity: 0, tolerance: 0 };
      const after = play(catalog, [...steps, { who, quantity: had.quantity + more, tolerance: had.tolerance, fresh, tomatoes: false }]);
      const firm = MEMBERS.map((_, h) => before.recorded.filter((r) => r.who === h).at(-1)?.quantity ?? 0);
      const served = (allocated: number[]) => allocated.map((a, h) => Math.min(a, firm[h]));
      const [was, is] = [served(closeJuice(catalog, before)), served(closeJuice(catalog, after))];
      for (const h of MEMBERS.keys()) expect(is[h]).toBeGreaterThanOrEqual(was[h]);
    }), { seed: 20261222, numRuns: 150 });
  });
});
