// « Faire le bilan »: the season's indicators for a chosen period, from what the workbook keeps
// (order lines, cycles, the ledger, the outbox, the duty roster). Pure: one pass over each.
import { startOfLocalDay } from '../dates';
import type { Cycle, Duty, Member, OrderLine, Producer, Product } from '../model';
import { formerKeys, NO_FORMER_KEYS } from '../members/former-keys';
import { balances } from '../payments/balances';
import { readRejectionKey, type RejectionKey } from '../orders/rejection-key';
import type { LedgerEntry } from '../payments/ledger';
import { readTable } from '../workbook/read-table';
import { parseStatus } from '../workbook/tables';
import { producerNow } from '../producers/producer-now';

export interface ReviewInput {
  cycles: Cycle[];
  lines: OrderLine[]; // Commandes, every status
  ledger: LedgerEntry[];
  /** The outbox's sent e-mails: when each left. */
  sentAt: number[];
  /** The refusals the outbox keeps (one per refused submission that had an address). */
  refusals: RejectionKey[];
  duties: Duty[];
  /** `Adhérents`: a household whose address changed is one household across cycles (`members/former-keys.ts`). */
  members?: Member[];
  /** `Producteurs` and `Produits`: a producer renamed since is one producer across cycles (`producers/producer-now.ts`). */
  producers?: Producer[];
  products?: Product[];
  timeZone: string;
  /** The period, by cycle id, both ends included ('' for no bound). */
  from: string;
  to: string;
}

export interface CycleFigures {
  cycle: string;
  households: number;
  newHouseholds: number;
  returning: number;
  /** Households of the cycle before the previous one that ordered in neither of the last two. */
  gone: number;
  amountCents: number;
}

export interface SeasonReview {
  cycles: CycleFigures[];
  /** Cycles of the period counted from `Commandes` alone: their row of `Cycles` was deleted. */
  unlistedCycles: string[];
  /** Per producer and cycle: households that received something, and the amount. */
  producers: { producer: string; cycle: string; orders: number; amountCents: number }[];
  /** Per site over the period: orders (household × cycle) and amount. */
  sites: { site: string; orders: number; amountCents: number }[];
  /** Units allocated above the firm quantity (tolerance filling a case), and firm units not delivered. */
  toleranceUnits: number;
  cutUnits: number;
  /** Producers whose whole order of a cycle was cancelled, or held. */
  producerMinimums: { producer: string; cycle: string; status: 'cancelled' | 'held' }[];
  /** Refused submissions by reason, each counted once per reason it had. */
  refusals: Record<RefusalReason, number>;
  emailsSent: number;
  busiestMailDay: number;
  outstandingCents: number;
  /**
   * Per cycle of the period, from the ledger: what the households pay less what the producers
   * receive, that is the solidarity tariffs' balance (0 without tariffs); empty when every cycle's is 0.
   */
  solidarity: { cycle: string; balanceCents: number }[];
  /** Pickups (cycle × site with households) and those with at least one volunteer on the roster; null without a roster. */
  volunteers: { pickups: number; covered: number } | null;
}

export type RefusalReason = 'late' | 'address' | 'quantity' | 'other';
export const REFUSAL_REASONS: RefusalReason[] = ['late', 'address', 'quantity', 'other'];

/** The coordinator's three reasons (late, unknown address, quantity) and the rest, by code. */
const REASON_OF: Record<string, RefusalReason> = {
  'order.no-open-cycle': 'late', 'order.after-deadline': 'late',
  'order.unknown-member': 'address', 'order.inactive-member': 'address',
  'order.not-a-number': 'quantity', 'order.negative': 'quantity', 'order.off-step': 'quantity', 'order.too-large': 'quantity', 'order.bad-tolerance': 'quantity',
};

