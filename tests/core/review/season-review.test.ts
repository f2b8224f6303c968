// The season's solidarity balance, cycle by cycle, from the ledger the closes wrote: what the
// households paid at their tariffs less what the producers received at the catalogue price.
import type { Cycle } from '../../../src/core/model';
import type { LedgerEntry } from '../../../src/core/payments/ledger';
import { reviewTab } from '../../../src/core/review/review-tab';
import { seasonReview, type ReviewInput } from '../../../src/core/review/season-review';

const blank = { member: '', site: '', producer: '', detail: '', pickedUp: false, paid: false, means: '', receivedCents: null, creditCents: 0, note: '' };
const household = (cycle: string, email: string, dueCents: number): LedgerEntry => ({ ...blank, cycle, email, dueCents });
const producer = (cycle: string, name: string, dueCents: number): LedgerEntry => ({ ...blank, cycle, email: '', producer: name, dueCents });
const cycle = (id: string): Cycle => ({ id, opens: null, deadline: Date.parse(`${id}T20:00:00+01:00`), pickup: null, status: 'archived', formUrl: '', note: '' });

function review(ledger: LedgerEntry[], from = '', to = '') {
  const input: ReviewInput = {
    cycles: ['2026-09-04', '2026-09-18', '2026-10-02'].map(cycle), lines: [], ledger, sentAt: [], refusals: [], duties: [], timeZone: 'Europe/Paris', from, to,
  };
  return seasonReview(input);
}

const withTariffs = [
  // 2026-09-04: a solidaire household pays 7 € for a 10 € basket; a soutien one 12 €: the group adds 1 €.
  household('2026-09-04', 'anne@example.org', 700), household('2026-09-04', 'bruno@example.org', 1200), producer('2026-09-04', 'Ferme', 2000),
  // 2026-09-18: only the solidaire household: the group gives 3 €.
  household('2026-09-18', 'anne@example.org', 700), producer('2026-09-18', 'Ferme', 1000),
  // 2026-10-02: two households at the catalogue price.
  household('2026-10-02', 'anne@example.org', 1000), household('2026-10-02', 'chloe@example.org', 500), producer('2026-10-02', 'Ferme', 1500),
];

describe('the solidarity balance of a season', () => {
  test('is each cycle’s households’ dues less its producers’ dues, and the Bilan adds them up', () => {
    const r = review(withTariffs);
    expect(r.solidarity).toEqual([{ cycle: '2026-09-04', balanceCents: -100 }, { cycle: '2026-09-18', balanceCents: -300 }, { cycle: '2026-10-02', balanceCents: 0 }]);
    const rows = reviewTab(r, 'fr', '', '').layout.rows;
    const at = rows.findIndex((row) => String(row[0]).startsWith('Solde solidaire par cycle'));
    expect(rows.slice(at + 1, at + 5).map((row) => row.slice(0, 3))).toEqual([
      ['Cycle', 'Solde du cycle (€)', 'Cumul (€)'], ['2026-09-04', -1, -1], ['2026-09-18', -3, -4], ['2026-10-02', 0, -4],
    ]);
  });

  test('covers the period only', () => {
    expect(review(withTariffs, '2026-09-18', '').solidarity.map((c) => c.balanceCents)).toEqual([-300, 0]);
  });

  // Found by probing: a period ending on the day of a top-up cycle (`2026-10-02-2`) left it out,
  // the ids compared as text.
  test.each([
    { from: '', to: '2026-10-02', cycles: ['2026-09-04', '2026-09-18', '2026-10-02', '2026-10-02-2'] },
    { from: '2026-10-02', to: '2026-10-02', cycles: ['2026-10-02', '2026-10-02-2'] },
    { from: '2026-09-05', to: '2026-10-01', cycles: ['2026-09-18'] },
  ])('a period from $from to $to takes every cycle of its days, top-ups included', ({ from, to, cycles }) => {
    const input: ReviewInput = {
      cycles: ['2026-09-04', '2026-09-18', '2026-10-02', '2026-10-02-2'].map(cycle), lines: [], ledger: withTariffs, sentAt: [], refusals: [], duties: [], timeZone: 'Europe/Paris', from, to,
    };
    expect(seasonReview(input).cycles.map((c) => c.cycle)).toEqual(cycles);
  });

  // Found by probing: cycles named « janvier » and « février » came out février first, and its
  // households counted as new.
  test('orders cycles as they ran (by deadline), whatever their names; a named bound is that cycle', () => {
    const named = (id: string, iso: string): Cycle => ({ ...cycle('2026-01-01'), id, deadline: Date.parse(iso) });
    const input: ReviewInput = {
      cycles: [named('février', '2027-02-10T20:00:00+01:00'), named('janvier', '2027-01-13T20:00:00+01:00')], ledger: [], sentAt: [], refusals: [], duties: [],
      lines: ['janvier', 'février'].map((c) => ({ cycle: c, submittedAt: 0, email: 'anne@example.org', member: 'Anne', site: 'S', producer: 'P', ref: 'R', product: 'R', quantity: 1, tolerance: 0, allocated: 1, priceCents: 100, amountCents: 100, responseId: c, status: 'allocated' as const, comment: '', queue: 1 })),
      timeZone: 'Europe/Paris', from: '', to: '',
    };
    expect(seasonReview(input).cycles.map((c) => [c.cycle, c.newHouseholds, c.returning])).toEqual([['janvier', 1, 0], ['février', 0, 1]]);
    expect(seasonReview({ ...input, from: 'février' }).cycles.map((c) => c.cycle)).toEqual(['février']);
  });

  test('without tariffs, there is none, and the Bilan has no such section', () => {
    const r = review(withTariffs.filter((e) => e.cycle === '2026-10-02'));
    expect(r.solidarity).toEqual([]);
    expect(reviewTab(r, 'fr', '', '').layout.rows.some((row) => String(row[0]).includes('Solde solidaire'))).toBe(false);
    expect(reviewTab(review(withTariffs), 'fr', '', '').layout.rows.some((row) => String(row[0]).includes('Solde solidaire'))).toBe(true);
  });
});

