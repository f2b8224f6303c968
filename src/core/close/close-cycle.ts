// Closes a cycle: allocates cases and stock, applies producer minimums, lays out the tabs, composes the e-mails.
import { catalogue } from '../i18n';
import { lineAmount } from '../money';
import type { CycleCatalog, Duty, Email, Member, MemberOrderState, OrderLine, QueuedUnits, Rejection, Settings, TabLayout } from '../model';
import { allocateCases, type CaseAllocation } from './allocate-cases';
import { type CloseMode, closeModeInput } from './close-mode';
import { type ClosedCycle, type ClosedLine, type Household, type ProducerOrder, delivered, producerCancelled, productOf } from './closed-cycle';
import { composeDigest } from './compose-digest';
import { composeMemberSummary } from './compose-member-summary';
import { composeProducerOrder } from './compose-producer-order';
import { distributionTabs } from './distribution-tab';
import { lineKeys } from './line-key';
import { producerSections } from './producer-sections';
import { lineUnits } from './queue-units';
import { lineTolerance } from '../orders/order-line';
import { producerRows, producerTab } from './producer-tab';
import { recapTab } from './recap-tab';
import { tariffOf } from '../tariffs/household-price';
import { formerKeys } from '../members/former-keys';
import { safeTabName } from './tab-name';
import { cycleLedger, type LedgerEntry, type PaymentTicks } from '../payments/ledger';
import type { EarlierBalance } from './compose-member-summary';

export type { ProducerOrder } from './closed-cycle';
export type { CloseMode } from './close-mode';

export interface CloseInput {
  catalog: CycleCatalog;
  lines: OrderLine[]; // the cycle's current (active) lines, from Commandes
  members: Member[]; // to find names/sites (never the phone or e-mail in producer output)
  duties: Duty[]; // to tell members their pickup duty
  rejections: Rejection[]; // rejected submissions of the cycle (for Récap and the digest)
  pendingEmails: number; // e-mails still waiting in the outbox (digest)
  /** The members' current orders as the submissions recorded them: where each line's units wait (`queue-units.ts`). A line without one waits whole at its `queue`. */
  orders?: MemberOrderState[];
  now: number;
  /** 'finalize' is the coordinator's « Envoyer la commande »: `Attribué` as it stands is the order, nothing waits (see `closeModeInput`). Default 'close'. */
  mode?: CloseMode;
  /** The Retiré / Payé ticks already recorded, by ledger key (`core/payments/ledger.ts`): the Distribution tabs show them. */
  ticks?: ReadonlyMap<string, PaymentTicks>;
  /** What each household (by e-mail) still owes from earlier cycles (`balances(…, cycle)`): its summary mentions it. */
  earlierBalances?: ReadonlyMap<string, EarlierBalance>;
  /** Producers set inactive in `Producteurs` since the opening (`withdrawnProducers`): their orders are cancelled, and the members told. */
  withdrawn?: string[];
}

/** What a close writes back to one order line. */
export type LineResult = Pick<OrderLine, 'allocated' | 'amountCents' | 'status'>;

export interface CloseResult {
  lines: OrderLine[]; // the input's lines, in their order, with allocated/amount/status set (finalize: with the quantities it took)
  /** What to write back to each input line, by its key in `lineKeys(input.lines)`. */
  outcomes: Map<string, LineResult>;
  producers: ProducerOrder[];
  tabs: TabLayout[]; // one per producer with an order, one 'Distribution <site>' per site with households, the final 'Récap'; each name behind GENERATED_TAB_PREFIX
  /** The coordinator decides before anything leaves (see `awaitsReview`); the e-mails are then not sent yet. */
  awaitsReview: boolean;
  /**
   * Automatic sending off (and nothing to review): the e-mails are queued in `Envois` but wait
   * there for « Envoyer les e-mails en attente ».
   */
  holdsSending: boolean;
  /**
   * One per producer with an order, one per member who ordered, one digest, composed as they are
   * read: a close of 2,000 households never holds 2,000 rendered e-mails at once, and a close that
   * waits for the coordinator composes none. Every iteration composes them afresh, identically.
   */
  emails: Iterable<Email>;
  /** What the cycle adds to the `Paiements` ledger: one entry per household that owes something, one per producer paid. */
  ledger: LedgerEntry[];
}

// Lines a member replaced are carried through untouched. Every other line is (re)allocated from its
// firm quantity and tolerance, whatever status an earlier close gave it: closing twice from the same
// lines gives the same result. (A member cancels by replacing their lines with none.)
const ordering = (line: OrderLine) => line.status !== 'replaced';

