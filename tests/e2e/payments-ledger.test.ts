// Issue 18: the Paiements ledger — one row per household per cycle and per producer per cycle,
// written at each close, and no close, archive, reinstall or new cycle ever clears a tick.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { frenchTypography as fr } from '../../src/core/i18n/typography';
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, openGroup, tabRows, tabValues } from '../reliability/support/reliability-group';

const LEDGER = 'Paiements';
const MONCLAR_TAB = '▸ Distribution Monclar-de-Querc';
const at = (h: number) => OPEN_AT + h * HOUR;

function sheet(driver: CabasDriver, name: string) {
  return driver.gas.spreadsheet().getSheetByName(name)!;
}

/** Ticks a box (or types a value) as a coordinator does, on the row whose `match` column holds `value`. */
function typeIn(driver: CabasDriver, tab: string, match: { header: string; value: string }, header: string, value: unknown): void {
  const values = tabValues(driver, tab);
  const row = values.findIndex((r) => r[values[0].indexOf(match.header)] === match.value);
  const col = values[0].indexOf(header);
  if (row < 1 || col < 0) throw new Error(`no ${match.value} / ${header} in ${tab}`);
  sheet(driver, tab).getRange(row + 1, col + 1).setValue(value);
}

function householdRows(driver: CabasDriver) {
  return tabRows(driver, LEDGER).filter((r) => r['E-mail']);
}

function ledgerOf(driver: CabasDriver, cycle: string, email: string) {
  const rows = tabRows(driver, LEDGER).filter((r) => r['Cycle'] === cycle && r['E-mail'] === email);
  expect(rows).toHaveLength(1);
  return rows[0];
}

/** A group with one closed cycle: Alice and Bruno at Monclar, Chloé at Septfonds. */
function closedGroup(): { driver: CabasDriver; cycle: string } {
  const driver = openGroup();
  const cycle = driver.state().catalog.cycle.id;
  driver.submit('alice@example.org', { 'LEG-TOM': 2, 'HUI-NOI': 6 }, { site: MONCLAR, at: at(1) });
  driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: at(2) });
  driver.submit('chloe@example.org', { 'LEG-TOM': '0,5' }, { site: SEPTFONDS, at: at(3) });
  closeAndDeliver(driver);
  expect(failedExecutions(driver)).toEqual([]);
  return { driver, cycle };
}

describe('the ledger a close writes', () => {
  const { driver, cycle } = closedGroup();

  test('one row per household that owes something, what it owes being the sum of its allocated lines', () => {
    const owed = new Map<string, number>();
    for (const l of tabRows(driver, 'Commandes')) {
      if (l['Statut'] !== 'attribué') continue;
      owed.set(String(l['E-mail']), Math.round(((owed.get(String(l['E-mail'])) ?? 0) + Number(l['Montant'])) * 100) / 100);
    }
    expect(Object.fromEntries(householdRows(driver).map((r) => [r['E-mail'], r['Dû']]))).toEqual(Object.fromEntries(owed));
    expect(owed).toEqual(new Map([['alice@example.org', 83.4], ['bruno@example.org', 15], ['chloe@example.org', 2.1]]));
    for (const r of householdRows(driver)) expect([r['Cycle'], r['Retiré'], r['Payé']]).toEqual([cycle, false, false]);
  });

  test('says how much goes to each producer paid directly (its Règlement says how)', () => {
    expect(ledgerOf(driver, cycle, 'alice@example.org')['Détail']).toBe(fr('Ferme du Ruisseau : 8,40\u00a0€ ; Huilerie des Noyers : 75,00\u00a0€'));
  });

  test('one row per producer per cycle: what it is due, to tick once it is paid', () => {
    const producers = tabRows(driver, LEDGER).filter((r) => r['Producteur']);
    expect(producers.map((r) => [r['Cycle'], r['Producteur'], r['Dû'], r['Payé']])).toEqual([
      [cycle, 'Ferme du Ruisseau', 25.5, false], [cycle, 'Huilerie des Noyers', 75, false],
    ]);
  });

  test('the Distribution tab points each household at its ledger row', () => {
    const [header, ...rows] = tabValues(driver, MONCLAR_TAB);
    expect(header.slice(-3)).toEqual(['Retiré', 'Payé', 'Réf. paiement']);
    expect(rows.map((r) => r[r.length - 1])).toEqual([`${cycle} · alice@example.org`, `${cycle} · bruno@example.org`, null]);
  });
});

