// Reads the Retiré / Payé boxes ticked on a Distribution tab, to carry them into the ledger.
import { catalogue } from '../i18n';
import { parseBoolean } from '../workbook/parse-cell';
import { normalizeHeader } from '../workbook/normalize-header';
import { keyOfDistributionRef, type PaymentTicks } from './ledger';

const LOCALES = ['fr', 'en'] as const;

function columnOf(header: unknown[], words: string[]): number {
  const wanted = new Set(words.map(normalizeHeader));
  return header.findIndex((cell) => wanted.has(normalizeHeader(cell)));
}

/**
 * The ticked boxes of a Distribution tab (its values, header first), by ledger key: the rows
 * whose payment reference names a household's ledger row and with a box ticked. Columns are
 * found by header, in either language, so a column a coordinator inserted or moved changes nothing.
 * @example distributionTicks([['Foyer', 'Total', 'Retiré', 'Payé', 'Réf. paiement'], ['Anne', 12, true, false, '2026-12-10 · anne@example.org']])
 *   // Map { "2026-12-10\u0000anne@example.org\u0000" => { pickedUp: true, paid: false } }
 */
export function distributionTicks(values: unknown[][]): Map<string, PaymentTicks> {
  const ticks = new Map<string, PaymentTicks>();
  const header = values[0] ?? [];
  const last = (list: string[], back: number) => list[list.length - back];
  const pickedUp = columnOf(header, LOCALES.map((l) => last(catalogue(l).close.distribution.headers([]), 2)));
  const paid = columnOf(header, LOCALES.map((l) => last(catalogue(l).close.distribution.headers([]), 1)));
  const ref = columnOf(header, LOCALES.map((l) => catalogue(l).payments.distributionKey));
  if (ref < 0 || (pickedUp < 0 && paid < 0)) return ticks;
  const tick = (cell: unknown) => {
    const parsed = parseBoolean(cell, false);
    return parsed.ok && parsed.value;
  };
  for (const row of values.slice(1)) {
    const key = keyOfDistributionRef(row[ref]);
    if (key === null) continue;
    const found = { pickedUp: pickedUp >= 0 && tick(row[pickedUp]), paid: paid >= 0 && tick(row[paid]) };
    if (!found.pickedUp && !found.paid) continue;
    const before = ticks.get(key);
    ticks.set(key, { pickedUp: found.pickedUp || (before?.pickedUp ?? false), paid: found.paid || (before?.paid ?? false) });
  }
  return ticks;
}
