// The sign-off list of a pickup site: one row per household, what it takes home and pays whom.
import { catalogue } from '../i18n';
import { centsToEuros, formatMoney } from '../money';
import type { CellFormat, TabLayout } from '../model';
import { CATALOGUE_TARIFF, householdLines } from '../tariffs/household-price';
import { type ClosedCycle, delivered, siteOrder } from './closed-cycle';
import { distributionRef, ledgerKey, type PaymentTicks } from '../payments/ledger';

type Cell = string | number | boolean | null;

/**
 * One `Distribution <site>` tab per site with a household taking something home. Columns: household,
 * its lines (product, producer, quantity, amount at its own price) in one cell, the amount per producer, the total,
 * then the `Retiré` and `Payé` checkboxes as the ledger has them (`ticks`, by ledger key), and the
 * reference of the household's ledger row, through which ticks made here reach the ledger.
 * Names are not yet made safe: the caller does it.
 * @example distributionTabs(cycle, new Map()).map((t) => t.name) // ["Distribution Monclar-de-Quercy", "Distribution Septfonds"]
 */
export function distributionTabs(cycle: ClosedCycle, ticks: ReadonlyMap<string, PaymentTicks>): TabLayout[] {
  const id = cycle.catalog.cycle.id;
  const { locale } = cycle.catalog.settings;
  const t = catalogue(locale).close;
  const takers = cycle.households
    // What each household pays, at its own price; the tab never says why (no tariff is shown).
    .map((h) => ({ ...h, lines: householdLines(h.lines.filter((c) => delivered(c.line)), h.tariff ?? CATALOGUE_TARIFF) }))
    .filter((h) => h.lines.length > 0);
  const sites = siteOrder(cycle.catalog, takers.map((h) => h.site));

  return sites.map((site) => {
    const households = takers.filter((h) => h.site === site);
    const present = new Set(households.flatMap((h) => h.lines.map((c) => c.line.producer)));
    const producers = cycle.producers.map((p) => p.producer).filter((p) => present.has(p));
    const rows: Cell[][] = [[...t.distribution.headers(producers), catalogue(locale).payments.distributionKey]];
    const totals = producers.map(() => 0);
    for (const h of households) {
      const text = h.lines
        .map(({ line, unit }) => t.distribution.line(line.product, line.producer, t.common.quantity(line.allocated ?? 0, unit), formatMoney(line.amountCents, locale)))
        .join('\n');
      const byProducer = new Map<string, number>();
      for (const { line } of h.lines) byProducer.set(line.producer, (byProducer.get(line.producer) ?? 0) + line.amountCents);
      const amounts = producers.map((p) => byProducer.get(p) ?? 0);
      amounts.forEach((a, i) => (totals[i] += a));
      const total = amounts.reduce((a, b) => a + b, 0);
      const tick = ticks.get(ledgerKey({ cycle: id, email: h.email, producer: '' }));
      rows.push([
        h.name || h.email, text, ...producers.map((p, i) => (byProducer.has(p) ? centsToEuros(amounts[i]) : null)), centsToEuros(total),
        tick?.pickedUp ?? false, tick?.paid ?? false, distributionRef(id, h.email),
      ]);
    }
    const grand = totals.reduce((a, b) => a + b, 0);
    rows.push([t.distribution.total, '', ...totals.map(centsToEuros), centsToEuros(grand), null, null, null]);

    const columnFormats: Record<number, CellFormat> = { 1: 'text' };
    for (let i = 0; i <= producers.length; i++) columnFormats[2 + i] = 'money';
    columnFormats[3 + producers.length] = 'checkbox';
    columnFormats[4 + producers.length] = 'checkbox';
    return {
      name: t.distribution.tabName(site || t.common.noSite), rows, frozenRows: 1, columnFormats,
      boldRows: [0, rows.length - 1], columnWidths: { 0: 160, 1: 360, [5 + producers.length]: 220 },
    };
  });
}
