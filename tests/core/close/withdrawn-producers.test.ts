import { closeCycle } from '../../../src/core/close/close-cycle';
import { withdrawnProducers } from '../../../src/core/close/withdrawn-producers';
import { closeInput } from './fixtures/two-sites-juice-case-completed';

describe('withdrawnProducers: the cycle’s producers Producteurs now shows inactive', () => {
  const { catalog } = closeInput();
  const live = (inactive: string[]) => catalog.producers.map((p) => ({ ...p, active: !inactive.includes(p.name) }));
  test.each([
    { what: 'one set inactive', live: live(['Rucher du Causse']), withdrawn: ['Rucher du Causse'] },
    { what: 'none', live: live([]), withdrawn: [] },
    { what: 'a name typed in another case', live: live([]).map((p) => (p.name === 'Chèvrerie du Lot' ? { ...p, name: ' chèvrerie du lot', active: false } : p)), withdrawn: ['Chèvrerie du Lot'] },
    { what: 'a producer deleted from the tab (not a decision)', live: live([]).filter((p) => p.name !== 'Rucher du Causse'), withdrawn: [] },
    { what: 'the tab unreadable', live: null, withdrawn: [] },
  ])('$what', ({ live: producers, withdrawn }) => {
    expect(withdrawnProducers(catalog, producers)).toEqual(withdrawn);
  });
});

describe('closeCycle with a producer withdrawn', () => {
  const result = closeCycle({ ...closeInput(), withdrawn: ['Rucher du Causse'] });
  test('its order is cancelled: no producer e-mail, no tab, every line at 0 with the reason', () => {
    expect(result.producers.find((p) => p.producer === 'Rucher du Causse')?.status).toBe('withdrawn');
    const emails = [...result.emails];
    expect(emails.filter((e) => e.kind === 'producer-order').map((e) => e.subject).join()).not.toMatch(/Rucher/);
    expect(result.tabs.map((t) => t.name).join()).not.toMatch(/Rucher/);
    expect(result.lines.filter((l) => l.producer === 'Rucher du Causse').map((l) => [l.allocated, l.status])).toEqual([[0, 'cancelled'], [0, 'cancelled'], [0, 'cancelled'], [0, 'cancelled'], [0, 'cancelled']]);
    expect(result.ledger.filter((e) => e.producer === 'Rucher du Causse')).toEqual([]);
  });
  test('the others go ahead as without it', () => {
    const plain = closeCycle(closeInput());
    const others = (r: typeof result) => r.lines.filter((l) => l.producer !== 'Rucher du Causse').map((l) => [l.email, l.ref, l.allocated, l.status]);
    expect(others(result)).toEqual(others(plain));
  });
});
