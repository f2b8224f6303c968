// The cells of `Paiements` that cannot be read (« dix » in Reçu, « fait » in Payé): the ledger
// counts them as 0 or unticked, so a household that paid would be told it owes. Each is reported
// at its cell, and its household is not sent a payment reminder until it is fixed.
import { catalogue } from '../i18n';
import type { Locale, Problem } from '../model';
import { renderProblem } from '../workbook/render-problem';
import { parseBoolean, parseMoney } from '../workbook/parse-cell';
import { ProblemList, tabView, type TabInput } from '../workbook/tab-reader';
import { ledgerKey } from './ledger';

/**
 * The unreadable amounts (Dû, Reçu, Avoir) and boxes (Retiré, Payé) of the ledger, and the
 * households (by e-mail, lower case) whose rows hold one.
 * @example ledgerProblems({ tabName: 'Paiements', values: [['Cycle', 'E-mail', 'Dû', 'Reçu'], ['c1', 'anne@x.org', 12.5, 'dix']] }, 'fr')
 *   // { problems: [{ code: 'payments.bad-amount', place: { tab: 'Paiements', row: 2, column: 4 }, params: { value: 'dix' }, … }], households: Set { 'anne@x.org' } }
 */
export function ledgerProblems(tab: TabInput, locale: Locale): { problems: Problem[]; households: Set<string> } {
  const list = new ProblemList();
  const households = new Set<string>();
  // A row copied by hand (the same cycle and household, or producer): only the first counts (balances.ts).
  const firstRow = new Map<string, number>();
  for (const r of tabView('payments', tab, [], locale, list).rows) {
    const before = list.items.length;
    const key = ledgerKey({ cycle: r.text('cycle'), email: r.text('email'), producer: r.text('producer') });
    if (r.text('cycle') !== '' && (r.text('email') !== '' || r.text('producer') !== '')) {
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, r.row);
      else r.warn('payments.duplicate-row', 'cycle', { firstRow: first });
    }
    for (const key of ['due', 'received', 'credit']) r.read(key, 'payments.bad-amount', parseMoney, 0);
    for (const key of ['pickedUp', 'paid']) r.read(key, 'cell.bad-yesno', (cell) => parseBoolean(cell, false), false);
    if (list.items.length > before && r.text('email') !== '') households.add(r.text('email').toLowerCase());
  }
  return { problems: list.items, households };
}

/**
 * What the coordinator reads of the ledger's problems (Journal, dialogs): the unreadable cells under
 * one sentence, each at its cell, then each row copied by hand, whose message says it all; '' for none.
 * @example ledgerNotice(ledgerProblems(tab, 'fr'), 'fr') // "Une cellule de Paiements est illisible, … Paiements!K5 : « dix » n’est pas un montant…"
 */
export function ledgerNotice(found: { problems: Problem[]; households: Set<string> }, locale: Locale): string {
  const copies = found.problems.filter((p) => p.code === 'payments.duplicate-row');
  const cells = found.problems.filter((p) => p.code !== 'payments.duplicate-row');
  return [
    ...(cells.length > 0 ? [catalogue(locale).payments.unreadable(found.households.size, cells.map((p) => renderProblem(p, locale)))] : []),
    ...copies.map((p) => renderProblem(p, locale)),
  ].join(' ');
}
