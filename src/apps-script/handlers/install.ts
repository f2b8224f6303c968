// Installer ou mettre à jour: creates or completes the workbook, optionally with the sample group,
// and gives the open cycle's triggers to whoever runs it (triggers belong to the account that
// created them: in a copied workbook, or after a change of volunteer, they are the new owner's).
import { catalogue } from '../../core/i18n';
import { installWorkbook, type InstallReport } from '../adapters/install-workbook';
import { context, type Context } from '../adapters/context';
import { markInstalledHere } from '../adapters/installed-here';
import { after, HANDLER, hourly } from '../adapters/triggers';
import { buildMenu } from './menu';

export function install(options: { sample: boolean; silent?: boolean }): InstallReport {
  const ctx = context();
  // The sample group's coordinator is the installing account: its trial e-mails go there, and it may order.
  const report = installWorkbook(ctx.workbook, { sample: options.sample, coordinator: options.sample ? Session.getActiveUser().getEmail() : '' });
  ownTriggers(ctx);
  markInstalledHere();
  buildMenu();
  if (!options.silent) {
    const t = catalogue(ctx.locale).ui;
    const message = report.sampleRefused ? t.sampleRefused : options.sample ? t.installedSample : t.installed(ctx.workbook.listSheets().length);
    SpreadsheetApp.getUi().alert(message);
  }
  return report;
}

/** The open cycle's form and deadline triggers, and the outbox's, in the current user's name. */
function ownTriggers(ctx: Context): void {
  let loaded;
  try {
    loaded = ctx.state.load();
  } catch {
    return; // a lost state is reported by the handlers that need it; installing still completes the tabs
  }
  if (loaded && loaded.cycle.catalog.cycle.status === 'open') {
    const { formId, catalog } = loaded.cycle;
    ctx.triggers.replace(HANDLER.formSubmit, (b) => b.forForm(formId).onFormSubmit().create());
    ctx.triggers.replace(HANDLER.deadline, after(Math.max(0, catalog.cycle.deadline - Date.now())));
  }
  if (ctx.outbox.counts().pending > 0) ctx.triggers.ensure(HANDLER.outbox, hourly);
}
