// « Exporter le bilan »: the review as one value a row, in the group's CSV conventions.
import { REVIEW_INDICATORS, reviewExport } from '../../../src/core/review/review-csv';
import type { SeasonReview } from '../../../src/core/review/season-review';

const REVIEW: SeasonReview = {
  unlistedCycles: [], cycles: [
    { cycle: '2026-09-04', households: 12, newHouseholds: 12, returning: 0, gone: 0, amountCents: 45_050 },
    { cycle: '2026-09-18', households: 10, newHouseholds: 1, returning: 9, gone: 0, amountCents: 38_000 },
  ],
  producers: [{ producer: 'Rucher des Bories', cycle: '2026-09-04', orders: 4, amountCents: 12_000 }],
  sites: [{ site: 'Septfonds', orders: 22, amountCents: 83_050 }],
  toleranceUnits: 2, cutUnits: 1.5,
  producerMinimums: [{ producer: 'Ferme de Pech Bertou', cycle: '2026-09-04', status: 'cancelled' }, { producer: 'Chèvrerie', cycle: '2026-09-18', status: 'held' }],
  refusals: { late: 1, address: 2, quantity: 0, other: 0 },
  emailsSent: 80, busiestMailDay: 31, outstandingCents: 4_210, volunteers: { pickups: 2, covered: 1 },
  solidarity: [{ cycle: '2026-09-04', balanceCents: -1_250 }, { cycle: '2026-09-18', balanceCents: 300 }],
};

describe('reviewExport', () => {
  test('names the file for the group and the period it covers', () => {
    expect(reviewExport(REVIEW, { group: 'GAC de Monclar-de-Quercy', from: '', to: '', locale: 'fr' }).file).toBe('bilan-gac-de-monclar-de-quercy-2026-09-04-2026-09-18.csv');
    expect(reviewExport(REVIEW, { group: 'Septfonds', from: '2026-09-01', to: '', locale: 'en' }).file).toBe('review-septfonds-2026-09-01-2026-09-18.csv');
  });

  test('has every indicator, the group and the period on every row', () => {
    const { rows } = reviewExport(REVIEW, { group: 'GAC', from: '', to: '', locale: 'fr' });
    expect(rows[0]).toEqual(['Groupement', 'Du', 'Au', 'Cycle', 'Indicateur', 'Détail', 'Valeur', 'Libellé']);
    expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(REVIEW_INDICATORS));
    expect(rows.slice(1).every((r) => r[0] === 'GAC' && r[1] === '2026-09-04' && r[2] === '2026-09-18')).toBe(true);
  });

  test.each([
    { locale: 'fr' as const, line: 'GAC;2026-09-04;2026-09-18;2026-09-04;amount-eur;;450,5;Montant (€)' },
    { locale: 'en' as const, line: 'GAC,2026-09-04,2026-09-18,2026-09-04,amount-eur,,450.5,Amount (€)' },
  ])('writes the euros of a cycle in $locale conventions', ({ locale, line }) => {
    expect(reviewExport(REVIEW, { group: 'GAC', from: '', to: '', locale }).csv.split('\r\n')).toContain(line);
  });

  test('counts refusals by reason, and leaves the input as it was', () => {
    const before = JSON.stringify(REVIEW);
    const { rows } = reviewExport(REVIEW, { group: 'GAC', from: '', to: '', locale: 'en' });
    expect(rows.filter((r) => r[4] === 'refusals').map((r) => [r[5], r[6]])).toEqual([['late', 1], ['address', 2], ['quantity', 0], ['other', 0]]);
    expect(JSON.stringify(REVIEW)).toBe(before);
  });
});
