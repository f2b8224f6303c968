// The contact details a close writes to are read as they stand at the close: each producer's
// e-mail, phone and payment instructions (by the producer's name), and the coordination's e-mail.
// A farmer's address corrected in `Producteurs` while the cycle was open gets the order; before,
// the details taken at the opening ruled and the order went to the old address. What was offered
// (products, prices, minimums) stays the cycle's.
import type { CycleCatalog, Producer, Settings } from '../model';

export interface ContactChange {
  /** The producer's name, or '' for the coordination. */
  who: string;
  field: 'email' | 'phone' | 'payment' | 'coordinationEmail';
  from: string;
  to: string;
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS = ['email', 'phone', 'payment'] as const;

/**
 * The catalogue with the live contact details (`live`: the configuration read without errors, null
 * otherwise: the cycle's stay), and what changed. An address is taken only when it looks like one;
 * a producer no longer in the tab keeps the cycle's details. Pure.
 * @example closeContacts(catalog, { settings, producers: [{ name: 'Ferme', email: 'new@x.org', … }] })
 *   // { catalog: { producers: [{ name: 'Ferme', email: 'new@x.org', … }], … }, changes: [{ who: 'Ferme', field: 'email', from: 'old@x.org', to: 'new@x.org' }] }
 */
export function closeContacts(catalog: CycleCatalog, live: { settings: Settings; producers: Producer[] } | null): { catalog: CycleCatalog; changes: ContactChange[] } {
  if (!live) return { catalog, changes: [] };
  const changes: ContactChange[] = [];
  const byName = new Map(live.producers.map((p) => [p.name.trim().toLowerCase(), p]));
  const producers = catalog.producers.map((p) => {
    const now = byName.get(p.name.trim().toLowerCase());
    if (!now) return p;
    const next = { ...p };
    for (const field of FIELDS) {
      const to = now[field].trim();
      if (to === p[field].trim() || (field === 'email' && !ADDRESS.test(to))) continue;
      changes.push({ who: p.name, field, from: p[field], to });
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
  return changes.length === 0 ? { catalog, changes } : { catalog: { ...catalog, producers, settings }, changes };
}
