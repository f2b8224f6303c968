// Balances from the ledger, in one pass: what each household still owes across cycles, and each
// producer's cycles not yet paid. The `Soldes` tab and the reminders of what is owed read them.
import { catalogue } from '../i18n';
import { centsToEuros } from '../money';
import type { Locale, Member, TabLayout } from '../model';
import { formerKeys, NO_FORMER_KEYS, type FormerKeys } from '../members/former-keys';
import { ledgerKey, type LedgerEntry, type LedgerMerge, type LedgerRow } from './ledger';

/**
 * What is still owed on a ledger row: nothing once `Payé` is ticked; otherwise the due, less any
 * credit and what was received so far (negative: the group owes the household).
 * @example rowBalance({ dueCents: 4500, paid: false, receivedCents: 2000, creditCents: 0 }) // 2500
 */
export function rowBalance(entry: Pick<LedgerEntry, 'dueCents' | 'paid' | 'receivedCents' | 'creditCents'>): number {
  if (entry.paid) return 0;
  return entry.dueCents - entry.creditCents - (entry.receivedCents ?? 0);
}

export interface HouseholdBalance {
  email: string;
  member: string;
  site: string;
  dueCents: number;
  outstandingCents: number;
  /** The cycles with something still owed, oldest first. */
  cycles: { cycle: string; outstandingCents: number }[];
  /** Former addresses whose rows count here (`core/members/former-keys.ts`); absent when none. */
  formerKeys?: string[];
  /** True when `Anciennement` links them (else their name does). */
  formerWritten?: boolean;
}

export interface ProducerDue {
  producer: string;
  cycle: string;
  /** What is still to pay it for the cycle (`rowBalance`). */
  dueCents: number;
  /** The ledger row's `Détail`: who pays it (the group, or members directly and the group the difference). */
  detail: string;
}

export interface Balances {
  households: HouseholdBalance[]; // by outstanding amount, largest first, then name
  unpaidProducers: ProducerDue[]; // oldest cycle first
}

/**
 * Every household's and producer's balance, in one pass over the ledger. `except` leaves a cycle
 * out (the member summary speaks of earlier cycles only). A row under a household's former address
 * counts for the household it belongs to now (`links`, from `formerKeys`), under its current
 * address and name.
 * @example balances(entries).households[0] // { email: 'bruno@example.org', outstandingCents: 1500, cycles: [{ cycle: '2026-12-10', outstandingCents: 1500 }], … }
 */
export function balances(entries: Iterable<LedgerEntry>, except?: string, links: FormerKeys = NO_FORMER_KEYS): Balances {
  const households = new Map<string, HouseholdBalance>();
  const unpaidProducers: ProducerDue[] = [];
  // One row per household (or producer) and cycle: a copy made by hand is not counted again (the
  // merge writes to the first; ledger-problems.ts names the copy).
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.cycle === except || e.cycle === '') continue;
    const key = ledgerKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!e.email) {
      // What is left to pay a producer, as for a household: a credit or a part already paid counts.
      const left = rowBalance(e);
      if (e.producer && left > 0) unpaidProducers.push({ producer: e.producer, cycle: e.cycle, dueCents: left, detail: e.detail });
      continue;
    }
    const linked = links.byKey.get(e.email.trim().toLowerCase());
    const email = linked ? links.current(e.email) : e.email;
    let h = households.get(email);
    if (!h) {
      h = { email, member: e.member, site: e.site, dueCents: 0, outstandingCents: 0, cycles: [] };
      households.set(email, h);
    }
    if (linked) {
      // The household as `Adhérents` has it now, whatever the order of the rows.
      if (!h.formerKeys?.includes(e.email)) h.formerKeys = [...(h.formerKeys ?? []), e.email];
      if (links.written.has(e.email.trim().toLowerCase())) h.formerWritten = true;
    }
    if (e.member) h.member = e.member;
    if (e.site) h.site = e.site;
    const owed = rowBalance(e);
    h.dueCents += e.dueCents;
    h.outstandingCents += owed;
    if (owed !== 0) h.cycles.push({ cycle: e.cycle, outstandingCents: owed });
  }
  // A household `Adhérents` lists is shown as it has it now (a name or site corrected since, an
  // address changed), whatever its rows recorded.
  for (const [email, h] of households) {
    const member = links.listed.get(email.trim().toLowerCase());
    if (!member) continue;
    if (member.name) h.member = member.name;
    if (member.site) h.site = member.site;
  }
  const list = [...households.values()];
  for (const h of list) h.cycles.sort((a, b) => a.cycle.localeCompare(b.cycle));
  list.sort((a, b) => b.outstandingCents - a.outstandingCents || a.member.localeCompare(b.member) || a.email.localeCompare(b.email));
  unpaidProducers.sort((a, b) => a.cycle.localeCompare(b.cycle) || a.producer.localeCompare(b.producer));
  return { households: list, unpaidProducers };
}

