// What a household owes for a cycle, and to whom: the one place that amount is worked out.
import type { Producer } from '../model';
import { type ClosedCycle, type Household, delivered } from '../close/closed-cycle';
import { CATALOGUE_TARIFF, householdLines } from '../tariffs/household-price';

export interface AmountDue {
  /** What the household pays for the cycle: its delivered lines of producers whose order goes ahead. */
  totalCents: number;
  /** Per producer with something due, in the close's producer order; `direct`: paid to the producer, not to the group. */
  producers: { producer: string; cents: number; direct: boolean }[];
  /** Lines of producers held below their minimum: shown, not yet due. */
  heldCents: number;
}

/**
 * Whether members pay this producer directly (cheque to its order, cash at the pickup, its bank
 * details): its `Règlement` says how. An empty `Règlement` means members pay the group, which
 * pays the producer.
 * @example paysDirectly({ payment: 'Chèque à l’ordre du GAEC' }) // true
 */
export function paysDirectly(producer: Pick<Producer, 'payment'> | undefined): boolean {
  return (producer?.payment ?? '').trim() !== '';
}

/**
 * The amount a household owes for a closed cycle, at its own tariff's prices
 * (`tariffs/household-price.ts`): pass the household as the close has it, lines at the catalogue
 * price. The member's summary and the `Paiements` ledger take it from here.
 * @example amountDue(cycle, anne) // { totalCents: 3340, producers: [{ producer: 'Ferme des Tilleuls', cents: 840, direct: true }, …], heldCents: 0 }
 */
export function amountDue(cycle: ClosedCycle, household: Household): AmountDue {
  const status = new Map(cycle.producers.map((p) => [p.producer, p.status]));
  const byProducer = new Map<string, number>();
  let heldCents = 0;
  for (const { line } of householdLines(household.lines, household.tariff ?? CATALOGUE_TARIFF)) {
    if (!delivered(line)) continue;
    const s = status.get(line.producer) ?? 'ok';
    if (s === 'below-minimum-held') heldCents += line.amountCents;
    else if (s === 'ok') byProducer.set(line.producer, (byProducer.get(line.producer) ?? 0) + line.amountCents);
  }
  const order = [...cycle.producers.map((p) => p.producer), ...byProducer.keys()];
  const producers = [...new Set(order)].filter((p) => (byProducer.get(p) ?? 0) > 0).map((producer) => ({
    producer, cents: byProducer.get(producer)!, direct: paysDirectly(cycle.catalog.producers.find((x) => x.name === producer)),
  }));
  return { totalCents: producers.reduce((sum, p) => sum + p.cents, 0), producers, heldCents };
}
