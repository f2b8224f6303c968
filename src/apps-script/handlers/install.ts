// Installer ou mettre à jour: creates or completes the workbook, optionally with the sample group.
import { catalogue } from '../../core/i18n';
import { installWorkbook, type InstallReport } from '../adapters/install-workbook';
import { context } from '../adapters/context';
import { buildMenu } from './menu';

export function install(options: { sample: boolean; silent?: boolean }): InstallReport {
  const ctx = context();
  // The sample group's coordinator is the installing account: its trial e-mails go there, and it may order.
  const report = installWorkbook(ctx.workbook, { sample: options.sample, coordinator: options.sample ? Session.getActiveUser().getEmail() : '' });
  buildMenu();
  if (!options.silent) {
    const t = catalogue(ctx.locale).ui;
    SpreadsheetApp.getUi().alert(options.sample ? t.installedSample : t.installed(ctx.workbook.listSheets().length));
  }
  return report;
}
