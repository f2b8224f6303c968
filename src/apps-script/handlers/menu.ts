// The `Cabas` menu, in the group's language (read from the settings tab; French by default).
// Until « Installer » has run in this spreadsheet (a fresh copy of a template, a copy of a copy,
// a workbook updated to this version), the menu offers only the two ways to install and « À
// propos »: nothing else would work before the new owner has authorized Cabas and owns its triggers.
import { catalogue } from '../../core/i18n';
import { detectLocale } from '../adapters/context';
import { installedHere } from '../adapters/installed-here';
import { Workbook } from '../adapters/workbook';

export function buildMenu(): void {
  const locale = detectLocale(Workbook.active());
  const t = catalogue(locale).ui.menu;
  if (!installedHere()) {
    SpreadsheetApp.getUi().createMenu(t.title)
      .addItem(t.install, 'menuInstall')
      .addItem(t.installSample, 'menuInstallSample')
      .addSeparator()
      .addItem(t.about, 'menuAbout')
      .addToUi();
    return;
  }
  SpreadsheetApp.getUi().createMenu(t.title)
    .addItem(t.install, 'menuInstall')
    .addItem(t.installSample, 'menuInstallSample')
    .addSeparator()
    .addItem(t.check, 'menuCheckConfiguration')
    .addItem(t.checkInstall, 'menuCheckInstallation')
    .addSeparator()
    .addItem(t.openCycle, 'menuOpenCycle')
    .addItem(t.closeNow, 'menuCloseNow')
    .addItem(t.finalize, 'menuFinalize')
    .addItem(t.sendNow, 'menuSendNow')
    .addItem(t.archive, 'menuArchiveCycle')
    .addItem(t.repair, 'menuRepair')
    .addSeparator()
    .addItem(t.enterOrder, 'menuEnterOrder')
    .addItem(catalogue(locale).payments.menuRemind, 'menuRemindUnpaid')
    .addItem(catalogue(locale).payments.review.menu, 'menuReview')
    .addItem(catalogue(locale).payments.review.exportMenu, 'menuExportReview')
    .addItem(t.about, 'menuAbout')
    .addToUi();
}
