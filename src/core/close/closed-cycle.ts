// What the close computed, shared by the tabs and e-mails that render it.
import type { CycleCatalog, Member, OrderLine, Product, Tariff } from '../model';

/** Why a member's final quantity differs from their order (null: it does not). */
/** `review`: the quantity the coordinator set in `Attribué` before « Envoyer la commande ». */
export type ChangeReason = 'tolerance' | 'case' | 'stock' | 'minimum' | 'held' | 'withdrawn' | 'review';

/** `withdrawn`: set inactive in `Producteurs` while the cycle was open (« il ne livre pas cette semaine »): its order is cancelled. */
export type ProducerStatus = 'ok' | 'below-minimum-cancelled' | 'below-minimum-held' | 'withdrawn';

/** Whether a producer's order of the cycle is cancelled (below its minimum, or withdrawn): nothing is sent, nothing is owed. */
export const producerCancelled = (status: ProducerStatus): boolean => status === 'below-minimum-cancelled' || status === 'withdrawn';

export interface ProducerProduct {
  ref: string;
  product: string;
  unit: string;
  quantity: number;
  cases: number | null;
  priceCents: number;
  amountCents: number;
  shortfall: number;
}

export interface ProducerOrder {
  producer: string;
  status: ProducerStatus;
  totalCents: number; // what the allocated lines come to, even when cancelled (to compare with the minimum)
  minimumCents: number;
  products: ProducerProduct[];
}

/** One ordering line after the close, with why it changed. */
export interface ClosedLine {
  line: OrderLine;
  unit: string;
  reason: ChangeReason | null;
  /** Cut for a case or the stock, and units the member added by an edit were among those cut: they waited behind earlier orders (`queue-units.ts`). */
  laterUnitsCut?: boolean;
}

/** A household that ordered, with its lines in catalogue order. */
export interface Household {
  email: string;
  name: string; // '' when neither the member list nor the line has one
  site: string;
  /** Its lines at the catalogue price (as producers are paid); what it pays: `amountOwed` in tariffs/household-price.ts. */
  lines: ClosedLine[];
  /** Its tariff (absent = the catalogue price). Never shown to producers or other members. */
  tariff?: Tariff;
  /** No row of `Adhérents` has its address (or, without e-mail, its name) any more: its tariff is not known. */
  unknown?: boolean;
  /**
   * Its address in `Adhérents` now, when it ordered under a former one (`core/members/former-keys.ts`):
   * its e-mails go there, and its earlier balance is the one of that address. `email` stays the key
   * of its lines and of its ledger row.
   */
  address?: string;
}

export interface ClosedCycle {
  catalog: CycleCatalog;
  lines: ClosedLine[];
  producers: ProducerOrder[];
  households: Household[];
  members: Member[];
  now: number;
}

/** The catalogue's product for a ref, or a stand-in for a line whose product left the catalogue. */
export function productOf(catalog: CycleCatalog, line: OrderLine): Product {
  return catalog.products.find((p) => p.ref === line.ref) ?? {
    ref: line.ref, producer: line.producer, name: line.product, description: '', unit: '', priceCents: line.priceCents,
    step: 1, caseSize: null, maxPerMember: null, stock: null, available: false, row: 0,
  };
}

/** Lines that count towards what is delivered and paid (cancelled ones are shown, not counted). */
export function delivered(line: OrderLine): boolean {
  return (line.status === 'allocated' || line.status === 'held') && (line.allocated ?? 0) > 0;
}

/** Sites in the catalogue's order, then any other site households gave, sorted. */
export function siteOrder(catalog: CycleCatalog, names: string[]): string[] {
  const known = catalog.sites.map((s) => s.name).filter((n) => names.includes(n));
  const others = [...new Set(names.filter((n) => !known.includes(n)))].sort();
  return [...known, ...others];
}
