// Reads the settings tab (rows of label, value, help) into Settings, with defaults and a problem per slip.
import { isValidTimeZone } from '../dates';
import { catalogue } from '../i18n';
import type { Locale, Place, Settings } from '../model';
import { normalizeHeader } from './normalize-header';
import { parseTariffs } from '../tariffs/parse-tariffs';
import { isBlank, known, parseBoolean, parseEmail, parseMoney, parseNumber } from './parse-cell';
import { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey } from './settings-rows';
import { FirstSeen, ProblemList, recordView, shown, tabView, type TabInput } from './tab-reader';
import { parseStatus } from './tables';

/** The highest `Quantité maximale par ligne` a coordinator may set. */
export const MAX_CEILING = 1_000_000;

const LANGUAGES: Record<string, Locale> = { fr: 'fr', francais: 'fr', french: 'fr', en: 'en', anglais: 'en', english: 'en' };
const LOCALES: Locale[] = ['fr', 'en'];

function labelIndex(): Map<string, SettingKey> {
  const index = new Map<string, SettingKey>();
  for (const locale of LOCALES) {
    const texts = catalogue(locale).workbook.settings;
    for (const key of SETTING_KEYS) index.set(normalizeHeader(texts[key].label), key);
  }
  return index;
}

/** The language a settings tab asks for, or null when it cannot be read; the check's messages use it. */
export function settingsLocale(tab: TabInput | undefined): Locale | null {
  if (!tab) return null;
  const view = tabView('settings', tab, [], 'fr', new ProblemList());
  const labels = labelIndex();
  const row = view.rows.find((r) => labels.get(normalizeHeader(r.cell('key'))) === 'locale');
  return row ? LANGUAGES[normalizeHeader(row.cell('value'))] ?? null : null;
}

/**
 * Settings from the tab; a missing setting takes its default, and the group name and the
 * coordination e-mail, which have none, are errors when missing.
 */
export function readSettings(tab: TabInput, locale: Locale, problems: ProblemList): Settings {
  const view = tabView('settings', tab, ['key', 'value'], locale, problems);
  const labels = labelIndex();
  // Keyed by SettingKey (set below), read by the record view's plain keys.
  const found = new Map<string, { value: unknown; place: Place }>();
  const seen = new FirstSeen();
  if (view.has('key')) {
    for (const r of view.rows) {
      const label = r.text('key');
      if (label === '') continue;
      const key = labels.get(normalizeHeader(label));
      if (!key) {
        r.warn('settings.unknown-key', 'key', { key: label });
        continue;
      }
      const first = seen.check(key, r.row);
      if (first !== null) r.warn('settings.duplicate-key', 'key', { key: label, firstRow: first });
      else found.set(key, { value: r.cell('value'), place: r.place('value') });
    }
  }
  // The settings read as one record: each value at its own cell, a missing one at the tab.
  const setting = recordView((key) => found.get(key)?.value ?? '', (key) => (key === undefined ? undefined : found.get(key)?.place) ?? { tab: tab.tabName }, problems);
  const defaults = DEFAULT_SETTINGS;
  const groupName = setting.text('groupName');
  if (groupName === '') setting.error('settings.missing-group-name', 'groupName');
  if (isBlank(setting.cell('coordinationEmail'))) setting.error('settings.missing-email', 'coordinationEmail');
  return {
    groupName,
    coordinationEmail: setting.read('coordinationEmail', 'settings.bad-email', parseEmail, defaults.coordinationEmail),
    locale: setting.read('locale', 'settings.bad-language', (cell) => known(LANGUAGES[normalizeHeader(cell)]), defaults.locale),
    timeZone: setting.read('timeZone', 'settings.bad-time-zone', (cell) => known(shown(cell)), defaults.timeZone, isValidTimeZone),
    reminderHours: setting.read('reminderHours', 'settings.bad-reminder', parseNumber, defaults.reminderHours, (hours) => hours >= 0),
    casePolicy: setting.read('casePolicy', 'settings.bad-case-policy',
      (cell) => known(normalizeHeader(cell) === 'auto' ? 'automatic' : parseStatus('casePolicy', shown(cell))), defaults.casePolicy),
    minimumPolicy: setting.read('minimumPolicy', 'settings.bad-minimum-policy',
      (cell) => known(parseStatus('minimumPolicy', shown(cell))), defaults.minimumPolicy),
    autoSend: setting.read('autoSend', 'settings.bad-auto-send', (cell) => parseBoolean(cell, defaults.autoSend), defaults.autoSend),
    // Above a million, amounts and totals would leave the range people read (and Sheets shows) plainly.
    maxQuantity: setting.read('maxQuantity', 'settings.bad-max-quantity', parseNumber, defaults.maxQuantity, (max) => max > 0 && max <= MAX_CEILING),
    trial: setting.read('trial', 'cell.bad-yesno', (cell) => parseBoolean(cell, false), false),
    tariffs: setting.read('tariffs', 'settings.bad-tariffs', parseTariffs, []),
    solidarityFloorCents: setting.read('solidarityFloorCents', 'settings.bad-solidarity-floor', parseMoney, 0),
  };
}
