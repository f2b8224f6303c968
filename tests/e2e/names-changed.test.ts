// A name corrected in the reference tabs while money is owed or an order is on its way: a producer
// renamed (in Producteurs and Produits) and its address corrected while the cycle is open; a
// household's name and site corrected after it ordered. Found by probing: the order went to the
// farm's old address without a word, and the household was greeted and listed under its old name.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, openGroup, tabValues } from '../reliability/support/reliability-group';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Replaces every cell equal to `from` by `to` in a column of a tab, as a coordinator types it; returns how many. */
function retype(driver: CabasDriver, tab: string, header: string, from: string, to: string): number {
  const sheet = driver.gas.spreadsheet().getSheetByName(tab)!;
  const values = sheet.getDataRange().getValues();
  const c = values[0].indexOf(header);
  let n = 0;
  values.forEach((r, i) => {
    if (i > 0 && r[c] === from) {
      sheet.getRange(i + 1, c + 1).setValue(to);
      n += 1;
    }
  });
  return n;
}

const mails = (driver: CabasDriver, to: string, subject: string) => driver.gas.mail.sent.filter((m) => m.to === to && m.subject.includes(subject));
const journal = (driver: CabasDriver) => tabValues(driver, 'Journal').map((r) => plain(r.map((c) => String(c ?? '')).join(' | ')));

describe('a farm’s name and address corrected on its row while the cycle is open', () => {
  const driver = openGroup();
  driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  expect(retype(driver, 'Producteurs', 'Producteur', 'Ferme du Ruisseau', 'Ferme des Ruisseaux')).toBe(1);
  expect(retype(driver, 'Produits', 'Producteur', 'Ferme du Ruisseau', 'Ferme des Ruisseaux')).toBe(2);
  retype(driver, 'Producteurs', 'E-mail', 'ruisseau@example.org', 'ferme.ruisseaux@example.net');
  closeAndDeliver(driver);

  test('its order goes to the corrected address, and the Journal names both names', () => {
    expect(failedExecutions(driver)).toEqual([]);
    expect(mails(driver, 'ferme.ruisseaux@example.net', 'commande')).toHaveLength(1);
    expect(mails(driver, 'ruisseau@example.org', 'commande')).toHaveLength(0);
    expect(journal(driver).some((l) => l.includes('l’e-mail de « Ferme du Ruisseau » (désormais « Ferme des Ruisseaux ») (ferme.ruisseaux@example.net)'))).toBe(true);
  });
});

describe('a farm gone from Producteurs and Produits while the cycle is open', () => {
  test('keeps the opening’s address, and the Journal says so and what to do', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    retype(driver, 'Producteurs', 'Producteur', 'Ferme du Ruisseau', 'Ferme des Ruisseaux');
    closeAndDeliver(driver);
    expect(mails(driver, 'ruisseau@example.org', 'commande')).toHaveLength(1);
    expect(journal(driver).some((l) => l.includes('Producteur introuvable') && l.includes('« Ferme du Ruisseau » n’est plus dans Producteurs, ni sous un autre nom dans Produits'))).toBe(true);
  });
});

describe('a household’s name and site corrected in Adhérents after it ordered', () => {
  const driver = openGroup();
  driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
  closeAndDeliver(driver);
  retype(driver, 'Adhérents', 'Nom', 'Bruno Petit', 'Bruno Petitjean');
  const sheet = driver.gas.spreadsheet().getSheetByName('Adhérents')!;
  const values = sheet.getDataRange().getValues();
  sheet.getRange(values.findIndex((r) => r[0] === 'bruno@example.org') + 1, values[0].indexOf('Lieu') + 1).setValue(SEPTFONDS);
  driver.gas.advanceTo(Date.parse('2026-12-13T10:00:00+01:00'));
  const reminded = driver.run<{ queued: number }>('remindUnpaidNow');
  driver.gas.advanceTo(Date.parse('2026-12-13T12:00:00+01:00'));

  test('its payment reminder greets it by its name now', () => {
    expect(reminded).toMatchObject({ queued: 1 });
    expect(plain(mails(driver, 'bruno@example.org', 'rappel de paiement')[0].body)).toContain('Bonjour Bruno Petitjean');
  });

  test('▸ Soldes lists it under its name and site now', () => {
    expect(tabValues(driver, '▸ Soldes').filter((r) => r[1] === 'bruno@example.org').map((r) => [r[0], r[2]])).toEqual([['Bruno Petitjean', SEPTFONDS]]);
  });
});

describe('a farm’s name typo fixed between two cycles (Producteurs and Produits)', () => {
  const driver = openGroup();
  driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
  closeAndDeliver(driver);
  retype(driver, 'Producteurs', 'Producteur', 'Ferme du Ruisseau', 'Ferme des Ruisseaux');
  retype(driver, 'Produits', 'Producteur', 'Ferme du Ruisseau', 'Ferme des Ruisseaux');
  driver.gas.advanceTo(Date.parse('2026-12-13T09:00:00+01:00'));
  expect(driver.open({ deadline: '24/12/2026 20:00', pickup: '26/12/2026' })).toMatchObject({ ok: true });
  driver.submit('alice@example.org', { 'LEG-PAN': 2 }, { site: MONCLAR, at: Date.parse('2026-12-14T10:00:00+01:00') });
  closeAndDeliver(driver, Date.parse('2026-12-24T20:00:00+01:00'));
  driver.gas.advanceTo(Date.parse('2026-12-28T10:00:00+01:00'));
  driver.run('remindUnpaidNow');
  driver.gas.advanceTo(Date.parse('2026-12-28T12:00:00+01:00'));

  // Found by probing: the reminder had no « Vous pouvez régler … » at all.
  test('a reminder for what was bought under the old name still says how to pay the farm', () => {
    expect(plain(mails(driver, 'bruno@example.org', 'rappel de paiement')[0].body)).toMatch(/Ferme des Ruisseaux : Chèque/);
  });

  // Found by probing: « Montant par producteur » had the farm twice, and its pie two slices.
  test('« Faire le bilan » gives the farm one figure per cycle, under its name now', () => {
    driver.run('reviewNow', { from: '', to: '' });
    const values = tabValues(driver, '▸ Bilan');
    const at = values.findIndex((r) => r[0] === 'Montant par producteur sur la période');
    const farms = values.slice(at + 1).map((r) => String(r[0])).filter((name) => /Ferme d/.test(name));
    expect(farms.length).toBeGreaterThan(0);
    expect(new Set(farms)).toEqual(new Set(['Ferme des Ruisseaux']));
    expect(failedExecutions(driver)).toEqual([]);
  });
});
