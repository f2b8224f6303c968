// Reads the producers and their products, with a problem per slip (prices, steps, cases, limits).
import type { Locale, Producer, Product } from '../model';
import { normalizeHeader } from './normalize-header';
import { isBlank, parseBoolean, parseEmail, parseMoney, parseNumber } from './parse-cell';
import { findByName } from './read-directory';
import { FirstSeen, ProblemList, shown, tabView, type TabInput } from './tab-reader';

/** Whether `value` is a whole number of `step`s, forgiving binary rounding (0.3 of 0.1). */
export function isMultipleOf(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

export function readProducers(tab: TabInput, locale: Locale, problems: ProblemList): Producer[] {
  const view = tabView('producers', tab, ['name', 'email'], locale, problems);
  if (!view.has('name')) return [];
  const producers: Producer[] = [];
  const seen = new FirstSeen();
  for (const r of view.rows) {
    const name = shown(r.cell('name'));
    if (name === '') {
      problems.add('producers.missing-name', 'error', r.place('name'));
      continue;
    }
    const first = seen.check(normalizeHeader(name), r.row);
    if (first !== null) {
      problems.add('producers.duplicate', 'error', r.place('name'), { name, firstRow: first });
      continue;
    }
    const active = parseBoolean(r.cell('active'), true);
    if (!active.ok) problems.add('cell.bad-yesno', 'error', r.place('active'), { value: shown(r.cell('active')) });
    const shareNames = parseBoolean(r.cell('shareNames'), false);
    if (!shareNames.ok) problems.add('cell.bad-yesno', 'error', r.place('shareNames'), { value: shown(r.cell('shareNames')) });
    let email = '';
    if (isBlank(r.cell('email'))) {
      // An inactive producer gets no order, so no address is needed yet.
      if (!active.ok || active.value) problems.add('producers.missing-email', 'error', r.place('email'), { name });
    } else {
      const parsed = parseEmail(r.cell('email'));
      if (parsed.ok) email = parsed.value;
      else problems.add('producers.bad-email', 'error', r.place('email'), { value: shown(r.cell('email')) });
    }
    let minimumCents = 0;
    if (!isBlank(r.cell('minimum'))) {
      const minimum = parseMoney(r.cell('minimum'));
      if (minimum.ok && minimum.value >= 0) minimumCents = minimum.value;
      else problems.add('producers.bad-minimum', 'error', r.place('minimum'), { value: shown(r.cell('minimum')) });
    }
    producers.push({
      name, email, phone: shown(r.cell('phone')), minimumCents, payment: shown(r.cell('payment')),
      shareNames: shareNames.ok && shareNames.value, note: shown(r.cell('note')), active: !active.ok || active.value, row: r.row,
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
  const seen = new FirstSeen();
  for (const r of view.rows) {
    const ref = shown(r.cell('ref'));
    const name = shown(r.cell('name'));
    if (ref === '') {
      problems.add('catalog.missing-ref', 'error', r.place('ref'), { name });
      continue;
    }
    const first = seen.check(normalizeHeader(ref), r.row);
    if (first !== null) {
      problems.add('catalog.duplicate-ref', 'error', r.place('ref'), { ref, firstRow: first });
      continue;
    }
    if (name === '' && view.has('name')) problems.add('catalog.missing-name', 'error', r.place('name'), { ref });
    const available = parseBoolean(r.cell('available'), true);
    if (!available.ok) problems.add('cell.bad-yesno', 'error', r.place('available'), { value: shown(r.cell('available')) });

    const typedProducer = shown(r.cell('producer'));
    const producer = findByName(producers, typedProducer);
    if (!view.has('producer')) {
      // reported once as a missing column
    } else if (typedProducer === '') problems.add('catalog.missing-producer', 'error', r.place('producer'), { ref });
    else if (!producer) problems.add('catalog.unknown-producer', 'error', r.place('producer'), { producer: typedProducer });
    else if (!producer.active && (!available.ok || available.value)) {
      problems.add('catalog.inactive-producer', 'warning', r.place('producer'), { producer: producer.name });
    }

    const unit = shown(r.cell('unit'));
    if (unit === '' && view.has('unit')) problems.add('catalog.missing-unit', 'warning', r.place('unit'), { ref });

    let priceCents = 0;
    const rawPrice = r.cell('price');
    if (!view.has('price')) {
      // reported once as a missing column
    } else if (isBlank(rawPrice)) problems.add('catalog.missing-price', 'error', r.place('price'), { ref });
    else {
      const price = parseMoney(rawPrice);
      if (!price.ok) problems.add('catalog.bad-price', 'error', r.place('price'), { value: shown(rawPrice) });
      else if (price.value < 0) problems.add('catalog.negative-price', 'error', r.place('price'), { value: shown(rawPrice) });
      else priceCents = price.value;
    }

    let step = 1;
    if (!isBlank(r.cell('step'))) {
      const parsed = parseNumber(r.cell('step'));
      if (parsed.ok && parsed.value > 0) step = parsed.value;
      else problems.add('catalog.bad-step', 'error', r.place('step'), { value: shown(r.cell('step')) });
    }

    const limit = (key: Limit): number | null => {
      if (isBlank(r.cell(key))) return null;
      const codes = LIMIT_CODES[key];
      const parsed = parseNumber(r.cell(key));
      // A case of 0 units means nothing; a stock or a maximum of 0 is a real "none this time".
      const valid = parsed.ok && (key === 'caseSize' ? parsed.value > 0 : parsed.value >= 0);
      if (!parsed.ok || !valid) {
        problems.add(codes.bad, 'error', r.place(key), { value: shown(r.cell(key)) });
        return null;
      }
      if (!isMultipleOf(parsed.value, step)) problems.add(codes.multiple, 'error', r.place(key), { [codes.param]: parsed.value, step });
      return parsed.value;
    };

    products.push({
      ref, producer: producer ? producer.name : typedProducer, name, description: shown(r.cell('description')), unit, priceCents, step,
      caseSize: limit('caseSize'), maxPerMember: limit('maxPerMember'), stock: limit('stock'),
      available: !available.ok || available.value, row: r.row,
    });
  }
  const offered = products.some((p) => p.available && producers.some((pr) => pr.active && pr.name === p.producer));
  if (!offered) problems.add('catalog.nothing-to-order', 'warning', { tab: tab.tabName });
  return products;
}
