// « Faire le bilan »: the season's indicators for a period, in the `▸ Bilan` tab, rebuilt whole.
import { safeTabName } from '../../core/close/tab-name';
import { catalogue } from '../../core/i18n';
import { reviewExport } from '../../core/review/review-csv';
import { reviewTab, type ReviewCharts } from '../../core/review/review-tab';
import { refusalKeys, seasonReview, sentTimes, type SeasonReview } from '../../core/review/season-review';
import { readCycles } from '../../core/workbook/read-cycles';
import { context, loadConfiguration, type Context } from '../adapters/context';
import { Ledger } from '../adapters/ledger';
import { mergeLedger } from '../../core/payments/ledger';
import { mergedLedger } from '../../core/payments/balances';
import { ledgerNotice, ledgerProblems } from '../../core/payments/ledger-problems';
import { withScriptLock } from '../adapters/script-lock';
import { removeOtherLanguageTab, writeTab } from '../adapters/write-tab';
import { inform } from './with-alert';

export interface ReviewRequest { from?: string; to?: string }

/** Writes the review of the cycles from `from` to `to` (cycle ids, both included; empty: no bound). */
export function review(request: ReviewRequest, options: { silent?: boolean } = {}): { ok: boolean; cycles: number; message: string } {
  const ctx = context();
  const t = catalogue(ctx.locale).payments.review;
  const from = (request.from ?? '').trim();
  const to = (request.to ?? '').trim();
  const report = withScriptLock(ctx.locale, () => {
    const { result, unreadable } = readReview(ctx, from, to);
    const { layout, charts } = reviewTab(result, ctx.locale, from, to);
    const sheet = writeTab(ctx.workbook, { ...layout, name: safeTabName(layout.name, new Set()) });
    drawCharts(sheet, charts, t);
    removeOtherLanguageTab(ctx.workbook, (c) => c.payments.review.tabName, (c) => ({ row: 3, text: c.payments.review.cyclesHeading }));
    // The unpaid amounts count an unreadable cell of Paiements as 0: the coordinator is told which (ledger-problems.ts).
    const message = unreadable ? `${t.done(result.cycles.length)}\n\n${unreadable}` : t.done(result.cycles.length);
    return { ok: true, cycles: result.cycles.length, message };
  });
  if (!options.silent) inform(t.menu, report.message);
  return report;
}

/**
 * « Exporter le bilan »: the review of the period as a CSV, written to the `▸ Bilan CSV` tab (File >
 * Download > CSV gives it back) and offered in a dialog as a download link. The link is a data: URI
 * with a `download` attribute, so no Drive scope is needed and nothing navigates (a data: URL may
 * not be opened as a page); the dialogs' IFRAME sandbox carries `allow-downloads`
 * (https://developers.google.com/apps-script/guides/html/restrictions). That a real Sheet's dialog
 * downloads it is not verified against a live account: the tab is there either way. Returns the CSV.
 */
export function exportReview(request: ReviewRequest, options: { silent?: boolean } = {}): { ok: boolean; cycles: number; file: string; csv: string } {
  const ctx = context();
  const t = catalogue(ctx.locale).payments.review;
  const from = (request.from ?? '').trim();
  const to = (request.to ?? '').trim();
  const report = withScriptLock(ctx.locale, () => {
    const { result, group } = readReview(ctx, from, to);
    const { rows, csv, file } = reviewExport(result, { group, from, to, locale: ctx.locale });
    writeTab(ctx.workbook, {
      name: safeTabName(t.exportTabName, new Set()), rows, frozenRows: 1, boldRows: [0],
      columnFormats: { 0: 'text', 1: 'text', 2: 'text', 3: 'text', 4: 'text', 5: 'text', 7: 'text' }, columnWidths: { 0: 180, 4: 170, 5: 180, 7: 280 },
    });
    return { ok: true, cycles: result.cycles.length, file, csv };
  });
  if (!options.silent) {
    const data = Utilities.base64Encode(report.csv, Utilities.Charset.UTF_8);
    const html = HtmlService.createHtmlOutput(`<p style="font-family:sans-serif">${escape(t.exportDone(report.file))}</p>`
      + `<p style="font-family:sans-serif"><a href="data:text/csv;charset=utf-8;base64,${data}" download="${escape(report.file)}">${escape(t.exportLink(report.file))}</a></p>`
      + `<p style="font-family:sans-serif;color:#555">${escape(t.exportShare)}</p>`).setWidth(460).setHeight(220);
    SpreadsheetApp.getUi().showModalDialog(html, t.exportMenu);
  }
  return report;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The review of a period, from what the workbook keeps (one read of each tab it needs). Call under the lock. */
function readReview(ctx: Context, from: string, to: string): { result: SeasonReview; group: string; unreadable: string } {
  const { readable: config } = loadConfiguration(ctx);
  const timeZone = config?.settings.timeZone ?? ctx.settings?.timeZone ?? 'Europe/Paris';
  const cyclesTab = ctx.workbook.values('cycles');
  const outbox = ctx.outbox.record();
  const book = new Ledger(ctx.workbook);
  const ledger = book.read();
  const problems = ledgerProblems({ tabName: ledger.sheet.getName(), values: ledger.values }, ctx.locale);
  const unreadable = ledgerNotice(problems, ctx.locale);
  const result = seasonReview({
    cycles: cyclesTab ? readCycles(cyclesTab, timeZone).cycles : [],
    lines: ctx.orders.readAll(),
    // The boxes ticked on the Distribution tabs count, as they do for Soldes and the reminders.
    ledger: mergedLedger(ledger.rows, mergeLedger(ledger.rows, [], book.distributionTicks())),
    sentAt: sentTimes(outbox),
    refusals: refusalKeys(outbox),
    duties: config?.duties ?? [],
    members: config?.members, producers: config?.producers, products: config?.products,
    timeZone, from, to,
  });
  return { result, group: config?.settings.groupName ?? ctx.settings?.groupName ?? '', unreadable };
}

/**
 * The review's two native charts, drawn again each time (clearing a tab keeps its charts): the
 * households and euros per cycle as columns, the euros per producer as a pie.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
function drawCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, charts: ReviewCharts, t: { chartPerCycle: string; chartPerProducer: string }): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const draw = (where: ReviewCharts['perCycle'], kind: 'column' | 'pie', title: string, anchorRow: number) => {
    if (where.lastRow <= where.firstRow) return; // a header and no data: nothing to draw
    const rows = where.lastRow - where.firstRow + 1;
    const builder = sheet.newChart();
    for (const c of where.columns) builder.addRange(sheet.getRange(where.firstRow + 1, c + 1, rows, 1));
    const typed = kind === 'column' ? builder.asColumnChart() : builder.asPieChart();
    sheet.insertChart(typed.setOption('title', title).setPosition(anchorRow, 9, 0, 0).build());
  };
  draw(charts.perCycle, 'column', t.chartPerCycle, 1);
  draw(charts.perProducer, 'pie', t.chartPerProducer, 22);
}

/** The menu item: asks for the period, then reviews it (or, `exporting`, exports it). */
export function reviewFromMenu(exporting = false): void {
  const ui = SpreadsheetApp.getUi();
  const t = catalogue(context().locale).payments.review;
  const ask = (text: string): string | null => {
    const r = ui.prompt(exporting ? t.exportMenu : t.menu, text, ui.ButtonSet.OK_CANCEL);
    return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
  };
  const from = ask(t.promptFrom);
  if (from === null) return;
  const to = ask(t.promptTo);
  if (to === null) return;
  if (exporting) exportReview({ from, to });
  else review({ from, to });
}