/** A cycle id's day (`2026-12-12` for the top-up cycle `2026-12-12-2`), or the id itself when it names no day. */
const dayOf = (id: string) => (/^\d{4}-\d{2}-\d{2}/.test(id) ? id.slice(0, 10) : id);


/**
 * The season's indicators for the cycles from `from` to `to` (ids compare as the dates they are).
 * @example seasonReview({ cycles, lines, ledger, sentAt, duties, timeZone: 'Europe/Paris', from: '2026-09-01', to: '2026-12-31' }).cycles[0]
 *   // { cycle: '2026-09-04', households: 31, newHouseholds: 31, returning: 0, gone: 0, amountCents: 145200 }
 */
export function seasonReview(input: ReviewInput): SeasonReview {
  // A closed cycle whose row was deleted from Cycles still counts, from its lines (found by probing:
  // the Bilan left it out without a word); the Bilan names it.
  const unlisted = unlistedCycles(input.lines, new Set(input.cycles.map((c) => c.id)));
  // In the order they ran (their deadlines), whatever their names: « janvier » before « février »
  // (found by probing: sorted by name, février came first and its households counted as new).
  const order = [...input.cycles, ...unlisted].sort((a, b) => a.deadline - b.deadline || a.id.localeCompare(b.id));
  const ids = order.map((c) => c.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  // Cycles named by their day compare with a bound as days (a top-up cycle of the last day is in);
  // a bound naming another cycle (« janvier ») is that cycle's place in the order.
  const dated = (id: string) => /^\d{4}-\d{2}-\d{2}/.test(id);
  const compare = (id: string, bound: string) =>
    (dated(id) && dated(bound)) || !position.has(bound) ? dayOf(id).localeCompare(dayOf(bound)) : position.get(id)! - position.get(bound)!;
  const inPeriod = (id: string, from: string, to: string) => (from === '' || compare(id, from) >= 0) && (to === '' || compare(id, to) <= 0);
  const delivered = input.lines.filter((l) => (l.status === 'allocated' || l.status === 'held') && (l.allocated ?? 0) > 0);
  const ordering = input.lines.filter((l) => l.status !== 'replaced');
  const who = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  const links = input.members ? formerKeys(delivered.map((l) => ({ key: l.email, name: l.member })), input.members) : NO_FORMER_KEYS;
  for (const l of delivered) (who.get(l.cycle) ?? who.set(l.cycle, new Set()).get(l.cycle)!).add(links.current(l.email));
  const seen = new Set<string>();
  const cycles: CycleFigures[] = [];
  const amountBy = sumBy(delivered, (l) => l.cycle);
  for (const [i, id] of ids.entries()) {
    const now = who.get(id)!;
    const prev = i > 0 ? who.get(ids[i - 1])! : new Set<string>();
    const before = i > 1 ? who.get(ids[i - 2])! : new Set<string>();
    const figures: CycleFigures = {
      cycle: id, households: now.size,
      newHouseholds: [...now].filter((e) => !seen.has(e)).length,
      returning: [...now].filter((e) => seen.has(e)).length,
      gone: [...before].filter((e) => !prev.has(e) && !now.has(e)).length,
      amountCents: amountBy.get(id) ?? 0,
    };
    for (const e of now) seen.add(e);
    if (inPeriod(id, input.from, input.to)) cycles.push(figures);
  }
  const period = new Set(cycles.map((c) => c.cycle));
  const own = delivered.filter((l) => period.has(l.cycle));

  const producers = new Map<string, { producer: string; cycle: string; emails: Set<string>; amountCents: number }>();
  const sites = new Map<string, { site: string; orders: Set<string>; amountCents: number }>();
  const nameNow = producerNow(own, input.producers ?? [], input.products ?? []);
  for (const l of own) {
    const name = nameNow(l.producer);
    const p = producers.get(`${name}\u0000${l.cycle}`) ?? { producer: name, cycle: l.cycle, emails: new Set<string>(), amountCents: 0 };
    p.emails.add(l.email);
    p.amountCents += l.amountCents;
    producers.set(`${name}\u0000${l.cycle}`, p);
    const s = sites.get(l.site) ?? { site: l.site, orders: new Set<string>(), amountCents: 0 };
    s.orders.add(`${l.cycle}\u0000${l.email}`);
    s.amountCents += l.amountCents;
    sites.set(l.site, s);
  }

  let toleranceUnits = 0;
  let cutUnits = 0;
  const byProducerCycle = new Map<string, { producer: string; cycle: string; statuses: Set<string> }>();
  for (const l of ordering) {
    if (!period.has(l.cycle) || l.status === 'active') continue;
    const got = l.allocated ?? 0;
    if (got > l.quantity) toleranceUnits += got - l.quantity;
    else if (got < l.quantity) cutUnits += l.quantity - got;
    const key = `${l.producer}\u0000${l.cycle}`;
    const entry = byProducerCycle.get(key) ?? { producer: l.producer, cycle: l.cycle, statuses: new Set<string>() };
    entry.statuses.add(l.status);
    byProducerCycle.set(key, entry);
  }
  const producerMinimums = [...byProducerCycle.values()].flatMap((p): SeasonReview['producerMinimums'] => {
    if (p.statuses.size === 1 && p.statuses.has('cancelled')) return [{ producer: p.producer, cycle: p.cycle, status: 'cancelled' }];
    if (p.statuses.has('held')) return [{ producer: p.producer, cycle: p.cycle, status: 'held' }];
    return [];
  });

  const first = order.find((c) => period.has(c.id));
  const last = [...order].reverse().find((c) => period.has(c.id));
  const start = first ? (first.opens ?? first.deadline - 14 * 86_400_000) : Infinity;
  const end = last ? (last.pickup ?? last.deadline) + 7 * 86_400_000 : -Infinity;
  const days = new Map<number, number>();
  let emailsSent = 0;
  for (const at of input.sentAt) {
    if (at < start || at > end) continue;
    emailsSent += 1;
    const day = startOfLocalDay(at, input.timeZone);
    days.set(day, (days.get(day) ?? 0) + 1);
  }

  const refusals: Record<RefusalReason, number> = { late: 0, address: 0, quantity: 0, other: 0 };
  for (const r of input.refusals) {
    // A refusal with no cycle open (after a close, before the next opening) belongs to the period by its time.
    if (r.cycle === '-' || !ids.includes(r.cycle) ? r.at < start || r.at > end : !period.has(r.cycle)) continue;
    for (const reason of new Set(r.codes.length ? r.codes.map((c) => REASON_OF[c] ?? 'other') : ['other' as const])) refusals[reason] += 1;
  }

  let volunteers: SeasonReview['volunteers'] = null;
  if (input.duties.length > 0) {
    const onDuty = new Set(input.duties.filter((d) => d.date !== null && d.volunteer.trim()).map((d) => `${startOfLocalDay(d.date!, input.timeZone)}\u0000${d.site}`));
    let pickups = 0;
    let covered = 0;
    for (const c of order) {
      if (!period.has(c.id) || c.pickup === null) continue;
      const day = startOfLocalDay(c.pickup, input.timeZone);
      for (const site of new Set(own.filter((l) => l.cycle === c.id).map((l) => l.site))) {
        pickups += 1;
        if (onDuty.has(`${day}\u0000${site}`)) covered += 1;
      }
    }
    volunteers = { pickups, covered };
  }

  return {
    cycles,
    unlistedCycles: unlisted.map((c) => c.id).filter((id) => period.has(id)),
    producers: [...producers.values()].map((p) => ({ producer: p.producer, cycle: p.cycle, orders: p.emails.size, amountCents: p.amountCents }))
      .sort((a, b) => a.producer.localeCompare(b.producer) || a.cycle.localeCompare(b.cycle)),
    sites: [...sites.values()].map((s) => ({ site: s.site, orders: s.orders.size, amountCents: s.amountCents })).sort((a, b) => a.site.localeCompare(b.site)),
    toleranceUnits: round(toleranceUnits), cutUnits: round(cutUnits), producerMinimums, refusals,
    emailsSent, busiestMailDay: Math.max(0, ...days.values()),
    outstandingCents: balances(input.ledger.filter((e) => period.has(e.cycle))).households.reduce((s, h) => s + Math.max(0, h.outstandingCents), 0),
    solidarity: solidarityByCycle(input.ledger, cycles.map((c) => c.cycle)),
    volunteers,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The closed cycles `Commandes` holds lines of (an outcome written: allocated, held, cancelled) and
 * `Cycles` no longer lists, each dated by its latest submission.
 * @example unlistedCycles(lines, new Set(['2026-12-19'])) // [{ id: '2026-12-12', deadline: 1765384200000, … }]
 */
function unlistedCycles(lines: OrderLine[], listed: Set<string>): Cycle[] {
  const latest = new Map<string, number>();
  for (const l of lines) {
    if (l.cycle === '' || listed.has(l.cycle) || !['allocated', 'held', 'cancelled'].includes(l.status)) continue;
    latest.set(l.cycle, Math.max(latest.get(l.cycle) ?? -Infinity, l.submittedAt));
  }
  return [...latest].map(([id, at]) => ({ id, opens: null, deadline: at, pickup: null, status: 'archived', formUrl: '', note: '' }));
}

/**
 * The solidarity balance of each cycle, from the ledger a close writes: its households' dues (at
 * their tariffs) less its producers' (at the catalogue price). Both leave out producers held or
 * cancelled, so the difference is the tariffs' alone. Empty when no cycle has one.
 * @example solidarityByCycle(ledger, ['2026-12-10']) // [{ cycle: '2026-12-10', balanceCents: -921 }]
 */
function solidarityByCycle(ledger: LedgerEntry[], cycles: string[]): SeasonReview['solidarity'] {
  const balance = new Map(cycles.map((c) => [c, 0]));
  for (const e of ledger) {
    if (!balance.has(e.cycle)) continue;
    if (e.email) balance.set(e.cycle, balance.get(e.cycle)! + e.dueCents);
    else if (e.producer) balance.set(e.cycle, balance.get(e.cycle)! - e.dueCents);
  }
  const list = cycles.map((cycle) => ({ cycle, balanceCents: balance.get(cycle)! }));
  return list.some((c) => c.balanceCents !== 0) ? list : [];
}

function sumBy(lines: OrderLine[], key: (l: OrderLine) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(key(l), (sums.get(key(l)) ?? 0) + l.amountCents);
  return sums;
}

/**
 * The refusals the outbox keeps, from its values (header first): every refusal e-mail's key, sent or not.
 * @example refusalKeys([['Clé'], ['rejection:2026-12-10:x@y.fr:0:order.negative']])[0].codes // ['order.negative']
 */
export function refusalKeys(values: unknown[][]): RejectionKey[] {
  return readTable('outbox', values).rows.flatMap(({ cells }) => {
    const key = readRejectionKey(String(cells.key ?? ''));
    return key ? [key] : [];
  });
}

/**
 * When each e-mail of the outbox left, from its values (header first): the sent rows' `Envoyé le`.
 * @example sentTimes([['Clé', 'Statut', 'Envoyé le'], ['k', 'envoyé', new Date(0)]]) // [0]
 */
export function sentTimes(values: unknown[][]): number[] {
  const times: number[] = [];
  for (const { cells } of readTable('outbox', values).rows) {
    if (parseStatus('outboxStatus', String(cells.status ?? '')) !== 'sent') continue;
    const at = cells.sentAt;
    if (Object.prototype.toString.call(at) === '[object Date]') times.push((at as Date).getTime());
  }
  return times;
}
