import { parseStatus } from '../../src/core/workbook/tables';
import { frenchTypography as fr } from '../../src/core/i18n/typography';
// Random submissions, property-based and seeded: whatever members send, in whatever order, every
// submission ends as order lines or a journaled, e-mailed refusal; quantities are conserved at the
// close; the same events give the same workbook; no exception escapes a trigger.
// CABAS_PROPERTY_RUNS sets the number of random cycles (default 24, a few hundred submissions).
import fc from 'fast-check';
import type { CabasDriver } from '../../src/cli/cabas-driver';
import {
  DAY, DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, formulasIn, liveLines, openGroup, tabRows, tabValues,
} from './support/reliability-group';

const RUNS = Number(process.env.CABAS_PROPERTY_RUNS ?? 24);
const SEED = Number(process.env.CABAS_PROPERTY_SEED ?? 20261210);
const REFS = ['LEG-TOM', 'LEG-PAN', 'HUI-NOI'] as const;
const STOCK: Record<string, number> = { 'LEG-PAN': 5 };
const CASE: Record<string, number> = { 'HUI-NOI': 6 };
const PEOPLE = ['alice', 'bruno', 'chloe', 'david', 'emma', 'felix', 'zoe'].map((n) => `${n}@example.org`);

type Quantities = Partial<Record<(typeof REFS)[number], string>>;
type Event =
  | { kind: 'submit'; who: number; quantities: Quantities; site: string; tolerance: string | undefined; comment: string }
  | { kind: 'edit'; which: number; quantities: Quantities; site: string; tolerance: string | undefined; comment: string }
  | { kind: 'blank' }
  | { kind: 'duplicate'; which: number };

// Mostly what members type for each product (tomatoes by the half kilo; baskets: max 3, stock 5;
// oil: whole bottles by cases of 6); now and then what the form refuses or Cabas rejects.
const odd = fc.constantFrom('0,3', '99', '-1', 'abc', ' 2 ', '1e1', '2.25', '1,5', '7');
const quantity = (usual: fc.Arbitrary<string>) => fc.oneof({ weight: 14, arbitrary: usual }, { weight: 1, arbitrary: odd });
const quantities = fc.record({
  'LEG-TOM': quantity(fc.constantFrom('', '0', '0,5', '1', '1.5', '2', '2,5', '3', '5')),
  'LEG-PAN': quantity(fc.constantFrom('', '0', '1', '2', '3')),
  'HUI-NOI': quantity(fc.oneof(fc.constantFrom('', '0'), fc.integer({ min: 1, max: 8 }).map(String))),
}, { requiredKeys: [] });
const answers = {
  quantities,
  site: fc.constantFrom(MONCLAR, SEPTFONDS, MONCLAR, SEPTFONDS, MONCLAR, SEPTFONDS, 'Ailleurs'),
  tolerance: fc.constantFrom(undefined, '0', '1', '2', '3', '5'),
  comment: fc.oneof(fc.constant(''), fc.string({ maxLength: 30 }), fc.constantFrom('=1+1', '+33 6 12', '@here', '-2')),
};
const event: fc.Arbitrary<Event> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('submit' as const), who: fc.nat({ max: PEOPLE.length - 1 }), ...answers }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), which: fc.nat(), ...answers }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('blank' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), which: fc.nat() }) },
);

interface Submitted { responseId: string; email: string; at: number; duplicated: number }

