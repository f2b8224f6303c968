// Reads the settings tab (rows of label, value, help) into Settings, with defaults and a problem per slip.
import { isValidTimeZone } from '../dates';
import { catalogue } from '../i18n';
import type { Locale, Place, Settings } from '../model';
import { normalizeHeader } from './normalize-header';
import { isBlank, parseBoolean, parseEmail, parseNumber } from './parse-cell';
import { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey } from './settings-rows';
import { FirstSeen, ProblemList, shown, tabView, type TabInput } from './tab-reader';
import { parseStatus } from './tables';

const LANGUAGES: Record<string, Locale> = { fr: 'fr', francais: 'fr', french: 'fr', en: 'en', anglais: 'en', english: 'en' };

function labelIndex(): Map<string, SettingKey> {
  const index = new Map<string, SettingKey>();
  for (const locale of ['fr', 'en'] as Locale[]) {
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
  const found = new Map<SettingKey, { value: unknown; place: Place }>();
  const seen = new FirstSeen();
  if (view.has('key')) {
    for (const r of view.rows) {
      const label = shown(r.cell('key'));
      if (label === '') continue;
      const key = labels.get(normalizeHeader(label));
      if (!key) {
        problems.add('settings.unknown-key', 'warning', r.place('key'), { key: label });
        continue;
      }
      const first = seen.check(key, r.row);
      if (first !== null) problems.add('settings.duplicate-key', 'warning', r.place('key'), { key: label, firstRow: first });
      else found.set(key, { value: r.cell('value'), place: r.place('value') });
    }
  }
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const at = (key: SettingKey): Place => found.get(key)?.place ?? { tab: tab.tabName };
  const raw = (key: SettingKey): unknown => found.get(key)?.value ?? '';

  settings.groupName = shown(raw('groupName'));
  if (settings.groupName === '') problems.add('settings.missing-group-name', 'error', at('groupName'));

  if (isBlank(raw('coordinationEmail'))) problems.add('settings.missing-email', 'error', at('coordinationEmail'));
  else {
    const email = parseEmail(raw('coordinationEmail'));
    if (email.ok) settings.coordinationEmail = email.value;
    else problems.add('settings.bad-email', 'error', at('coordinationEmail'), { value: shown(raw('coordinationEmail')) });
  }

  if (!isBlank(raw('locale'))) {
    const language = LANGUAGES[normalizeHeader(raw('locale'))];
    if (language) settings.locale = language;
    else problems.add('settings.bad-language', 'error', at('locale'), { value: shown(raw('locale')) });
  }

  if (!isBlank(raw('timeZone'))) {
    const zone = shown(raw('timeZone'));
    if (isValidTimeZone(zone)) settings.timeZone = zone;
    else problems.add('settings.bad-time-zone', 'error', at('timeZone'), { value: zone });
  }

  if (!isBlank(raw('reminderHours'))) {
    const hours = parseNumber(raw('reminderHours'));
    if (hours.ok && hours.value >= 0) settings.reminderHours = hours.value;
    else problems.add('settings.bad-reminder', 'error', at('reminderHours'), { value: shown(raw('reminderHours')) });
  }

  if (!isBlank(raw('casePolicy'))) {
    const policy = normalizeHeader(raw('casePolicy')) === 'auto' ? 'automatic' : parseStatus('casePolicy', shown(raw('casePolicy')));
    if (policy === 'automatic' || policy === 'manual') settings.casePolicy = policy;
    else problems.add('settings.bad-case-policy', 'error', at('casePolicy'), { value: shown(raw('casePolicy')) });
  }

  if (!isBlank(raw('minimumPolicy'))) {
    const policy = parseStatus('minimumPolicy', shown(raw('minimumPolicy')));
    if (policy === 'cancel' || policy === 'hold') settings.minimumPolicy = policy;
    else problems.add('settings.bad-minimum-policy', 'error', at('minimumPolicy'), { value: shown(raw('minimumPolicy')) });
  }

  const autoSend = parseBoolean(raw('autoSend'), DEFAULT_SETTINGS.autoSend);
  if (autoSend.ok) settings.autoSend = autoSend.value;
  else problems.add('settings.bad-auto-send', 'error', at('autoSend'), { value: shown(raw('autoSend')) });

  return settings;
}
