// The sample group a new workbook can start from: a buying group of the Pays Midi-Quercy, ready to run.
import { catalogue } from '../i18n';
import type { Locale } from '../model';
import { stripAccents } from './normalize-header';
import { DEFAULT_SETTINGS, settingsRows } from './settings-rows';
import { statusWord } from './tables';

/** One row in `TABLES[table].columns` order; duty dates are ISO days (`2026-12-11`), the shell makes them dates. */
export type Row = (string | number | boolean)[];

export interface SampleGroup {
  settings: [string, string, string][];
  sites: Row[];
  members: Row[];
  producers: Row[];
  products: Row[];
  duties: Row[];
}

const MONCLAR = 'Monclar-de-Quercy';
const SEPTFONDS = 'Septfonds';

// The tables below are function declarations: V8 parses the bundle's top level in full at every
// execution (and an arrow function's body with it), where a `function`'s body is only scanned
// until it is called (here, when a sample group is asked for).

// [name, address, pickup, contact, volunteers needed, what volunteers bring]
function sites(): Row[] {
  return [
    [MONCLAR, 'Salle des fêtes, place de la Mairie, 82230 Monclar-de-Quercy', 'samedi 9 h – 10 h 30', 'Claire Delmas, 06 71 42 18 09', 3, 'la balance et le carnet de caisse'],
    [SEPTFONDS, 'Halle de la gare, avenue de la Gare, 82240 Septfonds', 'samedi 10 h – 12 h', 'Mathieu Lacombe, 06 84 20 57 31', 2, 'la clé de la halle'],
  ];
}

// One household a line: `first name|last name|site (M = Monclar, S = Septfonds)|notes|tariff`; a site
// in lower case marks a household that is no longer active; a tariff `-` is the solidarity one, `+`
// the support one (the suggested tariffs' first and last), none the catalogue price. (Text lines bundle far smaller than
// arrays of arrays, and the bundle is parsed at every execution.)
function householdLines(): string {
  return `Claire|Delmas|M|Référente du lieu de Monclar
Mathieu|Lacombe|S|Référent du lieu de Septfonds
Julien|Bousquet|M|
Sophie|Carrière|M|
Nadia|Benali|S||-
Thomas|Fabre|M|
Élodie|Vidal|S|Trésorière
Pierre|Lafon|M|
Camille|Roques|S|
Laurent|Castagné|M||+
Anne|Marty|S|
Hugo|Bonnet|M|
Isabelle|Garrigues|M|Sans gluten : pas de pain
Karim|Haddad|S|
Marion|Cazals|M|
Sébastien|Pujol|S|
Chantal|Bessières|M|
Nicolas|Teyssier|S|
Aurélie|Lagarde|M|
Jean-Marc|Escande|S|
Lucie|Albouy|M|
Yannick|Cayla|S|
Émilie|Gineste|M|
François|Raynal|S|
Sandrine|Lacaze|M|
Olivier|Mercadier|S|
Fatima|Ouali|M||-
Benoît|Salvan|S|
Pauline|Delpech|M|
Guillaume|Souyri|S|
Manon|Izard|M|
Romain|Tournier|S|
Hélène|Couderc|M|
Damien|Rigal|S|
Agnès|Falguières|M|
Vincent|Bories|S|
Léa|Cabrol|M|
Gérard|Maury|s|Parti s’installer à Cahors
Jacqueline|Auriol|m|En pause jusqu’au printemps
Stéphane|Dufour|s|`;
}

function households() {
  return householdLines().split('\n').map((line) => {
    const [first, last, site, notes, tariff = ''] = line.split('|');
    return { first, last, site: site.toUpperCase() === 'M' ? MONCLAR : SEPTFONDS, active: site === site.toUpperCase(), notes, tariff };
  });
}

/** `claire.delmas@example.org`: accents and hyphens dropped, never a real domain. */
function sampleEmail(first: string, last: string): string {
  const plain = (s: string) => stripAccents(s).toLowerCase().replace(/[^a-z]+/g, '');
  return `${plain(first)}.${plain(last)}@example.org`;
}

