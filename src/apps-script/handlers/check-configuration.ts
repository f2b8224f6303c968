// Vérifier la configuration: every problem with its cell, in a dialog and in the Journal.
import { catalogue } from '../../core/i18n';
import { escapeHtml } from '../../core/email/html';
import { readCycles } from '../../core/workbook/read-cycles';
import { renderProblem } from '../../core/workbook/render-problem';
import { tableName } from '../../core/workbook/tables';
import { zoneMismatch } from '../../core/workbook/zone-mismatch';
import { context, loadConfiguration } from '../adapters/context';

export interface CheckReport {
  errors: number;
  warnings: number;
  messages: string[];
}

export function checkConfiguration(options: { silent?: boolean } = {}): CheckReport {
  const ctx = context();
  const { locale } = ctx;
  const configuration = loadConfiguration(ctx);
  // Cycles too: a draft typed by hand is checked before « Ouvrir un cycle » reads it.
  const cyclesTab = ctx.workbook.values('cycles');
  const timeZone = configuration.config?.settings.timeZone ?? ctx.settings?.timeZone ?? 'Europe/Paris';
  const zones = configuration.config ? zoneMismatch(ctx.workbook.spreadsheet.getSpreadsheetTimeZone(), timeZone, tableName('settings', locale)) : null;
  const problems = [
    ...configuration.problems, ...(zones ? [zones] : []),
    ...(cyclesTab ? readCycles({ tabName: cyclesTab.tabName, values: cyclesTab.values }, timeZone).problems : []),
  ];
  const t = catalogue(locale).ui;
  const messages = problems.map((p) => renderProblem(p, locale));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const now = Date.now();
  const who = Session.getActiveUser().getEmail();
  ctx.journal.add([
    ...problems.map((p, i) => ({ at: now, level: p.severity, event: t.event.configProblem, who, detail: messages[i] })),
    { at: now, level: errors ? 'error' as const : 'info' as const, event: t.event.configChecked, who, detail: problems.length ? t.checkSummary(errors, warnings) : t.checkOk },
  ]);
  if (!options.silent) {
    const html = problems.length === 0
      ? `<p>${escapeHtml(t.checkOk)}</p>`
      : `<p>${escapeHtml(t.checkSummary(errors, warnings))}</p><ul>${problems.map((p, i) =>
        `<li style="color:${p.severity === 'error' ? '#b42318' : '#9a6700'}">${escapeHtml(messages[i])}</li>`).join('')}</ul>`;
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput(`<div style="font-family:Arial,sans-serif;font-size:14px">${html}</div>`).setWidth(640).setHeight(420),
      t.checkTitle,
    );
  }
  return { errors, warnings, messages };
}
