// The tabs the close generates (one per producer, one per site, the recap) can never be one of
// the workbook's own tabs, whatever a producer or a site is called: their names carry a reserved
// prefix no contract tab has, and the close rewrites only a tab it made itself.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import type { CellValue, SpreadsheetSnapshot } from '../../src/local-apps-script/spreadsheet/snapshot';
import {
  DAY, DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, failedExecutions, liveLines, openGroup, tabRows, tabValues, twoSitesSmallGroup,
} from './support/reliability-group';
import { CabasDriver as Driver } from '../../src/cli/cabas-driver';
import { FULL_RELIABILITY } from './support/kill-points';

const at = (h: number) => OPEN_AT + h * HOUR;
const PREFIX = '▸ ';
const CONTRACT_TABS = ['Paramètres', 'Lieux', 'Adhérents', 'Producteurs', 'Produits', 'Cycles', 'Permanences', 'Commandes', 'Paiements', 'Envois', 'Journal', '_cabas'];

/** The small group with the producer `Ferme du Ruisseau` (and its products) renamed. */
function withProducerNamed(name: string): SpreadsheetSnapshot {
  const snapshot = twoSitesSmallGroup();
  for (const tab of ['Producteurs', 'Produits']) {
    const sheet = snapshot.sheets.find((s) => s.name === tab)!;
    for (const row of sheet.values) row.forEach((v, i) => { if (v === 'Ferme du Ruisseau') row[i] = name; });
  }
  return snapshot;
}

/** The header row of every contract tab, as the host sees it. */
function contractHeaders(driver: CabasDriver): Record<string, CellValue[]> {
  return Object.fromEntries(CONTRACT_TABS.filter((t) => t !== '_cabas').map((t) => [t, tabValues(driver, t)[0]]));
}

/** Every name a producer could take from Cabas's own tabs: French and English, any case, spaces, accents, the prefix. */
const TAB_NAMES = [
  'Commandes', 'commandes', ' COMMANDES ', 'Adhérents', 'adherents', 'Paramètres', 'Parametres', 'Journal', 'Envois',
  'Produits', 'Producteurs', 'Lieux', 'Cycles', 'Permanences', '_cabas', 'Orders', 'Members', 'Settings', 'Outbox', 'Log',
  'Récap', 'Recap', 'Distribution Septfonds', '▸ Commandes', '▸ Récap',
];
// `npm test` closes a cycle for one name of each kind (a contract tab as written, in another case
// with spaces, without its accent, in English, the hidden state, a generated tab's name, with the
// prefix); `npm run test:reliability` for every one.
const SAMPLE = ['Commandes', ' COMMANDES ', 'adherents', 'Orders', '_cabas', 'Récap', 'Distribution Septfonds', '▸ Commandes', '▸ Récap'];

describe('a producer named like one of Cabas’s tabs', () => {
  test.each(FULL_RELIABILITY ? TAB_NAMES : SAMPLE)('%j: the close leaves every contract tab whole and writes the producer’s own tab', (name) => {
    const driver = openGroup({ snapshot: withProducerNamed(name) });
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    driver.submit('chloe@example.org', { 'LEG-TOM': 1, 'HUI-NOI': 6 }, { site: SEPTFONDS, at: at(2) });
    const headers = contractHeaders(driver);
    closeAndDeliver(driver);
    expect(failedExecutions(driver)).toEqual([]);
    expect(contractHeaders(driver)).toEqual(headers);
    const allocated = liveLines(driver).map((r) => `${r['E-mail']} ${r['Réf']} ${r['Attribué']}`).sort();
    expect(allocated).toEqual(['alice@example.org LEG-TOM 2', 'chloe@example.org HUI-NOI 6', 'chloe@example.org LEG-TOM 1']);
    const names = driver.gas.spreadsheet().sheets.map((s) => s.name);
    const generated = names.filter((n) => !CONTRACT_TABS.includes(n));
    expect(generated.every((n) => n.startsWith(PREFIX))).toBe(true);
    // A producer's tab opens with "<producer> — <cycle>": the other producer's tab gives the cycle's words.
    const title = (tab: string) => String(tabValues(driver, tab)[0]?.[0] ?? '');
    const cycle = title(`${PREFIX}Huilerie des Noyers`).replace(/^Huilerie des Noyers — /, '');
    expect(generated.filter((n) => title(n) === `${name.trim()} — ${cycle}`)).toHaveLength(1);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'ruisseau@example.org')).toHaveLength(1);
  });
});

describe('a tab of the coordinator’s under a generated tab’s name', () => {
  test('is never replaced: the close stops and says which tab to rename', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    const mine = driver.gas.spreadsheet().insertSheet(`${PREFIX}ferme du ruisseau`);
    mine.getRange(1, 1).setValue('mes notes');
    closeAndDeliver(driver);
    expect(tabValues(driver, `${PREFIX}ferme du ruisseau`)).toEqual([['mes notes']]);
    const journaled = tabRows(driver, 'Journal').map((r) => String(r['Détail']));
    expect(journaled.filter((d) => d.includes(`${PREFIX}ferme du ruisseau`) && d.includes('Renommez-le') && d.includes('Clôturer maintenant'))).toHaveLength(1);
    // Said once, not retried: the same refusal every quarter of an hour for three days was some
    // 300 failed closes, each against the day's trigger runtime.
    expect(failedExecutions(driver)).toHaveLength(1);
    expect(driver.gas.triggers.list().filter((t) => t.handler === 'onResumeCloseTrigger')).toEqual([]);
    // Renamed by its owner, the close goes through from the menu, and the producer's order leaves.
    mine.setName('mes notes');
    driver.run('closeCycleNow', { silent: true });
    driver.gas.advanceTo(DEADLINE_MS + 4 * DAY);
    expect(tabValues(driver, 'mes notes')).toEqual([['mes notes']]);
    const made = driver.gas.spreadsheet().getSheets().find((sh) => sh.getName().toLowerCase() === `${PREFIX}ferme du ruisseau`)!;
    expect(made.getLastRow()).toBeGreaterThan(1);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'ruisseau@example.org')).toHaveLength(1);
    expect(failedExecutions(driver)).toHaveLength(1);
  });
});

