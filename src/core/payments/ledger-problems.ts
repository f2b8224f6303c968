// The cells of `Paiements` that cannot be read (« dix » in Reçu, « fait » in Payé): the ledger
// counts them as 0 or unticked, so a household that paid would be told it owes. Each is reported
// at its cell, and its household is not sent a payment reminder until it is fixed.
import type { Locale, Problem } from '../model';
import { parseBoolean, parseMoney } from '../workbook/parse-cell';
import { ProblemList, tabView, type TabInput } from '../workbook/tab-reader';

/**
 * The unreadable amounts (Dû, Reçu, Avoir) and boxes (Retiré, Payé) of the ledger, and the
 * households (by e-mail, lower case) whose rows hold one.
 * @example ledgerProblems({ tabName: 'Paiements', values: [['Cycle', 'E-mail', 'Dû', 'Reçu'], ['c1', 'anne@x.org', 12.5, 'dix']] }, 'fr')
 *   // { problems: [{ code: 'payments.bad-amount', place: { tab: 'Paiements', row: 2, column: 4 }, params: { value: 'dix' }, … }], households: Set { 'anne@x.org' } }
 */
export function ledgerProblems(tab: TabInput, locale: Locale): { problems: Problem[]; households: Set<string> } {
  const list = new ProblemList();
  const households = new Set<string>();
  for (const r of tabView('payments', tab, [], locale, list).rows) {
    const before = list.items.length;
    for (const key of ['due', 'received', 'credit']) r.read(key, 'payments.bad-amount', parseMoney, 0);
    for (const key of ['pickedUp', 'paid']) r.read(key, 'cell.bad-yesno', (cell) => parseBoolean(cell, false), false);
    if (list.items.length > before && r.text('email') !== '') households.add(r.text('email').toLowerCase());
  }
  return { problems: list.items, households };
}
