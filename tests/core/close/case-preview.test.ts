import fc from 'fast-check';
import { casePreview } from '../../../src/core/close/allocate-cases';
import { closeCycle } from '../../../src/core/close/close-cycle';
import { catalogue } from '../../../src/core/i18n';
import type { CasePolicy, MemberOrderState, OrderLine } from '../../../src/core/model';
import { liveRecap } from '../../../src/core/orders/live-recap';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

describe('casePreview — the close decision from a product’s totals', () => {
  test.each<{ title: string; stock: number | null; policy: CasePolicy; quantity: number; tolerance: number; cases: number; lastCase: string }>([
    { title: 'stock 8, firm 8, tolerance 4: the stock left cannot complete the case', stock: 8, policy: 'automatic', quantity: 8, tolerance: 4, cases: 1, lastCase: 'stock' },
    { title: 'stock 12, firm 8, tolerance 4: the tolerances complete it', stock: 12, policy: 'automatic', quantity: 8, tolerance: 4, cases: 2, lastCase: 'tolerance' },
    { title: 'no stock limit, tolerance 3 of 4 missing: short', stock: null, policy: 'automatic', quantity: 8, tolerance: 3, cases: 1, lastCase: 'short' },
    { title: 'firm quantities fill whole cases', stock: null, policy: 'automatic', quantity: 12, tolerance: 5, cases: 2, lastCase: 'none' },
    { title: 'manual policy: the coordinator completes cases, tolerance is not counted', stock: null, policy: 'manual', quantity: 8, tolerance: 4, cases: 1, lastCase: 'short' },
  ])('$title', ({ stock, policy, quantity, tolerance, cases, lastCase }) => {
    expect(casePreview({ caseSize: 6, step: 1, stock, quantity, tolerance, policy })).toMatchObject({ cases, lastCase });
  });
});

describe('the live Récap previews exactly the cases the close orders', () => {
  const emails = ['anne@example.org', 'bruno@example.org', 'chloe@example.org', 'david@example.org'];
  const scenario = fc.record({
    caseSize: fc.integer({ min: 1, max: 12 }),
    stock: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    policy: fc.constantFrom<CasePolicy>('automatic', 'manual'),
    orders: fc.array(fc.record({
      who: fc.integer({ min: 0, max: 3 }), quantity: fc.integer({ min: 0, max: 12 }), tolerance: fc.integer({ min: 0, max: 8 }),
      raised: fc.integer({ min: 0, max: 12 }), // units added by a later edit, queued after everyone's first orders
    }), { maxLength: 8 }),
  });

  test('for random orders, stocks and tolerances', () => {
    fc.assert(fc.property(scenario, ({ caseSize, stock, policy, orders }) => {
      const input = closeInput('fr', policy);
      input.catalog.products = input.catalog.products.map((p) => (p.ref === 'JUS' ? { ...p, caseSize, stock } : p));
      const template = input.lines.find((l) => l.ref === 'JUS')!;
      const lines: OrderLine[] = orders.map((o, i) => ({
        ...template, email: emails[o.who], queue: i + 1, submittedAt: template.submittedAt + i, responseId: `resp-${i}`,
        quantity: o.quantity, tolerance: o.tolerance, amountCents: o.quantity * template.priceCents,
      }));
      const totals = { quantity: 0, tolerance: 0 };
      for (const o of orders) {
        totals.quantity += o.quantity;
        totals.tolerance += o.tolerance;
      }

      // Where each household's units wait (close/queue-units.ts) changes who gets them, never how many cases.
      const queuedOrders: MemberOrderState[] = orders.map((o, i) => ({
        email: emails[o.who], queue: i + 1, firstSubmittedAt: 0, responseId: `resp-${i}`, submittedAt: 0, site: '', tolerance: o.tolerance,
        lines: [{ ref: 'JUS', quantity: o.quantity, queued: [
          { queue: i + 1, quantity: o.quantity - Math.min(o.raised, o.quantity), tolerance: o.tolerance },
          { queue: 100 + i, quantity: Math.min(o.raised, o.quantity), tolerance: 0 },
        ] }],
      }));
      const closed = closeCycle({ ...input, lines, orders: queuedOrders }).producers.flatMap((p) => p.products).find((p) => p.ref === 'JUS');
      const preview = casePreview({ caseSize, step: 1, stock, ...totals, policy });
      expect(preview.cases).toBe(closed?.cases ?? 0);

      // What the Récap writes says the same: the tolerances are promised only when the close uses them.
      const fill = String(liveRecap(input.catalog, { JUS: totals }, 1, input.now).rows.find((r) => r[1] === 'JUS')?.[7]);
      const promised = fill.endsWith(catalogue('fr').orders.recap.fillTolerance);
      const allocated = (closed?.quantity ?? 0) > Math.min(totals.quantity, stock ?? Infinity);
      expect(promised).toBe(allocated);
    }), { seed: 20261201, numRuns: 400 });
  });
});
