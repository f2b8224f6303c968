// The largest tolerance a member may offer: enough to complete the biggest case, no more.
import type { CycleCatalog } from '../model';

/**
 * Units beyond a case size minus one never help complete a case, so the form stops there.
 * 0 when no product of the cycle is sold by the case (the form then has no use for the question).
 * @example toleranceLimit(catalogWithCasesOf6And12) // 11
 */
export function toleranceLimit(catalog: CycleCatalog): number {
  const sizes = catalog.products.map((p) => p.caseSize ?? 0).filter((s) => s > 0);
  if (sizes.length === 0) return 0;
  return Math.max(1, Math.ceil(Math.max(...sizes)) - 1);
}
