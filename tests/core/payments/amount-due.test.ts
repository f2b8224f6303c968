// Who receives what a household pays: a producer members pay directly still gets the catalogue
// price, whatever the households' tariffs; the group makes up the lower ones and keeps the supplements.
import fc from 'fast-check';
import type { ClosedCycle, Household } from '../../../src/core/close/closed-cycle';
import type { OrderLine } from '../../../src/core/model';
import { amountDue, directPayments, splitPayment } from '../../../src/core/payments/amount-due';
import { amountOwed } from '../../../src/core/tariffs/household-price';
import { catalog } from '../close/fixtures/two-sites-juice-case-completed';

describe('how a household’s amount for one producer is handed over', () => {
  test.each([
    { title: 'a producer the group pays gets it all through the group', own: 1008, price: 840, direct: false, cents: 1008, supplement: 0 },
    { title: 'a directly paid producer gets the catalogue price, the soutien supplement goes to the group', own: 1008, price: 840, direct: true, cents: 840, supplement: 168 },
    { title: 'a directly paid producer gets a solidaire household’s price, the group adds the rest', own: 588, price: 840, direct: true, cents: 588, supplement: 0 },
    { title: 'the catalogue price is handed over as it is', own: 840, price: 840, direct: true, cents: 840, supplement: 0 },
  ])('$title', ({ own, price, direct, cents, supplement }) => {
    expect(splitPayment(own, price, direct)).toEqual({ cents, supplementCents: supplement });
  });
});

const PRODUCERS = ['Ferme des Tilleuls', 'Rucher du Causse', 'Chèvrerie du Lot'];
const PRICES = [420, 350, 1800, 650, 300];

function line(email: string, producer: string, priceCents: number, allocated: number): OrderLine {
  return {
    cycle: '2026-12-10', submittedAt: 0, email, member: email, site: 'Septfonds', producer, ref: `${producer}-${priceCents}`, product: 'p',
    quantity: allocated, tolerance: 0, allocated, priceCents, amountCents: priceCents * allocated, responseId: email, status: 'allocated', comment: '', queue: 1,
  };
}

/** A closed cycle of these households, each producer paid directly or through the group. */
function cycleOf(households: Household[], direct: boolean[]): ClosedCycle {
  const base = catalog('fr', 'automatic', 'cancel');
  const producers = PRODUCERS.map((producer) => ({
    producer, status: 'ok' as const, minimumCents: 0, products: [],
    totalCents: households.flatMap((h) => h.lines).filter((c) => c.line.producer === producer).reduce((sum, c) => sum + c.line.amountCents, 0),
  }));
  return {
    catalog: { ...base, producers: base.producers.map((p, i) => ({ ...p, payment: direct[i] ? p.payment : '' })) },
    lines: households.flatMap((h) => h.lines), producers, households, members: [], now: 0,
  };
}

const household = fc.record({
  percent: fc.integer({ min: -60, max: 60 }),
  lines: fc.array(fc.record({ producer: fc.integer({ min: 0, max: 2 }), price: fc.constantFrom(...PRICES), quantity: fc.integer({ min: 1, max: 7 }) }), { minLength: 1, maxLength: 5 }),
});

describe('what members and the group hand each producer', () => {
  test('for random households, tariffs and ways of paying: each producer gets its catalogue price, and each household pays its own price', () => {
    fc.assert(fc.property(fc.array(household, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (drawn, direct) => {
      const households: Household[] = drawn.map((h, i) => ({
        email: `h${i}@example.org`, name: `H${i}`, site: 'Septfonds', tariff: { name: `t${h.percent}`, percent: h.percent },
        lines: h.lines.map((l) => ({ line: line(`h${i}@example.org`, PRODUCERS[l.producer], l.price, l.quantity), unit: 'kg', reason: null })),
      }));
      const cycle = cycleOf(households, direct);
      const dues = households.map((h) => amountDue(cycle, h));
      // The oracle, per household and producer, from household-price.ts: its own price and the catalogue's.
      const parts = households.map((h) => amountOwed(h).byProducer);
      households.forEach((h, i) => {
        // Each household pays what its own price says, no more, no less...
        expect(dues[i].totalCents).toBe(amountOwed(h).dueCents);
        // ...a directly paid producer at most its catalogue price, the rest to the group.
        for (const part of parts[i]) {
          const isDirect = direct[PRODUCERS.indexOf(part.producer)];
          const handed = dues[i].producers.find((p) => p.producer === part.producer)!;
          expect(handed).toEqual({ producer: part.producer, direct: isDirect, cents: isDirect ? Math.min(part.dueCents, part.catalogueCents) : part.dueCents });
        }
        const supplement = parts[i].filter((p) => direct[PRODUCERS.indexOf(p.producer)]).reduce((sum, p) => sum + Math.max(0, p.dueCents - p.catalogueCents), 0);
        expect(dues[i].supplementCents).toBe(supplement);
      });
      // Each directly paid producer gets its catalogue price: the members' part, and the group's,
      // which is what the households below the catalogue price leave out.
      const paid = directPayments(cycle);
      expect(paid.map((d) => d.producer)).toEqual(PRODUCERS.filter((p, i) => direct[i] && cycle.producers[i].totalCents > 0));
      for (const d of paid) {
        const own = parts.flat().filter((p) => p.producer === d.producer);
        expect(d.membersCents).toBe(own.reduce((sum, p) => sum + Math.min(p.dueCents, p.catalogueCents), 0));
        expect(d.groupCents).toBe(own.reduce((sum, p) => sum + Math.max(0, p.catalogueCents - p.dueCents), 0));
        expect(d.membersCents + d.groupCents).toBe(d.catalogueCents);
      }
    }), { seed: 20261202, numRuns: Number(process.env.CABAS_PROPERTY_RUNS ?? 4) * 50 });
  });
});
