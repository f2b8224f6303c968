// « Exporter le bilan »: the review as a long table (one value a row), the file a territory merges
// (`npx cabas bilan`). Indicator codes are fixed words, so groups of either language add up; the
// last column says each in the group's language.
import { catalogue } from '../i18n';
import { centsToEuros } from '../money';
import type { Locale } from '../model';
import { toCsv } from '../close/to-csv';
import { REFUSAL_REASONS, type SeasonReview } from './season-review';

/** The export's indicator codes; a row with an empty cycle holds the whole period. */
export const REVIEW_INDICATORS = [
  'households', 'households-new', 'households-returning', 'households-gone', 'amount-eur',
  'producer-orders', 'producer-amount-eur', 'producer-cancelled', 'producer-held',
  'site-orders', 'site-amount-eur', 'tolerance-units', 'cut-units', 'refusals',
  'emails-sent', 'emails-busiest-day', 'outstanding-eur', 'volunteers-pickups', 'volunteers-covered', 'solidarity-eur',
] as const;
export type ReviewIndicator = (typeof REVIEW_INDICATORS)[number];

type Row = (string | number | null)[];

/**
 * The export's rows, header first: group, period, cycle ('' for the period), indicator, detail
 * (producer, site or refusal reason), value, label.
 * @example reviewCsvRows(review, { group: 'GAC', from: '2026-09-04', to: '2026-12-10', locale: 'fr' })[1]
 *   // ['GAC', '2026-09-04', '2026-12-10', '2026-09-04', 'households', '', 31, 'Foyers servis']
 */
export function reviewCsvRows(r: SeasonReview, o: { group: string; from: string; to: string; locale: Locale }): Row[] {
  const t = catalogue(o.locale).payments.review;
  const from = o.from || r.cycles[0]?.cycle || '';
  const to = o.to || r.cycles.at(-1)?.cycle || '';
  const rows: Row[] = [t.csvHeaders];
  const add = (cycle: string, indicator: ReviewIndicator, detail: string, value: number) =>
    rows.push([o.group, from, to, cycle, indicator, detail, value, t.csvLabel[indicator] ?? indicator]);
  for (const c of r.cycles) {
    add(c.cycle, 'households', '', c.households);
    add(c.cycle, 'households-new', '', c.newHouseholds);
    add(c.cycle, 'households-returning', '', c.returning);
    add(c.cycle, 'households-gone', '', c.gone);
    add(c.cycle, 'amount-eur', '', centsToEuros(c.amountCents));
  }
  // Only where tariffs make one: a group without them exports what it always did.
  for (const s of r.solidarity) add(s.cycle, 'solidarity-eur', '', centsToEuros(s.balanceCents));
  for (const p of r.producers) {
    add(p.cycle, 'producer-orders', p.producer, p.orders);
    add(p.cycle, 'producer-amount-eur', p.producer, centsToEuros(p.amountCents));
  }
  for (const m of r.producerMinimums) add(m.cycle, m.status === 'held' ? 'producer-held' : 'producer-cancelled', m.producer, 1);
  for (const s of r.sites) {
    add('', 'site-orders', s.site, s.orders);
    add('', 'site-amount-eur', s.site, centsToEuros(s.amountCents));
  }
  add('', 'tolerance-units', '', r.toleranceUnits);
  add('', 'cut-units', '', r.cutUnits);
  for (const reason of REFUSAL_REASONS) add('', 'refusals', reason, r.refusals[reason]);
  add('', 'emails-sent', '', r.emailsSent);
  add('', 'emails-busiest-day', '', r.busiestMailDay);
  add('', 'outstanding-eur', '', centsToEuros(r.outstandingCents));
  if (r.volunteers) {
    add('', 'volunteers-pickups', '', r.volunteers.pickups);
    add('', 'volunteers-covered', '', r.volunteers.covered);
  }
  return rows;
}

/** The export as CSV text in the group's conventions (`;` and decimal comma in French). */
export function reviewCsv(r: SeasonReview, o: { group: string; from: string; to: string; locale: Locale }): string {
  return toCsv(reviewCsvRows(r, o), o.locale);
}

/**
 * « Exporter le bilan » whole: the rows (for the `▸ Bilan CSV` tab), the CSV text and its file name.
 * An empty bound is the first (last) cycle reviewed.
 * @example reviewExport(review, { group: 'GAC', from: '', to: '', locale: 'fr' }).file // "bilan-gac-2026-09-04-2026-12-10.csv"
 */
export function reviewExport(r: SeasonReview, o: { group: string; from: string; to: string; locale: Locale }): { rows: Row[]; csv: string; file: string } {
  const period = { ...o, from: o.from || r.cycles[0]?.cycle || '', to: o.to || r.cycles.at(-1)?.cycle || '' };
  const rows = reviewCsvRows(r, period);
  return { rows, csv: toCsv(rows, o.locale), file: reviewFileName(o.group, period.from, period.to, o.locale) };
}

/**
 * The export's file name: the group's name as plain letters, and the period.
 * @example reviewFileName('GAC du Pays Midi-Quercy', '2026-09-04', '2026-12-10') // "bilan-gac-du-pays-midi-quercy-2026-09-04-2026-12-10.csv"
 */
export function reviewFileName(group: string, from: string, to: string, locale: Locale = 'fr'): string {
  const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${[catalogue(locale).payments.review.csvFilePrefix, slug(group) || 'cabas', slug(from), slug(to)].filter(Boolean).join('-')}.csv`;
}
