import { type Cap, evaluateSubmission, type SubmissionInput } from '../../../src/core/orders/evaluate-submission';
import type { MemberOrderState } from '../../../src/core/model';
import { ANNE, CLAIRE, DEADLINE, SUBMITTED, anneEarlier, smallCycle, submission } from './fixtures/small-cycle';

function input(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return { submission: submission(), catalog: smallCycle(), member: ANNE, previous: null, orderedByOthers: {}, nextQueue: 7, ...overrides };
}
const answers = (a: Record<string, string>) => ({ TOM: '', JUS: '', MIE: '', PAI: '', ...a });

describe('evaluateSubmission: ignored firings', () => {
  test.each([
    { name: 'a blank firing (no answers, no e-mail)', over: { submission: submission({ email: '' }) }, reason: 'blank' },
    { name: 'a blank firing even with no open cycle', over: { submission: submission({ email: ' ' }), catalog: null }, reason: 'blank' },
    {
      name: 'the same response fired twice',
      over: { submission: submission({ responseId: 'resp-anne-1', submittedAt: SUBMITTED - 3_600_000, answers: answers({ TOM: '2' }) }), previous: anneEarlier() },
      reason: 'duplicate',
    },
    {
      name: 'an older version of the same response',
      over: { submission: submission({ responseId: 'resp-anne-1', submittedAt: SUBMITTED - 7_200_000, answers: answers({ TOM: '1' }) }), previous: anneEarlier() },
      reason: 'stale',
    },
    {
      name: 'another response older than the one taken',
      over: { submission: submission({ responseId: 'resp-anne-0', submittedAt: SUBMITTED - 7_200_000, answers: answers({ TOM: '1' }) }), previous: anneEarlier() },
      reason: 'stale',
    },
  ])('ignores $name', ({ over, reason }) => {
    expect(evaluateSubmission(input(over))).toEqual({ kind: 'ignored', reason });
  });
});

