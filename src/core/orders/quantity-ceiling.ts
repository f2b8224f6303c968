// The most a member may order of one product in one answer, from the `Quantité maximale par ligne` setting.
import type { Settings } from '../model';
import { DEFAULT_SETTINGS } from '../workbook/settings-rows';

/**
 * The ceiling of every quantity; a cycle opened before the setting existed has none stored, and
 * takes the default.
 * @example quantityCeiling({ ...settings, maxQuantity: 50 }) // 50
 */
export function quantityCeiling(settings: Settings): number {
  const max = (settings as Partial<Settings>).maxQuantity;
  return typeof max === 'number' && max > 0 ? max : DEFAULT_SETTINGS.maxQuantity;
}