/**
 * Closes the cycle from its order lines. Pure: same input, same output; inputs are not changed.
 * @example closeCycle({ catalog, lines, members, duties: [], rejections: [], pendingEmails: 0, now }).tabs.map((t) => t.name)
 *   // ["▸ Ferme des Tilleuls", "▸ Rucher du Causse", "▸ Distribution Monclar-de-Querc", "▸ Distribution Septfonds", "▸ Récap"]
 */
export function closeCycle(closeInput: CloseInput): CloseResult {
  const mode = closeInput.mode ?? 'close';
  const input = { ...closeInput, ...closeModeInput(mode, closeInput.catalog, closeInput.lines) };
  const { catalog } = input;
  const { closed, cases } = allocate(input);
  const producers = applyMinimums(catalog, closed, cases, new Set(input.withdrawn ?? []), input.minimums);
  if (mode === 'finalize') showOrdered(closed, closeInput.lines);
  const waiting = mode === 'close' && awaitsReview(catalog.settings, producers);
  const holdsSending = !waiting && !catalog.settings.autoSend;
  const byIndex = new Map(closed.map((c) => [c.index, c.closed]));
  const lines = input.lines.map((line, index) => byIndex.get(index)?.line ?? { ...line });
  const keys = lineKeys(input.lines);
  const outcomes = new Map(lines.map((l, i) => [keys[i], { allocated: l.allocated, amountCents: l.amountCents, status: l.status }]));
  const cycle: ClosedCycle = {
    catalog, producers, members: input.members, now: input.now,
    lines: closed.map((c) => c.closed), households: households(catalog, input.members, closed),
  };

  const taken = new Set<string>();
  const reserve = (name: string) => {
    taken.add(name);
    return name;
  };
  const recapName = reserve(safeTabName(catalogue(catalog.settings.locale).close.recap.tabName, taken));
  const withOrder = producers.filter((p) => !producerCancelled(p.status) && p.totalCents > 0);
  // The tab, the e-mail and its CSV show the same tables: work them out once per producer, from
  // its delivered lines found in one pass over the cycle.
  const deliveredBy = groupBy(cycle.lines.filter((c) => delivered(c.line)), (c) => c.line.producer);
  const tables = new Map(withOrder.map((p) => {
    const lines = deliveredBy.get(p.producer) ?? [];
    const sections = producerSections(cycle, p, lines);
    return [p, { lines, sections, rows: producerRows(cycle, p, sections) }];
  }));
  const tabs: TabLayout[] = [
    ...withOrder.map((p) => producerTab(reserve(safeTabName(p.producer, taken)), tables.get(p)!.rows)),
    ...distributionTabs(cycle, input.ticks ?? new Map()).map((tab) => ({ ...tab, name: reserve(safeTabName(tab.name, taken)) })),
    recapTab(cycle, input.rejections, recapName, waiting || (holdsSending && 'outbox')),
  ];

  const emails: Iterable<Email> = {
    *[Symbol.iterator]() {
      for (const p of withOrder) {
        if (p.status !== 'ok') continue;
        const { lines, sections, rows } = tables.get(p)!;
        const email = composeProducerOrder(cycle, p, lines, sections, rows);
        if (email) yield email;
      }
      for (const h of cycle.households) yield composeMemberSummary(cycle, h, input.duties, input.earlierBalances?.get(h.address ?? h.email));
      yield composeDigest(cycle, input.rejections, input.pendingEmails);
    },
  };
  return { lines, outcomes, producers, tabs, emails, awaitsReview: waiting, holdsSending, ledger: cycleLedger(cycle) };
}

/**
 * Whether the coordinator corrects `Attribué` before the close's e-mails are even written: manual
 * cases, or a producer held below its minimum. (Automatic sending off writes them, to wait in
 * `Envois`: see `holdsSending`.)
 */
export function awaitsReview(settings: Settings, producers: ProducerOrder[]): boolean {
  return settings.casePolicy === 'manual' || producers.some((p) => p.status === 'below-minimum-held');
}

interface Indexed { index: number; closed: ClosedLine }
type CaseCounts = Map<string, { cases: number; shortfall: number }>;