describe('evaluateSubmission: rejections', () => {
  const tom = (raw: string) => submission({ answers: answers({ TOM: raw }) });
  const draft = smallCycle();
  draft.cycle.status = 'draft';
  const ceiling50 = smallCycle();
  ceiling50.settings.maxQuantity = 50;
  // A cycle opened before the setting existed: its stored settings have none.
  const before = smallCycle();
  delete (before.settings as Partial<typeof before.settings>).maxQuantity;
  test.each([
    { name: 'no cycle is open', over: { catalog: null, submission: tom('2') }, code: 'order.no-open-cycle', params: undefined },
    { name: 'the cycle is still a draft', over: { catalog: draft, submission: tom('2') }, code: 'order.no-open-cycle', params: undefined },
    { name: 'the answer came after the deadline', over: { submission: submission({ submittedAt: DEADLINE + 1, answers: answers({ TOM: '2' }) }) }, code: 'order.after-deadline', params: { cycle: '2026-12-10' } },
    { name: 'the e-mail is not a member’s', over: { member: null, submission: tom('2') }, code: 'order.unknown-member', params: { email: 'anne@example.org' } },
    { name: 'the member is inactive', over: { member: CLAIRE, submission: tom('2') }, code: 'order.inactive-member', params: { email: 'anne@example.org' } },
    { name: 'a quantity is not a number', over: { submission: tom('2 kg') }, code: 'order.not-a-number', params: { product: 'Tomates anciennes', ref: 'TOM', value: '2 kg' } },
    { name: 'a quantity is negative', over: { submission: tom('-1') }, code: 'order.negative', params: { product: 'Tomates anciennes', ref: 'TOM', value: '-1' } },
    { name: 'a quantity is off the step', over: { submission: tom('2,3') }, code: 'order.off-step', params: { product: 'Tomates anciennes', ref: 'TOM', value: '2,3', step: 0.5, unit: 'kg' } },
    { name: 'a quantity is above the ceiling', over: { submission: tom('99999999999999999999') }, code: 'order.too-large', params: { product: 'Tomates anciennes', ref: 'TOM', value: '99999999999999999999', max: 999 } },
    { name: 'a quantity is just above the ceiling', over: { submission: tom('999,5') }, code: 'order.too-large', params: { product: 'Tomates anciennes', ref: 'TOM', value: '999,5', max: 999 } },
    { name: 'a quantity is above the group’s own ceiling', over: { catalog: ceiling50, submission: tom('50,5') }, code: 'order.too-large', params: { product: 'Tomates anciennes', ref: 'TOM', value: '50,5', max: 50 } },
    { name: 'a cycle without the setting takes the default ceiling', over: { catalog: before, submission: tom('1000') }, code: 'order.too-large', params: { product: 'Tomates anciennes', ref: 'TOM', value: '1000', max: 999 } },
    {
      name: 'the site is unknown and the member has none',
      over: { member: { ...ANNE, site: '' }, submission: submission({ site: 'Caussade', answers: answers({ TOM: '2' }) }) },
      code: 'order.unknown-site', params: { site: 'Caussade' },
    },
    { name: 'the tolerance is not a number', over: { submission: submission({ tolerance: 'beaucoup', answers: answers({ JUS: '6' }) }) }, code: 'order.bad-tolerance', params: { value: 'beaucoup', max: 5 } },
    { name: 'the tolerance is not whole', over: { submission: submission({ tolerance: '1,5', answers: answers({ JUS: '6' }) }) }, code: 'order.bad-tolerance', params: { value: '1,5', max: 5 } },
    { name: 'the tolerance is above the largest case', over: { submission: submission({ tolerance: '6', answers: answers({ JUS: '6' }) }) }, code: 'order.bad-tolerance', params: { value: '6', max: 5 } },
    { name: 'the tolerance is negative', over: { submission: submission({ tolerance: '-1', answers: answers({ JUS: '6' }) }) }, code: 'order.bad-tolerance', params: { value: '-1', max: 5 } },
  ])('rejects when $name', ({ over, code, params }) => {
    expect(evaluateSubmission(input(over))).toEqual({ kind: 'rejected', problems: [{ code, severity: 'error', ...(params ? { params } : {}) }] });
  });

  test('reports every invalid quantity, not only the first', () => {
    const outcome = evaluateSubmission(input({ submission: submission({ answers: answers({ TOM: 'abc', MIE: '2,3', PAI: '-1', JUS: '2' }) }) }));
    expect(outcome.kind === 'rejected' && outcome.problems.map((p) => [p.code, p.params?.product])).toEqual([
      ['order.not-a-number', 'Tomates anciennes'],
      ['order.off-step', 'Miel de châtaignier'],
      ['order.negative', "Pain d'épices"],
    ]);
  });

  test('reports the site and the tolerance together', () => {
    const outcome = evaluateSubmission(input({ member: { ...ANNE, site: '' }, submission: submission({ tolerance: 'x', answers: answers({ JUS: '6' }) }) }));
    expect(outcome.kind === 'rejected' && outcome.problems.map((p) => p.code)).toEqual(['order.unknown-site', 'order.bad-tolerance']);
  });
});

interface CapRow { name: string; given: Record<string, string>; others: Record<string, number>; lines: [string, number][]; caps: Cap[]; at?: number }

