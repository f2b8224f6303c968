// A producer set inactive in `Producteurs` while the cycle is open (« il ne peut pas livrer cette
// semaine ») has its order of the cycle cancelled at the close, and each member reads why in their
// summary (close-cycle.ts, status `withdrawn`). Before, the snapshot taken at the opening ruled and
// the farmer was sent an order they had said they could not deliver.
import type { CycleCatalog, Producer } from '../model';

/**
 * The cycle's producers that `live` (the tab read without errors; null: none) shows inactive, by
 * name. A producer no longer in the tab is not withdrawn: a deleted row is not a decision.
 * @example withdrawnProducers(catalog, [{ name: 'Ferme du Ruisseau', active: false, … }]) // ['Ferme du Ruisseau']
 */
export function withdrawnProducers(catalog: CycleCatalog, live: Producer[] | null): string[] {
  if (!live) return [];
  const inactive = new Set(live.filter((p) => !p.active).map((p) => p.name.trim().toLowerCase()));
  return catalog.producers.filter((p) => inactive.has(p.name.trim().toLowerCase())).map((p) => p.name);
}
