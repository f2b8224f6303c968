// The contact details a close writes to are read as they stand at the close: each producer's
// e-mail, phone and payment instructions (by the producer's name), and the coordination's e-mail.
// A farmer's address corrected in `Producteurs` while the cycle was open gets the order; before,
// the details taken at the opening ruled and the order went to the old address. What was offered
// (products, prices, minimums) stays the cycle's. A producer renamed since the opening (in
// `Producteurs` and `Produits`) is found by its products (producers/producer-now.ts). One found
// neither way keeps the cycle's details, and is said (`unmatched`).
import type { CycleCatalog, Producer, Product, Settings } from '../model';
import { producerNow } from '../producers/producer-now';

export interface ContactChange {
  /** The producer's name, or '' for the coordination. */
  who: string;
  field: 'email' | 'phone' | 'payment' | 'coordinationEmail';
  from: string;
  to: string;
  /** The producer's name in `Producteurs` now, when it was renamed since the opening. */
  renamed?: string;
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS = ['email', 'phone', 'payment'] as const;

/**
 * The catalogue with the live contact details (`live`: the configuration as far as it reads, null
 * when it cannot be read: the cycle's stay), and what changed. An address is taken only when it
 * looks like one; a producer found neither by its name nor by its products keeps the cycle's
 * details and is in `unmatched`. Pure.
 * @example closeContacts(catalog, { settings, producers: [{ name: 'Ferme', email: 'new@x.org', … }] })
 *   // { catalog: { producers: [{ name: 'Ferme', email: 'new@x.org', … }], … }, changes: [{ who: 'Ferme', field: 'email', from: 'old@x.org', to: 'new@x.org' }] }
 */
export function closeContacts(
  catalog: CycleCatalog, live: { settings: Settings; producers: Producer[]; products?: Product[] } | null,
): { catalog: CycleCatalog; changes: ContactChange[]; unmatched: Producer[] } {
  if (!live) return { catalog, changes: [], unmatched: [] };
  const changes: ContactChange[] = [];
  const unmatched: Producer[] = [];
  const key = (name: string) => name.trim().toLowerCase();
  const byName = new Map(live.producers.map((p) => [key(p.name), p]));
  // The cycle's products, all of one cycle: a producer is never taken for another of the cycle.
  const nameNow = producerNow(catalog.products.map((p) => ({ producer: p.producer, ref: p.ref, cycle: catalog.cycle.id })), live.producers, live.products ?? []);
  const producers = catalog.producers.map((p) => {
    const named = byName.get(key(p.name));
    const now = named ?? byName.get(key(nameNow(p.name)));
    if (!now) {
      unmatched.push(p);
      return p;
    }
    const renamed = named ? {} : { renamed: now.name };
    const next = { ...p };
    for (const field of FIELDS) {
      const to = now[field].trim();
      if (to === p[field].trim() || (field === 'email' && !ADDRESS.test(to))) continue;
      changes.push({ who: p.name, field, from: p[field], to, ...renamed });
      next[field] = to;
    }
    return next;
  });
  let settings = catalog.settings;
  const coordination = live.settings.coordinationEmail.trim();
  if (coordination !== settings.coordinationEmail.trim() && coordination.split(/[,;]/).every((a) => ADDRESS.test(a.trim()))) {
    changes.push({ who: '', field: 'coordinationEmail', from: settings.coordinationEmail, to: coordination });
    settings = { ...settings, coordinationEmail: coordination };
  }
  return changes.length === 0 ? { catalog, changes, unmatched } : { catalog: { ...catalog, producers, settings }, changes, unmatched };
}
