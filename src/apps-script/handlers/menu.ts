// The `Cabas` menu, in the group's language (read from the settings tab; French by default).
import { catalogue } from '../../core/i18n';
import { detectLocale } from '../adapters/context';
import { Workbook } from '../adapters/workbook';

export function buildMenu(): void {
  const locale = detectLocale(Workbook.active());
  const t = catalogue(locale).ui.menu;
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
    .addItem(catalogue(locale).payments.menuRemind, 'menuRemindUnpaid')
    .addItem(catalogue(locale).payments.review.menu, 'menuReview')
    .addItem(t.about, 'menuAbout')
    .addToUi();
}
