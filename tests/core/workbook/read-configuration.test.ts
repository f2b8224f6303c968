import { frenchTypography } from '../../../src/core/i18n/typography';
import { readConfiguration, readCycles, PROBLEM_CODES } from '../../../src/core/workbook/read-configuration';
import { catalogue } from '../../../src/core/i18n';
import { zoneMismatch } from '../../../src/core/workbook/zone-mismatch';
import { renderProblem } from '../../../src/core/workbook/render-problem';
import { ledgerProblems } from '../../../src/core/payments/ledger-problems';
import type { Problem } from '../../../src/core/model';
import { englishWorkbook } from './fixtures/english-workbook';
import { priceTypo } from './fixtures/price-typo';
import { smallGroup, withCell, withRows, without, type Tabs } from './fixtures/small-group';

/** French typography in expected texts, written with plain spaces for readability. */
const fr = (text: string) => frenchTypography(text);

const emitted = new Set<string>();
const g = smallGroup;

describe('readConfiguration', () => {
  test('reads a valid small group with no problem', () => {
    const { config, problems, locale } = readConfiguration(g());
    expect(problems).toEqual([]);
    expect(locale).toBe('fr');
    expect(config?.settings).toEqual({
      groupName: 'GAC de Septfonds', coordinationEmail: 'coordination@example.org', locale: 'fr', timeZone: 'Europe/Paris',
      reminderHours: 24, casePolicy: 'automatic', minimumPolicy: 'cancel', autoSend: true, maxQuantity: 999, trial: false,
      tariffs: [], solidarityFloorCents: 0,
    });
    expect(config?.sites.map((s) => s.name)).toEqual(['Septfonds', 'Monclar-de-Quercy']);
    expect(config?.members.map((m) => [m.email, m.site, m.active, m.row])).toEqual([
      ['claire.delmas@example.org', 'Monclar-de-Quercy', true, 2],
      ['mathieu.lacombe@example.org', 'Septfonds', true, 3],
      ['gerard.maury@example.org', '', false, 4],
    ]);
    expect(config?.producers.map((p) => [p.name, p.minimumCents, p.shareNames, p.active])).toEqual([
      ['Les Jardins de la Lère', 8000, true, true],
      ['Rucher des Bories', 0, false, true],
    ]);
    expect(config?.products.map((p) => [p.ref, p.priceCents, p.step, p.caseSize, p.maxPerMember, p.stock, p.available])).toEqual([
      ['LEG-01', 220, 0.5, null, null, null, true],
      ['LEG-02', 300, 1, null, 2, 30, true],
      ['MIE-01', 800, 1, 6, null, null, true],
      ['MIE-02', 550, 1, null, null, null, false],
    ]);
    expect(config?.duties).toEqual([
      { date: Date.UTC(2026, 11, 10, 23), site: 'Septfonds', role: 'accueil', volunteer: 'mathieu.lacombe@example.org', row: 2 },
    ]);
  });

  test('reads an English workbook with shuffled columns, English words and its own extra column', () => {
    const { config, problems, locale } = readConfiguration(englishWorkbook());
    expect(problems).toEqual([]);
    expect(locale).toBe('en');
    expect(config?.settings).toMatchObject({
      coordinationEmail: 'coordination@example.org', locale: 'en', casePolicy: 'manual', minimumPolicy: 'hold', autoSend: false,
      timeZone: 'Europe/Paris', reminderHours: 24,
    });
    expect(config?.members[0]).toMatchObject({ email: 'nadia.benali@example.org', site: 'Septfonds', active: true, phone: '' });
    expect(config?.producers[0]).toMatchObject({ minimumCents: 4000, shareNames: true });
    expect(config?.products[0]).toMatchObject({ ref: 'MIE-02', priceCents: 700, caseSize: 6, unit: '500 g jar' });
    expect(config?.duties).toEqual([]);
  });

  test('falls back to French messages when the language setting is unreadable', () => {
    expect(readConfiguration(withCell(g(), 'settings', 4, 2, 'de')).locale).toBe('fr');
  });

  test('keeps the configuration when there are only warnings', () => {
    const { config, problems } = readConfiguration(withRows(g(), 'settings', [['Couleur', 'vert', '']]));
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(config).not.toBeNull();
  });

  test('reports the design example at its cell and gives no configuration', () => {
    const { config, problems } = readConfiguration(priceTypo());
    expect(config).toBeNull();
    expect(problems).toEqual([
      { code: 'catalog.bad-price', severity: 'error', place: { tab: 'Produits', row: 7, column: 6 }, params: { value: '3,5O' } },
    ]);
    expect(renderProblem(problems[0], 'fr')).toBe(fr("Produits!F7 : « 3,5O » n’est pas un prix"));
    expect(renderProblem(problems[0], 'en')).toBe('Produits!F7: "3,5O" is not a price');
    emitted.add('catalog.bad-price');
  });

  test('does not mutate the tabs it reads', () => {
    const tabs = priceTypo();
    const before = JSON.stringify(tabs);
    readConfiguration(tabs);
    expect(JSON.stringify(tabs)).toBe(before);
  });

  type Case = { scenario: string; tabs: Tabs; code: string; severity: 'error' | 'warning'; fr: string; en: string };
  const cases: Case[] = [
    { scenario: 'a missing products tab', tabs: without(g(), 'products'), code: 'workbook.missing-tab', severity: 'error',
      fr: 'L’onglet « Produits » est introuvable. Menu Cabas > « Installer ou mettre à jour » le recrée.',
      en: 'The tab "Produits" is missing. Cabas menu > “Install or update” creates it again.' },
    { scenario: 'a renamed price header', tabs: withCell(g(), 'products', 1, 6, 'Tarif'), code: 'workbook.missing-column', severity: 'error',
      fr: 'Produits : la colonne « Prix » manque. Ajoutez-la (l’en-tête suffit) ou lancez Menu Cabas > « Installer ou mettre à jour ».',
      en: 'Produits: the column "Prix" is missing. Add it (the header is enough) or run Cabas menu > “Install or update”.' },
    { scenario: 'a price column typed twice', tabs: withCell(g(), 'products', 1, 12, ' prix '), code: 'workbook.duplicate-column', severity: 'warning',
      fr: 'Produits!L1 : la colonne « prix » apparaît deux fois ; seule la première est lue.',
      en: 'Produits!L1: the column "prix" appears twice; only the first one is read.' },
    { scenario: 'an empty group name', tabs: withCell(g(), 'settings', 2, 2, ' '), code: 'settings.missing-group-name', severity: 'error',
      fr: 'Paramètres!B2 : indiquez le nom du groupement.', en: 'Paramètres!B2: enter the group name.' },
    { scenario: 'no coordination e-mail', tabs: withCell(g(), 'settings', 3, 2, ''), code: 'settings.missing-email', severity: 'error',
      fr: 'Paramètres!B3 : indiquez l’e-mail de coordination.', en: 'Paramètres!B3: enter the coordination email.' },
    { scenario: 'a coordination e-mail without domain', tabs: withCell(g(), 'settings', 3, 2, 'coordination@example'), code: 'settings.bad-email', severity: 'error',
      fr: 'Paramètres!B3 : « coordination@example » n’est pas une adresse e-mail valide.', en: 'Paramètres!B3: "coordination@example" is not a valid email address.' },
    { scenario: 'an unknown language', tabs: withCell(g(), 'settings', 4, 2, 'de'), code: 'settings.bad-language', severity: 'error',
      fr: 'Paramètres!B4 : « de » n’est pas une langue connue : indiquez fr ou en.', en: 'Paramètres!B4: "de" is not a known language: enter fr or en.' },
    { scenario: 'a city for a time zone', tabs: withCell(g(), 'settings', 5, 2, 'Paris'), code: 'settings.bad-time-zone', severity: 'error',
      fr: 'Paramètres!B5 : « Paris » n’est pas un fuseau horaire connu : indiquez par exemple Europe/Paris.',
      en: 'Paramètres!B5: "Paris" is not a known time zone: enter for example Europe/Paris.' },
    { scenario: 'reminder hours in words', tabs: withCell(g(), 'settings', 6, 2, 'un jour'), code: 'settings.bad-reminder', severity: 'error',
      fr: 'Paramètres!B6 : « un jour » n’est pas un nombre d’heures : indiquez par exemple 24 (0 = pas de rappel).',
      en: 'Paramètres!B6: "un jour" is not a number of hours: enter for example 24 (0 = no reminder).' },
    { scenario: 'an unknown case policy', tabs: withCell(g(), 'settings', 7, 2, 'parfois'), code: 'settings.bad-case-policy', severity: 'error',
      fr: 'Paramètres!B7 : « parfois » n’est pas un choix possible : indiquez automatique ou manuel.',
      en: 'Paramètres!B7: "parfois" is not a possible choice: enter automatic or manual.' },
    { scenario: 'an unknown minimum policy', tabs: withCell(g(), 'settings', 8, 2, 'garder'), code: 'settings.bad-minimum-policy', severity: 'error',
      fr: 'Paramètres!B8 : « garder » n’est pas un choix possible : indiquez annuler ou suspendre.',
      en: 'Paramètres!B8: "garder" is not a possible choice: enter cancel or hold.' },
    { scenario: 'automatic sending as maybe', tabs: withCell(g(), 'settings', 9, 2, 'peut-être'), code: 'settings.bad-auto-send', severity: 'error',
      fr: 'Paramètres!B9 : « peut-être » n’est pas un choix possible : indiquez oui ou non.',
      en: 'Paramètres!B9: "peut-être" is not a possible choice: enter yes or no.' },
    { scenario: 'a maximum quantity in words', tabs: withRows(g(), 'settings', [['Quantité maximale par ligne', 'beaucoup', '']]), code: 'settings.bad-max-quantity', severity: 'error',
      fr: 'Paramètres!B10 : « beaucoup » n’est pas une quantité possible : indiquez un nombre plus grand que 0, jusqu’à 1\u00a0000\u00a0000 (par exemple 999).',
      en: 'Paramètres!B10: "beaucoup" is not a possible quantity: enter a number above 0, up to 1,000,000 (for example 999).' },
    { scenario: 'a maximum quantity of nothing', tabs: withRows(g(), 'settings', [['Maximum quantity per line', 0, '']]), code: 'settings.bad-max-quantity', severity: 'error',
      fr: 'Paramètres!B10 : « 0 » n’est pas une quantité possible : indiquez un nombre plus grand que 0, jusqu’à 1\u00a0000\u00a0000 (par exemple 999).',
      en: 'Paramètres!B10: "0" is not a possible quantity: enter a number above 0, up to 1,000,000 (for example 999).' },
    { scenario: 'a setting Cabas does not know', tabs: withRows(g(), 'settings', [['Couleur', 'vert', '']]), code: 'settings.unknown-key', severity: 'warning',
      fr: 'Paramètres!A10 : le paramètre « Couleur » est inconnu ; il est ignoré.', en: 'Paramètres!A10: the setting "Couleur" is unknown; it is ignored.' },
    { scenario: 'a setting given twice', tabs: withRows(g(), 'settings', [['langue ', 'en', '']]), code: 'settings.duplicate-key', severity: 'warning',
      fr: 'Paramètres!A10 : le paramètre « langue » est déjà à la ligne 4 ; cette ligne-ci est ignorée.',
      en: 'Paramètres!A10: the setting "langue" is already on row 4; this row is ignored.' },
    { scenario: 'a sites tab with headers only', tabs: { ...g(), sites: { tabName: 'Lieux', values: [['Lieu', 'Adresse', 'Distribution', 'Contact']] } },
      code: 'sites.none', severity: 'error', fr: 'Lieux : aucun lieu de retrait. Ajoutez au moins un lieu.', en: 'Lieux: no pickup site. Add at least one site.' },
    { scenario: 'a site without a name', tabs: withRows(g(), 'sites', [['', 'Place du marché', '', '']]), code: 'sites.missing-name', severity: 'error',
      fr: 'Lieux!A4 : cette ligne n’a pas de nom de lieu.', en: 'Lieux!A4: this row has no site name.' },
    { scenario: 'a site typed twice', tabs: withRows(g(), 'sites', [['septfonds ', '', '', '']]), code: 'sites.duplicate', severity: 'error',
      fr: 'Lieux!A4 : le lieu « septfonds » est déjà à la ligne 2.', en: 'Lieux!A4: the site "septfonds" is already on row 2.' },
    { scenario: 'a household with neither e-mail nor name', tabs: withCell(withCell(g(), 'members', 3, 1, ''), 'members', 3, 2, ''), code: 'members.missing-email', severity: 'error',
      fr: 'Adhérents!A3 : ce foyer n’a ni adresse e-mail ni nom : écrivez au moins son nom (un foyer sans e-mail est reconnu à son nom).',
      en: 'Adhérents!A3: this household has neither an email address nor a name: type at least its name (a household without email is known by its name).' },
    { scenario: 'two households without e-mail under one name', tabs: withRows(g(), 'members', [['', 'Jeanne Bousquet', '', '', '', ''], ['', ' jeanne  BOUSQUET', '', '', '', '']]),
      code: 'members.duplicate-name', severity: 'error',
      fr: 'Adhérents!B6 : le foyer « jeanne  BOUSQUET » est déjà à la ligne 5 : deux foyers sans e-mail ne peuvent pas porter le même nom (ajoutez un prénom ou une initiale).',
      en: 'Adhérents!B6: the household "jeanne  BOUSQUET" is already on row 5: two households without email cannot have the same name (add a first name or an initial).' },
    { scenario: 'a member e-mail without domain', tabs: withCell(g(), 'members', 2, 1, 'claire.delmas@example'), code: 'members.bad-email', severity: 'error',
      fr: 'Adhérents!A2 : « claire.delmas@example » n’est pas une adresse e-mail valide.', en: 'Adhérents!A2: "claire.delmas@example" is not a valid email address.' },
    { scenario: 'a household entered twice with other capitals', tabs: withRows(g(), 'members', [['Claire.Delmas@Example.org ', 'Claire', '', '', '', '']]),
      code: 'members.duplicate-email', severity: 'error',
      fr: 'Adhérents!A5 : l’adresse claire.delmas@example.org est déjà à la ligne 2 : une seule ligne par foyer.',
      en: 'Adhérents!A5: the address claire.delmas@example.org is already on row 2: one row per household.' },
    { scenario: 'a member of an unknown site', tabs: withCell(g(), 'members', 2, 4, 'Caussade'), code: 'members.unknown-site', severity: 'error',
      fr: 'Adhérents!D2 : le lieu « Caussade » n’existe pas dans l’onglet Lieux.', en: 'Adhérents!D2: the site "Caussade" is not in the Sites tab.' },
    { scenario: 'volunteers in words', tabs: withCell(withCell(g(), 'sites', 1, 5, 'Bénévoles'), 'sites', 2, 5, 'trois'), code: 'sites.bad-volunteers', severity: 'error',
      fr: 'Lieux!E2 : « trois » n’est pas un nombre de bénévoles : indiquez par exemple 3 (vide = pas d’alerte).',
      en: 'Lieux!E2: "trois" is not a number of volunteers: give for example 3 (empty = no alert).' },
    { scenario: 'a tariff the settings do not name', tabs: withRows(withCell(withRows(g(), 'settings', [['Tarifs', 'solidaire -30 % ; soutien +20 %', '']]), 'members', 1, 7, 'Tarif'), 'members', [['nadia.benali@example.org', 'Nadia Benali', '', '', '', '', 'réduit']]),
      code: 'members.unknown-tariff', severity: 'error',
      fr: 'Adhérents!G5 : le tarif « réduit » n’est pas dans le paramètre Tarifs : indiquez solidaire -30\u00a0% ; soutien +20\u00a0%, ou laissez vide pour le prix du catalogue.',
      en: 'Adhérents!G5: the tariff "réduit" is not in the Tariffs setting: give solidaire -30\u00a0%\u00a0; soutien +20\u00a0%, or leave it empty for the catalogue price.' },
    { scenario: 'a former address without domain', tabs: withRows(withCell(g(), 'members', 1, 7, 'Anciennement'), 'members', [['nadia.benali@example.org', 'Nadia Benali', '', '', '', '', 'nadia@ancien']]),
      code: 'members.bad-former', severity: 'warning',
      fr: 'Adhérents!G5 : « nadia@ancien » n’est pas une adresse e-mail valide : ce foyer n’est pas relié à cette ancienne adresse. Écrivez l’adresse exacte, ou un nom sans « @ ».',
      en: 'Adhérents!G5: "nadia@ancien" is not a valid email address: this household is not linked to that former address. Write the exact address, or a name without "@".' },
    { scenario: 'a former address still a household of its own', tabs: withRows(withCell(g(), 'members', 1, 7, 'Anciennement'), 'members', [['nadia.benali@example.org', 'Nadia Benali', '', '', '', '', ' Mathieu.Lacombe@example.org']]),
      code: 'members.former-listed', severity: 'warning',
      fr: 'Adhérents!G5 : « Mathieu.Lacombe@example.org » est encore le foyer de la ligne 3 : ses commandes et ses paiements restent les siens. Si c’est le même foyer, effacez l’une des deux lignes ; sinon, retirez ce nom d’Anciennement.',
      en: 'Adhérents!G5: "Mathieu.Lacombe@example.org" is still the household of row 3: its orders and payments stay its own. If it is the same household, delete one of the two rows; otherwise, remove this name from Formerly.' },
    { scenario: 'a former name two households claim', tabs: withRows(withCell(g(), 'members', 1, 7, 'Anciennement'), 'members', [['nadia.benali@example.org', 'Nadia Benali', '', '', '', '', 'Famille Benali'], ['', 'Benali Karim', '', '', '', '', 'famille  BENALI']]),
      code: 'members.former-twice', severity: 'warning',
      fr: 'Adhérents!G6 : « famille  BENALI » est déjà l’ancienne adresse ou l’ancien nom du foyer de la ligne 5 : un ancien foyer ne compte que pour un seul. Aucun des deux n’y est relié tant que ce nom est écrit deux fois.',
      en: 'Adhérents!G6: "famille  BENALI" is already the former address or name of the household on row 5: a former household counts for one household only. Neither is linked to it while it is written twice.' },
    { scenario: 'tariffs in words', tabs: withRows(g(), 'settings', [['Tarifs', 'solidaire moins trente', '']]), code: 'settings.bad-tariffs', severity: 'error',
      fr: 'Paramètres!B10 : « solidaire moins trente » n’est pas une liste de tarifs : indiquez un nom puis un pourcentage, séparés par des points-virgules, par exemple solidaire -30\u00a0% ; normal 0\u00a0% ; soutien +20\u00a0%.',
      en: 'Paramètres!B10: "solidaire moins trente" is not a list of tariffs: give a name then a percentage, separated by semicolons, for example solidarity -30%; normal 0%; support +20%.' },
    { scenario: 'a solidarity threshold in words', tabs: withRows(g(), 'settings', [['Seuil du solde solidaire (€)', 'zéro', '']]), code: 'settings.bad-solidarity-floor', severity: 'error',
      fr: 'Paramètres!B10 : « zéro » n’est pas un montant : indiquez par exemple -50 (le solde solidaire peut descendre jusqu’à -50\u00a0€) ou 0.',
      en: 'Paramètres!B10: "zéro" is not an amount: give for example -50 (the solidarity balance may go down to -€50) or 0.' },
    { scenario: 'active as maybe', tabs: withCell(g(), 'members', 2, 5, 'peut-être'), code: 'cell.bad-yesno', severity: 'error',
      fr: 'Adhérents!E2 : « peut-être » : indiquez oui ou non.', en: 'Adhérents!E2: "peut-être": enter yes or no.' },
    { scenario: 'a producer without a name', tabs: withRows(g(), 'producers', [['', 'ferme@example.org', '', '', '', '', '', '']]), code: 'producers.missing-name', severity: 'error',
      fr: 'Producteurs!A4 : cette ligne n’a pas de nom de producteur.', en: 'Producteurs!A4: this row has no producer name.' },
    { scenario: 'a producer typed twice', tabs: withRows(g(), 'producers', [['Rucher des bories', 'autre@example.org', '', '', '', '', '', '']]),
      code: 'producers.duplicate', severity: 'error',
      fr: 'Producteurs!A4 : le producteur « Rucher des bories » est déjà à la ligne 3.', en: 'Producteurs!A4: the producer "Rucher des bories" is already on row 3.' },
    { scenario: 'a producer named like the orders tab', tabs: withRows(g(), 'producers', [[' commandes', 'c@example.org', '', '', '', '', '', '']]),
      code: 'workbook.reserved-tab-name', severity: 'warning',
      fr: 'Producteurs!A4 : « commandes » se lit comme le nom d’un onglet de Cabas ; l’onglet que la clôture produit pour lui s’appellera « ▸ commandes ». Un autre nom évitera de les confondre.',
      en: 'Producteurs!A4: "commandes" reads as the name of a Cabas tab; the tab the close makes for it will be called "▸ commandes". Another name avoids mixing them up.' },
    { scenario: 'an active producer without e-mail', tabs: withCell(g(), 'producers', 3, 2, ''), code: 'producers.missing-email', severity: 'error',
      fr: 'Producteurs!B3 : « Rucher des Bories » n’a pas d’adresse e-mail : son bon de commande ne pourra pas partir.',
      en: 'Producteurs!B3: "Rucher des Bories" has no email address: their order sheet cannot be sent.' },
    { scenario: 'a producer e-mail cut short', tabs: withCell(g(), 'producers', 3, 2, 'rucher.bories@'), code: 'producers.bad-email', severity: 'error',
      fr: 'Producteurs!B3 : « rucher.bories@ » n’est pas une adresse e-mail valide.', en: 'Producteurs!B3: "rucher.bories@" is not a valid email address.' },
    { scenario: 'a minimum order in words', tabs: withCell(g(), 'producers', 2, 4, 'quatre-vingts'), code: 'producers.bad-minimum', severity: 'error',
      fr: 'Producteurs!D2 : « quatre-vingts » n’est pas un montant : indiquez par exemple 80 (vide = aucun minimum).',
      en: 'Producteurs!D2: "quatre-vingts" is not an amount: enter for example 80 (empty = no minimum).' },
    { scenario: 'a product without ref', tabs: withCell(g(), 'products', 2, 1, ''), code: 'catalog.missing-ref', severity: 'error',
      fr: 'Produits!A2 : le produit « Pommes de terre » n’a pas de référence.', en: 'Produits!A2: the product "Pommes de terre" has no reference.' },
    { scenario: 'a ref used twice', tabs: withCell(g(), 'products', 3, 1, 'leg-01'), code: 'catalog.duplicate-ref', severity: 'error',
      fr: 'Produits!A3 : la référence « leg-01 » est déjà à la ligne 2 : chaque produit a la sienne.',
      en: 'Produits!A3: the reference "leg-01" is already on row 2: each product has its own.' },
    { scenario: 'a product without name', tabs: withCell(g(), 'products', 2, 3, ''), code: 'catalog.missing-name', severity: 'error',
      fr: 'Produits!C2 : le produit « LEG-01 » n’a pas de nom.', en: 'Produits!C2: the product "LEG-01" has no name.' },
    { scenario: 'a product without producer', tabs: withCell(g(), 'products', 2, 2, ''), code: 'catalog.missing-producer', severity: 'error',
      fr: 'Produits!B2 : le produit « LEG-01 » n’a pas de producteur.', en: 'Produits!B2: the product "LEG-01" has no producer.' },
    { scenario: 'a product of an unknown producer', tabs: withCell(g(), 'products', 2, 2, 'Ferme du Moulin'), code: 'catalog.unknown-producer', severity: 'error',
      fr: 'Produits!B2 : le producteur « Ferme du Moulin » n’existe pas dans l’onglet Producteurs.',
      en: 'Produits!B2: the producer "Ferme du Moulin" is not in the Producers tab.' },
    { scenario: 'an available product of an inactive producer', tabs: withCell(g(), 'producers', 3, 8, 'non'), code: 'catalog.inactive-producer', severity: 'warning',
      fr: 'Produits!B4 : le producteur « Rucher des Bories » n’est pas actif : ce produit ne sera pas proposé.',
      en: 'Produits!B4: the producer "Rucher des Bories" is not active: this product will not be offered.' },
    { scenario: 'a product without unit', tabs: withCell(g(), 'products', 2, 5, ''), code: 'catalog.missing-unit', severity: 'warning',
      fr: 'Produits!E2 : le produit « LEG-01 » n’a pas d’unité (kg, pièce…).', en: 'Produits!E2: the product "LEG-01" has no unit (kg, piece…).' },
    { scenario: 'a product without price', tabs: withCell(g(), 'products', 2, 6, ''), code: 'catalog.missing-price', severity: 'error',
      fr: 'Produits!F2 : le produit « LEG-01 » n’a pas de prix.', en: 'Produits!F2: the product "LEG-01" has no price.' },
    { scenario: 'a negative price', tabs: withCell(g(), 'products', 2, 6, '-2,20'), code: 'catalog.negative-price', severity: 'error',
      fr: 'Produits!F2 : « -2,20 » : un prix ne peut pas être négatif.', en: 'Produits!F2: "-2,20": a price cannot be negative.' },
    { scenario: 'a zero step', tabs: withCell(g(), 'products', 2, 7, 0), code: 'catalog.bad-step', severity: 'error',
      fr: 'Produits!G2 : « 0 » n’est pas un pas valide : indiquez un nombre plus grand que 0 (vide = 1).',
      en: 'Produits!G2: "0" is not a valid step: enter a number above 0 (empty = 1).' },
    { scenario: 'a case size in words', tabs: withCell(g(), 'products', 4, 8, 'six'), code: 'catalog.bad-case-size', severity: 'error',
      fr: 'Produits!H4 : « six » n’est pas une taille de colis : indiquez un nombre plus grand que 0 (vide = vendu à l’unité).',
      en: 'Produits!H4: "six" is not a case size: enter a number above 0 (empty = sold by the unit).' },
    { scenario: 'a case size off the step', tabs: withCell(g(), 'products', 2, 8, 1.25), code: 'catalog.case-not-multiple', severity: 'error',
      fr: 'Produits!H2 : un colis de 1,25 ne se compose pas par pas de 0,5.', en: 'Produits!H2: a case of 1.25 cannot be made in steps of 0.5.' },
    { scenario: 'a negative maximum', tabs: withCell(g(), 'products', 3, 9, -1), code: 'catalog.bad-max', severity: 'error',
      fr: 'Produits!I3 : « -1 » n’est pas un maximum valide : indiquez un nombre positif (vide = sans limite).',
      en: 'Produits!I3: "-1" is not a valid maximum: enter a positive number (empty = no limit).' },
    { scenario: 'a maximum off the step', tabs: withCell(g(), 'products', 2, 9, '0,75'), code: 'catalog.max-not-multiple', severity: 'error',
      fr: 'Produits!I2 : le maximum 0,75 n’est pas un multiple du pas 0,5.', en: 'Produits!I2: the maximum 0.75 is not a multiple of the step 0.5.' },
    { scenario: 'a stock in words', tabs: withCell(g(), 'products', 3, 10, 'beaucoup'), code: 'catalog.bad-stock', severity: 'error',
      fr: 'Produits!J3 : « beaucoup » n’est pas un stock valide : indiquez un nombre positif (vide = sans limite).',
      en: 'Produits!J3: "beaucoup" is not a valid stock: enter a positive number (empty = no limit).' },
    { scenario: 'a stock off the step', tabs: withCell(g(), 'products', 2, 10, 2.25), code: 'catalog.stock-not-multiple', severity: 'error',
      fr: 'Produits!J2 : le stock 2,25 n’est pas un multiple du pas 0,5.', en: 'Produits!J2: the stock 2.25 is not a multiple of the step 0.5.' },
    { scenario: 'every producer paused', tabs: withCell(withCell(g(), 'producers', 2, 8, 'non'), 'producers', 3, 8, 'non'), code: 'catalog.nothing-to-order', severity: 'warning',
      fr: 'Produits : aucun producteur actif n’a de produit disponible : le formulaire serait vide.',
      en: 'Produits: no active producer has an available product: the form would be empty.' },
    { scenario: 'a duty on the 31st of November', tabs: withCell(g(), 'duties', 2, 1, '31/11/2026'), code: 'duties.bad-date', severity: 'error',
      fr: 'Permanences!A2 : « 31/11/2026 » n’est pas une date de permanence : écrivez par exemple 11/12/2026, ou videz la cellule. Tant qu’elle n’est pas corrigée, aucun cycle ne peut s’ouvrir.',
      en: 'Permanences!A2: "31/11/2026" is not a duty date: type for example 11/12/2026, or empty the cell. Until it is fixed, no cycle can open.' },
    { scenario: 'a duty at an unknown site', tabs: withCell(g(), 'duties', 2, 2, 'Caussade'), code: 'duties.unknown-site', severity: 'warning',
      fr: 'Permanences!B2 : le lieu « Caussade » n’existe pas dans l’onglet Lieux.', en: 'Permanences!B2: the site "Caussade" is not in the Sites tab.' },
    { scenario: 'a volunteer no longer active', tabs: withCell(g(), 'duties', 2, 4, 'gerard.maury@example.org'), code: 'duties.inactive-volunteer', severity: 'warning',
      fr: 'Permanences!D2 : « gerard.maury@example.org » n’est plus actif dans Adhérents : il ne reçoit pas de rappel et ne compte pas pour cette permanence.',
      en: 'Permanences!D2: "gerard.maury@example.org" is no longer active in Members: no reminder goes to it and it does not count for this duty.' },
    { scenario: 'a volunteer by first name', tabs: withCell(g(), 'duties', 2, 4, 'Jean'), code: 'duties.unknown-volunteer', severity: 'warning',
      fr: 'Permanences!D2 : « Jean » n’est ni l’adresse ni le nom d’un foyer d’Adhérents.', en: 'Permanences!D2: "Jean" is neither the address nor the name of a household in Members.' },
  ];

  test.each(cases)('reports $scenario as $code', ({ tabs, code, severity, fr: frText, en }) => {
    const { config, problems } = readConfiguration(tabs);
    const found = problems.filter((p: Problem) => p.code === code);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    expect(config === null).toBe(problems.some((p) => p.severity === 'error'));
    expect(renderProblem(found[0], 'fr')).toBe(fr(frText));
    expect(renderProblem(found[0], 'en')).toBe(en);
    emitted.add(code);
  });
});


