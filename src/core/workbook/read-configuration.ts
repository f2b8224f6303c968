// The configuration check: reads the configuration tabs into a Configuration, or says what to fix and where.
import type { Configuration, Locale, Problem } from '../model';
import { readProducers, readProducts } from './read-catalog';
import { readMembers, readSites } from './read-directory';
import { readDuties } from './read-duties';
import { readSettings, settingsLocale } from './read-settings';
import { ProblemList, type TabInput } from './tab-reader';
import { tableName, type TableKey } from './tables';

export type { TabInput } from './tab-reader';
export { PROBLEM_CODES } from './problem-codes';
export { readCycles } from './read-cycles';

/** Tabs the check needs; the duties tab is optional (a group may not keep one). */
const REQUIRED: TableKey[] = ['settings', 'sites', 'members', 'producers', 'products'];

/** Every tab the check reads. */
export const CONFIGURATION_TABLES: TableKey[] = [...REQUIRED, 'duties'];

/**
 * Reads and checks settings, sites, members, producers, products and duties. `config` is
 * null when any problem is an error; warnings alone leave it readable. Problems name each tab
 * as given, and `locale` is the settings' language when readable (else fr), for rendering them.
 * @example readConfiguration({ settings: { tabName: 'Paramètres', values: [...] }, ... })
 *   // { config: { settings: { groupName: 'GAC du Pays Midi-Quercy', … }, … }, problems: [], locale: 'fr' }
 */
export function readConfiguration(tabs: Partial<Record<TableKey, TabInput>>): { config: Configuration | null; problems: Problem[]; locale: Locale } {
  const locale = settingsLocale(tabs.settings) ?? 'fr';
  const problems = new ProblemList();
  for (const table of REQUIRED) {
    if (!tabs[table]) problems.add('workbook.missing-tab', 'error', undefined, { tab: tableName(table, locale) });
  }
  const settings = tabs.settings ? readSettings(tabs.settings, locale, problems) : null;
  // Dates read in a zone the check just refused would be wrong twice: fall back to the default.
  const timeZone = settings && !problems.items.some((p) => p.code === 'settings.bad-time-zone') ? settings.timeZone : 'Europe/Paris';
  const sites = tabs.sites ? readSites(tabs.sites, locale, problems) : [];
  const members = tabs.members ? readMembers(tabs.members, sites, locale, problems, settings?.tariffs) : [];
  const producers = tabs.producers ? readProducers(tabs.producers, locale, problems) : [];
  const products = tabs.products ? readProducts(tabs.products, producers, locale, problems) : [];
  const duties = tabs.duties ? readDuties(tabs.duties, sites, members, timeZone, locale, problems) : [];
  const ok = settings !== null && !problems.items.some((p) => p.severity === 'error');
  return { config: ok ? { settings, sites, members, producers, products, duties } : null, problems: problems.items, locale };
}
