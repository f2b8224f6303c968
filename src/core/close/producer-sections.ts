// A producer's order as tables (by product, per site, by member when allowed), for its tab, e-mail and CSV.
import { catalogue } from '../i18n';
import { type ClosedCycle, type ClosedLine, type ProducerOrder, siteOrder } from './closed-cycle';

/** How a column reads: money is in cents here, each renderer converts it. */
export type ColumnKind = 'text' | 'quantity' | 'count' | 'money';
export type SectionCell = string | number | null;

export interface Section {
  /** Which table it belongs to: the one by product, one per site, or the one by member. */
  part: 'product' | 'site' | 'member';
  heading: string; // '' = none
  title: string; // '' = none (a site's name and address)
  headers: string[];
  rows: SectionCell[][];
  total: SectionCell[];
}

/** Every section has these seven columns, so one tab can carry them all with one format per column. */
export const PRODUCER_COLUMNS: ColumnKind[] = ['text', 'text', 'text', 'quantity', 'count', 'money', 'money'];

/**
 * The producer's tables from its delivered lines. Member names appear only when the producer's
 * `shareNames` is true, and never an e-mail address or a phone number.
 * @example producerSections(cycle, order, lines).map((s) => s.heading) // ["Par produit", "Par lieu de retrait", "", "Par adhérent"]
 */
export function producerSections(cycle: ClosedCycle, order: ProducerOrder, lines: ClosedLine[]): Section[] {
  const { catalog } = cycle;
  const t = catalogue(catalog.settings.locale).close;
  // By reference, as a producer's own price list reads (`A2` before `A10`).
  const products = order.products.filter((p) => lines.some((c) => c.line.ref === p.ref)).sort((a, b) => byRef(a.ref, b.ref));
  const sum = (cells: number[]) => cells.reduce((a, b) => a + b, 0);

  const byProduct: Section = {
    part: 'product', heading: t.producer.byProduct, title: '', headers: t.producer.headers,
    rows: products.map((p) => [p.ref, p.product, p.unit, p.quantity, p.cases, p.priceCents, p.amountCents]),
    total: [t.common.total, '', '', null, null, null, sum(products.map((p) => p.amountCents))],
  };

  const sites = siteOrder(catalog, lines.map((c) => c.line.site));
  const perSite: Section[] = sites.map((site, i) => {
    const own = lines.filter((c) => c.line.site === site);
    const rows = products.flatMap((p) => {
      const mine = own.filter((c) => c.line.ref === p.ref);
      if (mine.length === 0) return [];
      const quantity = Math.round(sum(mine.map((c) => c.line.allocated ?? 0)) * 1e6) / 1e6;
      return [[p.ref, p.product, p.unit, quantity, null, p.priceCents, sum(mine.map((c) => c.line.amountCents))]];
    });
    const info = catalog.sites.find((s) => s.name === site);
    return {
      part: 'site', heading: i === 0 ? t.producer.bySite : '',
      title: t.producer.siteTitle(t.common.site(site || t.common.noSite, info?.address ?? '', info?.pickup ?? '')),
      headers: t.producer.headers, rows,
      total: [t.common.total, '', '', null, null, null, sum(own.map((c) => c.line.amountCents))],
    };
  });

  const sections = [byProduct, ...perSite];
  const shareNames = catalog.producers.find((p) => p.name === order.producer)?.shareNames ?? false;
  if (shareNames) {
    // Households in queue order, each with its lines of this producer (the same objects as `lines`):
    // a close has thousands of households and dozens of producers, so only theirs are looked into.
    const mine = new Set(lines);
    const buyers = new Set(lines.map((c) => c.line.email.trim().toLowerCase()));
    // Grouped by pickup site (in the sites' order, households in queue order within one): the site
    // is named on its first row only, so a producer packs one site's bags after the other.
    const bySite = new Map<string, SectionCell[][]>(sites.map((site) => [site, []]));
    for (const h of cycle.households) {
      if (!buyers.has(h.email)) continue;
      for (const c of h.lines.filter((x) => mine.has(x)).sort((a, b) => byRef(a.line.ref, b.line.ref))) {
        bySite.get(c.line.site)?.push([h.name || t.common.unnamed, '', t.producer.memberProduct(c.line.product, c.unit), c.line.allocated, null, c.line.priceCents, c.line.amountCents]);
      }
    }
    const rows = sites.flatMap((site) => bySite.get(site)!.map((row, i) => (i === 0 ? [row[0], site || t.common.noSite, ...row.slice(2)] : row)));
    sections.push({ part: 'member', heading: t.producer.byMember, title: '', headers: t.producer.memberHeaders, rows, total: byProduct.total });
  }
  return sections;
}

/** References in the order people read them: `A2` before `A10`, case ignored. */
function byRef(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}
