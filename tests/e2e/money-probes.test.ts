// What the seeded reconciliation of every view of the money found (docs/reliability.md, « Names,
// clocks and money, probed by hand »), each case as the probe wrote it, on dist/Code.js.
import { HOUR, MONCLAR, OPEN_AT, closeAndDeliver, openGroup, setCell } from '../reliability/support/reliability-group';
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
