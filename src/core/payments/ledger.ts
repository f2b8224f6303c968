// The Paiements ledger: one row per household per cycle and one per producer per cycle, written at
// each close and never cleared. Cabas owns what is due; the coordinators own the ticks, the means,
// what was received, credits and notes, and Cabas keeps them whatever it rewrites.
import { catalogue } from '../i18n';
import { formatMoney } from '../money';
import { type ClosedCycle } from '../close/closed-cycle';
import { isBlank, parseBoolean, parseMoney, cellText } from '../workbook/parse-cell';
import { readTable } from '../workbook/read-table';
import { amountDue, directPayments } from './amount-due';

export interface LedgerEntry {
  cycle: string;
  email: string; // a household's row; '' on a producer's row
  member: string;
  site: string;
  producer: string; // a producer's row; '' on a household's row
  dueCents: number;
  detail: string;
  pickedUp: boolean;
  paid: boolean;
  means: string; // as typed: espèces, chèque, virement, autre
  receivedCents: number | null; // a partial payment: what was received so far (null: nothing typed)
  creditCents: number;
  note: string;
}

/** A ledger row read from the tab: `row` is its 1-based sheet row. */
export interface LedgerRow extends LedgerEntry {
  row: number;
}

export interface PaymentTicks {
  pickedUp: boolean;
  paid: boolean;
}

/** The fields a close writes; every other one is the coordinators'. */
type Computed = Pick<LedgerEntry, 'cycle' | 'email' | 'member' | 'site' | 'producer' | 'dueCents' | 'detail'>;

/**
 * The key of a ledger row: a cycle and a household, or a cycle and a producer.
 * @example ledgerKey({ cycle: '2026-12-10', email: 'Anne@Example.org ', producer: '' }) // "2026-12-10\u0000anne@example.org\u0000"
 */
export function ledgerKey(entry: Pick<LedgerEntry, 'cycle' | 'email' | 'producer'>): string {
  const email = entry.email.trim().toLowerCase();
  return `${entry.cycle.trim()}\u0000${email}\u0000${email ? '' : entry.producer.trim()}`;
}

/**
 * What a close puts in the ledger: a row per household with something due (the total, and each
 * directly paid producer's share in `detail`), then a row per producer whose order goes ahead (for
 * a producer members pay directly, what they hand it and what the group adds: `directPayments`).
 * @example cycleLedger(cycle).map((e) => e.email || e.producer) // ["anne@example.org", "david@example.org", "Ferme des Tilleuls"]
 */
export function cycleLedger(cycle: ClosedCycle): LedgerEntry[] {
  const { locale } = cycle.catalog.settings;
  const t = catalogue(locale).payments;
  const money = (cents: number) => formatMoney(cents, locale);
  const id = cycle.catalog.cycle.id;
  const blank = { pickedUp: false, paid: false, means: '', receivedCents: null, creditCents: 0, note: '' };
  const entries: LedgerEntry[] = [];
  for (const h of cycle.households) {
    const due = amountDue(cycle, h);
    if (due.totalCents === 0) continue;
    const direct = due.producers.filter((p) => p.direct);
    const toGroup = due.totalCents - direct.reduce((sum, p) => sum + p.cents, 0);
    const detail = t.detail([...direct.map((p) => t.direct(p.producer, money(p.cents))), ...(toGroup > 0 ? [t.toGroup(money(toGroup))] : [])]);
    entries.push({ ...blank, cycle: id, email: h.email, member: h.name, site: h.site, producer: '', dueCents: due.totalCents, detail });
  }
  const paidDirectly = new Map(directPayments(cycle).map((d) => [d.producer, d]));
  for (const p of cycle.producers) {
    if (p.status !== 'ok' || p.totalCents <= 0) continue;
    const d = paidDirectly.get(p.producer);
    const detail = !d ? t.producerPaidByGroup : d.groupCents > 0 ? t.producerPaidByMembersAndGroup(money(d.membersCents), money(d.groupCents)) : t.producerPaidByMembers;
    entries.push({ ...blank, cycle: id, email: '', member: '', site: '', producer: p.producer, dueCents: p.totalCents, detail });
  }
  return entries;
}

/**
 * The ledger's rows from the tab's values (header row first), columns found by header; blank rows skipped.
 * @example readLedger([['Cycle', 'E-mail', 'Dû', 'Payé'], ['2026-12-10', 'anne@example.org', 12.5, true]])[0] // { row: 2, dueCents: 1250, paid: true, … }
 */