/** Per product, in queue order (each line's units at their own places, `queue-units.ts`): cases, tolerance and stock. */
function allocate(input: CloseInput): { closed: Indexed[]; cases: CaseCounts } {
  const { catalog } = input;
  const policy = catalog.settings.casePolicy;
  const indexed = input.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => ordering(line))
    .sort((a, b) => a.line.queue - b.line.queue || a.line.submittedAt - b.line.submittedAt || a.index - b.index);
  const refs = [...new Set([...catalog.products.map((p) => p.ref), ...indexed.map((i) => i.line.ref)])];
  const byRef = groupBy(indexed, (i) => i.line.ref);
  const recorded = recordedQueues(input.orders ?? []);
  const result: Indexed[] = [];
  const cases: CaseCounts = new Map();
  for (const ref of refs) {
    const own = byRef.get(ref) ?? [];
    if (own.length === 0) continue;
    const product = productOf(catalog, own[0].line);
    // One request per place a line's units wait at, keyed `<line>:<place>`: the allocation serves each at its own time.
    // A line written before its tolerance was capped at `Max par adhérent` is capped here too.
    const units = own.map(({ line }) => lineUnits({ ...line, tolerance: lineTolerance(product, line.quantity, line.tolerance) }, recorded.get(line.email.trim().toLowerCase())?.get(ref)));
    const requests = own.flatMap(({ index }, i) => units[i].map((u, j) => ({ key: `${index}:${j}`, queue: u.queue, quantity: u.quantity, tolerance: u.tolerance })));
    const base = { step: product.step, stock: product.stock, requests, policy };
    const final = allocateCases({ ...base, caseSize: product.caseSize });
    // Without cases, what would the stock alone have given? Asked only when a line gets less than ordered.
    let withinStock: CaseAllocation['allocations'] | null = null;
    const stockGives = (index: number, count: number) => lineTotal((withinStock ??= allocateCases({ ...base, caseSize: null }).allocations), index, count);
    cases.set(ref, { cases: final.cases, shortfall: final.shortfall });
    for (const [i, { line, index }] of own.entries()) {
      const allocated = lineTotal(final.allocations, index, units[i].length);
      const reason = allocated > line.quantity ? 'tolerance'
        : allocated < line.quantity ? (stockGives(index, units[i].length) < line.quantity ? 'stock' : 'case')
          : null;
      result.push({
        index,
        closed: {
          unit: product.unit, reason, laterUnitsCut: reason !== null && reason !== 'tolerance' && laterUnitsCut(units[i], final.allocations, index),
          line: { ...line, allocated, amountCents: lineAmount(line.priceCents, allocated), status: allocated > 0 ? 'allocated' : 'cancelled' },
        },
      });
    }
  }
  return { closed: result.sort((a, b) => a.index - b.index), cases };
}

/** Per member e-mail and product ref, where the units of their current order wait. */
function recordedQueues(orders: MemberOrderState[]): Map<string, Map<string, QueuedUnits[]>> {
  const byEmail = new Map<string, Map<string, QueuedUnits[]>>();
  for (const order of orders) {
    const refs = new Map<string, QueuedUnits[]>();
    for (const line of order.lines) if (line.queued) refs.set(line.ref, line.queued);
    byEmail.set(order.email.trim().toLowerCase(), refs);
  }
  return byEmail;
}

/** What the line at `index` gets: the sum of its places' allocations. */
function lineTotal(allocations: CaseAllocation['allocations'], index: number, places: number): number {
  let sum = 0;
  for (let j = 0; j < places; j++) sum += allocations[`${index}:${j}`] ?? 0;
  return Math.round(sum * 1e6) / 1e6;
}

/** Whether units the member added after their line's first place are among those cut (they waited behind others' orders). */
function laterUnitsCut(units: QueuedUnits[], allocations: CaseAllocation['allocations'], index: number): boolean {
  return units.some((u, j) => j > 0 && u.quantity > 0 && (allocations[`${index}:${j}`] ?? 0) < u.quantity);
}

/**
 * Totals per producer; withdrawn, or below its minimum (`minimums`: not once the coordinator has
 * decided, « Envoyer la commande »), a producer's lines are cancelled or held. Changes `closed` in place (it is ours).
 */
function applyMinimums(catalog: CycleCatalog, closed: Indexed[], cases: CaseCounts, withdrawn: ReadonlySet<string>, minimums: boolean): ProducerOrder[] {
  const names = [...new Set([...catalog.producers.map((p) => p.name), ...closed.map((c) => c.closed.line.producer)])];
  const byProducer = groupBy(closed, (c) => c.closed.line.producer);
  const orders: ProducerOrder[] = [];
  for (const name of names) {
    const own = (byProducer.get(name) ?? []).map((c) => c.closed);
    if (own.length === 0) continue;
    const minimumCents = catalog.producers.find((p) => p.name === name)?.minimumCents ?? 0;
    const products = productsOf(catalog, own, cases);
    const totalCents = products.reduce((sum, p) => sum + p.amountCents, 0);
    let status: ProducerOrder['status'] = 'ok';
    if (withdrawn.has(name)) {
      status = 'withdrawn';
      for (const c of own) {
        if (c.line.status !== 'allocated') continue;
        c.line = { ...c.line, allocated: 0, amountCents: 0, status: 'cancelled' };
        c.reason = 'withdrawn';
      }
    } else if (minimums && minimumCents > 0 && totalCents > 0 && totalCents < minimumCents) {
      status = catalog.settings.minimumPolicy === 'hold' ? 'below-minimum-held' : 'below-minimum-cancelled';
      for (const c of own) {
        if (c.line.status !== 'allocated') continue;
        if (status === 'below-minimum-held') {
          c.line = { ...c.line, status: 'held' };
          c.reason = 'held';
        } else {
          c.line = { ...c.line, allocated: 0, amountCents: 0, status: 'cancelled' };
          c.reason = 'minimum';
        }
      }
    }
    orders.push({ producer: name, status, totalCents, minimumCents, products });
  }
  return orders;
}

