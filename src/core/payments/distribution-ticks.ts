// Reads the Retiré / Payé boxes ticked on a Distribution tab, to carry them into the ledger.
import { catalogue } from '../i18n';
import type { Locale, Place } from '../model';
import { placeText } from '../workbook/render-problem';
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
  return readTicks(values).ticks;
}

/**
 * The same, with the rows (1-based) whose box is ticked and that name no ledger row: the column
 * « Réf. paiement » deleted, or a household added by hand. Their ticks reach no ledger row: the
 * close and the reminders say so (`unplacedTicksNotice`) instead of losing them without a word.
 * @example readTicks([['Foyer', 'Payé'], ['Anne', true]]).unplaced // [2]
 */
export function readTicks(values: unknown[][]): { ticks: Map<string, PaymentTicks>; unplaced: number[] } {
  const ticks = new Map<string, PaymentTicks>();
  const unplaced: number[] = [];
  const header = values[0] ?? [];
  const last = (list: string[], back: number) => list[list.length - back];
  const pickedUp = columnOf(header, LOCALES.map((l) => last(catalogue(l).close.distribution.headers([]), 2)));
  const paid = columnOf(header, LOCALES.map((l) => last(catalogue(l).close.distribution.headers([]), 1)));
  const ref = columnOf(header, LOCALES.map((l) => catalogue(l).payments.distributionKey));
  if (pickedUp < 0 && paid < 0) return { ticks, unplaced };
  const tick = (cell: unknown) => {
    const parsed = parseBoolean(cell, false);
    return parsed.ok && parsed.value;
  };
  values.slice(1).forEach((row, i) => {
    const found = { pickedUp: pickedUp >= 0 && tick(row[pickedUp]), paid: paid >= 0 && tick(row[paid]) };
    if (!found.pickedUp && !found.paid) return;
    const key = ref < 0 ? null : keyOfDistributionRef(row[ref]);
    if (key === null) {
      unplaced.push(i + 2);
      return;
    }
    const before = ticks.get(key);
    ticks.set(key, { pickedUp: found.pickedUp || (before?.pickedUp ?? false), paid: found.paid || (before?.paid ?? false) });
  });
  return { ticks, unplaced };
}

/** The Journal's sentence for ticked rows that reach no ledger row (`readTicks`); '' for none. */
export function unplacedTicksNotice(places: Place[], locale: Locale): string {
  return places.length === 0 ? '' : catalogue(locale).payments.unplacedTicks(places.map(placeText));
}

/**
 * The cycles other than `cycle` ('' for every one) whose households a Distribution tab lists (by
 * their payment references): a tab still serving another cycle's pickup is not this cycle's to replace.
 * @example cyclesOnTab([['Foyer', 'Réf. paiement'], ['Anne', '2026-12-12 · anne@x.org']], '2026-12-19') // ["2026-12-12"]
 */
export function cyclesOnTab(values: unknown[][], cycle: string): string[] {
  const ref = columnOf(values[0] ?? [], LOCALES.map((l) => catalogue(l).payments.distributionKey));
  if (ref < 0) return [];
  const found = new Set<string>();
  for (const row of values.slice(1)) {
    const key = keyOfDistributionRef(row[ref]);
    const id = key === null ? '' : key.split('\u0000')[0];
    if (id !== '' && id !== cycle) found.add(id);
  }
  return [...found];
}