// [name, email, phone, minimum €, payment, share names, note, active]
function producers(): [string, string, string, number | '', string, boolean, string, boolean][] {
  return [
    ['Les Jardins de la Lère', 'jardins.lere@example.org', '06 32 18 45 90', 80, 'Chèque à l’ordre du GAEC Les Jardins de la Lère', true,
      'Légumes bio de saison, récoltés la veille de la distribution.', true],
    ['Fournil du Causse', 'fournil.causse@example.org', '06 45 09 72 13', '', 'Espèces ou chèque à l’ordre du Fournil du Causse', true,
      'Pains au levain cuits au feu de bois, farines du Quercy.', true],
    ['Chèvrerie de Cabanac', 'chevrerie.cabanac@example.org', '06 78 23 61 04', 40, 'Chèque à l’ordre de l’EARL Chèvrerie de Cabanac', false, '', true],
    ['Ferme de Pech Bertou', 'pech.bertou@example.org', '06 12 87 40 55', 150, 'Virement : le RIB est joint au bon de commande', true,
      'Colis de viande sous vide, à garder au frais dès le retrait.', true],
    ['Rucher des Bories', 'rucher.bories@example.org', '06 59 30 11 78', '', 'Chèque à l’ordre du Rucher des Bories', false, '', true],
    ['Huilerie de la Vère', 'huilerie.vere@example.org', '05 63 30 64 21', '', 'Espèces ou virement', false,
      'Huile de noix vierge pressée à froid au moulin.', true],
  ];
}

// One product a line: `ref|name|description|unit|price €|step|case size|max per member|stock`, by
// producer (the ref's prefix); an empty number is no limit; a last field `-` is not available.
function productLines(): string {
  return `LEG-01|Pommes de terre|Charlotte, lavées|kg|2.2|0.5|||
LEG-02|Carottes|Nantaises, en botte ou en vrac|kg|2.4|0.5|||
LEG-03|Poireaux||kg|3.5|0.5|||
LEG-04|Courge butternut|Une pièce pèse de 1 à 1,5 kg|pièce|3|1||2|30
LEG-05|Salade batavia||pièce|1.3|1|||
LEG-06|Oignons jaunes|Se conservent tout l’hiver|kg|2.8|0.5|||
LEG-07|Panier de légumes|Assortiment de la semaine, environ 4 kg|panier|15|1||2|25
LEG-08|Tomates anciennes|De retour en été|kg|4.2|0.5||||-
PAI-01|Pain de campagne au levain||pièce de 1 kg|5.8|1|||
PAI-02|Pain complet|Farine T110|pièce de 750 g|5.2|1|||
PAI-03|Pain aux noix||pièce de 500 g|4.9|1|||
PAI-04|Fouace|Brioche à la fleur d’oranger|pièce|8.5|1|||20
FRO-01|Cabécou|Petit fromage de chèvre frais|pièce|1.6|1|12||
FRO-02|Cabécou affiné||pièce|1.8|1|12||
FRO-03|Tomme de chèvre|Affinée trois mois|kg|24|0.25||1|
FRO-04|Faisselle de chèvre||pot de 500 g|3.6|1|6||
VIA-01|Colis de veau|Rôti, escalopes, sauté, côtes|colis de 5 kg|92|1||1|12
VIA-02|Colis de porc|Côtes, rôti, saucisses, poitrine|colis de 5 kg|68|1||1|15
VIA-03|Saucisse de Toulouse|Sous vide|kg|14.5|0.5||3|
VIA-04|Pâté de campagne||bocal de 350 g|6.2|1|6||
MIE-01|Miel de châtaignier||pot de 500 g|8|1|||
MIE-02|Miel toutes fleurs||pot de 500 g|7|1|||
MIE-03|Miel d’acacia||pot de 250 g|5.5|1||2|24
MIE-04|Pain d’épices|Au miel de châtaignier|pièce de 400 g|6.5|1|||
HUI-01|Huile de noix|Vierge, première pression à froid|bouteille de 50 cl|12.5|1|6||
HUI-02|Huile de noix|Vierge, première pression à froid|bouteille de 1 l|22|1|||
HUI-03|Cerneaux de noix||sachet de 250 g|5.8|1|12||
HUI-04|Huile de noisette||bouteille de 25 cl|9.5|1||2|18
HUI-05|Farine de noix|Pour pâtisserie|sachet de 500 g|6|1|||
LEG-09|Épinards||kg|5|0.5|||`;
}