describe('a household whose address changed between two cycles', () => {
  const line = (cycleId: string, email: string, member: string) => ({
    cycle: cycleId, submittedAt: 0, email, member, site: 'Monclar', producer: 'Ferme', ref: 'X', product: 'X', quantity: 1, tolerance: 0, allocated: 1, priceCents: 500, amountCents: 500, responseId: 'r', status: 'allocated' as const, comment: '', queue: 1,
  });
  const lines = [line('2026-09-04', 'bruno@old.org', 'Bruno Petit'), line('2026-09-18', 'bruno@new.org', 'Bruno Petit')];
  const base: ReviewInput = { cycles: ['2026-09-04', '2026-09-18'].map(cycle), lines, ledger: [], sentAt: [], refusals: [], duties: [], timeZone: 'Europe/Paris', from: '', to: '' };
  const members = [{ email: 'bruno@new.org', name: 'Bruno Petit', phone: '', site: 'Monclar', active: true, notes: '', row: 2 }];

  test('returns: it is neither a new household nor one gone', () => {
    expect(seasonReview({ ...base, members }).cycles[1]).toMatchObject({ households: 1, newHouseholds: 0, returning: 1 });
    expect(seasonReview(base).cycles[1]).toMatchObject({ households: 1, newHouseholds: 1, returning: 0 });
  });
});

// Found by probing: a cycle's row deleted from Cycles after its archive dropped it from the Bilan
// without a word, though Commandes still holds its lines.
describe('a cycle whose row of Cycles was deleted', () => {
  const line = (cycleId: string, email: string, status: 'allocated' | 'active') => ({
    cycle: cycleId, submittedAt: Date.parse(`${cycleId}T12:00:00+01:00`), email, member: email, site: 'Monclar', producer: 'Ferme', ref: 'X', product: 'X', quantity: 1, tolerance: 0, allocated: status === 'allocated' ? 1 : null, priceCents: 500, amountCents: 500, responseId: 'r', status, comment: '', queue: 1,
  });
  const input: ReviewInput = {
    cycles: [cycle('2026-09-18')], lines: [line('2026-09-04', 'anne@x.org', 'allocated'), line('2026-09-18', 'anne@x.org', 'allocated'), line('2026-10-02', 'bruno@x.org', 'active')],
    ledger: [], sentAt: [], refusals: [], duties: [], timeZone: 'Europe/Paris', from: '', to: '',
  };

  test('is counted from Commandes once closed, and named in the Bilan', () => {
    const r = seasonReview(input);
    expect(r.cycles.map((c) => [c.cycle, c.households, c.returning])).toEqual([['2026-09-04', 1, 0], ['2026-09-18', 1, 1]]);
    expect(r.unlistedCycles).toEqual(['2026-09-04']);
    expect(reviewTab(r, 'fr', '', '').layout.rows.map((row) => String(row[0]).replace(/[\u00a0\u202f]/g, ' '))).toContain('Comptés d’après Commandes, leur ligne de Cycles ayant été supprimée : 2026-09-04. Remettez-la dans Cycles (Édition → Annuler) pour qu’ils y restent.');
  });
});
