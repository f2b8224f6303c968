// Writes a local spreadsheet snapshot as an .xlsx file that Excel and LibreOffice open as the sheet looked.
import ExcelJS from 'exceljs';
import { GENERATED_TAB_PREFIX } from '../../core/close/tab-name';
import { localParts } from '../../core/dates';
import type { CellValue, SheetSnapshot, SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import type { KeptFormula } from '../import/read-xlsx';
import { toExcelNumberFormat } from './excel-number-format';
// exceljs's own workbook part, to write it with calcProperties (see fullCalcOnLoad).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform') as new () => { prepare(model: unknown): void; toXml(model: unknown): string };

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

/** What the streaming writer's worksheets offer (exceljs types them as a plain Worksheet). */
type StreamSheet = ExcelJS.Worksheet & { commit(): void };

/**
 * Writes one tab row by row, each row committed (serialized and dropped) once written: exceljs's
 * streaming writer holds one row at a time, not a model of every cell of the workbook.
 */
function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetSnapshot, timeZone: string, kept: Map<string, KeptFormula> = new Map()): void {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.frozenRows > 0 || sheet.frozenColumns > 0
      ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [],
    // The streaming writer writes the sheet's properties (fitToPage) when the sheet is added.
    ...printing(sheet),
  }) as StreamSheet;
  // Columns first: the streaming writer writes them before the first row.
  for (const [column, pixels] of Object.entries(sheet.columnWidths)) {
    // exceljs leaves out a width of exactly its default (9), and the app would show its own.
    const characters = pixelsToCharacters(pixels);
    ws.getColumn(Number(column)).width = characters === 9 ? 9 + 1 / 256 : characters;
  }
  for (const column of sheet.hiddenColumns) ws.getColumn(column).hidden = true;
  // A row with a wrapped cell grows taller: its cells sit at the top, as writeTab sets them in Sheets.
  const wrappedRows = new Set((sheet.wraps ?? []).flatMap((row, r) => (row.includes(true) ? [r] : [])));
  // A formula with no cached value lies outside the values read (an empty cell as far as they go).
  const outside = new Map<number, KeptFormula[]>();
  for (const f of kept.values()) {
    if (f.result === null && (sheet.values[f.row - 1]?.[f.column - 1] ?? null) === null) outside.set(f.row, [...(outside.get(f.row) ?? []), f]);
  }
  const lastRow = Math.max(sheet.values.length, ...outside.keys());
  for (let r = 0; r < lastRow; r += 1) {
    const row = sheet.values[r] ?? [];
    let used: ExcelJS.Row | null = null;
    const cellAt = (c: number) => (used ??= ws.getRow(r + 1)).getCell(c + 1);
    row.forEach((value, c) => {
      const format = sheet.numberFormats[r]?.[c] ?? '';
      const bold = sheet.bold[r]?.[c] ?? false;
      const note = sheet.notes[r]?.[c] ?? '';
      const validation = sheet.validations[r]?.[c] ?? null;
      // A person's formula goes back where the run left the value it showed (else the run's value wins).
      const formula = kept.get(`${r + 1}:${c + 1}`);
      const keepFormula = formula !== undefined && sameValue(value, formula.result);
      if (value === null && !keepFormula && format === '' && !bold && note === '' && validation === null) return;
      const cell = cellAt(c);
      // A checkbox is a boolean in Sheets; Excel and LibreOffice have none that both read, and show
      // a boolean as TRUE/FALSE, VRAI/FAUX or 0: the cell shows a box, ☐ or ☑, whatever the app.
      if (keepFormula) cell.value = formulaValue(formula, timeZone);
      else cell.value = validation?.kind === 'checkbox' ? checkboxText(value === true) : cellValue(value, timeZone);
      if (format !== '' && validation?.kind !== 'checkbox') cell.numFmt = toExcelNumberFormat(format);
      if (bold) cell.font = { bold: true };
      if (note !== '') cell.note = note;
      if (wrappedRows.has(r)) cell.alignment = { vertical: 'top', ...(sheet.wraps?.[r]?.[c] ? { wrapText: true } : {}) };
      // The ☐,☑ dropdown lets a person tick in Excel or LibreOffice, and tells readXlsx it was a checkbox.
      if (validation?.kind === 'checkbox') {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: [CHECKBOX_LIST] };
        cell.alignment = { ...cell.alignment, horizontal: 'center' };
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
    for (const f of outside.get(r + 1) ?? []) cellAt(f.column - 1).value = formulaValue(f, timeZone);
    if (wrappedRows.has(r)) (used ??= ws.getRow(r + 1)).height = wrappedRowHeight(sheet, r);
    used?.commit();
  }
  ws.commit();
}

const LINE_POINTS = 15; // a line of the default font (Calibri 11), as Excel's default row height
const CHAR_PX = 6; // an average character of Calibri 11 (digits are 7 px, most letters narrower)
const DEFAULT_WIDTH_PX = 64;

/** How many lines `text` takes in a column `pixels` wide, wrapped at spaces as the apps do. */
export function wrappedLines(text: string, pixels: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((pixels - 8) / (bold ? CHAR_PX * 1.1 : CHAR_PX)));
  return text.split('\n').reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const length = [...word].length;
      const needed = used === 0 ? length : used + 1 + length;
      if (needed <= perLine) used = needed;
      else {
        count += used === 0 ? 0 : 1;
        count += Math.max(0, Math.ceil(length / perLine) - 1);
        used = length % perLine || perLine;
      }
    }
    return lines + count;
  }, 0);
}

