import { closeCycle } from '../../../src/core/close/close-cycle';
import { paysDirectly } from '../../../src/core/payments/amount-due';
import { distributionTicks, readTicks, unplacedTicksNotice } from '../../../src/core/payments/distribution-ticks';
import { ledgerKey, mergeLedger, readLedger, type LedgerEntry, type LedgerRow } from '../../../src/core/payments/ledger';
import { closeInput } from '../close/fixtures/two-sites-juice-case-completed';

const blank = { member: '', site: '', producer: '', detail: '', pickedUp: false, paid: false, means: '', receivedCents: null, creditCents: 0, note: '' };
const entry = (cycle: string, email: string, dueCents: number, more: Partial<LedgerEntry> = {}): LedgerEntry => ({ ...blank, cycle, email, dueCents, ...more });
const row = (r: number, e: LedgerEntry): LedgerRow => ({ ...e, row: r });
const key = (cycle: string, email: string) => ledgerKey({ cycle, email, producer: '' });

describe('who is paid directly', () => {
  test.each([
    { payment: 'Chèque à l’ordre du GAEC', direct: true },
    { payment: 'Virement', direct: true },
    { payment: '  ', direct: false },
    { payment: '', direct: false },
  ])('a Règlement of «$payment» means direct: $direct', ({ payment, direct }) => {
    expect(paysDirectly({ payment })).toBe(direct);
  });
});

describe('what a close adds to the ledger', () => {
  const result = closeCycle(closeInput());

  test('each household owes what its member summary says, and the ledger row says the same', () => {
    for (const e of result.ledger.filter((x) => x.email)) {
      const summary = [...result.emails].find((m) => m.key === `member-summary:2026-12-10:${e.email}`)!;
      expect(summary.text).toContain(e.dueCents.toString().replace(/(\d\d)$/, ',$1'));
    }
  });

  test('a household’s due is the sum of its delivered lines of producers whose order goes ahead', () => {
    for (const e of result.ledger.filter((x) => x.email)) {
      const lines = result.lines.filter((l) => l.email === e.email && l.status === 'allocated');
      expect(e.dueCents).toBe(lines.reduce((s, l) => s + l.amountCents, 0));
    }
  });

  test('amountDue leaves out a producer cancelled below its minimum', () => {
    const due = result.ledger.map((e) => e.producer).filter(Boolean);
    expect(due).not.toContain('Chèvrerie du Lot');
  });
});

describe('merging a close into the ledger', () => {
  const existing = [
    row(2, entry('2026-11-26', 'anne@example.org', 1200, { paid: true, means: 'chèque', note: 'ok' })),
    row(3, entry('2026-12-10', 'anne@example.org', 900, { pickedUp: true, receivedCents: 500 })),
    row(4, entry('2026-12-10', 'bruno@example.org', 700)),
  ];

  test.each([
    {
      name: 'the same cycle again: no row added, the coordinator’s fields kept, the due updated',
      fresh: [entry('2026-12-10', 'anne@example.org', 950), entry('2026-12-10', 'bruno@example.org', 700)],
      cycle: '2026-12-10', ticks: new Map(), appended: 0, changed: [[3, 950, true, false, 500]],
    },
    {
      name: 'a household of the cycle that no longer owes anything keeps its row at 0',
      fresh: [entry('2026-12-10', 'anne@example.org', 900)],
      cycle: '2026-12-10', ticks: new Map(), appended: 0, changed: [[4, 0, false, false, null]],
    },
    {
      name: 'a tick from a Distribution tab is added; a box unticked there unticks nothing',
      fresh: [entry('2026-12-17', 'anne@example.org', 300)],
      ticks: new Map([[key('2026-11-26', 'anne@example.org'), { pickedUp: true, paid: false }], [key('2026-12-10', 'bruno@example.org'), { pickedUp: false, paid: true }]]),
      cycle: '2026-12-17', appended: 1, changed: [[2, 1200, true, true, null], [4, 700, false, true, null]],
    },
  ])('$name', ({ fresh, cycle, ticks, appended, changed }) => {
    const before = JSON.stringify(existing);
    const merge = mergeLedger(existing, fresh, ticks, cycle);
    expect(merge.appended).toHaveLength(appended);
    expect(merge.changed.map((r) => [r.row, r.dueCents, r.pickedUp, r.paid, r.receivedCents]).sort()).toEqual(changed);
    expect(JSON.stringify(existing)).toBe(before); // inputs untouched
  });
});

describe('reading the ledger and the Distribution tabs', () => {
  test('columns are found by header, in any order and either language; blank rows are skipped', () => {
    const values = [
      ['Note', 'Paid', 'Due', 'Email', 'Cycle', 'Received'],
      ['', true, '12,50 €', 'Anne@Example.org', '2026-12-10', ''],
      ['', '', '', '', '', ''],
      ['rappelée', 'non', 8, 'bruno@example.org', '2026-12-10', '3,00'],
    ];
    expect(readLedger(values).map((r) => [r.row, r.email, r.dueCents, r.paid, r.receivedCents, r.note])).toEqual([
      [2, 'anne@example.org', 1250, true, null, ''], [4, 'bruno@example.org', 800, false, 300, 'rappelée'],
    ]);
  });

  test('a Distribution tab’s ticks by the ledger key of each row', () => {
    const ticks = distributionTicks([
      ['Household', 'Products', 'Total', 'Picked up', 'Paid', 'Payment ref'],
      ['Anne', '…', 12, true, false, '2026-12-10 · anne@example.org'],
      ['Bruno', '…', 8, false, false, '2026-12-10 · bruno@example.org'],
      ['Total', '', 20, null, null, null],
    ]);
    expect([...ticks]).toEqual([[key('2026-12-10', 'anne@example.org'), { pickedUp: true, paid: false }]]);
  });

  // Found by probing: a tick on a row that names no ledger row (its « Réf. paiement » column deleted,
  // a household typed in by hand) was dropped without a word, and the household reminded.
  test.each([
    { name: 'the column « Réf. paiement » deleted: every ticked row', values: [['Foyer', 'Total', 'Retiré', 'Payé'], ['Anne', 12, true, false], ['Bruno', 8, false, false], ['Chloé', 3, false, true]], unplaced: [2, 4] },
    { name: 'a household added by hand, without a reference', values: [['Foyer', 'Total', 'Retiré', 'Payé', 'Réf. paiement'], ['Anne', 12, true, false, '2026-12-10 · anne@example.org'], ['Dupont', 5, true, true, '']], unplaced: [3] },
    { name: 'nothing when nothing is ticked', values: [['Foyer', 'Total', 'Retiré', 'Payé'], ['Anne', 12, false, false]], unplaced: [] },
  ])('the ticked rows that reach no ledger row: $name', ({ values, unplaced }) => {
    expect(readTicks(values).unplaced).toEqual(unplaced);
  });

  test('their notice names each row', () => {
    expect(unplacedTicksNotice([{ tab: '▸ Distribution Monclar', row: 4 }], 'fr')).toContain("'▸ Distribution Monclar'!4:4");
    expect(unplacedTicksNotice([], 'fr')).toBe('');
  });
});
