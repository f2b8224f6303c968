// A household row of `Paiements` deleted by hand (a wrong row picked, a tidy-up) takes its debt with
// it: `▸ Soldes`, the reminders and the next summary all read the ledger. `Commandes` still holds
// what the household received, so such a row is found and named; nothing is written back, as the
// amount at its tariff is the ledger's to keep.
import { catalogue } from '../i18n';
import { formatMoney } from '../money';
import type { Locale, OrderLine } from '../model';
import { ledgerKey, type LedgerEntry } from './ledger';

/** A household that received something in a closed cycle and has no row of its own in the ledger for it. */
export interface MissingLedgerRow {
  cycle: string;
  email: string;
  member: string;
  /** What it received, at the catalogue price (its tariff may differ). */
  cents: number;
}

/**
 * Households with delivered lines (`allocated`, the close's outcome) in a cycle and no ledger row
 * for that cycle, oldest cycle first; `except` leaves out the cycle a close is writing now.
 * @example missingLedgerRows(lines, ledger) // [{ cycle: '2026-12-12', email: 'bruno@example.org', member: 'Bruno Petit', cents: 1500 }]
 */
export function missingLedgerRows(lines: Iterable<OrderLine>, ledger: Iterable<LedgerEntry>, except?: string): MissingLedgerRow[] {
  const rows = new Set<string>();
  for (const e of ledger) if (e.email !== '') rows.add(ledgerKey(e));
  const missing = new Map<string, MissingLedgerRow>();
  for (const l of lines) {
    if (l.status !== 'allocated' || (l.allocated ?? 0) <= 0 || l.cycle === '' || l.cycle === except || l.email.trim() === '') continue;
    const key = ledgerKey({ cycle: l.cycle, email: l.email, producer: '' });
    if (rows.has(key)) continue;
    const found = missing.get(key) ?? { cycle: l.cycle.trim(), email: l.email.trim().toLowerCase(), member: l.member, cents: 0 };
    found.cents += l.amountCents;
    missing.set(key, found);
  }
  return [...missing.values()].sort((a, b) => a.cycle.localeCompare(b.cycle) || a.email.localeCompare(b.email));
}

/** The Journal's sentence for rows found missing; '' for none. */
export function missingRowsNotice(rows: MissingLedgerRow[], locale: Locale): string {
  if (rows.length === 0) return '';
  const t = catalogue(locale).payments;
  return t.missingRows(rows.map((r) => t.missingRow(r.member || r.email, r.cycle, formatMoney(r.cents, locale))));
}