// Not a cell of a tab: the spreadsheet's own zone, compared where a cycle opens and in « Vérifier la configuration ».
describe('the spreadsheet’s time zone and Fuseau horaire', () => {
  test('two zones are an error, told with both and what to do', () => {
    const problem = zoneMismatch('Europe/Paris', 'America/Montreal', 'Paramètres')!;
    expect(problem.severity).toBe('error');
    expect(renderProblem(problem, 'fr')).toBe(fr('Paramètres : le fuseau horaire du classeur (Fichier > Paramètres) est Europe/Paris, celui du paramètre Fuseau horaire America/Montreal : une date tapée dans Cycles ou Permanences serait lue à l’heure de l’un et annoncée aux adhérents à l’heure de l’autre. Donnez le même fuseau aux deux, puis ouvrez le cycle.'));
    expect(renderProblem(problem, 'en')).toBe('Paramètres: the spreadsheet\'s time zone (File > Settings) is Europe/Paris, the Time zone setting America/Montreal: a date typed in Cycles or Duties would be read in one and told to members in the other. Give both the same zone, then open the cycle.');
    emitted.add(problem.code);
  });

  test('one zone is no problem', () => {
    expect(zoneMismatch('America/Montreal', 'America/Montreal', 'Settings')).toBeNull();
  });
});

