// The final `Récap` tab: per producer totals, cases and minimums; the households; the rejected answers.
import { formatLongDateTime } from '../dates';
import { catalogue } from '../i18n';
import { centsToEuros } from '../money';
import type { Rejection, TabLayout } from '../model';
import { cycleLabel } from '../orders/cycle-label';
import { type ClosedCycle, delivered } from './closed-cycle';
import { rejectionReasons } from './rejection-reasons';

type Cell = string | number | boolean | null;
const WIDTH = 7;

/**
 * Lays out the recap of a closed cycle under the given (already safe and unique) name; `waiting`
 * when the order waits for the coordinator's « Envoyer la commande ».
 * @example recapTab(cycle, [], 'Récap').rows[0][0] // "Récap — commande du 1er au 10 décembre 2026 — clôturé le …"
 */
export function recapTab(cycle: ClosedCycle, rejections: Rejection[], name: string, waiting = false): TabLayout {
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
    if (p.status !== 'below-minimum-cancelled') total += p.totalCents;
    const caseProducts = p.products.filter((x) => x.cases !== null);
    const short = p.products.filter((x) => x.shortfall > 0).map((x) => t.shortCase(x.product, catalogue(locale).close.common.quantity(x.shortfall, x.unit)));
    push([
      p.producer, centsToEuros(p.totalCents),
      p.minimumCents > 0 ? centsToEuros(p.minimumCents) : t.minimumNone,
      p.minimumCents > 0 ? (p.totalCents >= p.minimumCents ? t.yes : t.no) : '',
      caseProducts.length > 0 ? caseProducts.reduce((sum, x) => sum + (x.cases ?? 0), 0) : '',
      short.join('\n'), p.status === 'ok' && waiting ? t.waiting : t.status[p.status],
    ]);
  }
  push([t.total, centsToEuros(total)], true);

  const households = cycle.households
    .map((h) => ({ h, amount: h.lines.filter((c) => delivered(c.line)).reduce((sum, c) => sum + c.line.amountCents, 0) }));
  push([]);
  push([t.householdsHeading(households.length)], true);
  push(t.householdHeaders, true);
  for (const { h, amount } of households) push([h.name || h.email, centsToEuros(amount), h.site, h.email]);

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
