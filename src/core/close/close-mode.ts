// What the coordinator's « Envoyer la commande » (finalize) changes to a close's input, in one place.
import type { CycleCatalog, OrderLine } from '../model';

/** `close`: allocate from the members' orders. `finalize`: send what `Attribué` holds, as it stands. */
export type CloseMode = 'close' | 'finalize';

/**
 * The catalog and lines the allocation runs on. A close re-allocates every line from its firm
 * quantity and tolerance, whatever an earlier close wrote. Finalize takes the coordinator's
 * `Attribué` (or the firm quantity where it is empty) as the order: no tolerance, no case left to
 * complete (manual cases), no producer minimum to wait for; the stock still caps.
 * @example closeModeInput('finalize', catalog, [{ quantity: 4, tolerance: 2, allocated: 3, … }]).lines
 *   // [{ quantity: 3, tolerance: 0, allocated: null, status: 'active', … }]
 */
export function closeModeInput(mode: CloseMode, catalog: CycleCatalog, lines: OrderLine[]): { catalog: CycleCatalog; lines: OrderLine[] } {
  if (mode === 'close') return { catalog, lines: lines.map((l) => (l.status === 'replaced' ? l : { ...l, allocated: null, status: 'active' })) };
  return {
    catalog: {
      ...catalog,
      settings: { ...catalog.settings, casePolicy: 'manual' },
      producers: catalog.producers.map((p) => ({ ...p, minimumCents: 0 })),
    },
    lines: lines.map((l) => (l.status === 'replaced' ? l : { ...l, quantity: l.allocated ?? l.quantity, tolerance: 0, allocated: null, status: 'active' })),
  };
}