describe('the Anciennement column of Adhérents', () => {
  test('reads each former address and former name as the key Cabas recorded it under', () => {
    const tabs = withRows(withCell(g(), 'members', 1, 7, 'Anciennement'), 'members', [
      ['nadia.benali@example.org', 'Nadia Benali', '', '', '', '', ' Nadia.B@Ancien.fr ; Famille Benali, '],
      ['', 'Jeanne Bousquet-Lacaze', '', '', '', '', 'Jeanne  Bousquet\nJeanne Bousquet-Lacaze'],
    ]);
    const { config, problems } = readConfiguration(tabs);
    expect(problems).toEqual([]);
    expect(config?.members.filter((m) => m.formerly).map((m) => [m.email, m.formerly])).toEqual([
      ['nadia.benali@example.org', ['nadia.b@ancien.fr', 'nom:famille benali']],
      // Its own name is not a former one: nothing to link.
      ['nom:jeanne bousquet-lacaze', ['nom:jeanne bousquet']],
    ]);
  });

  test('links nothing that two rows claim, nor a key still listed', () => {
    const tabs = withRows(withCell(g(), 'members', 1, 7, 'Anciennement'), 'members', [
      ['nadia.benali@example.org', 'Nadia Benali', '', '', '', '', 'famille benali, claire.delmas@example.org'],
      ['karim.benali@example.org', 'Karim Benali', '', '', '', '', 'Famille Benali'],
    ]);
    const { config, problems } = readConfiguration(tabs);
    expect(problems.map((p) => p.code)).toEqual(['members.former-listed', 'members.former-twice']);
    expect(config?.members.some((m) => m.formerly)).toBe(false);
  });
});

