// Installer ou mettre à jour: creates or completes the workbook, optionally with the sample group.
import { catalogue } from '../../core/i18n';
import { installWorkbook, type InstallReport } from '../adapters/install-workbook';
import { context } from '../adapters/context';
import { buildMenu } from './menu';

export function install(options: { sample: boolean; silent?: boolean }): InstallReport {
  const ctx = context();
  const report = installWorkbook(ctx.workbook, options);
  buildMenu();
  if (!options.silent) {
    const t = catalogue(ctx.locale).ui;
    SpreadsheetApp.getUi().alert(options.sample ? t.installedSample : t.installed(ctx.workbook.listSheets().length));
  }
  return report;
}