function products(): Row[] {
  const [veg, bread, cheese, meat, honey, oil] = producers().map((p) => p[0]);
  const producerOf: Record<string, string> = { LEG: veg, PAI: bread, FRO: cheese, VIA: meat, MIE: honey, HUI: oil };
  return productLines().split('\n').map((line) => {
    const [ref, name, description, unit, price, step, caseSize, max, stock, unavailable] = line.split('|');
    const numbers = [price, step, caseSize, max, stock].map((n) => (n === '' ? '' : Number(n)));
    return [ref, producerOf[ref.slice(0, 3)], name, description, unit, ...numbers, unavailable !== '-'];
  });
}

// [date, site, role, volunteer (first, last of a household)]
function duties(): [string, string, string, number][] {
  return [
    ['2026-12-11', MONCLAR, 'accueil', 0], ['2026-12-11', MONCLAR, 'pesée', 3], ['2026-12-11', MONCLAR, 'rangement', 12],
    ['2026-12-12', SEPTFONDS, 'accueil', 1], ['2026-12-12', SEPTFONDS, 'pesée', 6], ['2026-12-12', SEPTFONDS, 'rangement', 13],
    ['2026-12-25', MONCLAR, 'accueil', 5], ['2026-12-26', SEPTFONDS, 'accueil', 10],
  ];
}

/**
 * The sample group in a locale: the same households, farms and products, with the locale's
 * setting labels and yes/no words.
 * @example sampleGroup('fr').sites[0][0] // "Monclar-de-Quercy"
 *
 * It is a trial workbook (`Mode essai = oui`: its e-mails go to the coordination only). With
 * `coordinator` (the installing account's address), that address is the coordination e-mail and
 * a member of Monclar, so the coordinator can place trial orders with it.
 */
export function sampleGroup(locale: Locale, coordinator = '', timeZone = DEFAULT_SETTINGS.timeZone): SampleGroup {
  const yesNo = (value: boolean) => statusWord('yesno', value ? 'yes' : 'no', locale);
  const members = households();
  const emails = members.map(({ first, last }) => sampleEmail(first, last));
  const tariffs = catalogue(locale).workbook.suggestedTariffs;
  const tariffName = (code: string) => (code === '-' ? tariffs[0].name : code === '+' ? tariffs[tariffs.length - 1].name : '');
  return {
    settings: settingsRows(locale, {
      ...DEFAULT_SETTINGS, locale, timeZone, groupName: 'GAC du Pays Midi-Quercy', coordinationEmail: coordinator || 'coordination@example.org', trial: true,
    }),
    sites: sites(),
    members: members.map(({ first, last, site, active, notes, tariff }, i) => [
      emails[i], `${first} ${last}`, `06 ${String(10 + ((i * 37) % 89)).padStart(2, '0')} ${String(20 + ((i * 53) % 79)).padStart(2, '0')} ${String(11 + ((i * 17) % 88)).padStart(2, '0')} ${String(30 + ((i * 29) % 69)).padStart(2, '0')}`,
      site, yesNo(active), notes, tariffName(tariff), '',
    ]).concat(coordinator ? [[coordinator, catalogue(locale).workbook.sample.coordinator, '', MONCLAR, yesNo(true), catalogue(locale).workbook.sample.coordinatorNote, '', '']] : []),
    producers: producers().map(([name, email, phone, minimum, payment, share, note, active]) => [name, email, phone, minimum, payment, yesNo(share), note, yesNo(active)]),
    products: products().map((p) => [...p.slice(0, 10), yesNo(p[10] as boolean)]),
    duties: duties().map(([date, site, role, who]) => [date, site, role, emails[who]]),
  };
}