describe('readCycles', () => {
  const header = ['Cycle', 'Ouverture', 'Clôture', 'Distribution', 'Statut', 'Formulaire'];
  const tab = (...rows: unknown[][]) => ({ tabName: 'Cycles', values: [header, ...rows] });

  test('reads dates as wall times of the zone, status words of either locale, an empty status as draft', () => {
    const { cycles, problems } = readCycles(tab(
      ['2026-12-10', new Date(Date.UTC(2026, 11, 1, 8)), '08/12/2026 20:00', '10/12/2026', 'Ouvert', 'https://forms.example/x'],
      ['2027-04-01', '', '2027-03-28 20h', '', 'closed', ''],
      ['2027-05-01', '', '30/04/2027 20:00', '', '', ''],
    ), 'Europe/Paris');
    expect(problems).toEqual([]);
    expect(cycles).toEqual([
      { id: '2026-12-10', opens: Date.UTC(2026, 11, 1, 8), deadline: Date.UTC(2026, 11, 8, 19), pickup: Date.UTC(2026, 11, 9, 23),
        status: 'open', formUrl: 'https://forms.example/x', note: '', row: 2 },
      { id: '2027-04-01', opens: null, deadline: Date.UTC(2027, 2, 28, 18), pickup: null, status: 'closed', formUrl: '', note: '', row: 3 },
      { id: '2027-05-01', opens: null, deadline: Date.UTC(2027, 3, 30, 18), pickup: null, status: 'draft', formUrl: '', note: '', row: 4 },
    ]);
  });

  test.each([
    { scenario: 'a cycle without id', rows: [['', '', '08/12/2026 20:00', '', 'ouvert', '']], code: 'cycles.missing-id',
      fr: 'Cycles!A2 : ce cycle n’a pas d’identifiant.', en: 'Cycles!A2: this cycle has no identifier.' },
    { scenario: 'an id used twice', rows: [['C1', '', '08/12/2026 20:00', '', '', ''], ['C1', '', '09/12/2026 20:00', '', '', '']], code: 'cycles.duplicate-id',
      fr: 'Cycles!A3 : le cycle « C1 » est déjà à la ligne 2.', en: 'Cycles!A3: the cycle "C1" is already on row 2.' },
    { scenario: 'a deadline at 25 h', rows: [['C1', '', '08/12/2026 25:00', '', '', '']], code: 'cycles.bad-date',
      fr: 'Cycles!C2 : « 08/12/2026 25:00 » n’est pas une date : indiquez par exemple 08/12/2026 20:00.',
      en: 'Cycles!C2: "08/12/2026 25:00" is not a date: enter for example 08/12/2026 20:00.' },
    { scenario: 'a cycle without deadline', rows: [['C1', '', '', '', '', '']], code: 'cycles.missing-deadline',
      fr: 'Cycles!C2 : le cycle « C1 » n’a pas de date de clôture.', en: 'Cycles!C2: the cycle "C1" has no deadline.' },
    { scenario: 'an unknown status', rows: [['C1', '', '08/12/2026 20:00', '', 'fini', '']], code: 'cycles.bad-status',
      fr: 'Cycles!E2 : « fini » n’est pas un statut : brouillon, ouvert, clôturé, envoyé ou archivé.',
      en: 'Cycles!E2: "fini" is not a status: draft, open, closed, sent or archived.' },
  ])('reports $scenario as $code', ({ rows, code, fr: frText, en }) => {
    const { problems } = readCycles(tab(...rows), 'Europe/Paris');
    const found = problems.filter((p) => p.code === code);
    expect(found).toHaveLength(1);
    expect(renderProblem(found[0], 'fr')).toBe(fr(frText));
    expect(renderProblem(found[0], 'en')).toBe(en);
    emitted.add(code);
  });

  test.each([
    { scenario: 'status brouillon', status: 'brouillon' },
    { scenario: 'empty status', status: '' },
  ])('reads a draft typed without an id ($scenario): the open names it', ({ status }) => {
    const { cycles, problems } = readCycles(tab(['', '', '08/12/2026 20:00', '10/12/2026', status, '']), 'Europe/Paris');
    expect(problems).toEqual([]);
    expect(cycles).toMatchObject([{ id: '', deadline: Date.UTC(2026, 11, 8, 19), status: 'draft', row: 2 }]);
  });

  test('leaves out a cycle whose deadline cannot be read', () => {
    expect(readCycles(tab(['C1', '', 'demain', '', '', '']), 'Europe/Paris').cycles).toEqual([]);
  });
});

