// « Faire le bilan »: the season's indicators for a period, in the `▸ Bilan` tab, rebuilt whole.
import { safeTabName } from '../../core/close/tab-name';
import { catalogue } from '../../core/i18n';
import { reviewTab, type ReviewCharts } from '../../core/review/review-tab';
import { seasonReview, sentTimes } from '../../core/review/season-review';
import { readCycles } from '../../core/workbook/read-cycles';
import { context, loadConfiguration } from '../adapters/context';
import { Ledger } from '../adapters/ledger';
import { withScriptLock } from '../adapters/script-lock';
import { writeTab } from '../adapters/write-tab';
import { inform } from './with-alert';

export interface ReviewRequest { from?: string; to?: string }

/** Writes the review of the cycles from `from` to `to` (cycle ids, both included; empty: no bound). */
export function review(request: ReviewRequest, options: { silent?: boolean } = {}): { ok: boolean; cycles: number; message: string } {
  const ctx = context();
  const t = catalogue(ctx.locale).payments.review;
  const report = withScriptLock(() => {
    const { config } = loadConfiguration(ctx);
    const timeZone = config?.settings.timeZone ?? ctx.settings?.timeZone ?? 'Europe/Paris';
    const cyclesTab = ctx.workbook.values('cycles');
    const outbox = ctx.workbook.values('outbox');
    const result = seasonReview({
      cycles: cyclesTab ? readCycles(cyclesTab, timeZone).cycles : [],
      lines: ctx.orders.readAll(),
      ledger: new Ledger(ctx.workbook).read().rows,
      sentAt: outbox ? sentTimes(outbox.values) : [],
      duties: config?.duties ?? [],
      timeZone, from: (request.from ?? '').trim(), to: (request.to ?? '').trim(),
    });
    const { layout, charts } = reviewTab(result, ctx.locale, (request.from ?? '').trim(), (request.to ?? '').trim());
    const sheet = writeTab(ctx.workbook, { ...layout, name: safeTabName(layout.name, new Set()) });
    drawCharts(sheet, charts, t);
    return { ok: true, cycles: result.cycles.length, message: t.done(result.cycles.length) };
  });
  if (!options.silent) inform(t.menu, report.message);
  return report;
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

/** The menu item: asks for the period, then reviews it. */
export function reviewFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const t = catalogue(context().locale).payments.review;
  const ask = (text: string): string | null => {
    const r = ui.prompt(t.menu, text, ui.ButtonSet.OK_CANCEL);
    return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
  };
  const from = ask(t.promptFrom);
  if (from === null) return;
  const to = ask(t.promptTo);
  if (to === null) return;
  review({ from, to });
}
