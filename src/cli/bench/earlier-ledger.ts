// A `Paiements` ledger as a group has it after many cycles, for the bench's close with a large
// ledger: one row per household per earlier cycle, some paid, some not, plus the producers' rows.
import type { SheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { tableSheet, type FixtureRow } from '../workbook-snapshot';

/**
 * `rows` ledger rows of earlier cycles (weekly cycles before December 2026) for these households.
 * @example earlierLedger(100_000, members, ['Ferme A']).values.length // 100001
 */
export function earlierLedger(rows: number, members: { email: string; site: string }[], producers: string[]): SheetSnapshot {
  const perCycle = members.length + producers.length;
  const cycles = Math.ceil(rows / perCycle);
  const out: FixtureRow[] = [];
  for (let c = 0; c < cycles && out.length < rows; c++) {
    const day = new Date(Date.UTC(2026, 10, 26) - (cycles - c) * 7 * 86_400_000).toISOString().slice(0, 10);
    for (const [i, m] of members.entries()) {
      if (out.length >= rows) break;
      const paid = (i + c) % 11 !== 0; // one household in eleven still owes on that cycle
      out.push({ cycle: day, email: m.email, member: m.email.split('@')[0], site: m.site, producer: '', due: 20 + (i % 40), detail: '', pickedUp: true, paid, means: paid ? 'chèque' : '', received: '', credit: '', note: '' });
    }
    for (const p of producers) {
      if (out.length >= rows) break;
      out.push({ cycle: day, email: '', member: '', site: '', producer: p, due: 500, detail: '', pickedUp: false, paid: true, means: 'virement', received: '', credit: '', note: '' });
    }
  }
  return tableSheet('payments', out);
}
