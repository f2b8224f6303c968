// What a household pays: its tariff, its price for each line, what it owes, and the group's solidarity balance.
//
// The one place for the rule "a household pays its tariff's price; producers are always paid the
// catalogue price". Order lines (`Commandes`, producer tabs and e-mails) keep the catalogue price;
// every view of what a household pays (confirmation, final summary, `Distribution`, `Récap`, the
// payments ledger) goes through the functions below.
import { type Household, delivered } from '../close/closed-cycle';
import { lineAmount } from '../money';
import type { Member, OrderLine, Settings, Tariff } from '../model';
import { normalizeHeader } from '../workbook/normalize-header';

/** The catalogue price: no tariff, or a tariff the settings do not (or no longer) name. */
export const CATALOGUE_TARIFF: Tariff = { name: '', percent: 0 };

/**
 * The tariff named by a household's `Tarif` cell, found whatever its case and accents.
 * @example tariffOf({ tariff: 'Solidaire ' }, { tariffs: [{ name: 'solidaire', percent: -30 }] }) // { name: 'solidaire', percent: -30 }
 */
export function tariffOf(member: Pick<Member, 'tariff'> | null | undefined, settings: Pick<Settings, 'tariffs'>): Tariff {
  const wanted = normalizeHeader(member?.tariff ?? '');
  if (wanted === '') return CATALOGUE_TARIFF;
  return (settings.tariffs ?? []).find((t) => normalizeHeader(t.name) === wanted) ?? CATALOGUE_TARIFF;
}

/**
 * A unit price at a tariff, rounded to the cent.
 * @example tariffPrice(420, { name: 'solidaire', percent: -30 }) // 294
 */
export function tariffPrice(priceCents: number, tariff: Tariff): number {
  if (tariff.percent === 0) return priceCents;
  // Rounded twice: 150 × 103 / 100 is 154.49999… in floating point, and must read as 154.5 → 155.
  return Math.round(Math.round((priceCents * (100 + tariff.percent)) / 100 * 1e6) / 1e6);
}

/**
 * The same line at the household's price: unit price at its tariff, amount from the quantity it is
 * billed for (allocated after the close, ordered before). The input is not changed.
 * @example householdLine({ priceCents: 420, quantity: 2, allocated: null, amountCents: 840, … }, solidaire) // { priceCents: 294, amountCents: 588, … }
 */
export function householdLine<L extends OrderLine>(line: L, tariff: Tariff): L {
  if (tariff.percent === 0) return line;
  const priceCents = tariffPrice(line.priceCents, tariff);
  return { ...line, priceCents, amountCents: lineAmount(priceCents, line.allocated ?? line.quantity) };
}

/**
 * Lines (an order's, or a closed household's) at the household's price, in the same order; the
 * same array when the tariff is the catalogue's. Producers' tables never go through here.
 */
export function householdLines<C extends { line: OrderLine }>(lines: C[], tariff: Tariff): C[] {
  return tariff.percent === 0 ? lines : lines.map((c) => ({ ...c, line: householdLine(c.line, tariff) }));
}

/** What one household owes, per producer and in all, at its price and at the catalogue's. */
export interface HouseholdDue {
  tariff: Tariff;
  byProducer: { producer: string; dueCents: number; catalogueCents: number }[];
  dueCents: number;
  catalogueCents: number;
  /** dueCents − catalogueCents: what the household adds to (> 0) or receives from (< 0) the group's balance. */
  solidarityCents: number;
}

/**
 * What a household owes for the lines it is billed for, in their producers' order: the amount the
 * payments ledger records at the close.
 * @example householdDue([{ producer: 'Ferme', priceCents: 1000, allocated: 1, … }], solidaire).dueCents // 700
 */
export function householdDue(lines: OrderLine[], tariff: Tariff): HouseholdDue {
  const byProducer = new Map<string, { producer: string; dueCents: number; catalogueCents: number }>();
  for (const line of lines) {
    const entry = byProducer.get(line.producer) ?? { producer: line.producer, dueCents: 0, catalogueCents: 0 };
    entry.dueCents += householdLine(line, tariff).amountCents;
    entry.catalogueCents += line.amountCents;
    byProducer.set(line.producer, entry);
  }
  const entries = [...byProducer.values()];
  const dueCents = entries.reduce((sum, e) => sum + e.dueCents, 0);
  const catalogueCents = entries.reduce((sum, e) => sum + e.catalogueCents, 0);
  return { tariff, byProducer: entries, dueCents, catalogueCents, solidarityCents: dueCents - catalogueCents };
}

/**
 * What a household owes at the close: its delivered lines (held ones included, cancelled ones not)
 * at its price. The member summary, `Distribution`, `Récap` and the payments ledger read it here.
 * @example amountOwed(household).dueCents // 1764
 */
export function amountOwed(household: Household): HouseholdDue {
  return householdDue(household.lines.filter((c) => delivered(c.line)).map((c) => c.line), household.tariff ?? CATALOGUE_TARIFF);
}

/** The group's solidarity balance over a cycle: per tariff, what its households add or receive. */
export interface SolidarityBalance {
  byTariff: { name: string; households: number; cents: number }[];
  /** What the households on a higher price add. */
  addedCents: number;
  /** What the households on a lower price receive (a positive number). */
  givenCents: number;
  balanceCents: number;
  /** The balance is below the floor the settings set. */
  belowFloor: boolean;
}

/**
 * Sums what each household's tariff adds or gives, in the settings' order of tariffs. The names
 * of the households never appear: only counts per tariff.
 * @example solidarityBalance([{ tariff: soutien, solidarityCents: 150, dueCents: 1150 }, { tariff: solidaire, solidarityCents: -300, dueCents: 700 }], settings).balanceCents // -150
 */
export function solidarityBalance(dues: Pick<HouseholdDue, 'tariff' | 'solidarityCents' | 'dueCents'>[], settings: Pick<Settings, 'tariffs' | 'solidarityFloorCents'>): SolidarityBalance {
  const byName = new Map<string, { name: string; households: number; cents: number }>();
  for (const t of settings.tariffs ?? []) if (t.percent !== 0) byName.set(t.name, { name: t.name, households: 0, cents: 0 });
  let addedCents = 0;
  let givenCents = 0;
  for (const due of dues) {
    // A household that receives nothing (its order cut, cancelled) neither brings nor receives.
    if (due.tariff.percent === 0 || due.dueCents === 0) continue;
    const entry = byName.get(due.tariff.name) ?? { name: due.tariff.name, households: 0, cents: 0 };
    entry.households += 1;
    entry.cents += due.solidarityCents;
    byName.set(due.tariff.name, entry);
    if (due.solidarityCents > 0) addedCents += due.solidarityCents;
    else givenCents -= due.solidarityCents;
  }
  const balanceCents = addedCents - givenCents;
  return { byTariff: [...byName.values()], addedCents, givenCents, balanceCents, belowFloor: balanceCents < (settings.solidarityFloorCents ?? 0) };
}
