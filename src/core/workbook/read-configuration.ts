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
 * null when any problem is an error; warnings alone leave it readable. `readable` is what could be
 * read whatever the errors (every row a reader keeps; null only without settings): what runs while
 * a cycle is under way (the close, the volunteers' run, the reminders) takes it, so that a mistake
 * in one cell (next cycle's product « à voir ») does not make them ignore the rest; only opening a
 * cycle needs `config`. Problems name each tab as given, and `locale` is the settings' language
 * when readable (else fr), for rendering them.
 * @example readConfiguration({ settings: { tabName: 'Paramètres', values: [...] }, ... })
 *   // { config: { settings: { groupName: 'GAC du Pays Midi-Quercy', … }, … }, readable: { … }, problems: [], locale: 'fr' }
 */
export function readConfiguration(tabs: Partial<Record<TableKey, TabInput>>): { config: Configuration | null; readable: Configuration | null; problems: Problem[]; locale: Locale } {
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
  const readable = settings === null ? null : { settings, sites, members, producers, products, duties };
  const ok = readable !== null && !problems.items.some((p) => p.severity === 'error');
  return { config: ok ? readable : null, readable, problems: problems.items, locale };
}
