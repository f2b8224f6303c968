// What the coordinator's « Envoyer la commande » (finalize) changes to a close's input, in one place.
import type { CycleCatalog, OrderLine } from '../model';

/** `close`: allocate from the members' orders. `finalize`: send what `Attribué` holds, as it stands. */
export type CloseMode = 'close' | 'finalize';

/**
 * The catalog and lines the allocation runs on, and whether producer minimums apply. A close
 * re-allocates every line from its firm quantity and tolerance, whatever an earlier close wrote.
 * Finalize takes the coordinator's `Attribué` (or the firm quantity where it is empty) as the
 * order: no tolerance, no case left to complete (manual cases), no producer minimum to wait for
 * (`minimums: false`: the minimums stay in the catalog, for the Récap and the digest to show);
 * the stock still caps.
 * @example closeModeInput('finalize', catalog, [{ quantity: 4, tolerance: 2, allocated: 3, … }]).lines
 *   // [{ quantity: 3, tolerance: 0, allocated: null, status: 'active', … }]
 */
export function closeModeInput(mode: CloseMode, catalog: CycleCatalog, lines: OrderLine[]): { catalog: CycleCatalog; lines: OrderLine[]; minimums: boolean } {
  if (mode === 'close') return { catalog, lines: lines.map((l) => (l.status === 'replaced' ? l : { ...l, allocated: null, status: 'active' })), minimums: true };
  return {
    catalog: { ...catalog, settings: { ...catalog.settings, casePolicy: 'manual' } },
    lines: lines.map((l) => (l.status === 'replaced' ? l : { ...l, quantity: l.allocated ?? l.quantity, tolerance: 0, allocated: null, status: 'active' })),
    minimums: false,
  };
}