describe('evaluateSubmission: quantities and caps', () => {
  test.each<CapRow>([
    { name: 'reads a decimal comma', given: { TOM: '2,5' }, others: {}, lines: [['TOM', 2.5]], caps: [] },
    { name: 'reads a decimal point', given: { TOM: '2.5' }, others: {}, lines: [['TOM', 2.5]], caps: [] },
    { name: 'trims spaces around a quantity', given: { TOM: ' 3 ', PAI: '1' }, others: {}, lines: [['TOM', 3], ['PAI', 1]], caps: [] },
    { name: 'treats an empty answer as zero', given: { TOM: '', MIE: '0', PAI: '2' }, others: {}, lines: [['PAI', 2]], caps: [] },
    { name: 'accepts the deadline minute itself', given: { TOM: '1' }, others: {}, lines: [['TOM', 1]], caps: [], at: DEADLINE },
    {
      name: 'caps the quantity to the max per member', given: { TOM: '6' }, others: {}, lines: [['TOM', 4]],
      caps: [{ ref: 'TOM', product: 'Tomates anciennes', asked: 6, granted: 4, reason: 'max-per-member' }],
    },
    {
      name: 'caps the quantity to the remaining stock', given: { MIE: '4' }, others: { MIE: 7.5 }, lines: [['MIE', 2.5]],
      caps: [{ ref: 'MIE', product: 'Miel de châtaignier', asked: 4, granted: 2.5, reason: 'stock' }],
    },
    {
      name: 'rounds the remaining stock down to the step', given: { MIE: '4' }, others: { MIE: 7.7 }, lines: [['MIE', 2]],
      caps: [{ ref: 'MIE', product: 'Miel de châtaignier', asked: 4, granted: 2, reason: 'stock' }],
    },
    {
      name: 'applies the max, then the stock, and says both', given: { PAI: '3' }, others: { PAI: 4 }, lines: [['PAI', 1]],
      caps: [
        { ref: 'PAI', product: "Pain d'épices", asked: 3, granted: 2, reason: 'max-per-member' },
        { ref: 'PAI', product: "Pain d'épices", asked: 3, granted: 1, reason: 'stock' },
      ],
    },
    {
      name: 'gives no line when the stock is gone, and says so', given: { MIE: '1', TOM: '1' }, others: { MIE: 12 }, lines: [['TOM', 1]],
      caps: [{ ref: 'MIE', product: 'Miel de châtaignier', asked: 1, granted: 0, reason: 'stock' }],
    },
    { name: 'leaves a quantity within the stock alone', given: { MIE: '2,5' }, others: { MIE: 7.5 }, lines: [['MIE', 2.5]], caps: [] },
  ])('$name', ({ given, others, lines, caps, at }) => {
    const outcome = evaluateSubmission(input({ submission: submission({ answers: answers(given), submittedAt: at ?? SUBMITTED }), orderedByOthers: others }));
    expect(outcome.kind).toBe('accepted');
    if (outcome.kind !== 'accepted') return;
    expect(outcome.lines.map((l) => [l.ref, l.quantity])).toEqual(lines);
    expect(outcome.state.lines.map((l) => [l.ref, l.quantity])).toEqual(lines);
    expect(outcome.caps).toEqual(caps);
  });
});