/** Plays the events on a fresh group; reports what each form event did, for the invariants. */
function play(events: Event[]): { driver: CabasDriver; submissions: Submitted[]; refusedByForm: number } {
  const driver = openGroup();
  const responses: { id: string; email: string; last: Submitted }[] = [];
  const submissions: Submitted[] = [];
  let refusedByForm = 0;
  events.forEach((e, i) => {
    const at = OPEN_AT + (i + 1) * 17 * 60 * 1000; // all before the reminders (the evening before the deadline)
    const options = 'site' in e ? { site: e.site, tolerance: e.tolerance, comment: e.comment, at } : {};
    try {
      if (e.kind === 'submit') {
        const id = driver.submit(PEOPLE[e.who], e.quantities, options);
        const s = { responseId: id, email: PEOPLE[e.who], at, duplicated: 0 };
        responses.push({ id, email: PEOPLE[e.who], last: s });
        submissions.push(s);
      } else if (e.kind === 'edit' && responses.length > 0) {
        const r = responses[e.which % responses.length];
        driver.edit(r.id, e.quantities, options);
        r.last = { responseId: r.id, email: r.email, at, duplicated: 0 };
        submissions.push(r.last);
      } else if (e.kind === 'blank') {
        driver.gas.advanceTo(at);
        driver.gas.fireBlankSubmit(driver.state().formId);
      } else if (e.kind === 'duplicate' && responses.length > 0) {
        driver.gas.advanceTo(at);
        const r = responses[e.which % responses.length];
        driver.gas.fireDuplicate(r.id);
        r.last.duplicated += 1;
      }
    } catch (error) {
      // Google Forms itself refuses the answer (validation, a site that is not a choice): the
      // member sees why on screen and nothing reaches Cabas.
      if ((error as Error).name !== 'FormRefused') throw error;
      refusedByForm += 1;
    }
  });
  closeAndDeliver(driver);
  return { driver, submissions, refusedByForm };
}

const totals = { cycles: 0, submissions: 0, refusedByForm: 0, lines: 0, rejections: 0, cancellations: 0, duplicated: 0, cappedToNothing: 0 };