describe('no close, archive, reinstall or new cycle clears a tick', () => {
  const { driver, cycle } = closedGroup();
  const ticks = () => Object.fromEntries(householdRows(driver).filter((r) => r['Cycle'] === cycle)
    .map((r) => [String(r['E-mail']).split('@')[0], [r['Retiré'], r['Payé'], r['Moyen de paiement'], r['Reçu'], r['Note']]]));

  test('ticks on the Distribution tab and in the ledger, then the same cycle closed again: one row each, every tick kept', () => {
    typeIn(driver, MONCLAR_TAB, { header: 'Foyer', value: 'Alice Martin' }, 'Payé', true);
    typeIn(driver, LEDGER, { header: 'E-mail', value: 'bruno@example.org' }, 'Retiré', true);
    typeIn(driver, LEDGER, { header: 'E-mail', value: 'bruno@example.org' }, 'Moyen de paiement', 'chèque');
    typeIn(driver, LEDGER, { header: 'E-mail', value: 'chloe@example.org' }, 'Reçu', 1);
    typeIn(driver, LEDGER, { header: 'E-mail', value: 'chloe@example.org' }, 'Note', 'réglera le reste samedi');
    const rows = tabRows(driver, LEDGER).length;
    expect(driver.run('closeCycleNow', { finalize: true })).toMatchObject({ ok: true });
    expect(tabRows(driver, LEDGER)).toHaveLength(rows);
    expect(ticks()).toEqual({
      alice: [false, true, null, null, null], bruno: [true, false, 'chèque', null, null], chloe: [false, false, null, 1, 'réglera le reste samedi'],
    });
    // The regenerated Distribution tab shows the ledger's ticks.
    const monclar = tabRows(driver, MONCLAR_TAB);
    expect(monclar.slice(0, 2).map((r) => [r['Foyer'], r['Retiré'], r['Payé']])).toEqual([['Alice Martin', false, true], ['Bruno Petit', true, false]]);
  });

  test('archiving keeps them', () => {
    const before = ticks();
    expect(driver.run('archiveCycleNow')).toMatchObject({ ok: true });
    expect(ticks()).toEqual(before);
  });

  test('reinstalling keeps them', () => {
    const before = ticks();
    typeIn(driver, MONCLAR_TAB, { header: 'Foyer', value: 'Bruno Petit' }, 'Payé', true); // on the tab only, for now
    driver.install(false);
    expect(ticks()).toEqual(before);
    expect(tabRows(driver, MONCLAR_TAB)[1]['Payé']).toBe(true);
  });

  test('a new cycle, closed, carries the Distribution tab’s last ticks into the ledger and adds its own rows', () => {
    driver.gas.advanceTo(at(14 * 24));
    const opened = driver.open({ deadline: '24/12/2026 20:00', pickup: '26/12/2026' });
    expect(opened).toMatchObject({ ok: true });
    const next = opened.cycleId!;
    driver.submit('alice@example.org', { 'LEG-PAN': 2 }, { site: MONCLAR, at: at(15 * 24) });
    closeAndDeliver(driver, Date.parse('2026-12-24T20:00:00+01:00'));
    expect(failedExecutions(driver)).toEqual([]);
    expect(ticks()).toEqual({
      alice: [false, true, null, null, null], bruno: [true, true, 'chèque', null, null], chloe: [false, false, null, 1, 'réglera le reste samedi'],
    });
    expect(ledgerOf(driver, next, 'alice@example.org')).toMatchObject({ 'Dû': 30, 'Retiré': false, 'Payé': false });
    expect(tabRows(driver, MONCLAR_TAB).slice(0, 1).map((r) => r['Réf. paiement'])).toEqual([`${next} · alice@example.org`]);
    expect(householdRows(driver)).toHaveLength(4);
  });
});

