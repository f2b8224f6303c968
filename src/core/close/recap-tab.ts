// The final `Récap` tab: per producer totals, cases and minimums; the households; the rejected answers.
import { formatLongDateTime } from '../dates';
import { catalogue } from '../i18n';
import { centsToEuros, formatMoney, formatQuantity } from '../money';
import type { Locale, Rejection, TabLayout } from '../model';
import { cycleLabel } from '../orders/cycle-label';
import { type ClosedCycle, type ProducerOrder, producerCancelled } from './closed-cycle';
import { rejectionReasons } from './rejection-reasons';
import { amountOwed, solidarityBalance } from '../tariffs/household-price';
import { directPayments } from '../payments/amount-due';

type Cell = string | number | boolean | null;
const WIDTH = 7;

/**
 * Lays out the recap of a closed cycle under the given (already safe and unique) name; `waiting`
 * when the order waits for the coordinator's « Envoyer la commande ».
 * @example recapTab(cycle, [], 'Récap').rows[0][0] // "Récap — commande du 1er au 10 décembre 2026 — clôturé le …"
 */
export function recapTab(cycle: ClosedCycle, rejections: Rejection[], name: string, waiting: boolean | 'outbox' = false): TabLayout {
  const { locale, timeZone } = cycle.catalog.settings;
  const t = catalogue(locale).close.recap;
  const rows: Cell[][] = [];
  const boldRows: number[] = [];
  const push = (row: Cell[], bold = false) => {
    if (bold) boldRows.push(rows.length);
    rows.push([...row, ...Array<Cell>(WIDTH - row.length).fill('')]);
  };

  push([t.heading(cycleLabel(cycle.catalog.cycle, timeZone, locale), formatLongDateTime(cycle.now, timeZone, locale))], true);
  push([]);
  push([t.producersHeading], true);
  push(t.producerHeaders, true);
  let total = 0;
  for (const p of cycle.producers) {
    if (!producerCancelled(p.status)) total += p.totalCents;
    const caseProducts = p.products.filter((x) => x.cases !== null);
    const short = p.products.filter((x) => x.shortfall > 0).map((x) => t.shortCase(x.product, catalogue(locale).close.common.quantity(x.shortfall, x.unit)));
    push([
      p.producer, centsToEuros(p.totalCents),
      p.minimumCents > 0 ? centsToEuros(p.minimumCents) : t.minimumNone,
      p.minimumCents > 0 ? (p.totalCents >= p.minimumCents ? t.yes : t.no) : '',
      caseProducts.length > 0 ? caseProducts.reduce((sum, x) => sum + (x.cases ?? 0), 0) : '',
      short.join('\n'), producerStatusText(p, locale, waiting),
    ]);
  }
  push([t.total, centsToEuros(total)], true);

  // What each household pays, at its own price (its tariff is in Adhérents, not here).
  const households = cycle.households.map((h) => ({ h, due: amountOwed(h) }));
  push([]);
  push([t.householdsHeading(households.length)], true);
  push(t.householdHeaders, true);
  for (const { h, due } of households) push([h.name || h.email, centsToEuros(due.dueCents), h.site, h.email]);

  // The solidarity balance: per tariff, what its households add or receive; never who is on which.
  const balance = solidarityBalance(households.map(({ due }) => due), cycle.catalog.settings);
  if (balance.byTariff.length > 0) {
    const s = catalogue(locale).close.solidarity;
    push([]);
    push([s.heading], true);
    push(s.headers, true);
    for (const row of balance.byTariff) push([s.tariff(row.name, row.households), centsToEuros(row.cents)]);
    push([s.balance, centsToEuros(balance.balanceCents)], true);
    // A producer members pay directly still gets the catalogue price: the group pays what the lower tariffs leave out.
    for (const d of directPayments(cycle)) if (d.groupCents > 0) push([s.topUp(d.producer), centsToEuros(d.groupCents)]);
    if (balance.belowFloor) {
      push([s.belowFloor(formatMoney(balance.balanceCents, locale), formatMoney(cycle.catalog.settings.solidarityFloorCents ?? 0, locale))], true);
    }
  }

  push([]);
  push([t.rejectionsHeading(rejections.length)], true);
  if (rejections.length === 0) push([t.none]);
  else {
    push(t.rejectionHeaders, true);
    for (const r of [...rejections].sort((a, b) => a.at - b.at || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))) {
      push([r.email, formatLongDateTime(r.at, timeZone, locale), rejectionReasons(r.codes, locale)]);
    }
  }

  return {
    name, rows, frozenRows: 1, boldRows,
    columnFormats: { 1: 'money', 2: 'money', 4: 'quantity' },
    columnWidths: { 0: 200, 5: 260, 6: 200 },
  };
}

/**
 * What the Récap and the digest say of a producer's order: its status, or, when every line was cut
 * (no case completed), that there was nothing to order; found by probing: « commande envoyée »
 * at 0,00 € for a producer that was sent nothing.
 */
export function producerStatusText(p: Pick<ProducerOrder, 'status' | 'totalCents'>, locale: Locale, waiting: boolean | 'outbox' = false): string {
  const t = catalogue(locale).close.recap;
  if (p.status === 'ok' && p.totalCents === 0) return t.nothingToOrder;
  if (p.status === 'ok' && waiting) return waiting === 'outbox' ? t.waitingOutbox : t.waiting;
  return t.status[p.status];
}