describe('evaluateSubmission: the order lines', () => {
  test('fills every field of a new order line', () => {
    const outcome = evaluateSubmission(input({
      submission: submission({ answers: answers({ TOM: '2,5', JUS: '6' }), site: 'septfonds', tolerance: '2', comment: '  Je passerai tard. ' }),
    }));
    const common = {
      cycle: '2026-12-10', submittedAt: SUBMITTED, email: 'anne@example.org', member: 'Anne Delmas', site: 'Septfonds',
      producer: 'Ferme des Tilleuls', allocated: null, responseId: 'resp-anne-1', status: 'active', comment: 'Je passerai tard.', queue: 7,
    };
    expect(outcome).toEqual({
      kind: 'accepted', replaces: false, caps: [], added: [],
      lines: [
        { ...common, ref: 'TOM', product: 'Tomates anciennes', quantity: 2.5, tolerance: 0, priceCents: 420, amountCents: 1050 },
        { ...common, ref: 'JUS', product: 'Jus de pomme', quantity: 6, tolerance: 2, priceCents: 350, amountCents: 2100 },
      ],
      state: {
        email: 'anne@example.org', queue: 7, firstSubmittedAt: SUBMITTED, responseId: 'resp-anne-1', submittedAt: SUBMITTED,
        site: 'Septfonds', tolerance: 2, lines: [{ ref: 'TOM', quantity: 2.5 }, { ref: 'JUS', quantity: 6 }],
      },
    });
  });

  test.each([
    { name: 'the member’s site when the answer is blank', answer: '', site: 'Monclar-de-Quercy' },
    { name: 'the member’s site when the answer names no site', answer: 'Caussade', site: 'Monclar-de-Quercy' },
    { name: 'the named site, whatever its case', answer: 'SEPTFONDS', site: 'Septfonds' },
  ])('picks $name', ({ answer, site }) => {
    const outcome = evaluateSubmission(input({ submission: submission({ site: answer, answers: answers({ TOM: '1' }) }) }));
    expect(outcome.kind === 'accepted' && [outcome.state.site, outcome.lines[0].site]).toEqual([site, site]);
  });

  test('keeps the queue place and first time of the order it replaces', () => {
    const previous = anneEarlier();
    const outcome = evaluateSubmission(input({ previous, submission: submission({ responseId: 'resp-anne-2', answers: answers({ TOM: '3' }) }) }));
    expect(outcome.kind === 'accepted' && [outcome.replaces, outcome.state.queue, outcome.lines[0].queue, outcome.state.firstSubmittedAt])
      .toEqual([true, 3, 3, previous.firstSubmittedAt]);
  });

  test('an edit of the same response, newer, replaces the order', () => {
    const outcome = evaluateSubmission(input({ previous: anneEarlier(), submission: submission({ responseId: 'resp-anne-1', answers: answers({ TOM: '1' }) }) }));
    expect(outcome.kind === 'accepted' && outcome.replaces).toBe(true);
  });

  test('an order after a cancellation keeps the queue place but replaces nothing', () => {
    const previous = { ...anneEarlier(), lines: [] };
    const outcome = evaluateSubmission(input({ previous, submission: submission({ answers: answers({ TOM: '1' }) }) }));
    expect(outcome.kind === 'accepted' && [outcome.replaces, outcome.state.queue]).toEqual([false, 3]);
  });
});

describe('evaluateSubmission: cancelling', () => {
  test.each<{ name: string; previous: MemberOrderState | null; given: Record<string, string>; replaced: boolean; queue: number }>([
    { name: 'withdraws an order when every quantity is 0', previous: anneEarlier(), given: { TOM: '0', MIE: '0,0' }, replaced: true, queue: 3 },
    { name: 'records an empty first order as a cancellation', previous: null, given: {}, replaced: false, queue: 7 },
  ])('$name', ({ previous, given, replaced, queue }) => {
    const outcome = evaluateSubmission(input({ previous, submission: submission({ responseId: 'resp-anne-2', answers: answers(given), tolerance: 'x' }) }));
    expect(outcome).toEqual({
      kind: 'cancelled', replaced,
      state: {
        email: 'anne@example.org', queue, firstSubmittedAt: previous?.firstSubmittedAt ?? SUBMITTED, responseId: 'resp-anne-2',
        submittedAt: SUBMITTED, site: 'Monclar-de-Quercy', tolerance: 0, lines: [],
      },
    });
  });
});

test('never changes its input', () => {
  const given = input({
    previous: anneEarlier(), orderedByOthers: { MIE: 9, PAI: 4 },
    submission: submission({ responseId: 'resp-anne-2', answers: answers({ TOM: '9', MIE: '3', PAI: '3', JUS: '6' }), tolerance: '2' }),
  });
  const before = JSON.stringify(given);
  const outcome = evaluateSubmission(given);
  expect(outcome.kind === 'accepted' && outcome.caps.length).toBe(4);
  expect(JSON.stringify(given)).toBe(before);
});