describe('the ledger is the coordinators’ tab too', () => {
  test('a column of their own and a moved column are kept; rows are found by header, whatever their order', () => {
    const { driver, cycle } = closedGroup();
    const ledger = sheet(driver, LEDGER);
    ledger.insertColumnBefore(1); // a column of their own, first: every column moves right
    ledger.getRange(1, 1, 2, 1).setValues([['Relance'], ['appelée']]);
    ledger.sort(3, false); // sorted on the e-mail, descending
    typeIn(driver, LEDGER, { header: 'E-mail', value: 'alice@example.org' }, 'Payé', true);
    expect(driver.run('closeCycleNow', { finalize: true })).toMatchObject({ ok: true });
    const rows = tabRows(driver, LEDGER);
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r['Relance'] === 'appelée')).toHaveLength(1);
    expect(ledgerOf(driver, cycle, 'alice@example.org')).toMatchObject({ 'Payé': true, 'Dû': 83.4 });
    expect(failedExecutions(driver)).toEqual([]);
  });

  // Found by probing: the close wrote one block from Cabas's first column to its last, and a
  // column of the treasurer's own between two of them came back as values, formatted as text.
  test('a column of their own between two of Cabas’s keeps its formulas and its format', () => {
    const { driver, cycle } = closedGroup();
    const ledger = sheet(driver, LEDGER);
    const header = tabValues(driver, LEDGER)[0];
    const detail = header.indexOf('Détail') + 1;
    ledger.insertColumnBefore(detail); // between « Dû » and « Détail »
    const rows = ledger.getLastRow();
    ledger.getRange(1, detail).setValue('Reste');
    const due = detail - 1;
    const letter = (n: number) => String.fromCharCode(64 + n);
    ledger.getRange(2, detail, rows - 1, 1).setFormulas(Array.from({ length: rows - 1 }, (_, i) => [`=${letter(due)}${i + 2}*2`]));
    ledger.getRange(2, detail, rows - 1, 1).setNumberFormat('0.00');
    typeIn(driver, MONCLAR_TAB, { header: 'Foyer', value: 'Alice Martin' }, 'Payé', true);
    expect(driver.run('closeCycleNow', { finalize: true })).toMatchObject({ ok: true });
    expect(ledger.getRange(2, detail, rows - 1, 1).getFormulas().map((r) => r[0])).toEqual(Array.from({ length: rows - 1 }, (_, i) => `=${letter(due)}${i + 2}*2`));
    expect(new Set(ledger.getRange(2, detail, rows - 1, 1).getNumberFormats().map((r) => r[0]))).toEqual(new Set(['0.00']));
    expect(ledgerOf(driver, cycle, 'alice@example.org')).toMatchObject({ 'Payé': true, 'Dû': 83.4 });
    expect(failedExecutions(driver)).toEqual([]);
  });
});

// The guide's way to correct an order once its e-mails have left: « Attribué » corrected, then
// « Envoyer la commande ». Found by probing: the guide also said to type the difference as a
// credit, which the new « Dû » already took off: the household's debt vanished.
describe('a correction of Attribué after the e-mails left, then « Envoyer la commande »', () => {
  const { driver, cycle } = closedGroup();
  const mailsBefore = driver.gas.mail.sent.length;
  typeIn(driver, LEDGER, { header: 'E-mail', value: 'alice@example.org' }, 'Reçu', 20);
  typeIn(driver, 'Commandes', { header: 'E-mail', value: 'bruno@example.org' }, 'Attribué', 0);
  const report = driver.run<{ ok: boolean }>('closeCycleNow', { finalize: true });
  driver.gas.advanceTo(driver.gas.clock.now() + 3 * HOUR);

  test('makes Dû what the corrected lines come to, keeps what was typed, and sends nothing again', () => {
    expect(report).toMatchObject({ ok: true });
    expect(tabRows(driver, LEDGER).filter((r) => r['Cycle'] === cycle && r['E-mail'] === 'bruno@example.org').map((r) => r['Dû'])).toEqual([0]);
    expect(ledgerOf(driver, cycle, 'alice@example.org')).toMatchObject({ 'Dû': 83.4, 'Reçu': 20 });
    expect(driver.gas.mail.sent.length).toBe(mailsBefore);
    const monclar = tabValues(driver, MONCLAR_TAB);
    expect(monclar.some((r) => r[0] === 'Bruno Petit')).toBe(false);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

// Found by probing: « Paiements » renamed by hand (« Paiements 2026 ») was replaced by a new, empty
// ledger: Soldes showed nothing owed and « Relancer les impayés » said everything was paid.
describe('the ledger renamed by hand', () => {
  test('is not replaced by an empty one: the coordinator is told which tab to rename back, and nothing is lost', () => {
    const { driver } = closedGroup();
    sheet(driver, LEDGER).setName('Paiements 2026');
    expect(() => driver.run('remindUnpaidNow')).toThrow(/L.onglet Paiements est introuvable, mais l.onglet «\sPaiements 2026\s» en a les colonnes\s: renommez-le Paiements/);
    // From the menu, the same words in a dialog.
    driver.gas.runMenu('menuRemindUnpaid');
    expect(driver.gas.ui.alerts.at(-1)?.message ?? '').toMatch(/renommez-le Paiements/);
    expect(driver.gas.spreadsheet().getSheetByName(LEDGER)).toBeNull();
    sheet(driver, 'Paiements 2026').setName(LEDGER);
    expect(driver.run('remindUnpaidNow')).toMatchObject({ ok: true });
    expect(tabRows(driver, LEDGER).filter((r) => r['E-mail'])).toHaveLength(3);
  });
});
