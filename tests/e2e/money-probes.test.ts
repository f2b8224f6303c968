// What the seeded reconciliation of every view of the money found (docs/reliability.md, « Names,
// clocks and money, probed by hand »), each case as the probe wrote it, on dist/Code.js.
import { HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, openGroup, setCell, tabValues } from '../reliability/support/reliability-group';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
import { twoSitesSmallGroup } from './fixtures/two-sites-small-group';

describe('« Max par adhérent »', () => {
  // Oil by cases of 6, at most 6 bottles a household: Alice orders 5 and offers a tolerance of 2,
  // Bruno 5; 10 bottles, and her tolerance completed the second case: she was given 7.
  test('is never passed, tolerance included: the second case is not completed past it', () => {
    const snapshot = twoSitesSmallGroup();
    setCell(snapshot, 'Produits', 3, 'Max par adhérent', 6);
    const driver = openGroup({ snapshot });
    driver.submit('alice@example.org', { 'HUI-NOI': 5 }, { site: MONCLAR, tolerance: 2, at: OPEN_AT + HOUR });
    driver.submit('bruno@example.org', { 'HUI-NOI': 5 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    closeAndDeliver(driver);
    const oil = driver.rows('Commandes').filter((r) => r['Réf'] === 'HUI-NOI' && r['Statut'] !== 'remplacé');
    expect(oil.map((r) => [r['E-mail'], r['Tolérance'], r['Attribué']])).toEqual([['alice@example.org', 1, 5], ['bruno@example.org', 0, 1]]);
  });
});

describe('the Récap’s solidarity balance per tariff', () => {
  // Alice and David are solidaire; David's only product (one bottle, cases of 6) is cut: he receives
  // nothing, and was counted: « solidaire (2 foyers) » for Alice's discount alone.
  test('counts the households at a tariff that receive something', () => {
    const snapshot = twoSitesSmallGroup();
    const settings = snapshot.sheets.find((s) => s.name === 'Paramètres')!;
    settings.values.find((r) => r[0] === 'Tarifs')![1] = 'solidaire -30 % ; normal 0 %';
    setCell(snapshot, 'Adhérents', 1, 'Tarif', 'solidaire');
    setCell(snapshot, 'Adhérents', 4, 'Tarif', 'solidaire');
    const driver = openGroup({ snapshot });
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.submit('david@example.org', { 'HUI-NOI': 1 }, { site: SEPTFONDS, at: OPEN_AT + 2 * HOUR });
    closeAndDeliver(driver);
    const recap = tabValues(driver, '▸ Récap').map((r) => plain(String(r[0])));
    expect(recap.filter((r) => /^solidaire/.test(r))).toEqual(['solidaire (1 foyer)']);
  });
});

describe('a producer whose every line is cut (no case completed)', () => {
  // Alice and Chloé order one bottle of oil each (cases of 6, no tolerance): nothing goes to the
  // producer, and the Récap and the digest said « commande envoyée » at 0,00 €.
  test('is said to have nothing to order, in the Récap and the digest', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-TOM': 1, 'HUI-NOI': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.submit('chloe@example.org', { 'HUI-NOI': 1 }, { site: SEPTFONDS, at: OPEN_AT + 2 * HOUR });
    closeAndDeliver(driver);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'noyers@example.org')).toEqual([]);
    const row = tabValues(driver, '▸ Récap').find((r) => r[0] === 'Huilerie des Noyers')!;
    expect(plain(String(row[6]))).toBe('rien à commander : aucun colis complet');
    const digest = plain(driver.gas.mail.sent.find((m) => /^Bilan de la clôture/.test(m.subject))!.body);
    expect(digest).toMatch(/Huilerie des Noyers.*rien à commander : aucun colis complet/);
    expect(digest).not.toMatch(/Huilerie des Noyers.*commande envoyée/);
  });
});
