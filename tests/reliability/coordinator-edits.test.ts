// Volunteers edit the workbook by hand between submissions: sort, filter or edit Commandes, rename
// a tab back and forth, move a column, delete a form question. Each is handled, or refused with a
// message that says how to repair, and no submission is lost silently.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, liveLines, openGroup, tabRows } from './support/reliability-group';

const at = (h: number) => OPEN_AT + h * HOUR;

function orders(driver: CabasDriver) {
  return driver.gas.spreadsheet().getSheetByName('Commandes')!;
}

function column(driver: CabasDriver, header: string): number {
  return tabRows(driver, 'Commandes').length >= 0 ? driver.sheet('Commandes').values[0].indexOf(header) + 1 : 0;
}

/** Every submission is in Commandes, or journaled with its response id (so it can be replayed by hand). */
function nothingLost(driver: CabasDriver, responses: string[]): void {
  const ids = new Set(tabRows(driver, 'Commandes').map((r) => r['Réponse']));
  const journal = tabRows(driver, 'Journal').map((r) => String(r['Détail']));
  for (const id of responses) expect({ id, kept: ids.has(id) || journal.some((d) => d.includes(id)) }).toEqual({ id, kept: true });
}

describe('Commandes edited by hand between submissions', () => {
  test.each([
    { edit: 'sorted by e-mail, descending', apply: (d: CabasDriver) => orders(d).sort(column(d, 'E-mail'), false) },
    { edit: 'sorted by product', apply: (d: CabasDriver) => orders(d).sort(column(d, 'Produit')) },
    { edit: 'filtered on one site', apply: (d: CabasDriver) => { orders(d).getDataRange().createFilter(); } },
    { edit: 'a comment typed in by the coordinator', apply: (d: CabasDriver) => orders(d).getRange(2, column(d, 'Commentaire')).setValue('appelé le 3/12') },
    { edit: 'a blank row inserted at the top', apply: (d: CabasDriver) => { orders(d).insertRowBefore(2); } },
  ])('$edit: a later edit replaces exactly the member’s own lines', ({ apply }) => {
    const driver = openGroup();
    const alice = driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    const bruno = driver.submit('bruno@example.org', { 'LEG-TOM': 1, 'LEG-PAN': 1 }, { site: MONCLAR, at: at(2) });
    apply(driver);
    driver.edit(alice, { 'LEG-TOM': 3 }, { site: MONCLAR, at: at(3) });
    const chloe = driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: at(4) });
    const live = liveLines(driver).filter((r) => r['E-mail']).map((r) => `${r['E-mail']} ${r['Réf']} ${r['Quantité']}`).sort();
    expect(live).toEqual(['alice@example.org LEG-TOM 3', 'bruno@example.org LEG-PAN 1', 'bruno@example.org LEG-TOM 1', 'chloe@example.org LEG-TOM 1']);
    closeAndDeliver(driver);
    expect(failedExecutions(driver)).toEqual([]);
    nothingLost(driver, [alice, bruno, chloe]);
    const tomatoes = liveLines(driver).filter((r) => r['Réf'] === 'LEG-TOM').reduce((n, r) => n + Number(r['Attribué'] || 0), 0);
    expect(tomatoes).toBe(5);
  });
});

describe('tabs, columns and questions changed by hand', () => {
  test('Commandes renamed and renamed back: a submission in between is refused with the repair and journaled whole, none lost', () => {
    const driver = openGroup();
    const ids = [driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: at(1) })];
    orders(driver).setName('Commandes (old)');
    ids.push(driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: at(2) }));
    driver.gas.spreadsheet().getSheetByName('Commandes (old)')!.setName('Commandes');
    ids.push(driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: at(3) }));
    nothingLost(driver, ids);
    expect(liveLines(driver).map((r) => r['E-mail'])).toEqual(expect.arrayContaining(['alice@example.org', 'chloe@example.org']));
    for (const who of ['alice', 'chloe']) expect(driver.gas.mail.sent.some((m) => m.to === `${who}@example.org`)).toBe(true);
    // Bruno's answer met no Commandes tab: the execution fails (Google e-mails the owner) and the
    // Journal says how to repair and holds his whole submission, to replay by hand.
    const error = tabRows(driver, 'Journal').find((r) => r['Niveau'] === 'erreur' && r['Qui'] === 'bruno@example.org')!;
    expect(String(error['Détail'])).toMatch(/introuvable.*Installer ou mettre à jour/);
    expect(String(error['Détail'])).toContain(`"responseId":"${ids[1]}"`);
    expect(failedExecutions(driver)).toEqual([expect.stringMatching(/^onFormSubmitTrigger: L’onglet Commandes est introuvable/)]);
  });

  test('a column of Commandes moved to the end: found by its header, every line complete', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    const sheet = orders(driver);
    const from = column(driver, 'Quantité');
    const values = sheet.getRange(1, from, sheet.getLastRow(), 1).getValues();
    const last = sheet.getLastColumn();
    sheet.getRange(1, last + 1, values.length, 1).setValues(values);
    sheet.deleteColumn(from);
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: at(2) });
    closeAndDeliver(driver);
    expect(failedExecutions(driver)).toEqual([]);
    expect(liveLines(driver).map((r) => [r['E-mail'], r['Quantité'], r['Attribué']])).toEqual([['alice@example.org', 2, 2], ['bruno@example.org', 1, 1]]);
  });

  test('a form question deleted by hand: the other answers are taken, no trigger fails', () => {
    const driver = openGroup();
    const { formId, items } = driver.state();
    const form = driver.gas.forms.form(formId)!;
    form.deleteItem(form.getItemById(items['LEG-PAN'])!);
    const id = driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    expect(failedExecutions(driver)).toEqual([]);
    expect(liveLines(driver).map((r) => [r['Réponse'], r['Réf']])).toEqual([[id, 'LEG-TOM']]);
  });
});