/**
 * The height of a row with wrapped text, in points. Sheets grows such a row by itself; LibreOffice
 * and Excel keep an .xlsx row at the default height unless told, and the lines overprint each other.
 */
function wrappedRowHeight(sheet: SheetSnapshot, r: number): number {
  let lines = 1;
  sheet.values[r].forEach((value, c) => {
    if (!sheet.wraps?.[r]?.[c] || typeof value !== 'string') return;
    lines = Math.max(lines, wrappedLines(value, sheet.columnWidths[c + 1] ?? DEFAULT_WIDTH_PX, sheet.bold[r]?.[c] === true));
  });
  return lines * LINE_POINTS;
}

/**
 * Every tab prints on A4 portrait with its frozen header rows repeated on each page; a generated
 * tab (`Distribution`, producers, `Récap`…, behind Cabas's prefix) is also fitted to the page's
 * width, so a sign-off list never splits across pages sideways. Google Sheets has no page-setup
 * API: there the coordinator picks these in the print dialog (guide, « Imprimer »).
 * https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.pagesetup
 */
function printing(sheet: SheetSnapshot): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  const generated = sheet.name.startsWith(GENERATED_TAB_PREFIX);
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      ...(generated ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      horizontalCentered: generated,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
    },
    // The tab's name and the page number at the foot of each page: no words, so no language.
    headerFooter: { oddFooter: '&L&A&R&P / &N' },
  };
}

/** What an exported checkbox shows, and the list that lets a person tick it. */
export const CHECKBOX_TEXT = { checked: '☑', unchecked: '☐' } as const;
const CHECKBOX_LIST = `"${CHECKBOX_TEXT.unchecked},${CHECKBOX_TEXT.checked}"`;
const checkboxText = (checked: boolean) => (checked ? CHECKBOX_TEXT.checked : CHECKBOX_TEXT.unchecked);

/** Writes every sheet, in order, to `path` (overwritten), one row at a time. */
export async function writeXlsx(snapshot: SpreadsheetSnapshot, path: string, options: { project?: string; formulas?: KeptFormula[]; afterSheet?: () => void } = {}): Promise<void> {
  // Fixed dates keep the file the same for the same snapshot.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  const core = book as unknown as { creator: string; title: string; description: string; created: Date; modified: Date };
  core.creator = 'Cabas';
  core.created = new Date(0);
  core.modified = new Date(0);
  core.title = snapshot.name;
  core.description = workbookDescription(snapshot.timeZone, snapshot.locale, snapshot.sheets, options.project);
  // Excel refuses a workbook whose every sheet is hidden: keep the first one visible then.
  const allHidden = snapshot.sheets.length > 0 && snapshot.sheets.every((s) => s.hidden);
  const kept: KeptBySheet = new Map();
  for (const f of options.formulas ?? []) {
    if (!kept.has(f.sheet)) kept.set(f.sheet, new Map());
    kept.get(f.sheet)!.set(`${f.row}:${f.column}`, f);
  }
  const sheets = snapshot.sheets.map((sheet, i) => (allHidden && i === 0 ? { ...sheet, hidden: false } : sheet));
  for (const sheet of sheets) {
    writeSheet(book, sheet, snapshot.timeZone, kept.get(sheet.name));
    options.afterSheet?.();
    // Lets the zip take the sheet's text before the next one is made.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (sheets.length === 0) (book.addWorksheet('Sheet1') as StreamSheet).commit();
  // Kept formulas carry the values cached before the run: the spreadsheet app computes them again
  // on opening. The streaming writer writes no calcPr of its own: its workbook part is made here.
  if (kept.size > 0) fullCalcOnLoad(book);
  // The tab that opens must be a visible one, or Excel reports the file as damaged.
  const firstVisible = Math.max(0, sheets.findIndex((s) => !s.hidden));
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: firstVisible, activeTab: firstVisible, visibility: 'visible' }];
  await book.commit();
}

/** Makes the writer's workbook part carry `<calcPr fullCalcOnLoad="1"/>` (exceljs's WorkbookWriter.addWorkbook, with calcProperties set). */
function fullCalcOnLoad(book: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const writer = book as unknown as { addWorkbook(): Promise<void>; _worksheets: unknown[]; _definedNames: { model: unknown }; views: unknown; zip: { append(xml: string, o: { name: string }): void } };
  writer.addWorkbook = () => {
    const model = { worksheets: writer._worksheets.filter(Boolean), definedNames: writer._definedNames.model, views: writer.views, properties: {}, calcProperties: { fullCalcOnLoad: true } };
    const xform = new WorkbookXform();
    xform.prepare(model);
    writer.zip.append(xform.toXml(model), { name: '/xl/workbook.xml' });
    return Promise.resolve();
  };
}
