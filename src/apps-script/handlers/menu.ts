// The `Cabas` menu, in the group's language (read from the settings tab; French by default).
import { catalogue } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { readConfiguration } from '../../core/workbook/read-configuration';
import { Workbook } from '../adapters/workbook';

/** The group's language from the settings tab alone (one read), French when unreadable. */
export function detectLocale(workbook: Workbook): Locale {
  const v = workbook.values('settings');
  if (v && v.values.length > 1) return readConfiguration({ settings: { tabName: v.tabName, values: v.values } }).locale;
  return /^en/i.test(workbook.spreadsheet.getSpreadsheetLocale()) ? 'en' : 'fr';
}

export function buildMenu(): void {
  const t = catalogue(detectLocale(Workbook.active())).ui.menu;
  SpreadsheetApp.getUi().createMenu(t.title)
    .addItem(t.install, 'menuInstall')
    .addItem(t.installSample, 'menuInstallSample')
    .addSeparator()
    .addItem(t.check, 'menuCheckConfiguration')
    .addSeparator()
    .addItem(t.openCycle, 'menuOpenCycle')
    .addItem(t.closeNow, 'menuCloseNow')
    .addItem(t.finalize, 'menuFinalize')
    .addItem(t.sendNow, 'menuSendNow')
    .addItem(t.archive, 'menuArchiveCycle')
    .addToUi();
}
