// Vérifier l'installation: triggers in the current user's name, the form, authorization, quota,
// the outbox and the Journal's latest errors; each finding says what to do.
import { escapeHtml } from '../../core/email/html';
import { catalogue } from '../../core/i18n';
import { checkInstallation, type Finding, type InstallFacts } from '../../core/install-check';
import { context } from '../adapters/context';

export function checkInstall(options: { silent?: boolean } = {}): Finding[] {
  const ctx = context();
  let cycle: InstallFacts['cycle'] = null;
  let formId = '';
  try {
    const loaded = ctx.state.load();
    if (loaded) {
      cycle = { id: loaded.cycle.catalog.cycle.id, status: loaded.cycle.catalog.cycle.status };
      formId = loaded.cycle.formId;
    }
  } catch {
    cycle = 'lost';
  }
  let form: InstallFacts['form'] = null;
  if (cycle !== null && cycle !== 'lost' && cycle.status === 'open') {
    try {
      form = { found: true, accepting: FormApp.openById(formId).isAcceptingResponses() };
    } catch {
      form = { found: false, accepting: false };
    }
  }
  // Apps Script lists the current user's triggers only (ScriptApp.getProjectTriggers reference).
  const handlers = ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction());
  // https://developers.google.com/apps-script/reference/script/authorization-info
  const authorizationRequired = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
  const findings = checkInstallation({
    cycle, handlers, form, authorizationRequired, quotaLeft: MailApp.getRemainingDailyQuota(), ...ctx.outbox.counts(), errors: ctx.journal.recentErrors(5),
  }, ctx.locale);
  if (!options.silent) {
    const colour = { ok: '#1a7f37', warning: '#9a6700', error: '#b42318' };
    const html = `<ul>${findings.map((f) => `<li style="color:${colour[f.level]}">${escapeHtml(f.text)}</li>`).join('')}</ul>`;
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput(`<div style="font-family:Arial,sans-serif;font-size:14px">${html}</div>`).setWidth(640).setHeight(420),
      catalogue(ctx.locale).ui.installCheckTitle,
    );
  }
  return findings;
}
