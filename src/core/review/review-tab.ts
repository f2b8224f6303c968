// The `Bilan` tab: the season's indicators laid out in sections, for a period the coordinator chose.
import { catalogue } from '../i18n';
import { centsToEuros } from '../money';
import type { Locale, TabLayout } from '../model';
import { REFUSAL_REASONS, type SeasonReview } from './season-review';

type Cell = string | number | null;

/** Where each chart's data sits in the tab (0-based rows, inclusive), for the shell to draw them. */
export interface ReviewCharts {
  perCycle: { firstRow: number; lastRow: number; columns: number[] };
  perProducer: { firstRow: number; lastRow: number; columns: number[] };
}

/**
 * Lays out the review. The name is not yet made safe: the caller does it.
 * @example reviewTab(review, 'fr', '2026-09-01', '2026-12-31').layout.rows[0] // ["Bilan du 2026-09-01 au 2026-12-31", …]
 */
export function reviewTab(r: SeasonReview, locale: Locale, from: string, to: string): { layout: TabLayout; charts: ReviewCharts } {
  const t = catalogue(locale).payments.review;
  const width = 7;
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const money: number[] = [];
  const push = (cells: Cell[], isBold = false) => {
    rows.push([...cells, ...new Array<Cell>(width - cells.length).fill(null)]);
    if (isBold) bold.push(rows.length - 1);
  };
  push([t.title(from || t.start, to || t.end)], true);
  push([]);
  push([t.cyclesHeading], true);
  push(t.cycleHeaders, true);
  const cycleFirst = rows.length;
  for (const c of r.cycles) push([c.cycle, c.households, c.newHouseholds, c.returning, c.gone, centsToEuros(c.amountCents), c.households ? centsToEuros(Math.round(c.amountCents / c.households)) : null]);
  const cycleLast = rows.length - 1;
  if (r.unlistedCycles.length > 0) push([t.unlistedCycles(r.unlistedCycles.join(', '))]);
  push([]);
  push([t.producersHeading], true);
  push(t.producerHeaders, true);
  const totals = new Map<string, number>();
  for (const p of r.producers) {
    push([p.producer, p.cycle, p.orders, centsToEuros(p.amountCents)]);
    totals.set(p.producer, (totals.get(p.producer) ?? 0) + p.amountCents);
  }
  push([]);
  push([t.producerTotalsHeading], true);
  push(t.producerTotalHeaders, true);
  const producerFirst = rows.length;
  for (const [producer, cents] of totals) push([producer, centsToEuros(cents)]);
  const producerLast = rows.length - 1;
  push([]);
  push([t.sitesHeading], true);
  push(t.siteHeaders, true);
  for (const s of r.sites) push([s.site, s.orders, centsToEuros(s.amountCents), s.orders ? centsToEuros(Math.round(s.amountCents / s.orders)) : null]);
  if (r.solidarity.length > 0) {
    push([]);
    push([t.solidarityHeading], true);
    push(t.solidarityHeaders, true);
    let running = 0;
    for (const c of r.solidarity) {
      running += c.balanceCents;
      push([c.cycle, centsToEuros(c.balanceCents), centsToEuros(running)]);
    }
  }
  push([]);
  push([t.refusalsHeading], true);
  push(t.refusalHeaders, true);
  for (const reason of REFUSAL_REASONS) push([t.refusalReason[reason], r.refusals[reason]]);
  push([]);
  push([t.othersHeading], true);
  push([t.toleranceUnits, r.toleranceUnits]);
  push([t.cutUnits, r.cutUnits]);
  for (const m of r.producerMinimums) push([t.minimum(m.producer, m.cycle, m.status === 'held')]);
  if (r.producerMinimums.length === 0) push([t.noMinimum]);
  push([t.emailsSent, r.emailsSent]);
  push([t.busiestMailDay, r.busiestMailDay]);
  push([t.outstanding, centsToEuros(r.outstandingCents)]);
  money.push(rows.length - 1);
  push([t.volunteers, r.volunteers ? t.covered(r.volunteers.covered, r.volunteers.pickups) : t.noRoster]);
  push([]);
  push([t.notMeasured]);
  return {
    layout: {
      // The title row frozen: a Bilan printed over several pages repeats it at the top of each.
      name: t.tabName, rows, frozenRows: 1, boldRows: bold, columnFormats: {},
      columnWidths: { 0: 260, 1: 110, 2: 110, 3: 110, 4: 110, 5: 110, 6: 110 },
    },
    charts: {
      perCycle: { firstRow: cycleFirst - 1, lastRow: cycleLast, columns: [0, 1, 5] },
      perProducer: { firstRow: producerFirst - 1, lastRow: producerLast, columns: [0, 1] },
    },
  };
}
