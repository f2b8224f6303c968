import type { Producer, Product } from '../../../src/core/model';
import { producerNow } from '../../../src/core/producers/producer-now';

const producer = (name: string): Producer => ({ name, email: '', phone: '', minimumCents: 0, payment: '', shareNames: false, note: '', active: true, row: 2 });
const product = (ref: string, producerName: string): Product => ({
  ref, producer: producerName, name: ref, description: '', unit: 'kg', priceCents: 100, step: 1, caseSize: null, maxPerMember: null, stock: null, available: true, row: 2,
});
const producers = [producer('Ferme des Ruisseaux'), producer('Rucher des Bories')];
const products = [product('TOM', 'Ferme des Ruisseaux'), product('PAN', 'ferme des ruisseaux '), product('MIEL', 'Rucher des Bories')];

describe('producerNow: the name a recorded producer has in Producteurs now', () => {
  test.each([
    { what: 'a name still listed: itself', recorded: [{ producer: 'Rucher des Bories', ref: 'MIEL', cycle: 'c1' }], name: 'Rucher des Bories', now: 'Rucher des Bories' },
    { what: 'a name fixed since: the producer its products name now', recorded: [{ producer: 'Ferme du Ruisseau', ref: 'TOM', cycle: 'c1' }, { producer: 'Ferme du Ruisseau', ref: 'PAN', cycle: 'c1' }], name: 'Ferme du Ruisseau', now: 'Ferme des Ruisseaux' },
    { what: 'a name fixed since, the new one recorded in a later cycle', recorded: [{ producer: 'Ferme du Ruisseau', ref: 'TOM', cycle: 'c1' }, { producer: 'Ferme des Ruisseaux', ref: 'TOM', cycle: 'c2' }], name: 'Ferme du Ruisseau', now: 'Ferme des Ruisseaux' },
    { what: 'not when its products now name two producers', recorded: [{ producer: 'Ferme du Ruisseau', ref: 'TOM', cycle: 'c1' }, { producer: 'Ferme du Ruisseau', ref: 'MIEL', cycle: 'c1' }], name: 'Ferme du Ruisseau', now: 'Ferme du Ruisseau' },
    { what: 'not when both names sold in one cycle (two producers)', recorded: [{ producer: 'Ferme du Ruisseau', ref: 'TOM', cycle: 'c1' }, { producer: 'Ferme des Ruisseaux', ref: 'PAN', cycle: 'c1' }], name: 'Ferme du Ruisseau', now: 'Ferme du Ruisseau' },
    { what: 'not when its products are gone from Produits', recorded: [{ producer: 'Ferme Disparue', ref: 'OLD', cycle: 'c1' }], name: 'Ferme Disparue', now: 'Ferme Disparue' },
  ])('$what', ({ recorded, name, now }) => {
    expect(producerNow(recorded, producers, products)(name)).toBe(now);
  });
});