// Found by probing (a coordinator "tidying" Commandes while the cycle was open): the close read
// Commandes alone, so members whose rows were deleted or cleared by hand, though confirmed, were
// left out of the producer's order, the pickup sheet and the summaries, and nothing said so. Now
// the close writes their lines back from the order their submission recorded, with a Journal line.
describe('Commandes rows deleted or cleared by hand while the cycle is open', () => {
  const sheetOf = (d: CabasDriver) => orders(d);
  test.each([
    { edit: 'every order row cleared (contents)', restored: ['alice', 'bruno'], apply: (d: CabasDriver) => { const s = sheetOf(d); s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn()).clearContent(); } },
    { edit: 'every order row deleted', restored: ['alice', 'bruno'], apply: (d: CabasDriver) => { const s = sheetOf(d); s.deleteRows(2, s.getLastRow() - 1); } },
    { edit: 'one member’s row deleted', restored: ['alice'], apply: (d: CabasDriver) => { sheetOf(d).deleteRow(2); } },
  ])('$edit: the close writes the confirmed lines back and says so', ({ apply, restored }) => {
    const driver = openGroup();
    const ids = [
      driver.submit('alice@example.org', { 'LEG-TOM': 2, 'LEG-PAN': 1 }, { site: MONCLAR, at: at(1) }),
      driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: at(2) }),
    ];
    apply(driver);
    ids.push(driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: at(3) }));
    closeAndDeliver(driver);
    expect(failedExecutions(driver)).toEqual([]);
    expect(liveLines(driver).map((r) => `${r['E-mail']} ${r['Réf']} ${r['Quantité']} ${r['Attribué']} ${r['Réponse']}`).sort()).toEqual([
      `alice@example.org LEG-PAN 1 1 ${ids[0]}`, `alice@example.org LEG-TOM 2 2 ${ids[0]}`, `bruno@example.org LEG-TOM 1 1 ${ids[1]}`, `chloe@example.org LEG-TOM 1 1 ${ids[2]}`,
    ]);
    // Everyone confirmed gets a summary, and the farm's order counts all of them.
    expect(driver.gas.mail.sent.filter((m) => /commande définitive/i.test(m.subject)).map((m) => m.to).sort()).toEqual(['alice@example.org', 'bruno@example.org', 'chloe@example.org']);
    const farm = driver.gas.mail.sent.find((m) => m.to === 'ruisseau@example.org')!.body;
    expect(farm).toMatch(/Tomates anciennes\s+kg\s+4\b/);
    const warnings = tabRows(driver, 'Journal').filter((r) => r['Événement'] === 'Lignes de commande rétablies');
    expect(warnings.map((r) => r['Qui'])).toEqual(restored.map((n) => `${n}@example.org`));
    expect(String(warnings[0]['Détail'])).toMatch(/avaient disparu de Commandes .* rétablies depuis sa réponse enregistrée/);
  });

  test('a quantity changed by hand is taken as it is, and nothing is written back', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    orders(driver).getRange(2, column(driver, 'Quantité')).setValue(1);
    closeAndDeliver(driver);
    expect(liveLines(driver).map((r) => `${r['E-mail']} ${r['Quantité']} ${r['Attribué']}`)).toEqual(['alice@example.org 1 1']);
    expect(tabRows(driver, 'Journal').filter((r) => r['Événement'] === 'Lignes de commande rétablies')).toEqual([]);
  });

  test('the whole tab cleared: answers fail loudly until « Installer ou mettre à jour », then the close writes the lines back', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    orders(driver).clear();
    driver.run('installCabas');
    closeAndDeliver(driver);
    expect(failedExecutions(driver)).toEqual([]);
    expect(liveLines(driver).map((r) => `${r['E-mail']} ${r['Quantité']} ${r['Attribué']}`)).toEqual(['alice@example.org 2 2']);
  });
});
