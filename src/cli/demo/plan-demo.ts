// The demo's story: who orders what and when, derived from the sample group as installed, with
// the cases a newcomer should see (edits, a fresh resubmission, an unknown and an inactive
// member, a stock running out, a case completed thanks to tolerance and one that is not, a late
// answer). Seeded: every run tells the same story.
export interface DemoMember { email: string; site: string; active: boolean }
export interface DemoProduct { ref: string; name?: string; step: number; caseSize: number | null; stock: number | null; max: number | null; available: boolean }

export type DemoEvent =
  | { kind: 'submit'; id: string; at: number; email: string; quantities: Record<string, number>; site: string; tolerance: number; comment?: string; note: string }
  | { kind: 'edit'; id: string; at: number; quantities: Record<string, number>; site: string; tolerance: number; note: string };

/** A small seeded generator (mulberry32): the same seed gives the same story. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3600 * 1000;

export interface DemoPlan {
  events: DemoEvent[];
  unknown: string;
  inactive: string | null;
  late: string;
  /** The member the stock runs out on: asks for `asked` of `ref`, gets what is left. */
  capped: { email: string; ref: string; asked: number } | null;
}

export function planDemo(input: { members: DemoMember[]; products: DemoProduct[]; opensAt: number; deadline: number; seed?: number }): DemoPlan {
  const random = seeded(input.seed ?? 2026);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const active = input.members.filter((m) => m.active);
  const inactive = input.members.find((m) => !m.active) ?? null;
  const available = input.products.filter((p) => p.available);
  const cases = available.filter((p) => p.caseSize);
  const caseFilled = cases[0];
  const caseShort = cases[1];
  const limited = available.find((p) => !p.caseSize && p.stock !== null);
  const plain = available.filter((p) => !p.caseSize && p.stock === null);
  const ordering = active.slice(0, Math.max(0, active.length - 6)); // the last six forget: the reminder is for them
  const span = input.deadline - input.opensAt - 30 * HOUR;
  const per = limited?.max ?? 2;
  // 1 + per × (n - 2) stays under the stock, the n-th asks for more than is left.
  const stockTakers = limited?.stock ? Math.min(ordering.length - 6, Math.floor((limited.stock - 1) / per) + 2) : 0;
  const events: DemoEvent[] = [];
  const qty = (p: DemoProduct, units: number) => {
    const q = Math.round(units * p.step * 1000) / 1000;
    return p.max !== null ? Math.min(q, p.max) : q;
  };

  ordering.forEach((m, i) => {
    const at = input.opensAt + 2 * HOUR + Math.floor((span * i) / ordering.length) + Math.floor(random() * HOUR);
    const quantities: Record<string, number> = {};
    const count = 2 + Math.floor(random() * 5);
    for (let k = 0; k < count && plain.length; k += 1) {
      const p = pick(plain);
      quantities[p.ref] = qty(p, 1 + Math.floor(random() * 3));
    }
    let tolerance = 0;
    // A case completed thanks to tolerance: firm 3 + 3 + 2 = 8 for a case of 6, tolerances 2 + 2 + 2.
    if (caseFilled && i < 3) {
      quantities[caseFilled.ref] = qty(caseFilled, i < 2 ? 3 : 2);
      tolerance = 2;
    }
    // A case that is not: firm 3 + 3 + 2 = 8, nobody accepts more, so 2 units are cut.
    if (caseShort && i >= 3 && i < 6) quantities[caseShort.ref] = qty(caseShort, i < 5 ? 3 : 2);
    // A stock running out: the 7th asks for one, the next ones for the max (or 2), until the last
    // asks for more than is left and is capped to it.
    if (limited && i >= 6 && i < 6 + stockTakers) quantities[limited.ref] = qty(limited, i === 6 ? 1 : per);
    events.push({ kind: 'submit', id: `r${i}`, at, email: m.email, quantities, site: m.site, tolerance, note: 'commande' });
    if (i === 2) {
      const first = { ...quantities };
      events.push({ kind: 'edit', id: `r${i}`, at: at + 20 * HOUR, quantities: { ...first, [plain[0].ref]: qty(plain[0], 2) }, site: m.site, tolerance, note: 'modification (lien de modification)' });
      events.push({ kind: 'edit', id: `r${i}`, at: at + 44 * HOUR, quantities: { ...first, [plain[1].ref]: qty(plain[1], 3) }, site: m.site, tolerance, note: 'deuxième modification' });
    }
    if (i === 4) {
      events.push({ kind: 'submit', id: `r${i}b`, at: at + 30 * HOUR, email: m.email, quantities: { [plain[2].ref]: qty(plain[2], 2), ...(caseShort ? { [caseShort.ref]: qty(caseShort, 3) } : {}) }, site: m.site, tolerance: 0, note: 'nouvelle réponse (remplace la précédente)' });
    }
  });
  const unknown = 'nouveau.voisin@example.org';
  events.push({ kind: 'submit', id: 'unknown', at: input.opensAt + 50 * HOUR, email: unknown, quantities: { [plain[0].ref]: qty(plain[0], 1) }, site: active[0].site, tolerance: 0, note: 'adresse inconnue' });
  if (inactive) events.push({ kind: 'submit', id: 'inactive', at: input.opensAt + 70 * HOUR, email: inactive.email, quantities: { [plain[1].ref]: qty(plain[1], 1) }, site: inactive.site || active[0].site, tolerance: 0, note: 'adhérent inactif' });
  events.sort((a, b) => a.at - b.at);
  const late = active[active.length - 1].email;
  const capped = limited && stockTakers > 0 && 1 + per * (stockTakers - 1) > limited.stock!
    ? { email: ordering[6 + stockTakers - 1].email, ref: limited.ref, asked: qty(limited, per) } : null;
  return { events, unknown, inactive: inactive?.email ?? null, late, capped };
}