describe('the ledger (Paiements): cells it cannot read', () => {
  const ledger = (...rows: unknown[][]) => ({
    tabName: 'Paiements',
    values: [['Cycle', 'E-mail', 'Foyer', 'Lieu', 'Producteur', 'Dû', 'Détail', 'Retiré', 'Payé', 'Moyen de paiement', 'Reçu', 'Avoir', 'Note'], ...rows],
  });
  test.each([
    { scenario: 'an amount in words', cells: { received: 'dix' }, code: 'payments.bad-amount', at: 'K2', value: 'dix' },
    { scenario: 'an amount with the means of payment after it', cells: { received: '8,40 € espèces' }, code: 'payments.bad-amount', at: 'K2', value: '8,40 € espèces' },
    { scenario: 'a credit in words', cells: { credit: 'un peu' }, code: 'payments.bad-amount', at: 'L2', value: 'un peu' },
    { scenario: 'a box with a word', cells: { paid: 'fait' }, code: 'cell.bad-yesno', at: 'I2', value: 'fait' },
  ])('reports $scenario at its cell, and names the household', ({ cells, code, at, value }) => {
    const row = ['c1', 'Anne@example.org', 'Anne', 'Monclar', '', 8.4, '', false, false, '', '', '', ''];
    const column = { received: 10, credit: 11, paid: 8 } as Record<string, number>;
    for (const [key, v] of Object.entries(cells)) row[column[key]] = v;
    const { problems, households } = ledgerProblems(ledger(row, ['c1', 'bruno@example.org', 'Bruno', 'Monclar', '', 4.2, '', true, true, 'chèque', '4,20', '', '']), 'fr');
    expect(problems.map((p) => p.code)).toEqual([code]);
    expect(renderProblem(problems[0], 'fr')).toMatch(new RegExp(`^Paiements!${at}\\s:\\s«\\s${value.replace(/[€ ]/g, '.')}\\s»`));
    expect([...households]).toEqual(['anne@example.org']);
    emitted.add(code);
  });

  // Found by probing: a row copied by hand counted twice in Soldes, and its household was asked for twice its due.
  test('names a row copied by hand at its cell, with the row it repeats, and its household', () => {
    const anne = ['c1', 'anne@example.org', 'Anne', 'Monclar', '', 8.4, '', false, false, '', '', '', ''];
    const { problems, households } = ledgerProblems(ledger(anne, ['c1', 'bruno@example.org', 'Bruno', 'Monclar', '', 4.2, '', false, false, '', '', '', ''], [...anne]), 'fr');
    expect(problems.map((p) => p.code)).toEqual(['payments.duplicate-row']);
    expect(renderProblem(problems[0], 'fr')).toBe('Paiements!A4\u00a0: cette ligne reprend le cycle et le foyer de la ligne 2\u00a0: elle n’est pas comptée dans les Soldes, et le foyer n’est pas relancé. Reportez ce qu’elle dit sur la ligne 2, puis supprimez-la.');
    expect([...households]).toEqual(['anne@example.org']);
    emitted.add('payments.duplicate-row');
  });

  test('reads a ledger of readable cells without a word: figures, « 4,20 € », ticks, empty cells', () => {
    expect(ledgerProblems(ledger(['c1', 'bruno@example.org', 'Bruno', 'Monclar', '', 4.2, '', true, 'oui', 'chèque', '4,20 €', '', ''], ['c1', '', '', '', 'Ferme', 12, '', '', '', '', '', '', '']), 'fr')).toEqual({ problems: [], households: new Set() });
  });
});

describe('problem codes', () => {
  test.each(PROBLEM_CODES.map((code) => ({ code })))('$code has a message in French and in English', ({ code }) => {
    for (const locale of ['fr', 'en'] as const) {
      const messages = catalogue(locale).problems.messages as Record<string, (p: Record<string, string | number>) => string>;
      expect(typeof messages[code]).toBe('function');
      expect(messages[code]({ value: 'x', tab: 'T', column: 'C', key: 'k', name: 'n', firstRow: 2, ref: 'r', producer: 'p',
        site: 's', email: 'e', caseSize: 1, max: 1, stock: 1, step: 1, id: 'i', volunteer: 'v', sheetZone: 'z', zone: 'z' })).not.toMatch(/undefined|NaN/);
    }
  });

  test('every catalogue message is a listed code', () => {
    expect(Object.keys(catalogue('fr').problems.messages).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  // Runs after the tables above (jest keeps a file's order): each listed code comes out of at least one case.
  test('every listed code is emitted by at least one case of this file', () => {
    expect(PROBLEM_CODES.filter((code) => !emitted.has(code))).toEqual([]);
  });
});
