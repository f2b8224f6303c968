// The hidden `_cabas` state: what is encoded decodes to the same value, and anything else is refused
// with a message in the group's language.
import {
  decodeCounters, decodeCycle, decodeFormItems, decodeMember, decodeOrder, emptyCounters, encodeCounters, encodeCycle,
  encodeMember, encodeOrder, memberKey, withStatus, type CycleState, type StoredOrder,
} from '../../src/core/cycle-state';
import { closeCycle } from '../../src/core/close/close-cycle';
import type { Member, OrderLine } from '../../src/core/model';
import { applySubmission } from '../../src/core/orders/apply-submission';
import { ANNE, BRUNO, SUBMITTED, smallCycle, submission } from './orders/fixtures/small-cycle';
import { DEFAULT_SETTINGS } from '../../src/core/workbook/settings-rows';

const STATE: CycleState = {
  catalog: {
    cycle: { id: '2026-12-10', opens: 1, deadline: 2, pickup: null, status: 'open', formUrl: 'https://form', note: '' },
    settings: { ...DEFAULT_SETTINGS, groupName: 'Cabas', coordinationEmail: 'coord@example.org', locale: 'fr' },
    sites: [{ name: 'Monclar', address: 'place', pickup: 'vendredi', contact: '', row: 2 }],
    producers: [{ name: 'Ferme', email: 'f@example.org', phone: '', minimumCents: 0, payment: '', shareNames: false, note: '', active: true, row: 2 }],
    products: [{
      ref: 'LEG-1', producer: 'Ferme', name: 'Tomates', description: '', unit: 'kg', priceCents: 350, step: 0.5,
      caseSize: 6, maxPerMember: null, stock: 20, available: true, row: 2,
    }],
    formUrl: 'https://form',
  },
  formId: 'form-1',
  items: { 'LEG-1': 11, '#site': 12 },
};
const MEMBER: Member = { email: 'ann@example.org', name: 'Ann', phone: '', site: 'Monclar', active: true, notes: '', row: 3 };
const ORDER: StoredOrder = {
  email: 'ann@example.org', queue: 1, firstSubmittedAt: 5, responseId: 'r1', submittedAt: 5, site: 'Monclar', tolerance: 0,
  lines: [{ ref: 'LEG-1', quantity: 1.5 }], rows: { first: 2, count: 1 },
};

const QUEUED: StoredOrder = {
  ...ORDER, lines: [{ ref: 'LEG-1', quantity: 3, queued: [{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 4, quantity: 2, tolerance: 0 }] }],
};

/** The cycle state as the store writes it: its JSON cut into cells. */
const cells = (json: string, size = 100) => Array.from({ length: Math.ceil(json.length / size) }, (_, i) => json.slice(i * size, (i + 1) * size));

describe('the cycle state', () => {
  test('decodes what it encodes, whatever the cells it was cut into', () => {
    expect(decodeCycle(['', ...cells(encodeCycle(STATE)), ''])).toEqual({ ok: true, value: STATE });
  });

  test.each([
    { what: 'a cell cut short', chunks: cells(encodeCycle(STATE)).slice(0, -1), fr: /Entrée invalide/, en: /Invalid input/ },
    { what: 'a formula where JSON was', chunks: ['=SUM(A1)'], fr: /Entrée invalide/, en: /Invalid input/ },
    { what: 'a status nobody knows', chunks: [encodeCycle(STATE).replace('"open"', '"ouvert"')], fr: /catalog\.cycle\.status/, en: /catalog\.cycle\.status/ },
    { what: 'a deadline as text', chunks: [encodeCycle(STATE).replace('"deadline":2', '"deadline":"2"')], fr: /nombre attendu/, en: /expected number/ },
  ])('refuses $what, saying why in the group\'s language', ({ chunks, fr, en }) => {
    const inFrench = decodeCycle(chunks, 'fr');
    const inEnglish = decodeCycle(chunks, 'en');
    expect(inFrench.ok || inEnglish.ok).toBe(false);
    expect(!inFrench.ok && inFrench.error).toMatch(fr);
    expect(!inEnglish.ok && inEnglish.error).toMatch(en);
  });

  test('changes status into a new value and leaves the old one as it was', () => {
    const closed = withStatus(STATE, 'closed');
    expect(closed.catalog.cycle.status).toBe('closed');
    expect(STATE.catalog.cycle.status).toBe('open');
  });
});

describe('the counters', () => {
  test('decode what they encode', () => {
    const counters = { ...emptyCounters(), ordered: { 'LEG-1': { quantity: 2, tolerance: 1 } }, closeDone: { outcome: true, tabs: ['▸ Ferme'] } };
    expect(decodeCounters(encodeCounters(counters))).toEqual({ ok: true, value: counters });
  });

  test('written before rejections were counted read with none, and a stale closeStep is dropped', () => {
    expect(decodeCounters('{"nextQueue":3,"ordered":{},"households":2,"closeStep":"done"}'))
      .toEqual({ ok: true, value: { nextQueue: 3, ordered: {}, households: 2, rejections: [] } });
  });

  test.each([{ cell: '' }, { cell: '{"nextQueue":"1"}' }, { cell: 42 }])('refuse $cell', ({ cell }) => {
    expect(decodeCounters(cell).ok).toBe(false);
  });
});

