// The `Récap` tab while a cycle is open: what is ordered, how full the cases are, minimums reached.
import { formatLongDateTime } from '../dates';
import { catalogue } from '../i18n';
import { centsToEuros, formatMoney, formatQuantity, lineAmount } from '../money';
import type { CasePolicy, CycleCatalog, Locale, Product, TabLayout } from '../model';
import { casePreview } from '../close/allocate-cases';
import { safeTabName } from '../close/tab-name';
import { cycleLabel } from './cycle-label';
import { roundQuantity } from './parse-quantity';

type Ordered = Record<string, { quantity: number; tolerance: number }>;
type Cell = string | number | boolean | null;

const COLUMNS = 10;
const pad = (row: Cell[]): Cell[] => [...row, ...Array<Cell>(COLUMNS - row.length).fill('')];

/**
 * How full a product's cases are, in words, as the close would fill them (`casePreview`, the close's
 * own rule): "4 / 6 — il manque 2", "13 / 6 — 2 colis complets, il manque 5 pour le suivant".
 * '' for a product sold by the unit.
 */
export function caseFill(product: Product, quantity: number, tolerance: number, locale: Locale, policy: CasePolicy = 'automatic'): string {
  if (!product.caseSize) return '';
  const t = catalogue(locale).orders.recap;
  const q = (n: number) => formatQuantity(n, locale);
  const preview = casePreview({ caseSize: product.caseSize, step: product.step, stock: product.stock, quantity, tolerance, policy });
  const filled = q(preview.firm);
  if (preview.firm > 0 && preview.lastCase === 'none') return t.fillComplete(filled, q(product.caseSize), preview.full);
  const missing = preview.firm > 0 ? preview.missing : product.caseSize;
  const text = t.fillMissing(filled, q(product.caseSize), preview.full, q(missing));
  return preview.lastCase === 'tolerance' ? text + t.fillTolerance : preview.lastCase === 'stock' ? text + t.fillStock : text;
}

/**
 * Lays out the live recap: a heading, one row per product, then one row per producer.
 * @example liveRecap(catalog, { TOM: { quantity: 4, tolerance: 2 } }, 3, now).name // "▸ Récap"
 */
export function liveRecap(catalog: CycleCatalog, ordered: Ordered, households: number, updatedAt: number): TabLayout {
  const { locale, timeZone } = catalog.settings;
  const t = catalogue(locale).orders.recap;
  const money = (cents: number) => formatMoney(cents, locale);
  const rows: Cell[][] = [];
  const boldRows: number[] = [];
  const bold = (row: Cell[]) => {
    boldRows.push(rows.length);
    rows.push(pad(row));
  };

  bold([t.heading(cycleLabel(catalog.cycle, timeZone, locale)), '', t.households(households), '', '', '', '', t.updatedAt(formatLongDateTime(updatedAt, timeZone, locale))]);
  rows.push(pad([]));
  bold(t.headers);
  const amounts = new Map<string, number>();
  for (const product of catalog.products) {
    const { quantity, tolerance } = ordered[product.ref] ?? { quantity: 0, tolerance: 0 };
    const amount = lineAmount(product.priceCents, quantity);
    amounts.set(product.producer, (amounts.get(product.producer) ?? 0) + amount);
    rows.push([
      product.producer, product.ref, product.name, product.unit, quantity, product.caseSize ? tolerance : '',
      product.caseSize ?? '', caseFill(product, quantity, tolerance, locale, catalog.settings.casePolicy),
      product.stock === null ? t.unlimited : Math.max(0, roundQuantity(product.stock - quantity)),
      centsToEuros(amount),
    ]);
  }

  rows.push(pad([]));
  bold([t.producersHeading]);
  bold(t.producerHeaders);
  let total = 0;
  for (const producer of catalog.producers) {
    const amount = amounts.get(producer.name) ?? 0;
    total += amount;
    const minimum = producer.minimumCents <= 0
      ? t.noMinimum
      : amount >= producer.minimumCents
        ? t.minimumReached(money(producer.minimumCents))
        : t.minimumMissing(money(producer.minimumCents), money(producer.minimumCents - amount));
    rows.push(pad([producer.name, '', minimum, '', '', '', '', '', '', centsToEuros(amount)]));
  }
  bold([t.total, '', '', '', '', '', '', '', '', centsToEuros(total)]);

  return {
    name: safeTabName(t.tabName, new Set()), // the same name as the close's recap, which rewrites it
    rows,
    frozenRows: 3,
    columnFormats: { 4: 'quantity', 5: 'quantity', 6: 'quantity', 8: 'quantity', 9: 'money' },
    boldRows,
    columnWidths: { 0: 160, 2: 200, 7: 280 },
  };
}