describe('a tab renamed by hand to the live « ▸ Récap »’s name while the real one was renamed away', () => {
  // Found by random-faults.test.ts (seed 20261210): each answer refreshed the live Récap by its name,
  // so the Journal renamed `▸ Récap` for the length of an answer was overwritten by the recap rows
  // (its lines and its header gone). A submission refreshes only the tab Cabas made, known by its id.
  test.each([
    { tab: 'Journal', header: 'Date' },
    { tab: 'Adhérents', header: 'E-mail' },
  ])('$tab keeps its rows; the answer is taken; the next answer makes the live Récap again', ({ tab, header }) => {
    const driver = openGroup();
    const spreadsheet = driver.gas.spreadsheet();
    spreadsheet.getSheetByName(`${PREFIX}Récap`)!.setName('Récap de Marie');
    const before = tabValues(driver, tab);
    spreadsheet.getSheetByName(tab)!.setName(`${PREFIX}Récap`);
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    spreadsheet.getSheetByName(`${PREFIX}Récap`)!.setName(tab);
    expect(tabValues(driver, tab)).toEqual(before);
    expect(tabValues(driver, tab)[0]).toContain(header);
    expect(failedExecutions(driver)).toEqual([]);
    expect(liveLines(driver).filter((l) => l['E-mail'] === 'alice@example.org')).toHaveLength(1);
    // The next answer finds no live Récap of Cabas's under its name: it makes one again, which counts both orders.
    driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: at(2) });
    expect(tabValues(driver, `${PREFIX}Récap`)[0]).toContain('2 foyers ont commandé');
    expect(tabValues(driver, 'Récap de Marie')[0]).toContain('Aucun foyer n’a encore commandé'); // as the opening left it
    closeAndDeliver(driver);
    expect(failedExecutions(driver)).toEqual([]);
    expect(tabValues(driver, tab)[0]).toContain(header);
  });
});

describe('an empty tab under a generated tab’s name', () => {
  // What an execution killed between creating a tab and marking it leaves: nothing to lose there.
  test('is taken and written, with the mark that makes it Cabas’s', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 2 }, { site: MONCLAR, at: at(1) });
    driver.gas.spreadsheet().insertSheet(`${PREFIX}Ferme du Ruisseau`);
    closeAndDeliver(driver);
    expect(failedExecutions(driver)).toEqual([]);
    expect(String(tabValues(driver, `${PREFIX}Ferme du Ruisseau`)[0][0])).toMatch(/^Ferme du Ruisseau — /);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'ruisseau@example.org')).toHaveLength(1);
  });
});

describe('« Vérifier la configuration »', () => {
  test.each([
    { what: 'a producer named Commandes', tab: 'Producteurs', value: 'Commandes', cell: 'Producteurs!A2', renames: ['Produits'], warned: 1 },
    { what: 'a producer named adherents', tab: 'Producteurs', value: 'adherents', cell: 'Producteurs!A2', renames: ['Produits'], warned: 1 },
    { what: 'a producer named _cabas', tab: 'Producteurs', value: '_cabas', cell: 'Producteurs!A2', renames: ['Produits'], warned: 1 },
    { what: 'a producer named Recap', tab: 'Producteurs', value: 'Recap', cell: 'Producteurs!A2', renames: ['Produits'], warned: 1 },
    // A site's tab is `▸ Distribution <site>`: it reads as no tab of Cabas's, whatever the site.
    { what: 'a site named Orders', tab: 'Lieux', value: 'Orders', cell: 'Lieux!A3', renames: ['Adhérents'], warned: 0 },
  ])('$what: $warned warning at the cell', ({ tab, value, cell, renames, warned }) => {
    const snapshot = twoSitesSmallGroup();
    const sheet = snapshot.sheets.find((s) => s.name === tab)!;
    const old = String(tab === 'Lieux' ? sheet.values[2][0] : sheet.values[1][0]);
    for (const t of [tab, ...renames]) {
      for (const row of snapshot.sheets.find((s) => s.name === t)!.values) row.forEach((v, i) => { if (v === old) row[i] = value; });
    }
    const driver = new Driver({ now: OPEN_AT, spreadsheet: snapshot });
    driver.install(false);
    const report = driver.run<{ errors: number; warnings: number; messages: string[] }>('checkConfigurationReport');
    expect(report.errors).toBe(0);
    expect(report.messages.filter((m) => m.startsWith(cell))).toHaveLength(warned);
    if (warned) expect(report.messages.find((m) => m.startsWith(cell))).toContain(`«\u00a0${PREFIX}${value}\u00a0»`);
  });

  test('says nothing of ordinary names', () => {
    const driver = new Driver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup() });
    driver.install(false);
    expect(driver.run<{ messages: string[] }>('checkConfigurationReport').messages).toEqual([]);
  });
});
