// What a household owes for a cycle, and to whom: the one place that amount, and who receives
// which part of it, is worked out.
//
// The rule "producers are always paid the catalogue price" holds for a producer that members pay
// directly too: a household hands such a producer at most the catalogue price of its lines. A
// tariff below it (solidaire) is made up by the group, which pays the producer the difference; a
// tariff above it (soutien) pays its supplement to the group. Either way the difference goes
// through the group's solidarity balance, as it does for producers the group pays.
import type { Producer } from '../model';
import { type ClosedCycle, type Household, delivered } from '../close/closed-cycle';
import { CATALOGUE_TARIFF, householdLines } from '../tariffs/household-price';

export interface AmountDue {
  /** What the household pays for the cycle: its delivered lines of producers whose order goes ahead. */
  totalCents: number;
  /**
   * Per producer with something due, in the close's producer order: what the household hands over
   * for it (`splitPayment`); `direct`: to the producer, not to the group.
   */
  producers: { producer: string; cents: number; direct: boolean }[];
  /** What the household pays the group above its directly paid producers' catalogue price. */
  supplementCents: number;
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
 * How a household's amount for one producer is handed over: `cents` for that producer (the whole
 * amount, through the group, when the group pays it; at most the catalogue price when members pay
 * it directly), and `supplementCents` to the group (a tariff above the catalogue price, on a
 * directly paid producer).
 * @example splitPayment(1008, 840, true) // { cents: 840, supplementCents: 168 }
 * @example splitPayment(588, 840, true) // { cents: 588, supplementCents: 0 } (the group pays the producer the other 252)
 */
export function splitPayment(householdCents: number, catalogueCents: number, direct: boolean): { cents: number; supplementCents: number } {
  if (!direct || householdCents <= catalogueCents) return { cents: householdCents, supplementCents: 0 };
  return { cents: catalogueCents, supplementCents: householdCents - catalogueCents };
}

/** A household's delivered lines of producers whose order goes ahead, per producer: at its price and at the catalogue's. */
function sums(cycle: ClosedCycle, household: Household): { byProducer: Map<string, { own: number; catalogue: number }>; heldCents: number } {
  const status = new Map(cycle.producers.map((p) => [p.producer, p.status]));
  const catalogueLines = household.lines;
  const byProducer = new Map<string, { own: number; catalogue: number }>();
  let heldCents = 0;
  householdLines(catalogueLines, household.tariff ?? CATALOGUE_TARIFF).forEach(({ line }, i) => {
    if (!delivered(line)) return;
    const s = status.get(line.producer) ?? 'ok';
    if (s === 'below-minimum-held') heldCents += line.amountCents;
    else if (s === 'ok') {
      const entry = byProducer.get(line.producer) ?? { own: 0, catalogue: 0 };
      entry.own += line.amountCents;
      entry.catalogue += catalogueLines[i].line.amountCents;
      byProducer.set(line.producer, entry);
    }
  });
  return { byProducer, heldCents };
}

/**
 * The amount a household owes for a closed cycle, at its own tariff's prices
 * (`tariffs/household-price.ts`), and to whom: pass the household as the close has it, lines at the
 * catalogue price. The member's summary, `Distribution` and the `Paiements` ledger take it from here.
 * @example amountDue(cycle, anne) // { totalCents: 3340, producers: [{ producer: 'Ferme des Tilleuls', cents: 840, direct: true }, …], supplementCents: 0, heldCents: 0 }
 */
export function amountDue(cycle: ClosedCycle, household: Household): AmountDue {
  const { byProducer, heldCents } = sums(cycle, household);
  const order = [...cycle.producers.map((p) => p.producer), ...byProducer.keys()];
  let supplementCents = 0;
  const producers = [...new Set(order)].filter((p) => (byProducer.get(p)?.own ?? 0) > 0).map((producer) => {
    const direct = paysDirectly(cycle.catalog.producers.find((x) => x.name === producer));
    const { own, catalogue } = byProducer.get(producer)!;
    const split = splitPayment(own, catalogue, direct);
    supplementCents += split.supplementCents;
    return { producer, cents: split.cents, direct };
  });
  return { totalCents: producers.reduce((sum, p) => sum + p.cents, 0) + supplementCents, producers, supplementCents, heldCents };
}

/** A producer members pay directly: what its order comes to, what members hand it, and what the group adds. */
export interface DirectPayment {
  producer: string;
  catalogueCents: number;
  membersCents: number;
  /** The group's part: the households on a price below the catalogue's, made up. */
  groupCents: number;
}

/**
 * Every directly paid producer whose order goes ahead, in the close's producer order: what the
 * members hand it and what the group pays it so that it receives its order's catalogue price.
 * @example directPayments(cycle)[0] // { producer: 'Ferme des Tilleuls', catalogueCents: 8400, membersCents: 7623, groupCents: 777 }
 */
export function directPayments(cycle: ClosedCycle): DirectPayment[] {
  const members = new Map<string, number>();
  for (const h of cycle.households) {
    for (const p of amountDue(cycle, h).producers) if (p.direct) members.set(p.producer, (members.get(p.producer) ?? 0) + p.cents);
  }
  return cycle.producers
    .filter((p) => p.status === 'ok' && p.totalCents > 0 && paysDirectly(cycle.catalog.producers.find((x) => x.name === p.producer)))
    .map((p) => {
      const membersCents = members.get(p.producer) ?? 0;
      return { producer: p.producer, catalogueCents: p.totalCents, membersCents, groupCents: p.totalCents - membersCents };
    });
}
