// The settings of a new workbook: one row per setting (label, default value, help) and their allowed values.
import { catalogue } from '../i18n';
import { formatQuantity } from '../money';
import type { Locale, Settings } from '../model';
import { tariffsText } from '../tariffs/parse-tariffs';
import { listValues, statusWord } from './tables';

export type SettingKey = keyof Settings;

/** Settings in the order they are installed. */
export const SETTING_KEYS: SettingKey[] = [
  'groupName', 'coordinationEmail', 'locale', 'timeZone', 'reminderHours', 'casePolicy', 'minimumPolicy', 'autoSend', 'maxQuantity', 'trial',
  'tariffs', 'solidarityFloorCents',
];

export const DEFAULT_SETTINGS: Settings = {
  groupName: '',
  coordinationEmail: '',
  locale: 'fr',
  timeZone: 'Europe/Paris',
  reminderHours: 24,
  casePolicy: 'automatic',
  minimumPolicy: 'cancel',
  autoSend: true,
  // Above what any household takes of one product in a cycle (999 kg, 999 jars), yet three digits:
  // a slip such as 1000 for 10,00 or a pasted phone number is refused, and no amount reaches the
  // range where numbers are written with an exponent (999 × 10 000 € stays a plain amount).
  maxQuantity: 999,
  trial: false,
};

/** A setting's value as the cell shows it in a locale (`casePolicy` 'automatic' -> 'automatique'). */
export function settingCell(key: SettingKey, settings: Settings, locale: Locale): string {
  switch (key) {
    case 'casePolicy': return statusWord('casePolicy', settings.casePolicy, locale);
    case 'minimumPolicy': return statusWord('minimumPolicy', settings.minimumPolicy, locale);
    case 'autoSend': return statusWord('yesno', settings.autoSend ? 'yes' : 'no', locale);
    case 'trial': return statusWord('yesno', settings.trial ? 'yes' : 'no', locale);
    // No tariffs set yet: the row suggests the usual three, which change nothing until a household has one.
    case 'tariffs': return tariffsText(settings.tariffs ?? catalogue(locale).workbook.suggestedTariffs, locale);
    case 'solidarityFloorCents': return formatQuantity((settings.solidarityFloorCents ?? 0) / 100, locale);
    default: return String(settings[key]);
  }
}

/**
 * The settings tab's rows with defaults, in the locale.
 * @example settingsRows('fr')[2] // ['Langue', 'fr', 'Langue du formulaire et des e-mails : fr ou en.']
 */
export function settingsRows(locale: Locale, settings: Settings = { ...DEFAULT_SETTINGS, locale }): [label: string, value: string, help: string][] {
  const texts = catalogue(locale).workbook.settings;
  return SETTING_KEYS.map((key) => [texts[key].label, settingCell(key, settings, locale), texts[key].help]);
}

/** Each setting's label and, for the ones with a fixed choice, the values a dropdown offers ([] = free text). */
export function settingKeys(locale: Locale): { key: SettingKey; label: string; values: string[] }[] {
  const texts = catalogue(locale).workbook.settings;
  const values: Partial<Record<SettingKey, string[]>> = {
    locale: listValues('languages', locale),
    casePolicy: listValues('casePolicy', locale),
    minimumPolicy: listValues('minimumPolicy', locale),
    autoSend: listValues('yesno', locale),
    trial: listValues('yesno', locale),
  };
  return SETTING_KEYS.map((key) => ({ key, label: texts[key].label, values: values[key] ?? [] }));
}
