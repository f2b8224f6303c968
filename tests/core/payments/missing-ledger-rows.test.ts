import { missingLedgerRows, missingRowsNotice } from '../../../src/core/payments/missing-ledger-rows';
import type { LedgerEntry } from '../../../src/core/payments/ledger';
import type { LineStatus } from '../../../src/core/model';

const line = (cycle: string, email: string, status: LineStatus, allocated: number, amountCents: number) => ({
  cycle, submittedAt: 0, email, member: email.split('@')[0], site: 'Monclar', producer: 'Ferme', ref: 'X', product: 'X', quantity: allocated, tolerance: 0, allocated, priceCents: 100, amountCents, responseId: 'r', status, comment: '', queue: 1,
});
const blank = { member: '', site: '', producer: '', detail: '', pickedUp: false, paid: false, means: '', receivedCents: null, creditCents: 0, note: '' };
const row = (cycle: string, email: string): LedgerEntry => ({ ...blank, cycle, email, dueCents: 100 });

describe('household rows missing from the ledger', () => {
  test.each([
    { name: 'a household that received something and has no row is named, with what it received', lines: [line('c1', 'bruno@x.org', 'allocated', 2, 800), line('c1', 'Bruno@X.org', 'allocated', 1, 700)], ledger: [], found: [{ cycle: 'c1', email: 'bruno@x.org', member: 'bruno', cents: 1500 }] },
    { name: 'not one that has its row', lines: [line('c1', 'bruno@x.org', 'allocated', 1, 700)], ledger: [row('c1', 'bruno@x.org')], found: [] },
    { name: 'not a line replaced, cancelled or held, nor one allocated nothing', lines: [line('c1', 'a@x.org', 'replaced', 1, 100), line('c1', 'b@x.org', 'cancelled', 0, 0), line('c1', 'c@x.org', 'held', 1, 100), line('c1', 'd@x.org', 'allocated', 0, 0), line('c1', 'e@x.org', 'active', 1, 100)], ledger: [], found: [] },
    { name: 'not the cycle a close is writing now', lines: [line('c2', 'bruno@x.org', 'allocated', 1, 700)], ledger: [], found: [] },
    { name: 'not for a producer’s row of the same cycle', lines: [line('c1', 'bruno@x.org', 'allocated', 1, 700)], ledger: [{ ...row('c1', ''), producer: 'Ferme' }], found: [{ cycle: 'c1', email: 'bruno@x.org', member: 'bruno', cents: 700 }] },
  ])('$name', ({ lines, ledger, found }) => {
    expect(missingLedgerRows(lines, ledger, 'c2')).toEqual(found);
  });

  test('the Journal’s sentence names each, and says how to put the row back', () => {
    const text = missingRowsNotice([{ cycle: '2026-12-12', email: 'bruno@x.org', member: 'Bruno Petit', cents: 1500 }], 'fr').replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toBe('Paiements n’a plus de ligne pour Bruno Petit (cycle 2026-12-12, 15,00 € au prix du catalogue), qui a pourtant reçu sa commande (voir Commandes) : sa dette n’est ni dans ▸ Soldes, ni relancée, ni rappelée au prochain récapitulatif. Remettez cette ligne (Édition → Annuler, ou Fichier → Historique des versions).');
    expect(missingRowsNotice([], 'fr')).toBe('');
  });
});