describe('a member row', () => {
  test.each([
    { what: 'a member', decode: () => decodeMember(encodeMember(MEMBER)), expected: MEMBER },
    { what: 'an order', decode: () => decodeOrder(encodeOrder(ORDER)), expected: ORDER },
    {
      what: 'an order with where its units wait',
      decode: () => decodeOrder(encodeOrder(QUEUED)), expected: QUEUED,
    },
    { what: 'an order whose units’ places are damaged', decode: () => decodeOrder(encodeOrder(QUEUED).replace('"queue":4', '"queue":"4"')), expected: null },
    { what: 'no member', decode: () => decodeMember(encodeMember(null)), expected: null },
    { what: 'no order', decode: () => decodeOrder(encodeOrder(null)), expected: null },
    { what: 'a hand-edited member', decode: () => decodeMember('Ann'), expected: null },
    { what: 'an order without its lines', decode: () => decodeOrder(JSON.stringify({ ...ORDER, lines: undefined })), expected: null },
  ])('reads back $what', ({ decode, expected }) => {
    expect(decode()).toEqual(expected);
  });

  test.each([
    { email: 'Ann@Example.org ', key: 'm:ann@example.org' },
    { email: 'ann@example.org', key: 'm:ann@example.org' },
  ])('is keyed $key for $email', ({ email, key }) => {
    expect(memberKey(email)).toBe(key);
  });
});

describe('the form items kept between two syncs', () => {
  test.each([
    { text: '{"LEG-1":11,"#site":12}', items: { 'LEG-1': 11, '#site': 12 } },
    { text: null, items: {} },
    { text: '{"LEG-1":"11"}', items: {} },
    { text: '{"LEG-1":1', items: {} },
  ])('read $text as $items', ({ text, items }) => {
    expect(decodeFormItems(text)).toEqual(items);
  });
});

describe('a cycle open while Cabas is upgraded to the queue rule (close/queue-units.ts)', () => {
  // `_cabas` cells exactly as the version before the rule wrote them: orders without `queued`.
  const OLD_ANNE = '{"email":"anne@example.org","queue":1,"firstSubmittedAt":1796700000000,"responseId":"resp-anne-1","submittedAt":1796700000000,"site":"Monclar-de-Quercy","tolerance":0,"lines":[{"ref":"JUS","quantity":1}],"rows":{"first":2,"count":1}}';
  const OLD_BRUNO = '{"email":"bruno@example.org","queue":2,"firstSubmittedAt":1796710000000,"responseId":"resp-bruno-1","submittedAt":1796710000000,"site":"Septfonds","tolerance":0,"lines":[{"ref":"JUS","quantity":3}],"rows":{"first":3,"count":1}}';
  const OLD_COUNTERS = '{"nextQueue":3,"ordered":{"JUS":{"quantity":4,"tolerance":0}},"households":2,"rejections":[]}';

  test('reads the orders and counters it left, and their units wait at the member’s place', () => {
    const anne = decodeOrder(OLD_ANNE);
    expect(anne).toMatchObject({ queue: 1, lines: [{ ref: 'JUS', quantity: 1 }] });
    expect(anne?.lines[0].queued).toBeUndefined();
    expect(decodeCounters(OLD_COUNTERS)).toMatchObject({ ok: true, value: { nextQueue: 3, households: 2 } });
  });

  test('an edit after the upgrade queues its added units behind the orders taken before it, and the close serves them last', () => {
    const catalog = smallCycle();
    catalog.producers = catalog.producers.map((p) => ({ ...p, minimumCents: 0 }));
    const counters = decodeCounters(OLD_COUNTERS);
    if (!counters.ok) throw new Error(counters.error);
    const anne = decodeOrder(OLD_ANNE)!;
    const raise = applySubmission({ catalog, member: ANNE, previous: anne, counters: counters.value }, submission({
      responseId: 'resp-anne-1', submittedAt: SUBMITTED, answers: { TOM: '', JUS: '12', MIE: '', PAI: '' },
    }), catalog.settings, SUBMITTED);
    if (raise.kind !== 'replaced') throw new Error(`unexpected ${raise.kind}`);
    expect(raise.order.lines[0].queued).toEqual([{ queue: 1, quantity: 1, tolerance: 0 }, { queue: 3, quantity: 11, tolerance: 0 }]);
    expect(raise.counters.nextQueue).toBe(4);

    const bruno = decodeOrder(OLD_BRUNO)!;
    const brunoLine: OrderLine = { ...raise.lines[0], email: 'bruno@example.org', member: 'Bruno Vidal', quantity: 3, queue: 2, responseId: 'resp-bruno-1', submittedAt: bruno.submittedAt };
    const closed = closeCycle({
      catalog: withStatus({ catalog, formId: '', items: {} }, 'closed').catalog, lines: [...raise.lines, brunoLine], members: [ANNE, BRUNO],
      duties: [], rejections: [], pendingEmails: 0, now: SUBMITTED + 86_400_000, orders: [raise.order, bruno],
    });
    // 15 bottles for cases of 6: 12 ordered; Bruno's 3, taken before the raise, are all served.
    expect(closed.lines.map((l) => [l.email, l.allocated])).toEqual([['anne@example.org', 9], ['bruno@example.org', 3]]);
  });
});
