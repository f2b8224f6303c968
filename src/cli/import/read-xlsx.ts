// Reads an .xlsx workbook (one Cabas wrote, or one a person made) into a spreadsheet snapshot.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { isValidTimeZone, zonedTime } from '../../core/dates';
import type { CellValue, SheetSnapshot, SpreadsheetSnapshot, ValidationSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { toAppsScriptNumberFormat } from './apps-script-number-format';
import { normalizeHeader } from './normalize-header';
import { normalizeXlsxParts } from './normalize-xlsx-parts';
import { CHECKBOX_TEXT } from '../export/write-xlsx';

export type XlsxErrorCode = 'xlsx.missing-file' | 'xlsx.not-a-file' | 'xlsx.not-xlsx';

const MESSAGES: Record<'fr' | 'en', Record<XlsxErrorCode, (file: string, detail: string) => string>> = {
  fr: {
    'xlsx.missing-file': (f) => `Le fichier ${f} n'existe pas. Vérifiez le chemin donné après --workbook.`,
    'xlsx.not-a-file': (f) => `${f} est un dossier, pas un fichier de classeur.`,
    'xlsx.not-xlsx': (f, d) => `${f} n'est pas un classeur .xlsx lisible (${d}). Enregistrez-le au format Excel (.xlsx) depuis votre tableur.`,
  },
  en: {
    'xlsx.missing-file': (f) => `The file ${f} does not exist. Check the path given after --workbook.`,
    'xlsx.not-a-file': (f) => `${f} is a folder, not a workbook file.`,
    'xlsx.not-xlsx': (f, d) => `${f} is not a readable .xlsx workbook (${d}). Save it in Excel format (.xlsx) from your spreadsheet app.`,
  },
};

/** A workbook file that cannot be read; `code` is stable, `message` tells the person what to do. */
export class XlsxFileError extends Error {
  constructor(readonly code: XlsxErrorCode, readonly file: string, message: string) {
    super(message);
    this.name = 'XlsxFileError';
  }
}

export interface ReadXlsxOptions {
  /** Wins over what the file says; otherwise Cabas's marker, then the settings tab, then Europe/Paris. */
  timeZone?: string;
  /** Language of error messages. */
  locale?: 'fr' | 'en';
}

function fail(code: XlsxErrorCode, file: string, locale: 'fr' | 'en', detail = ''): never {
  throw new XlsxFileError(code, file, MESSAGES[locale][code](file, detail));
}

// Excel dates are wall-clock times that exceljs returns as if they were UTC.
function fromWallClock(date: Date, timeZone: string): Date {
  const t = zonedTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(),
    date.getUTCMinutes(), timeZone, date.getUTCSeconds());
  return new Date(t + date.getUTCMilliseconds());
}

function plainValue(value: ExcelJS.CellValue, timeZone: string): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return fromWallClock(value, timeZone);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value === '' ? null : value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula cell gives its cached result, as getValues() would.
    const result = (value as { result?: unknown }).result;
    if (result !== null && typeof result === 'object' && !(result instanceof Date)) return (result as { error?: string }).error ?? null;
    return plainValue(result as ExcelJS.CellValue, timeZone);
  }
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink);
  if ('error' in value) return String(value.error);
  return null;
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

// writeXlsx writes a checkbox as ☐ or ☑ with a ☐,☑ list; versions before wrote TRUE/FALSE lists on boolean cells.
const CHECKBOX_LISTS = [`"${CHECKBOX_TEXT.unchecked},${CHECKBOX_TEXT.checked}"`, '"TRUE,FALSE"'];

function isCheckbox(cell: ExcelJS.Cell): boolean {
  const v = cell.dataValidation;
  const formula = String(v?.formulae?.[0] ?? '').toUpperCase();
  if (v?.type !== 'list' || !CHECKBOX_LISTS.includes(formula)) return false;
  return formula === CHECKBOX_LISTS[0] || typeof cell.value === 'boolean';
}

/** A checkbox cell's value as Sheets holds it: ticked when it shows ☑ (or a person typed TRUE), else unticked. */
function checkboxValue(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return v === true || (typeof v === 'string' && [CHECKBOX_TEXT.checked, 'TRUE', 'VRAI', 'X'].includes(v.trim().toUpperCase()));
}

function validationOf(cell: ExcelJS.Cell): ValidationSnapshot | null {
  const v = cell.dataValidation;
  if (!v || !v.type) return null;
  if (v.type !== 'list') return { kind: 'other', description: v.type };
  const formula = String(v.formulae?.[0] ?? '');
  if (!/^".*"$/s.test(formula)) return { kind: 'other', description: `list ${formula}` };
  const values = formula.slice(1, -1).split(',').map((s) => s.replace(/""/g, '"'));
  if (isCheckbox(cell)) return { kind: 'checkbox' };
  return { kind: 'list', values, allowInvalid: v.showErrorMessage !== true };
}

/**
 * A formula a person wrote in a cell, with the value the file cached for it (null when none was
 * saved). The runtime is not handed formulas (its evaluator knows a few Sheets functions, and a
 * workbook's are Excel's or LibreOffice's): the script reads the cached values, and the writer puts
 * each formula back where the run left its value as it was (write-xlsx.ts).
 */
export interface KeptFormula { sheet: string; row: number; column: number; formula: string; result: CellValue }

function formulasOf(ws: ExcelJS.Worksheet, timeZone: string): KeptFormula[] {
  const kept: KeptFormula[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      if (formula) kept.push({ sheet: ws.name, row: r, column: c, formula, result: plainValue(cell.value, timeZone) });
    });
  });
  return kept;
}

