import { closeContacts } from '../../../src/core/close/close-contacts';
import type { Producer } from '../../../src/core/model';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

const { catalog } = closeInput();
const live = (change: (producers: Producer[]) => Producer[], coordinationEmail = catalog.settings.coordinationEmail) => ({
  settings: { ...catalog.settings, coordinationEmail },
  producers: change(catalog.producers.map((p) => ({ ...p }))),
});
const tilleuls = (p: Producer, fields: Partial<Producer>) => (p.name === 'Ferme des Tilleuls' ? { ...p, ...fields } : p);

describe('closeContacts: the details a close writes to, as they stand at the close', () => {
  test.each<{ what: string; producers: (ps: Producer[]) => Producer[]; coordination?: string; changes: { who: string; field: string; to: string }[] }>([
    { what: 'a farmer’s address corrected', producers: (ps) => ps.map((p) => tilleuls(p, { email: 'tilleuls@example.net' })), changes: [{ who: 'Ferme des Tilleuls', field: 'email', to: 'tilleuls@example.net' }] },
    { what: 'a phone and payment instructions', producers: (ps) => ps.map((p) => tilleuls(p, { phone: '06 00 00 00 00', payment: 'Chèque à l’ordre de la ferme' })), changes: [{ who: 'Ferme des Tilleuls', field: 'phone', to: '06 00 00 00 00' }, { who: 'Ferme des Tilleuls', field: 'payment', to: 'Chèque à l’ordre de la ferme' }] },
    { what: 'the coordination’s address', producers: (ps) => ps, coordination: 'gac.nouveau@example.org', changes: [{ who: '', field: 'coordinationEmail', to: 'gac.nouveau@example.org' }] },
    { what: 'nothing changed', producers: (ps) => ps, changes: [] },
    { what: 'an address that is not one (kept: the cycle’s)', producers: (ps) => ps.map((p) => tilleuls(p, { email: 'la ferme' })), changes: [] },
    { what: 'a producer gone from the tab (kept: the cycle’s)', producers: (ps) => ps.filter((p) => p.name !== 'Ferme des Tilleuls'), changes: [] },
    { what: 'a producer renamed, its products not (kept: the cycle’s)', producers: (ps) => ps.map((p) => tilleuls(p, { name: 'Ferme des Tilleuls Bio', email: 'tilleuls@example.net' })), changes: [] },
    { what: 'a name typed in another case (found)', producers: (ps) => ps.map((p) => tilleuls(p, { name: 'ferme des tilleuls ', email: 'tilleuls@example.net' })), changes: [{ who: 'Ferme des Tilleuls', field: 'email', to: 'tilleuls@example.net' }] },
  ])('$what', ({ producers, coordination, changes }) => {
    const result = closeContacts(catalog, live(producers, coordination));
    expect(result.changes.map(({ who, field, to }) => ({ who, field, to }))).toEqual(changes);
    for (const c of changes.filter((x) => x.who)) expect(result.catalog.producers.find((p) => p.name === c.who)![c.field as 'email']).toBe(c.to);
    if (coordination && changes.length) expect(result.catalog.settings.coordinationEmail).toBe(coordination);
  });

  test('without a readable configuration, the cycle’s details; and its input is not changed', () => {
    expect(closeContacts(catalog, null)).toEqual({ catalog, changes: [], unmatched: [] });
    const before = JSON.stringify(catalog);
    closeContacts(catalog, live((ps) => ps.map((p) => ({ ...p, email: 'x@example.net' }))));
    expect(JSON.stringify(catalog)).toBe(before);
  });

  // Found by probing: a farm's name typo and its address corrected on the same row while the cycle
  // was open, its products renamed too: the order went to the old address, without a word.
  describe('a producer renamed since the opening, in Producteurs and Produits', () => {
    const renamed = (email: string, products = catalog.products) => ({
      ...live((ps) => ps.map((p) => tilleuls(p, { name: 'Ferme des Tilleul', email }))),
      products: products.map((p) => (p.producer === 'Ferme des Tilleuls' ? { ...p, producer: 'ferme des tilleul ' } : p)),
    });

    test('is found by its products: its address now gets the order, and the change names both names', () => {
      const result = closeContacts(catalog, renamed('tilleuls@example.net'));
      expect(result.changes).toEqual([{ who: 'Ferme des Tilleuls', field: 'email', from: expect.any(String), to: 'tilleuls@example.net', renamed: 'Ferme des Tilleul' }]);
      expect(result.catalog.producers.find((p) => p.name === 'Ferme des Tilleuls')!.email).toBe('tilleuls@example.net');
      expect(result.unmatched).toEqual([]);
    });

    test('is not taken for another producer: one of its products now sold by a producer of the cycle links nothing', () => {
      const other = catalog.producers.find((p) => p.name !== 'Ferme des Tilleuls')!.name;
      const first = catalog.products.find((p) => p.producer === 'Ferme des Tilleuls')!.ref;
      const products = catalog.products.map((p) => (p.ref === first ? { ...p, producer: other } : p));
      const result = closeContacts(catalog, { ...renamed('tilleuls@example.net'), products: products.map((p) => (p.producer === 'Ferme des Tilleuls' ? { ...p, producer: 'Ferme des Tilleul' } : p)) });
      expect(result.changes).toEqual([]);
      expect(result.unmatched.map((p) => p.name)).toEqual(['Ferme des Tilleuls']);
    });

    test('found neither way, it keeps the cycle’s details and is named', () => {
      const result = closeContacts(catalog, live((ps) => ps.filter((p) => p.name !== 'Ferme des Tilleuls')));
      expect(result.unmatched.map((p) => p.name)).toEqual(['Ferme des Tilleuls']);
    });
  });
});
