// The sign-off list of a pickup site: one row per household, what it takes home and pays whom.
import { catalogue } from '../i18n';
import { centsToEuros, formatMoney } from '../money';
import type { CellFormat, TabLayout } from '../model';
import { CATALOGUE_TARIFF, householdLines } from '../tariffs/household-price';
import { type ClosedCycle, delivered, siteOrder } from './closed-cycle';
import { distributionRef, ledgerKey, type PaymentTicks } from '../payments/ledger';
import { paysDirectly, splitPayment } from '../payments/amount-due';

type Cell = string | number | boolean | null;

/**
 * One `Distribution <site>` tab per site with a household taking something home. Columns: household,
 * its lines (product, producer, quantity, amount at its own price) in one cell, the amount per producer (and,
 * when a household's tariff adds to a directly paid producer's price, what goes to the group), the total,
 * then the `Retiré` and `Payé` checkboxes as the ledger has them (`ticks`, by ledger key), and the
 * reference of the household's ledger row, through which ticks made here reach the ledger.
 * Names are not yet made safe: the caller does it.
 * @example distributionTabs(cycle, new Map()).map((t) => t.name) // ["Distribution Monclar-de-Quercy", "Distribution Septfonds"]
 */
export function distributionTabs(cycle: ClosedCycle, ticks: ReadonlyMap<string, PaymentTicks>): TabLayout[] {
  const id = cycle.catalog.cycle.id;
  const { locale } = cycle.catalog.settings;
  const t = catalogue(locale).close;
  const direct = new Set(cycle.catalog.producers.filter((p) => paysDirectly(p)).map((p) => p.name));
  const takers = cycle.households
    // What each household pays, at its own price; the tab never says why (no tariff is shown).
    .map((h) => {
      const received = h.lines.filter((c) => delivered(c.line));
      return { ...h, atCatalogue: received, lines: householdLines(received, h.tariff ?? CATALOGUE_TARIFF) };
    })
    .filter((h) => h.lines.length > 0);
  const sites = siteOrder(cycle.catalog, takers.map((h) => h.site));

  return sites.map((site) => {
    const households = takers.filter((h) => h.site === site);
    const present = new Set(households.flatMap((h) => h.lines.map((c) => c.line.producer)));
    const producers = cycle.producers.map((p) => p.producer).filter((p) => present.has(p));
    // Per producer, what the household hands over for it; a tariff's supplement on a directly paid
    // producer goes to the group, in a column of its own (payments/amount-due.ts, splitPayment).
    const split = households.map((h) => {
      const byProducer = new Map<string, { own: number; catalogue: number }>();
      h.lines.forEach(({ line }, i) => {
        const entry = byProducer.get(line.producer) ?? { own: 0, catalogue: 0 };
        entry.own += line.amountCents;
        entry.catalogue += h.atCatalogue[i].line.amountCents;
        byProducer.set(line.producer, entry);
      });
      const parts = producers.map((p) => {
        const sum = byProducer.get(p);
        return sum ? splitPayment(sum.own, sum.catalogue, direct.has(p)) : null;
      });
      return { h, parts, supplement: parts.reduce((sum, part) => sum + (part?.supplementCents ?? 0), 0) };
    });
    const toGroup = split.some((x) => x.supplement > 0);
    const amountColumns = producers.length + (toGroup ? 1 : 0);
    const rows: Cell[][] = [[...t.distribution.headers(toGroup ? [...producers, t.distribution.toGroup] : producers), catalogue(locale).payments.distributionKey]];
    const totals = Array.from({ length: amountColumns }, () => 0);
    for (const { h, parts, supplement } of split) {
      const text = h.lines
        .map(({ line, unit }) => t.distribution.line(line.product, line.producer, t.common.quantity(line.allocated ?? 0, unit), formatMoney(line.amountCents, locale)))
        .join('\n');
      const amounts: (number | null)[] = parts.map((part) => part?.cents ?? null);
      if (toGroup) amounts.push(supplement > 0 ? supplement : null);
      amounts.forEach((a, i) => (totals[i] += a ?? 0));
      const total = amounts.reduce<number>((a, b) => a + (b ?? 0), 0);
      const tick = ticks.get(ledgerKey({ cycle: id, email: h.email, producer: '' }));
      rows.push([
        h.name || h.email, text, ...amounts.map((a) => (a === null ? null : centsToEuros(a))), centsToEuros(total),
        tick?.pickedUp ?? false, tick?.paid ?? false, distributionRef(id, h.email),
      ]);
    }
    const grand = totals.reduce((a, b) => a + b, 0);
    rows.push([t.distribution.total, '', ...totals.map(centsToEuros), centsToEuros(grand), null, null, null]);

    const columnFormats: Record<number, CellFormat> = { 1: 'text' };
    for (let i = 0; i <= amountColumns; i++) columnFormats[2 + i] = 'money';
    columnFormats[3 + amountColumns] = 'checkbox';
    columnFormats[4 + amountColumns] = 'checkbox';
    return {
      name: t.distribution.tabName(site || t.common.noSite), rows, frozenRows: 1, columnFormats,
      boldRows: [0, rows.length - 1], columnWidths: { 0: 160, 1: 360, [5 + amountColumns]: 220 },
    };
  });
}
