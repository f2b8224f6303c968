import { frenchTypography as fr } from '../../src/core/i18n/typography';
// Issue: set up a group's workbook and check its configuration — end to end on dist/Code.js.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { settingsSheet, tableSheet, workbookSnapshot } from '../../src/cli/workbook-snapshot';
import { OPEN_AT, twoSitesSmallGroup } from './fixtures/two-sites-small-group';

const emptySpreadsheet = { name: 'Nouveau groupe', timeZone: 'Europe/Paris', locale: 'fr_FR' };

describe('the Cabas menu', () => {
  test.each([
    { locale: 'fr', items: ['Installer ou mettre à jour', fr("Installer avec le groupe d'exemple"), 'separator', 'Vérifier la configuration', fr("Vérifier l'installation"), 'separator', 'Ouvrir un cycle', 'Clôturer maintenant'] },
    { locale: 'en', items: ['Install or update', 'Install with the sample group', 'separator', 'Check configuration', 'Check the installation', 'separator', 'Open a cycle', 'Close now'] },
  ])('opens with the spreadsheet, in $locale: the two ways to install and « À propos » first, everything once installed', ({ locale, items }) => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: { ...emptySpreadsheet, locale: locale === 'en' ? 'en_GB' : 'fr_FR' } });
    driver.openSpreadsheet();
    expect(driver.menuCaptions()).toEqual([items[0], items[1], 'separator', locale === 'en' ? 'About' : 'À propos']);
    driver.install(false);
    driver.openSpreadsheet();
    const menu = driver.gas.ui.menus.find((m) => m.caption === 'Cabas')!;
    const captions = menu.items.map((i) => (i === 'separator' ? i : i.caption));
    expect(captions.slice(0, items.length)).toEqual(items);
    for (const item of menu.items) if (item !== 'separator') expect(typeof (item as { functionName?: string }).functionName).toBe('string');
  });
});

describe('installing', () => {
  test('creates every tab with its headers, notes, formats and frozen header row', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: emptySpreadsheet });
    driver.install(false);
    const names = driver.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Paramètres', 'Lieux', 'Adhérents', 'Producteurs', 'Produits', 'Cycles', 'Permanences', 'Commandes', 'Envois', 'Journal']));
    const products = driver.sheet('Produits');
    expect(products.values[0]).toEqual(['Réf', 'Producteur', 'Produit', 'Description', 'Unité', 'Prix', 'Pas', 'Colis', 'Max par adhérent', 'Stock', 'Disponible']);
    expect(products.frozenRows).toBe(1);
    expect(products.notes[0].every((n) => n.length > 0)).toBe(true);
    expect(driver.rows('Paramètres').map((r) => r['Paramètre'])).toEqual(expect.arrayContaining(['Nom du groupement', 'E-mail de coordination', 'Langue', 'Fuseau horaire']));
  });

  test('twice gives an identical workbook', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: emptySpreadsheet });
    driver.install(true);
    const first = driver.snapshot();
    driver.install(true);
    expect(driver.snapshot()).toEqual(first);
  });

  test('keeps shuffled columns and a coordinator’s own column, and adds what is missing', () => {
    const shuffled = workbookSnapshot([
      settingsSheet([['Nom du groupement', 'GAC test'], ['E-mail de coordination', 'coordination@example.org']]),
      tableSheet('members', [{ email: 'a@example.org', name: 'Ana', site: 'Bourg', active: 'oui' }], 'fr', ['name', 'email', 'site', 'active']),
    ]);
    shuffled.sheets[1].values[0].push('Allergies');
    shuffled.sheets[1].values[1].push('noix');
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: shuffled });
    driver.install(false);
    const members = driver.sheet('Adhérents').values;
    expect(members[0].slice(0, 5)).toEqual(['Nom', 'E-mail', 'Lieu', 'Actif', 'Allergies']);
    expect(members[0].slice(5)).toEqual(['Téléphone', 'Notes', 'Tarif', 'Anciennement']);
    expect(members[1].slice(0, 5)).toEqual(['Ana', 'a@example.org', 'Bourg', 'oui', 'noix']);
  });
});

describe('the sample group asked for in a workbook that already holds a group', () => {
  // Found by probing: « Installer avec le groupe d'exemple » clicked in a real group's workbook added
  // the sample's rows to whichever tab was still empty (here Permanences: invented volunteers), left
  // the group out of trial mode, and said « installé, en mode essai : aucun e-mail ne part aux
  // adhérents », while every e-mail still went to them.
  test('adds none of it, switches nothing to trial mode, and says so', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup(), userEmail: 'benevole@gmail.com' });
    driver.install(false);
    const before = driver.snapshot().sheets.map((s) => [s.name, s.values]);
    driver.gas.runMenu('menuInstallSample');
    expect(driver.snapshot().sheets.map((s) => [s.name, s.values])).toEqual(before);
    expect(driver.rows('Paramètres').find((r) => r['Paramètre'] === 'Mode essai')?.['Valeur']).toBe('non');
    expect(driver.gas.ui.alerts.at(-1)?.message).toMatch(/^Ce classeur contient déjà un groupement .* le groupe d’exemple n’y est pas ajouté, et rien n’est passé en mode essai/);
  });

  test('an empty workbook still gets it, in trial mode', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: emptySpreadsheet, userEmail: 'benevole@gmail.com' });
    driver.gas.runMenu('menuInstallSample');
    expect(driver.rows('Adhérents').length).toBeGreaterThan(10);
    expect(driver.rows('Paramètres').find((r) => r['Paramètre'] === 'Mode essai')?.['Valeur']).toBe('oui');
    expect(driver.gas.ui.alerts.at(-1)?.message).toMatch(/^Le groupe d’exemple est installé, en mode essai/);
  });
});

describe('checking the configuration', () => {
  test('reports each problem at its cell, journals it, and blocks opening a cycle', () => {
    const snapshot = twoSitesSmallGroup();
    const products = snapshot.sheets.find((s) => s.name === 'Produits')!;
    products.values[2][5] = '3,5O'; // LEG-PAN's price, row 3, column F
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: snapshot });
    driver.install(false);
    const report = driver.run<{ errors: number; messages: string[] }>('checkConfigurationReport');
    expect(report.errors).toBe(1);
    expect(report.messages).toEqual(['Produits!F3\u00a0: «\u00a03,5O\u00a0» n’est pas un prix']);
    expect(driver.rows('Journal').map((r) => r['Détail'])).toContain('Produits!F3\u00a0: «\u00a03,5O\u00a0» n’est pas un prix');
    const opened = driver.open({ deadline: '10/12/2026 20:00' });
    expect(opened.ok).toBe(false);
    expect(opened.messages).toContain('Produits!F3\u00a0: «\u00a03,5O\u00a0» n’est pas un prix');
  });

  test('reads each configuration tab once, whatever its size', () => {
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: twoSitesSmallGroup() });
    driver.install(false);
    driver.run('checkConfigurationReport');
    const check = driver.gas.executions.at(-1)!;
    // Paramètres, Lieux, Adhérents, Producteurs, Produits, Permanences: one getValues each; the Journal
    // header; and Cycles twice: once to tell "no cycle yet" from a lost `_cabas` (adapters/state-store.ts),
    // once for the check's own `cycles.*` messages.
    expect(check.counts.byMethod['Range.getValues']).toBe(9);
  });
});
