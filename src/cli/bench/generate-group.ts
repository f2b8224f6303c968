// A seeded synthetic buying group of any size, as a workbook snapshot, for the benchmarks:
// households over pickup sites, producers and products shaped like the pilot groups' (cases,
// stocks, half-kilo steps, realistic prices). Same options and seed, same workbook, bit for bit.
import type { SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { seeded } from '../demo/plan-demo';
import { defaultSettingsSheet, tableSheet, workbookSnapshot, type FixtureRow } from '../workbook-snapshot';

export interface GroupOptions {
  households: number;
  products: number;
  /** Pickup sites; default 2 up to 100 households, 10 beyond (a large territory). */
  sites?: number;
  seed?: number;
}

/** What the order plan needs to know of a generated product. */
export interface GeneratedProduct {
  ref: string;
  producer: string;
  step: number;
  caseSize: number | null;
  maxPerMember: number | null;
  stock: number | null;
}

export interface GeneratedMember {
  email: string;
  site: string;
}

export interface GeneratedGroup {
  snapshot: SpreadsheetSnapshot;
  sites: string[];
  members: GeneratedMember[];
  producers: string[];
  products: GeneratedProduct[];
}

const VILLAGES = [
  'Monclar-de-Quercy', 'Septfonds', 'Caussade', 'Nègrepelisse', 'Saint-Antonin-Noble-Val',
  'Caylus', 'Réalville', 'Montricoux', 'Bruniquel', 'Laguépie', 'Puylaroque', 'Molières',
];

const FIRST = ['Claire', 'Mathieu', 'Julien', 'Sophie', 'Nadia', 'Thomas', 'Élodie', 'Pierre', 'Camille', 'Laurent', 'Anne', 'Hugo', 'Karim', 'Marion', 'Léa', 'Yannick'];
const LAST = ['Delmas', 'Lacombe', 'Bousquet', 'Carrière', 'Benali', 'Fabre', 'Vidal', 'Lafon', 'Roques', 'Castagné', 'Marty', 'Bonnet', 'Haddad', 'Cazals', 'Pujol', 'Cabrol'];
const FARMS = ['Ferme', 'GAEC', 'Jardins', 'Moulin', 'Rucher', 'Fournil', 'Chèvrerie', 'Domaine', 'Verger', 'Bergerie'];
const PLACES = ['de la Lère', 'du Causse', 'de Cabanac', 'de Pech Bertou', 'des Bories', 'de la Vère', 'de Lapeyrière', 'du Quercy', 'de Marsac', 'de Saint-Cirq'];

// [name, unit, price range in €, step, usual case size when sold by cases]
const KINDS: [string, string, [number, number], number, number][] = [
  ['Pommes de terre', 'kg', [1.8, 2.6], 0.5, 10],
  ['Carottes', 'kg', [2, 2.8], 0.5, 10],
  ['Poireaux', 'kg', [3, 4], 0.5, 5],
  ['Courge butternut', 'pièce', [2.5, 3.5], 1, 6],
  ['Salade batavia', 'pièce', [1.1, 1.5], 1, 12],
  ['Pain au levain', 'pièce de 1 kg', [5.2, 6.4], 1, 6],
  ['Cabécou', 'pièce', [1.4, 1.9], 1, 12],
  ['Tomme de chèvre', 'kg', [20, 26], 0.5, 4],
  ['Colis de porc', 'colis de 5 kg', [62, 75], 1, 2],
  ['Saucisse de Toulouse', 'kg', [13, 16], 0.5, 5],
  ['Miel de châtaignier', 'pot de 500 g', [7, 9], 1, 12],
  ['Huile de noix', 'bouteille de 50 cl', [11, 14], 1, 6],
  ['Cerneaux de noix', 'sachet de 250 g', [5, 6.5], 1, 12],
  ['Farine de blé T80', 'sac de 1 kg', [2.4, 3.2], 1, 10],
  ['Œufs plein air', 'boîte de 6', [2.6, 3.4], 1, 12],
  ['Pommes', 'kg', [2.2, 3], 0.5, 10],
  ['Jus de pomme', 'bouteille de 1 l', [3.2, 4], 1, 6],
  ['Lentilles vertes', 'sachet de 500 g', [3, 4], 1, 10],
];

/**
 * Builds the group. Households are spread over the sites in turn; each producer gets about
 * five products; about 30 % of products are sold by cases and 10 % have a stock.
 * @example generateGroup({ households: 20, products: 30 }).members.length // 20
 */
export function generateGroup(options: GroupOptions): GeneratedGroup {
  const random = seeded(options.seed ?? 2026);
  const between = (low: number, high: number) => low + random() * (high - low);
  const siteCount = options.sites ?? (options.households > 100 ? 10 : 2);
  const sites = Array.from({ length: siteCount }, (_, i) => VILLAGES[i % VILLAGES.length] + (i >= VILLAGES.length ? ` ${Math.floor(i / VILLAGES.length) + 1}` : ''));
  const producerCount = Math.max(1, Math.round(options.products / 5));
  const producers = Array.from({ length: producerCount }, (_, i) => `${FARMS[i % FARMS.length]} ${PLACES[Math.floor(i / FARMS.length) % PLACES.length]}${i >= FARMS.length * PLACES.length ? ` ${i}` : ''}`);

  const members: GeneratedMember[] = [];
  const memberRows: FixtureRow[] = [];
  for (let i = 0; i < options.households; i += 1) {
    const email = `foyer${String(i + 1).padStart(4, '0')}@example.org`;
    const site = sites[i % sites.length];
    members.push({ email, site });
    memberRows.push({
      email, name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
      phone: `06 ${String(10 + (i % 90)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')} 00 00`, site, active: 'oui', notes: '',
    });
  }

  const products: GeneratedProduct[] = [];
  const productRows: FixtureRow[] = [];
  for (let i = 0; i < options.products; i += 1) {
    const [name, unit, [low, high], step, usualCase] = KINDS[Math.floor(random() * KINDS.length)];
    const producer = producers[i % producerCount];
    const ref = `P${String(i + 1).padStart(3, '0')}`;
    const caseSize = random() < 0.3 ? usualCase : null;
    // Stocks grow with the territory: a group of 2,000 households works with bigger farms.
    const stock = random() < 0.1 ? Math.max(10, Math.round(options.households * between(0.3, 0.6))) : null;
    const maxPerMember = caseSize === null && random() < 0.1 ? 4 : null;
    const price = Math.round(between(low, high) * 10) / 10;
    products.push({ ref, producer, step, caseSize, maxPerMember, stock });
    productRows.push({
      ref, producer, name: `${name} ${i + 1}`, description: '', unit, price, step,
      caseSize: caseSize ?? '', maxPerMember: maxPerMember ?? '', stock: stock ?? '', available: 'oui',
    });
  }

  const producerRows: FixtureRow[] = producers.map((name, i) => ({
    name, email: `producteur${String(i + 1).padStart(3, '0')}@example.org`, phone: '05 63 00 00 00',
    minimum: i % 3 === 0 ? 40 : '', payment: `Chèque à l'ordre de ${name}`, shareNames: i % 2 === 0 ? 'oui' : 'non', note: '', active: 'oui',
  }));
  const siteRows: FixtureRow[] = sites.map((name) => ({ name, address: `Salle des fêtes, ${name}`, pickup: 'samedi 10 h – 12 h', contact: 'Référent du lieu' }));
  const snapshot = workbookSnapshot([
    defaultSettingsSheet({ groupName: `GAC synthétique (${options.households} foyers)`, coordinationEmail: 'coordination@example.org' }),
    tableSheet('sites', siteRows),
    tableSheet('members', memberRows),
    tableSheet('producers', producerRows),
    tableSheet('products', productRows),
  ], { name: `Cabas bench ${options.households}x${options.products}` });
  return { snapshot, sites, members, producers, products };
}