/** One row per product of the producer, in catalogue order, before any minimum applies. */
function productsOf(catalog: CycleCatalog, own: ClosedLine[], cases: CaseCounts): ProducerOrder['products'] {
  const refs = [...new Set(own.map((c) => c.line.ref))];
  return refs.map((ref) => {
    const lines = own.filter((c) => c.line.ref === ref).map((c) => c.line);
    const product = productOf(catalog, lines[0]);
    const quantity = Math.round(lines.reduce((sum, l) => sum + (l.allocated ?? 0), 0) * 1e6) / 1e6;
    const counted = cases.get(ref) ?? { cases: 0, shortfall: 0 };
    return {
      ref, product: product.name || lines[0].product, unit: product.unit, quantity,
      cases: product.caseSize ? counted.cases : null, priceCents: lines[0].priceCents,
      amountCents: lines.reduce((sum, l) => sum + l.amountCents, 0), shortfall: counted.shortfall,
    };
  });
}

/**
 * « Envoyer la commande » allocates what `Attribué` holds, taken as the order: each line shows
 * again what the member ordered, and one the coordinator changed says so (`review`). Found by
 * probing: a summary read « 0 commandé, 0 reçu », with no why. Changes `closed` in place (it is ours).
 */
function showOrdered(closed: Indexed[], ordered: OrderLine[]): void {
  for (const c of closed) {
    const quantity = ordered[c.index].quantity;
    if (quantity === c.closed.line.quantity) continue;
    c.closed.line = { ...c.closed.line, quantity };
    if (c.closed.reason === null && (c.closed.line.allocated ?? 0) !== quantity) c.closed.reason = 'review';
  }
}

/** Items by key, each group in the items' order: one pass instead of one filter per key. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Households by queue place, each with its lines in catalogue order. */
function households(catalog: CycleCatalog, members: Member[], closed: Indexed[]): Household[] {
  const ranks = new Map<string, number>();
  // The first product of a ref ranks it, as findIndex did.
  for (const [i, p] of catalog.products.entries()) if (!ranks.has(p.ref)) ranks.set(p.ref, i);
  const rank = (ref: string) => ranks.get(ref) ?? catalog.products.length;
  const sorted = [...closed].sort((a, b) => a.closed.line.queue - b.closed.line.queue || a.index - b.index);
  const memberOf = new Map<string, Member>();
  for (const m of [...members].reverse()) memberOf.set(m.email, m); // the first of a duplicated e-mail wins, as find() did
  // A household that ordered under an address Adhérents no longer lists, and whose name one row
  // bears: that row is the household, unless it ordered under its new address too (then both
  // orders stand, and the digest names the former one).
  const ordering = new Set(sorted.map(({ closed: c }) => c.line.email.trim().toLowerCase()));
  const links = formerKeys(sorted.map(({ closed: c }) => ({ key: c.line.email, name: c.line.member })), members);
  const byEmail = new Map<string, Household>();
  for (const { closed: c } of sorted) {
    const email = c.line.email.trim().toLowerCase();
    let household = byEmail.get(email);
    if (!household) {
      const former = links.byKey.get(email);
      const moved = former && !ordering.has(former.email) ? former : undefined;
      const member = memberOf.get(email) ?? moved;
      household = {
        email, name: member?.name || c.line.member || '', site: c.line.site || member?.site || '', lines: [],
        tariff: tariffOf(member, catalog.settings),
        ...(member ? {} : { unknown: true }),
        ...(moved ? { address: moved.email } : {}),
      };
      byEmail.set(email, household);
    }
    household.lines.push(c);
  }
  for (const household of byEmail.values()) household.lines.sort((a, b) => rank(a.line.ref) - rank(b.line.ref));
  return [...byEmail.values()];
}
