// Reads the producers and their products, with a problem per slip (prices, steps, cases, limits).
import { readsAsCabasTab, safeTabName } from '../close/tab-name';
import type { Locale, Producer, Product } from '../model';
import { isMultipleOfStep } from '../orders/parse-quantity';
import { normalizeHeader } from './normalize-header';
import { isBlank, parseEmail, parseMoney, parseNumber } from './parse-cell';
import { byName } from './read-directory';
import { FirstSeen, ProblemList, tabView, type TabInput } from './tab-reader';

export function readProducers(tab: TabInput, locale: Locale, problems: ProblemList): Producer[] {
  const view = tabView('producers', tab, ['name', 'email'], locale, problems);
  if (!view.has('name')) return [];
  const producers: Producer[] = [];
  const seen = new FirstSeen(normalizeHeader);
  for (const r of view.rows) {
    const name = seen.identify(r, 'name', 'producers.missing-name', 'producers.duplicate');
    if (name === null) continue;
    // Its tab is safe behind the generated prefix; the warning is so that nobody mixes the two up.
    if (readsAsCabasTab(name)) r.warn('workbook.reserved-tab-name', 'name', { name, tab: safeTabName(name, new Set()) });
    const active = r.yesNo('active', true);
    const shareNames = r.yesNo('shareNames', false);
    // An inactive producer gets no order, so no address is needed yet.
    if (active && isBlank(r.cell('email'))) r.error('producers.missing-email', 'email', { name });
    const email = r.read('email', 'producers.bad-email', parseEmail, '');
    const minimumCents = r.read('minimum', 'producers.bad-minimum', parseMoney, 0, (cents) => cents >= 0);
    producers.push({
      name, email, phone: r.text('phone'), minimumCents, payment: r.text('payment'),
      shareNames, note: r.text('note'), active, row: r.row,
    });
  }
  return producers;
}

type Limit = 'caseSize' | 'maxPerMember' | 'stock';
const LIMIT_CODES = {
  caseSize: { bad: 'catalog.bad-case-size', multiple: 'catalog.case-not-multiple', param: 'caseSize' },
  maxPerMember: { bad: 'catalog.bad-max', multiple: 'catalog.max-not-multiple', param: 'max' },
  stock: { bad: 'catalog.bad-stock', multiple: 'catalog.stock-not-multiple', param: 'stock' },
} as const;

export function readProducts(tab: TabInput, producers: Producer[], locale: Locale, problems: ProblemList): Product[] {
  const view = tabView('products', tab, ['ref', 'producer', 'name', 'unit', 'price'], locale, problems);
  if (!view.has('ref')) return [];
  const products: Product[] = [];
  const seen = new FirstSeen(normalizeHeader);
  const producerNamed = byName(producers);
  for (const r of view.rows) {
    const name = r.text('name');
    const ref = seen.identify(r, 'ref', 'catalog.missing-ref', 'catalog.duplicate-ref', { name });
    if (ref === null) continue;
    if (name === '' && view.has('name')) r.error('catalog.missing-name', 'name', { ref });
    const available = r.yesNo('available', true);

    const typedProducer = r.text('producer');
    const producer = producerNamed(typedProducer);
    if (!view.has('producer')) {
      // reported once as a missing column
    } else if (typedProducer === '') r.error('catalog.missing-producer', 'producer', { ref });
    else if (!producer) r.error('catalog.unknown-producer', 'producer', { producer: typedProducer });
    else if (!producer.active && available) r.warn('catalog.inactive-producer', 'producer', { producer: producer.name });

    const unit = r.text('unit');
    if (unit === '' && view.has('unit')) r.warn('catalog.missing-unit', 'unit', { ref });

    let priceCents = 0;
    if (!view.has('price')) {
      // reported once as a missing column
    } else if (isBlank(r.cell('price'))) r.error('catalog.missing-price', 'price', { ref });
    else {
      const price = parseMoney(r.cell('price'));
      if (!price.ok) r.refuse('catalog.bad-price', 'price');
      else if (price.value < 0) r.refuse('catalog.negative-price', 'price');
      else priceCents = price.value;
    }

    const step = r.read('step', 'catalog.bad-step', parseNumber, 1, (n) => n > 0);

    const limit = (key: Limit): number | null => {
      const codes = LIMIT_CODES[key];
      // A case of 0 units means nothing; a stock or a maximum of 0 is a real "none this time".
      const value = r.read(key, codes.bad, parseNumber, null, (n) => (key === 'caseSize' ? n > 0 : n >= 0));
      if (value !== null && !isMultipleOfStep(value, step)) r.error(codes.multiple, key, { [codes.param]: value, step });
      return value;
    };

    products.push({
      ref, producer: producer ? producer.name : typedProducer, name, description: r.text('description'), unit, priceCents, step,
      caseSize: limit('caseSize'), maxPerMember: limit('maxPerMember'), stock: limit('stock'),
      available, row: r.row,
    });
  }
  const offered = products.some((p) => p.available && producers.some((pr) => pr.active && pr.name === p.producer));
  if (!offered) problems.add('catalog.nothing-to-order', 'warning', { tab: tab.tabName });
  return products;
}