describe('evaluateSubmission: where the units of an edit wait (close/queue-units.ts)', () => {
  type Line = MemberOrderState['lines'][number];
  const earlier = (lines: Line[], tolerance = 0): MemberOrderState => ({ ...anneEarlier(), tolerance, lines });
  test.each<{ title: string; previous: MemberOrderState | null; answer: Record<string, string>; tolerance: string; queued: Record<string, unknown>; added: unknown[] }>([
    {
      title: 'a raise of a product sold by the case waits at the edit’s place, and the confirmation is told',
      previous: earlier([{ ref: 'JUS', quantity: 1, queued: [{ queue: 3, quantity: 1, tolerance: 0 }] }]), answer: { JUS: '12' }, tolerance: '',
      queued: { JUS: [{ queue: 3, quantity: 1, tolerance: 0 }, { queue: 7, quantity: 11, tolerance: 0 }] }, added: [{ ref: 'JUS', product: 'Jus de pomme', quantity: 11 }],
    },
    {
      title: 'an order recorded before the rule waits whole at the member’s place',
      previous: earlier([{ ref: 'JUS', quantity: 2 }], 1), answer: { JUS: '4' }, tolerance: '1',
      queued: { JUS: [{ queue: 3, quantity: 2, tolerance: 1 }, { queue: 7, quantity: 2, tolerance: 0 }] }, added: [{ ref: 'JUS', product: 'Jus de pomme', quantity: 2 }],
    },
    {
      title: 'a decrease back to the first order’s units leaves nothing to record',
      previous: earlier([{ ref: 'JUS', quantity: 12, queued: [{ queue: 3, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 11, tolerance: 0 }] }]), answer: { JUS: '1' }, tolerance: '',
      queued: { JUS: undefined }, added: [],
    },
    {
      title: 'a decrease takes off the newest units and adds nothing',
      previous: earlier([{ ref: 'JUS', quantity: 12, queued: [{ queue: 3, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 11, tolerance: 0 }] }]), answer: { JUS: '4' }, tolerance: '',
      queued: { JUS: [{ queue: 3, quantity: 1, tolerance: 0 }, { queue: 5, quantity: 3, tolerance: 0 }] }, added: [],
    },
    {
      title: 'a raised tolerance waits at the edit’s place; no firm unit was added',
      previous: earlier([{ ref: 'JUS', quantity: 4, queued: [{ queue: 3, quantity: 4, tolerance: 0 }] }]), answer: { JUS: '4' }, tolerance: '2',
      queued: { JUS: [{ queue: 3, quantity: 4, tolerance: 0 }, { queue: 7, quantity: 0, tolerance: 2 }] }, added: [],
    },
    {
      title: 'a product added by an edit waits at the edit’s place; one not sold by the case is not mentioned',
      previous: earlier([{ ref: 'TOM', quantity: 2 }]), answer: { TOM: '3', JUS: '6' }, tolerance: '',
      queued: { TOM: [{ queue: 3, quantity: 2, tolerance: 0 }, { queue: 7, quantity: 1, tolerance: 0 }], JUS: [{ queue: 7, quantity: 6, tolerance: 0 }] },
      added: [{ ref: 'JUS', product: 'Jus de pomme', quantity: 6 }],
    },
    {
      title: 'a first order waits whole at the member’s place (nothing to record) and is not an addition',
      previous: null, answer: { JUS: '6' }, tolerance: '2',
      queued: { JUS: undefined }, added: [],
    },
  ])('$title', ({ previous, answer, tolerance, queued, added }) => {
    const outcome = evaluateSubmission(input({ previous, submission: submission({ responseId: 'resp-anne-2', answers: answers(answer), tolerance }) }));
    if (outcome.kind !== 'accepted') throw new Error(`unexpected ${outcome.kind}`);
    expect(Object.fromEntries(outcome.state.lines.map((l) => [l.ref, l.queued]))).toEqual(queued);
    expect(outcome.added).toEqual(added);
  });
});