/** Checks every invariant of one played cycle; throws with what broke. */
function checkInvariants(events: Event[]): void {
  const { driver, submissions, refusedByForm } = play(events);
  totals.cycles += 1;
  totals.submissions += submissions.length;
  totals.refusedByForm += refusedByForm;

  // No exception escapes a trigger.
  expect(failedExecutions(driver)).toEqual([]);
  const orders = tabRows(driver, 'Commandes');
  const journal = tabRows(driver, 'Journal');
  const outbox = tabRows(driver, 'Envois');

  // Every submission the form accepted ends as order lines, or a journaled and e-mailed refusal
  // or cancellation: one e-mail per submission, keyed on that very submission.
  for (const s of submissions) {
    const stamp = String(s.at);
    // A refusal's key goes on with its reasons (`…:<time>:<codes>`, core/orders/rejection-key.ts).
    const mails = outbox.filter((m) => new RegExp(`:${stamp}(:|$)`).test(String(m['Clé'])) && m['Destinataire'] === s.email);
    const kind = parseStatus('emailKind', String(mails[0]?.['Type'] ?? ''));
    totals.duplicated += s.duplicated;
    // Duplicate firings of it included: one e-mail, whatever the outcome.
    expect({ submission: s, mails: mails.length }).toEqual({ submission: s, mails: 1 });
    if (kind === 'confirmation') {
      const kept = orders.some((l) => l['Réponse'] === s.responseId && l['E-mail'] === s.email);
      if (kept) totals.lines += 1;
      else {
        // Everything asked was capped away by the stock: the member is told why, and the Journal
        // keeps the unmet demand for the coordinator.
        totals.cappedToNothing += 1;
        const mail = driver.gas.mail.sent.find((m) => m.to === s.email && m.body.includes(fr("Aucun produit n'a pu être retenu")));
        expect(mail?.body).toMatch(/stock/);
        expect(journal.some((j) => j['Qui'] === s.email && /stock est épuisé/.test(String(j['Détail'])))).toBe(true);
      }
    } else {
      const event = kind === 'rejection' ? 'Commande refusée' : 'Commande annulée';
      expect(journal.some((j) => j['Événement'] === event && j['Qui'] === s.email && !String(j['Détail']).includes(s.responseId))).toBe(true);
      if (kind === 'rejection') totals.rejections += 1;
      else totals.cancellations += 1;
    }
  }
  // Every e-mail left exactly once.
  expect(outbox.filter((m) => m['Statut'] !== 'envoyé')).toEqual([]);
  const sentKeys = outbox.map((m) => String(m['Clé']));
  expect(new Set(sentKeys).size).toBe(sentKeys.length);
  expect(driver.gas.mail.sent).toHaveLength(outbox.length);

  // Conservation: per product, what members get is what the producer is asked for, and never
  // more than ordered plus tolerance, nor more than the stock; per member, never more than asked plus tolerance.
  const lines = liveLines(driver);
  for (const ref of REFS) {
    const mine = lines.filter((l) => l['Réf'] === ref);
    const allocated = round(mine.reduce((n, l) => n + Number(l['Attribué'] || 0), 0));
    const ordered = round(mine.reduce((n, l) => n + Number(l['Quantité'] || 0) + Number(l['Tolérance'] || 0), 0));
    expect(allocated).toBeLessThanOrEqual(ordered);
    if (STOCK[ref] !== undefined) expect(allocated).toBeLessThanOrEqual(STOCK[ref]);
    if (CASE[ref] !== undefined) expect(allocated % CASE[ref]).toBe(0);
    for (const l of mine) expect(Number(l['Attribué'] || 0)).toBeLessThanOrEqual(Number(l['Quantité']) + Number(l['Tolérance'] || 0));
    expect({ ref, producer: askedOfProducer(driver, ref) }).toEqual({ ref, producer: allocated });
  }
  // Nothing anyone typed became a formula.
  expect(formulasIn(driver.snapshot())).toEqual([]);
  // The cycle is over: nothing waits in a trigger that should have run (the daily duties run stays
  // for the reminders of the pickup ahead: it is not due yet).
  expect(driver.gas.triggers.app.getProjectTriggers().map((t) => t.getHandlerFunction()).filter((h) => h !== 'onFormSubmitTrigger' && h !== 'onDutiesTrigger')).toEqual([]);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The quantity of `ref` in its producer's tab ("Par produit", the first section): 0 when absent. */
function askedOfProducer(driver: CabasDriver, ref: string): number {
  const producer = ref.startsWith('LEG') ? 'Ferme du Ruisseau' : 'Huilerie des Noyers';
  const values = tabValues(driver, `▸ ${producer}`); // generated tabs carry the reserved prefix
  const header = values.findIndex((r) => r[0] === 'Réf');
  if (header < 0) return 0;
  const row = values.slice(header + 1).find((r) => r[0] === ref || r[0] === 'Total');
  return row && row[0] === ref ? Number(row[values[header].indexOf('Quantité')]) : 0;
}

describe('random submissions on the built bundle', () => {
  afterAll(() => {
    // The figures docs/reliability.md reports come from this line of a full run.
    console.log(`reliability: random submissions ${JSON.stringify({ runs: RUNS, seed: SEED, ...totals })}`);
  });

  test('every submission ends as order lines or a journaled, e-mailed refusal, and quantities are conserved at the close', () => {
    fc.assert(fc.property(fc.array(event, { minLength: 6, maxLength: 24 }), (events) => {
      checkInvariants(events);
    }), { numRuns: RUNS, seed: SEED });
  });

  test('replaying the same events gives the same workbook and the same e-mails', () => {
    fc.assert(fc.property(fc.array(event, { minLength: 4, maxLength: 16 }), (events) => {
      const first = play(events).driver;
      const second = play(events).driver;
      expect(second.snapshot()).toEqual(first.snapshot());
      expect(second.gas.mail.sent).toEqual(first.gas.mail.sent);
    }), { numRuns: Math.max(4, Math.round(RUNS / 4)), seed: SEED + 1 });
  });

  test('the deadline is far enough for every generated event to land before it', () => {
    // 24 events × 17 minutes: the property above never tests a late answer by accident.
    expect(OPEN_AT + 25 * 17 * 60 * 1000).toBeLessThan(DEADLINE_MS - DAY + HOUR);
  });
});
