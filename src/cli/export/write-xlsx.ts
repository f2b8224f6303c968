// Writes a local spreadsheet snapshot as an .xlsx file that Excel and LibreOffice open as the sheet looked.
import ExcelJS from 'exceljs';
import { localParts } from '../../core/dates';
import type { CellValue, SheetSnapshot, SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import type { KeptFormula } from '../import/read-xlsx';
import { toExcelNumberFormat } from './excel-number-format';

/**
 * Marker kept in the workbook's description so readXlsx gets the time zone and locale back
 * (an .xlsx has neither: Excel dates are wall-clock serial numbers).
 */
export function workbookDescription(timeZone: string, locale: string, sheets: SheetSnapshot[] = [], project?: string): string {
  // Sheet protections, which the xlsx sheet protection cannot describe: Cabas marks its generated
  // tabs with a described protection, and rewrites only those (adapters/write-tab.ts).
  const protections = Object.fromEntries(sheets.filter((s) => s.protections.length > 0).map((s) => [s.name, s.protections]));
  const kept = Object.keys(protections).length ? `; protections=${encodeURIComponent(JSON.stringify(protections))}` : '';
  // The offline mode's Apps Script project (project-state.ts): what the next run restores.
  const carried = project ? `; project=${encodeURIComponent(project)}` : '';
  return `Cabas; timeZone=${timeZone}; locale=${locale}${kept}${carried}`;
}

/**
 * Excel stores wall-clock time, and exceljs turns a Date into a serial from its UTC fields, so the
 * instant is shifted to show, in UTC, what the spreadsheet's zone shows.
 */
export function toWallClockDate(instant: Date, timeZone: string): Date {
  const p = localParts(instant.getTime(), timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, instant.getTime() % 1000));
}

/**
 * Excel column widths count characters of the default font's widest digit (7 px in Calibri 11)
 * plus 5 px of padding: https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.column
 */
export function pixelsToCharacters(pixels: number): number {
  return Math.max(0, Math.trunc(((pixels - 5) / 7) * 256) / 256);
}

// An inline list validation is one quoted formula of at most 255 characters, comma-separated, so a
// value with a comma cannot be listed inline; such lists are left out rather than split wrongly.
function listFormula(values: string[]): string | null {
  if (values.some((v) => v.includes(','))) return null;
  const formula = `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  return formula.length - 2 <= 255 ? formula : null;
}

// Cabas never writes formulas of its own: if a snapshot carries `formulas`, the value (the result a
// person sees) is what is written, so a file read back gives the same values. A person's formulas
// read from the input file are put back (options.formulas).
function cellValue(value: CellValue, timeZone: string): ExcelJS.CellValue {
  if (value instanceof Date) return toWallClockDate(value, timeZone);
  // Text that looks like a formula stays text: exceljs only writes formulas given as { formula }.
  return value;
}

const ERROR_VALUE = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!)$/;

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/** A kept formula with its cached result, as exceljs writes it (an error result as an error). */
function formulaValue(kept: KeptFormula, timeZone: string): ExcelJS.CellValue {
  const { formula, result } = kept;
  if (result === null) return { formula } as ExcelJS.CellFormulaValue;
  const cached = typeof result === 'string' && ERROR_VALUE.test(result) ? { error: result } : cellValue(result, timeZone);
  return { formula, result: cached } as ExcelJS.CellFormulaValue;
}

type KeptBySheet = Map<string, Map<string, KeptFormula>>;

function writeSheet(book: ExcelJS.Workbook, sheet: SheetSnapshot, timeZone: string, kept: Map<string, KeptFormula> = new Map()): void {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.frozenRows > 0 || sheet.frozenColumns > 0
      ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [],
  });
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const format = sheet.numberFormats[r]?.[c] ?? '';
      const bold = sheet.bold[r]?.[c] ?? false;
      const note = sheet.notes[r]?.[c] ?? '';
      const validation = sheet.validations[r]?.[c] ?? null;
      // A person's formula goes back where the run left the value it showed (else the run's value wins).
      const formula = kept.get(`${r + 1}:${c + 1}`);
      const keepFormula = formula !== undefined && sameValue(value, formula.result);
      if (value === null && !keepFormula && format === '' && !bold && note === '' && validation === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      // A checkbox is a boolean in Sheets; Excel has no checkbox, so the cell holds TRUE/FALSE.
      if (keepFormula) cell.value = formulaValue(formula, timeZone);
      else cell.value = validation?.kind === 'checkbox' ? value === true : cellValue(value, timeZone);
      if (format !== '') cell.numFmt = toExcelNumberFormat(format);
      if (bold) cell.font = { bold: true };
      if (note !== '') cell.note = note;
      // The TRUE/FALSE dropdown lets a person tick in Excel, and tells readXlsx it was a checkbox.
      if (validation?.kind === 'checkbox') {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: ['"TRUE,FALSE"'] };
      }
      if (validation?.kind === 'list') {
        const formula = listFormula(validation.values);
        if (formula !== null) {
          cell.dataValidation = {
            type: 'list', allowBlank: true, formulae: [formula],
            showErrorMessage: !validation.allowInvalid, errorStyle: 'stop',
          };
        }
      }
    });
  });
  // A formula with no cached value lies outside the values read (an empty cell as far as they go).
  for (const f of kept.values()) {
    if (f.result === null && (sheet.values[f.row - 1]?.[f.column - 1] ?? null) === null) ws.getCell(f.row, f.column).value = formulaValue(f, timeZone);
  }
  for (const [column, pixels] of Object.entries(sheet.columnWidths)) {
    ws.getColumn(Number(column)).width = pixelsToCharacters(pixels);
  }
  for (const column of sheet.hiddenColumns) ws.getColumn(column).hidden = true;
}

/** Writes every sheet, in order, to `path` (overwritten). */
export async function writeXlsx(snapshot: SpreadsheetSnapshot, path: string, options: { project?: string; formulas?: KeptFormula[] } = {}): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Cabas';
  book.title = snapshot.name;
  book.description = workbookDescription(snapshot.timeZone, snapshot.locale, snapshot.sheets, options.project);
  // Fixed dates keep the file the same for the same snapshot.
  book.created = new Date(0);
  book.modified = new Date(0);
  // Excel refuses a workbook whose every sheet is hidden: keep the first one visible then.
  const allHidden = snapshot.sheets.length > 0 && snapshot.sheets.every((s) => s.hidden);
  const kept: KeptBySheet = new Map();
  for (const f of options.formulas ?? []) {
    if (!kept.has(f.sheet)) kept.set(f.sheet, new Map());
    kept.get(f.sheet)!.set(`${f.row}:${f.column}`, f);
  }
  snapshot.sheets.forEach((sheet, i) => {
    writeSheet(book, allHidden && i === 0 ? { ...sheet, hidden: false } : sheet, snapshot.timeZone, kept.get(sheet.name));
  });
  // Kept formulas carry the values cached before the run: the spreadsheet app computes them again on opening.
  if (kept.size > 0) book.calcProperties.fullCalcOnLoad = true;
  if (snapshot.sheets.length === 0) book.addWorksheet('Sheet1');
  // The tab that opens must be a visible one, or Excel reports the file as damaged.
  const firstVisible = Math.max(0, book.worksheets.findIndex((w) => w.state === 'visible'));
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: firstVisible, activeTab: firstVisible, visibility: 'visible' }];
  await book.xlsx.writeFile(path);
}