export function readLedger(values: unknown[][]): LedgerRow[] {
  const { rows } = readTable('payments', values);
  const money = (cell: unknown) => {
    const parsed = parseMoney(cell);
    return parsed.ok ? parsed.value : 0;
  };
  const tick = (cell: unknown) => {
    const parsed = parseBoolean(cell, false);
    return parsed.ok && parsed.value;
  };
  const text = (cell: unknown) => (cell === undefined ? '' : cellText(cell).trim());
  return rows.map(({ row, cells }) => ({
    row, cycle: text(cells.cycle), email: text(cells.email).toLowerCase(), member: text(cells.member), site: text(cells.site),
    producer: text(cells.producer), dueCents: money(cells.due), detail: text(cells.detail), pickedUp: tick(cells.pickedUp),
    paid: tick(cells.paid), means: text(cells.means), receivedCents: isBlank(cells.received) ? null : money(cells.received),
    creditCents: money(cells.credit), note: text(cells.note),
  }));
}

export interface LedgerMerge {
  /** Rows already in the tab whose content changes, with their new content. */
  changed: LedgerRow[];
  /** New rows, to add below the tab's last row. */
  appended: LedgerEntry[];
  /** Every row's ticks after the merge, by `ledgerKey`: what the Distribution tabs show. */
  ticks: Map<string, PaymentTicks>;
}

/**
 * Merges a close's entries and the ticks read from the Distribution tabs into the ledger's rows.
 * A row is found by its key (cycle + household, or cycle + producer), so closing the same cycle
 * again adds no row; a close updates only what it computes (name, site, due, detail); a tick from
 * a Distribution tab is added to its row (a tick in either place counts: nothing Cabas does ever
 * unticks a box). A household of the cycle that no longer owes anything keeps its row, with 0 due.
 * Inputs are not changed.
 */
export function mergeLedger(rows: LedgerRow[], fresh: LedgerEntry[], distributionTicks: Map<string, PaymentTicks>, cycle?: string): LedgerMerge {
  const byKey = new Map<string, LedgerRow>();
  for (const r of rows) {
    const key = ledgerKey(r);
    if (!byKey.has(key)) byKey.set(key, r); // a row copied by hand: the first one is the ledger's
  }
  const changed = new Map<string, LedgerRow>();
  const update = (key: string, current: LedgerRow, patch: Partial<LedgerEntry>) => {
    const base = changed.get(key) ?? current;
    const merged = { ...base, ...patch };
    if (Object.keys(patch).some((k) => merged[k as keyof LedgerEntry] !== current[k as keyof LedgerEntry])) changed.set(key, merged);
  };
  const appended: LedgerEntry[] = [];
  const freshKeys = new Set<string>();
  for (const entry of fresh) {
    const key = ledgerKey(entry);
    if (freshKeys.has(key)) continue;
    freshKeys.add(key);
    const current = byKey.get(key);
    const computed: Computed = { cycle: entry.cycle, email: entry.email, member: entry.member, site: entry.site, producer: entry.producer, dueCents: entry.dueCents, detail: entry.detail };
    if (current) update(key, current, computed);
    else appended.push({ ...entry });
  }
  if (cycle !== undefined) {
    for (const [key, r] of byKey) if (r.cycle === cycle && !freshKeys.has(key) && r.dueCents !== 0) update(key, r, { dueCents: 0, detail: '' });
  }
  const ticks = new Map<string, PaymentTicks>();
  for (const [key, r] of byKey) ticks.set(key, { pickedUp: r.pickedUp, paid: r.paid });
  const added = new Map(appended.map((e) => [ledgerKey(e), e]));
  for (const key of added.keys()) ticks.set(key, { pickedUp: false, paid: false });
  for (const [key, tick] of distributionTicks) {
    const own = ticks.get(key);
    if (!own || (!tick.pickedUp || own.pickedUp) && (!tick.paid || own.paid)) continue;
    const both = { pickedUp: own.pickedUp || tick.pickedUp, paid: own.paid || tick.paid };
    ticks.set(key, both);
    const current = byKey.get(key);
    if (current) update(key, current, both);
    else Object.assign(added.get(key)!, both);
  }
  return { changed: [...changed.values()], appended, ticks };
}

/**
 * The Distribution tab's reference of a household's ledger row, and back.
 * @example distributionRef('2026-12-10', 'anne@example.org') // "2026-12-10 · anne@example.org"
 */
export function distributionRef(cycle: string, email: string): string {
  return `${cycle} · ${email}`;
}

/** The ledger key a Distribution tab's reference points to, or null when the cell is not one. */
export function keyOfDistributionRef(ref: unknown): string | null {
  const text = typeof ref === 'string' ? ref.trim() : '';
  const at = text.lastIndexOf(' · ');
  if (at <= 0) return null;
  return ledgerKey({ cycle: text.slice(0, at), email: text.slice(at + 3), producer: '' });
}