/** The snapshot's `wraps`, left out when no cell wraps. */
function wrapsOf(wraps: boolean[][]): { wraps?: boolean[][] } {
  return wraps.some((r) => r.includes(true)) ? { wraps } : {};
}

function readSheet(ws: ExcelJS.Worksheet, timeZone: string): SheetSnapshot {
  let lastRow = 0;
  let lastColumn = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (plainValue(cell.value, timeZone) === null) return;
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
    });
  });
  const grid = <T>(f: (cell: ExcelJS.Cell) => T): T[][] =>
    Array.from({ length: lastRow }, (_, r) => Array.from({ length: lastColumn }, (_, c) => f(ws.getCell(r + 1, c + 1))));
  const view = ws.views?.find((v) => v.state === 'frozen') as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const columnWidths: Record<number, number> = {};
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= ws.columnCount; c += 1) {
    const column = ws.getColumn(c);
    // Excel character widths back to pixels (see pixelsToCharacters in write-xlsx).
    if (column.width !== undefined) columnWidths[c] = Math.round(column.width * 7 + 5);
    if (column.hidden) hiddenColumns.push(c);
  }
  return {
    name: ws.name,
    hidden: ws.state !== 'visible',
    frozenRows: view?.ySplit ?? 0,
    frozenColumns: view?.xSplit ?? 0,
    values: grid((cell) => (isCheckbox(cell) ? checkboxValue(cell) : plainValue(cell.value, timeZone))),
    numberFormats: grid((cell) => toAppsScriptNumberFormat(cell.numFmt ?? '')),
    bold: grid((cell) => cell.font?.bold === true),
    notes: grid((cell) => noteText(cell.note)),
    validations: grid(validationOf),
    ...wrapsOf(grid((cell) => cell.alignment?.wrapText === true)),
    columnWidths,
    hiddenColumns,
    protections: [],
  };
}

type Protections = SpreadsheetSnapshot['sheets'][number]['protections'];

/** The sheets' protections Cabas kept in the description (workbookDescription); none in a file it did not write. */
function protectionsOf(book: ExcelJS.Workbook): Record<string, Protections> {
  const kept = /protections=([^;\s]+)/.exec(book.description ?? '');
  if (!kept) return {};
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(kept[1]));
    if (parsed === null || typeof parsed !== 'object') return {};
    const out: Record<string, Protections> = {};
    for (const [name, list] of Object.entries(parsed)) {
      if (!Array.isArray(list)) continue;
      out[name] = list.filter((p): p is Protections[number] => typeof p?.description === 'string' && typeof p?.warningOnly === 'boolean');
    }
    return out;
  } catch {
    return {}; // a description someone edited: the tabs are then treated as a person's
  }
}

/** The Apps Script project an offline run kept in the description (decoded by cli/project-state.ts). */
function projectOf(book: ExcelJS.Workbook): string | undefined {
  const kept = /project=([^;\s]+)/.exec(book.description ?? '');
  try {
    return kept ? decodeURIComponent(kept[1]) : undefined;
  } catch {
    return undefined;
  }
}

// Time zone and locale: Cabas's marker in the description, else the settings tab a person typed.
function settingsOf(book: ExcelJS.Workbook): { timeZone?: string; locale?: string } {
  const marker = /timeZone=([^;]+);\s*locale=([^;]*)/.exec(book.description ?? '');
  if (marker) return { timeZone: marker[1].trim(), locale: marker[2].trim() };
  const ws = book.worksheets.find((w) => ['parametres', 'settings'].includes(normalizeHeader(w.name)));
  const found: { timeZone?: string; locale?: string } = {};
  ws?.eachRow((row) => {
    const key = normalizeHeader(String(row.getCell(1).value ?? ''));
    const value = String(row.getCell(2).value ?? '').trim();
    if (key === 'fuseau horaire' || key === 'time zone') found.timeZone = value;
    if (key === 'langue' || key === 'language') found.locale = normalizeHeader(value).startsWith('en') ? 'en_GB' : 'fr_FR';
  });
  return found;
}

/** Reads `path`; throws XlsxFileError (French by default) when the file is missing or not an xlsx. */
export async function readXlsx(path: string, options: ReadXlsxOptions = {}): Promise<SpreadsheetSnapshot & { project?: string; formulas: KeptFormula[] }> {
  const locale = options.locale ?? 'fr';
  if (!existsSync(path)) fail('xlsx.missing-file', path, locale);
  if (!statSync(path).isFile()) fail('xlsx.not-a-file', path, locale);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load((await normalizeXlsxParts(readFileSync(path))) as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (e) {
    fail('xlsx.not-xlsx', path, locale, e instanceof Error ? e.message : String(e));
  }
  const settings = settingsOf(book);
  const candidate = options.timeZone ?? settings.timeZone ?? 'Europe/Paris';
  const timeZone = isValidTimeZone(candidate) ? candidate : 'Europe/Paris';
  const protections = protectionsOf(book);
  return {
    name: book.title || basename(path, extname(path)),
    timeZone,
    locale: settings.locale || 'fr_FR',
    sheets: book.worksheets.map((ws) => ({ ...readSheet(ws, timeZone), protections: protections[ws.name] ?? [] })),
    project: projectOf(book),
    formulas: book.worksheets.flatMap((ws) => formulasOf(ws, timeZone)),
  };
}
