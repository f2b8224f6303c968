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
    { what: 'a name typed in another case (found)', producers: (ps) => ps.map((p) => tilleuls(p, { name: 'ferme des tilleuls ', email: 'tilleuls@example.net' })), changes: [{ who: 'Ferme des Tilleuls', field: 'email', to: 'tilleuls@example.net' }] },
  ])('$what', ({ producers, coordination, changes }) => {
    const result = closeContacts(catalog, live(producers, coordination));
    expect(result.changes.map(({ who, field, to }) => ({ who, field, to }))).toEqual(changes);
    for (const c of changes.filter((x) => x.who)) expect(result.catalog.producers.find((p) => p.name === c.who)![c.field as 'email']).toBe(c.to);
    if (coordination && changes.length) expect(result.catalog.settings.coordinationEmail).toBe(coordination);
  });

  test('without a readable configuration, the cycle’s details; and its input is not changed', () => {
    expect(closeContacts(catalog, null)).toEqual({ catalog, changes: [] });
    const before = JSON.stringify(catalog);
    closeContacts(catalog, live((ps) => ps.map((p) => ({ ...p, email: 'x@example.net' }))));
    expect(JSON.stringify(catalog)).toBe(before);
  });
});
