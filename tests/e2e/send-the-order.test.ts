// « Envoyer la commande » after the coordinator corrected `Attribué`, and the counts of a close with
// a producer below its minimum. What « Envoyer la commande » makes replaces what
// the close before it made. Found by probing: a producer held below its minimum declined, every
// line was set to 0, and the pickup sheet still handed Chloé 6 bottles for 75 €, the producer's tab
// still asked for 12.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, openGroup, setCell, setSetting, tabValues, twoSitesSmallGroup } from '../reliability/support/reliability-group';

function setAllocated(driver: CabasDriver, email: string, ref: string, value: number): void {
  const sheet = driver.gas.spreadsheet().getSheetByName('Commandes')!;
  const values = sheet.getDataRange().getValues();
  const [header] = values;
  const row = values.findIndex((r) => r[header.indexOf('E-mail')] === email && r[header.indexOf('Réf')] === ref && r[header.indexOf('Statut')] !== 'remplacé');
  sheet.getRange(row + 1, header.indexOf('Attribué') + 1).setValue(value);
}

/** The oil mill asks 200 € at least; Alice orders tomatoes and 6 bottles, Chloé 6 bottles only; the cycle is closed. */
function belowMinimum(policy: 'annuler' | 'suspendre'): CabasDriver {
  const snapshot = twoSitesSmallGroup();
  setSetting(snapshot, 'Minimum producteur', policy);
  const producers = snapshot.sheets.find((s) => s.name === 'Producteurs')!;
  setCell(snapshot, 'Producteurs', producers.values.findIndex((r) => r[0] === 'Huilerie des Noyers'), 'Minimum de commande', 200);
  const driver = openGroup({ snapshot });
  driver.submit('alice@example.org', { 'LEG-TOM': '1,5', 'HUI-NOI': 6 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  driver.submit('chloe@example.org', { 'HUI-NOI': 6 }, { site: SEPTFONDS, at: OPEN_AT + 2 * HOUR });
  closeAndDeliver(driver);
  return driver;
}

describe('« Envoyer la commande » after a producer held below its minimum declines', () => {
  const driver = belowMinimum('suspendre');
  const names = () => driver.gas.spreadsheet().getSheets().map((s) => s.getName());
  const before = names();
  setAllocated(driver, 'chloe@example.org', 'HUI-NOI', 0);
  setAllocated(driver, 'alice@example.org', 'HUI-NOI', 0);
  const report = driver.run<{ ok: boolean }>('closeCycleNow', { finalize: true, silent: true });

  test('the held close had made the producer’s tab and a pickup sheet for Septfonds', () => {
    expect(before).toEqual(expect.arrayContaining(['▸ Huilerie des Noyers', '▸ Distribution Septfonds']));
  });

  test('the tabs of a producer and a site left with nothing are gone; the others are made again', () => {
    expect(report.ok).toBe(true);
    expect(names()).not.toContain('▸ Huilerie des Noyers');
    expect(names()).not.toContain('▸ Distribution Septfonds');
    expect(tabValues(driver, '▸ Distribution Monclar-de-Querc').map((r) => r[0])).toContain('Alice Martin');
    expect(JSON.stringify(tabValues(driver, '▸ Distribution Monclar-de-Querc'))).not.toContain('Huile');
    expect(failedExecutions(driver)).toEqual([]);
  });

  // Found by probing: the summaries read « Huile de noix 0 bouteille | 0 bouteille » with no why.
  test('each summary says what the member ordered and that the coordination set what they receive', () => {
    driver.gas.advanceBy(2 * HOUR);
    const summary = (to: string) => driver.gas.mail.sent.filter((m) => m.to === to && /définitive/.test(m.subject)).pop()!.body.replace(/[\u00a0\u202f]/g, ' ');
    for (const to of ['alice@example.org', 'chloe@example.org']) {
      expect(summary(to)).toContain('Huile de noix : 0 bouteille au lieu de 6 bouteilles, la quantité revue par la coordination avant l’envoi de la commande.');
    }
    expect(summary('alice@example.org')).toMatch(/Huile de noix\s+6 bouteilles\s+0 bouteille/);
  });

  test('sent again, it deletes nothing more and changes nothing', () => {
    const now = names();
    expect(driver.run<{ ok: boolean }>('closeCycleNow', { finalize: true, silent: true }).ok).toBe(true);
    expect(names()).toEqual(now);
  });
});

// Found by probing: a producer cancelled for its minimum took a household's whole order with it;
// the digest and the Journal then said « 1 foyer a commandé », the Récap « Foyers qui ont commandé : 2 ».
describe('a household whose whole order is cancelled with a producer below its minimum', () => {
  test('is counted alike by the Récap, the digest and the Journal', () => {
    const driver = belowMinimum('annuler');
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(tabValues(driver, '▸ Récap').map((r) => plain(String(r[0])))).toContain('Foyers qui ont commandé : 2');
    const digest = plain(driver.gas.mail.sent.find((m) => /Bilan de la clôture/.test(m.subject))!.body);
    expect(digest).toContain('2 foyers ont commandé');
    expect(tabValues(driver, 'Journal').map((r) => plain(String(r[4])))).toContainEqual(expect.stringMatching(/clôturée : 2 foyers ont commandé auprès de 2 producteurs/));
  });
});

// Found by probing: « abc » typed in Attribué was read as 0, the line cancelled, and the order went
// out with 0 cases of a product sold by the case, without a word. Now nothing is sent, and the cells are named.
describe('« Envoyer la commande » with an « Attribué » cell that is no quantity', () => {
  test.each([
    { typed: 'abc', shown: '« abc »' },
    { typed: -1, shown: '« -1 »' },
  ])('refuses $typed, names the cell and sends nothing; fixed, it sends', ({ typed, shown }) => {
    const driver = belowMinimum('suspendre');
    const sheet = driver.gas.spreadsheet().getSheetByName('Commandes')!;
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((r) => r[2] === 'chloe@example.org' && r[6] === 'HUI-NOI' && r[14] !== 'remplacé');
    sheet.getRange(row + 1, values[0].indexOf('Attribué') + 1).setValue(typed);
    const sent = driver.gas.mail.sent.length;
    const status = () => driver.state().catalog.cycle.status;
    const refused = driver.run<{ ok: boolean; message: string }>('closeCycleNow', { finalize: true, silent: true });
    expect(refused.ok).toBe(false);
    expect(refused.message.replace(/[\u00a0\u202f]/g, ' ')).toBe(`Rien n'a été envoyé : « Attribué » doit être une quantité (un nombre, 0 pour ne rien donner, vide pour la quantité commandée), et cette cellule n’en est pas : Commandes!K${row + 1} (${shown}). Corrigez, puis choisissez à nouveau « Envoyer la commande ».`.replace(/'/g, '’'));
    driver.gas.advanceBy(3 * HOUR);
    expect(driver.gas.mail.sent.length).toBe(sent);
    expect(status()).toBe('closed');
    expect(driver.gas.triggers.list().filter((t) => t.handler === 'onResumeCloseTrigger')).toEqual([]);
    sheet.getRange(row + 1, values[0].indexOf('Attribué') + 1).setValue(0);
    expect(driver.run<{ ok: boolean }>('closeCycleNow', { finalize: true, silent: true }).ok).toBe(true);
    expect(status()).toBe('sent');
  });
});