/**
 * The former addresses of the ledger's households (`core/members/former-keys.ts`): a household row
 * under an address `Adhérents` no longer lists counts for the row whose `Anciennement` names it,
 * or else for the one row that bears its name.
 * @example balances(entries, undefined, ledgerLinks(entries, members))
 */
export function ledgerLinks(entries: LedgerEntry[], members: Member[]): FormerKeys {
  return formerKeys(entries.filter((e) => e.email !== '').map((e) => ({ key: e.email, name: e.member })), members);
}

/** The ledger as it stands after a merge: the rows read, with the changed ones replaced and the new ones added. */
export function mergedLedger(rows: LedgerRow[], merge: LedgerMerge): LedgerEntry[] {
  const changed = new Map(merge.changed.map((r) => [r.row, r]));
  return [...rows.map((r) => changed.get(r.row) ?? r), ...merge.appended];
}

/**
 * The `Soldes` tab: households with their balance across cycles (those who owe first), then the
 * producers' unpaid cycles. Written whole each time, never typed. The name is not yet made safe.
 * @example balancesTab(balances(entries), 'fr').rows[0] // ["Foyers", null, …]
 */
export function balancesTab(b: Balances, locale: Locale): TabLayout {
  const t = catalogue(locale).payments.balances;
  const rows: (string | number | null)[][] = [[t.householdsHeading, null, null, null, null, null], t.householdHeaders];
  const bold = [0, 1];
  for (const h of b.households) {
    rows.push([h.member || h.email, h.email, h.site, centsToEuros(h.dueCents), centsToEuros(h.outstandingCents), h.cycles.map((c) => c.cycle).join(', ')]);
  }
  const owed = b.households.reduce((sum, h) => sum + Math.max(0, h.outstandingCents), 0);
  rows.push([t.totalOwed, null, null, null, centsToEuros(owed), null]);
  bold.push(rows.length - 1);
  // What the group owes households is not netted against what others owe it: it is its own line.
  const credits = b.households.reduce((sum, h) => sum + Math.max(0, -h.outstandingCents), 0);
  if (credits > 0) {
    rows.push([t.totalCredits, null, null, null, centsToEuros(credits), null]);
    bold.push(rows.length - 1);
  }
  // A household whose address changed: which rows count for it, so that a wrong link is seen.
  for (const h of b.households) if (h.formerKeys) rows.push([t.formerKeys(h.member || h.email, h.email, h.formerKeys.join(', '), h.formerWritten === true), null, null, null, null, null]);
  rows.push([null, null, null, null, null, null]);
  rows.push([t.producersHeading, null, null, null, null, null]);
  bold.push(rows.length - 1);
  rows.push(t.producerHeaders);
  bold.push(rows.length - 1);
  if (b.unpaidProducers.length === 0) rows.push([t.noUnpaidProducer, null, null, null, null, null]);
  // Its `Détail` beside it: for a producer members pay directly, most of what is left is theirs to hand over, not the group's (found by probing).
  for (const p of b.unpaidProducers) rows.push([p.producer, p.cycle, null, centsToEuros(p.dueCents), null, p.detail || null]);
  return {
    name: t.tabName, rows, frozenRows: 2, boldRows: bold,
    columnFormats: { 0: 'text', 1: 'text', 2: 'text', 3: 'money', 4: 'money', 5: 'text' },
    columnWidths: { 0: 200, 1: 220, 2: 140, 3: 100, 4: 110, 5: 260 },
  };
}
