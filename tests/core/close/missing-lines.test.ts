import { missingLines } from '../../../src/core/close/missing-lines';
import type { MemberOrderState, OrderLine } from '../../../src/core/model';
import { closeInput, lines } from './fixtures/two-sites-juice-case-completed';

/** Each household's order as its submission recorded it in `_cabas`, from the fixture's lines. */
function recorded(from: OrderLine[]): MemberOrderState[] {
  const byEmail = new Map<string, OrderLine[]>();
  for (const l of from) byEmail.set(l.email, [...(byEmail.get(l.email) ?? []), l]);
  return [...byEmail.values()].map((own) => ({
    email: own[0].email, queue: own[0].queue, firstSubmittedAt: own[0].submittedAt, responseId: own[0].responseId, submittedAt: own[0].submittedAt,
    site: own[0].site, tolerance: Math.max(...own.map((l) => l.tolerance)), lines: own.map((l) => ({ ref: l.ref, quantity: l.quantity })),
  }));
}

const input = (kept: OrderLine[]) => {
  const { catalog, members } = closeInput();
  return { catalog, members, orders: recorded(lines()), lines: kept };
};

describe('missingLines: the confirmed lines Commandes no longer shows', () => {
  test.each<{ what: string; keep: (l: OrderLine) => boolean; back: string[] }>([
    { what: 'every line there: nothing to write back', keep: () => true, back: [] },
    { what: 'a household’s rows deleted: all its lines come back', keep: (l) => l.email !== 'anne@example.org', back: ['anne@example.org TOM', 'anne@example.org JUS', 'anne@example.org MIE', 'anne@example.org CHE'] },
    { what: 'one row deleted: that line alone comes back', keep: (l) => !(l.email === 'bruno@example.org' && l.ref === 'TOM'), back: ['bruno@example.org TOM'] },
    { what: 'every row cleared: every line comes back', keep: () => false, back: lines().map((l) => `${l.email} ${l.ref}`) },
  ])('$what', ({ keep, back }) => {
    const result = missingLines(input(lines().filter(keep)));
    expect(result.lines.map((l) => `${l.email} ${l.ref}`).sort()).toEqual([...back].sort());
    // Each comes back as its submission wrote it (the comment lived only in the lost row).
    const original = lines();
    for (const l of result.lines) expect(l).toEqual(original.find((o) => o.email === l.email && o.ref === l.ref));
  });

  test('names each household once, with its products, for the Journal', () => {
    const result = missingLines(input(lines().filter((l) => l.email !== 'chloe@example.org')));
    expect(result.households).toEqual([{ email: 'chloe@example.org', member: 'Chloé Fabre', refs: ['JUS', 'MIE', 'PAI', 'CHE'] }]);
  });

  test.each<{ what: string; change: (i: ReturnType<typeof input>) => void }>([
    { what: 'a quantity changed by hand (the close takes it as it is)', change: (i) => { i.lines = i.lines.map((l) => (l.email === 'david@example.org' && l.ref === 'TOM' ? { ...l, quantity: 3 } : l)); } },
    { what: 'a cancelled order (no line recorded)', change: (i) => { i.orders = i.orders.map((o) => (o.email === 'david@example.org' ? { ...o, lines: [] } : o)); i.lines = i.lines.filter((l) => l.email !== 'david@example.org'); } },
    { what: 'a product gone from the cycle’s catalogue', change: (i) => { i.catalog = { ...i.catalog, products: i.catalog.products.filter((p) => p.ref !== 'PAI') }; i.lines = i.lines.filter((l) => l.ref !== 'PAI'); } },
    { what: 'an address typed in another case in Commandes', change: (i) => { i.lines = i.lines.map((l) => ({ ...l, email: l.email.toUpperCase() })); } },
  ])('writes nothing back for $what', ({ change }) => {
    const i = input(lines());
    change(i);
    expect(missingLines(i).lines).toEqual([]);
  });

  test('changes none of its inputs', () => {
    const i = input(lines().slice(3));
    const before = JSON.stringify(i);
    missingLines(i);
    expect(JSON.stringify(i)).toBe(before);
  });
});
