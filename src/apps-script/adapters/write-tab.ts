// Writes a generated tab (a TabLayout from the core) in a fixed number of calls, whatever its
// size: values, number formats, bold and checkboxes each go in one batch.
import type { TabLayout } from '../../core/model';
import { catalogue } from '../../core/i18n';
import { cellOut, ensureGrid, NUMBER_FORMAT, QUANTITY_FORMAT } from './cells';
import type { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Creates or rewrites a generated tab; the same layout always gives the same tab. */
export function writeTab(workbook: Workbook, layout: TabLayout, options: { index?: number } = {}): Sheet {
  const rows = layout.rows.length ? layout.rows : [['']];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0); // not Math.max(...rows): tens of thousands of arguments overflow the stack
  const values = rows.map((r) => [...r, ...new Array(width - r.length).fill(null)]);
  let sheet = workbook.sheetNamed(layout.name);
  if (sheet) {
    sheet.clear();
    sheet.getDataRange().clearDataValidations();
  } else {
    sheet = options.index !== undefined ? workbook.spreadsheet.insertSheet(layout.name, options.index) : workbook.spreadsheet.insertSheet(layout.name);
    workbook.remember(sheet);
    sheet.protect().setWarningOnly(true).setDescription(catalogue(workbook.locale).ui.generatedNote);
  }
  ensureGrid(sheet, { rows: values.length, columns: width });
  const range = sheet.getRange(1, 1, values.length, width);
  // Formats first: text cells are plain text before the values land, so none is read as a formula.
  range.setNumberFormats(values.map((r) => r.map((v, c) => {
    if (typeof v === 'string' || v === null) return '@';
    const f = layout.columnFormats[c];
    if (typeof v === 'number') return f && f !== 'text' && f !== 'checkbox' ? NUMBER_FORMAT[f] : QUANTITY_FORMAT;
    return f === 'date' || f === 'datetime' ? NUMBER_FORMAT[f] : '@';
  })));
  range.setValues(values.map((r) => r.map((v) => cellOut(v))));
  const bold = new Set(layout.boldRows);
  range.setFontWeights(values.map((r, i) => r.map(() => (bold.has(i) ? 'bold' : 'normal'))));
  if (values.some((r) => r.some((v) => typeof v === 'boolean'))) {
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    range.setDataValidations(values.map((r) => r.map((v) => (typeof v === 'boolean' ? checkbox : null))));
  }
  sheet.setFrozenRows(layout.frozenRows);
  for (const [col, px] of Object.entries(layout.columnWidths ?? {})) sheet.setColumnWidth(Number(col) + 1, px);
  return sheet;
}
