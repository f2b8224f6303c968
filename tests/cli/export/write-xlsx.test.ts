import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { pixelsToCharacters, toWallClockDate, wrappedLines, writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import type { SpreadsheetSnapshot } from '../../../src/local-apps-script/spreadsheet/snapshot';
import { DEADLINE, SUMMER_PICKUP, sheetOf, smallGroupWorkbook } from './fixtures/small-group-workbook';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'cabas-xlsx-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hasLibreOffice(): boolean {
  try {
    execFileSync('which', ['soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('writeXlsx then readXlsx', () => {
  let back: SpreadsheetSnapshot;
  beforeAll(async () => {
    const path = join(dir, 'round-trip.xlsx');
    await writeXlsx(smallGroupWorkbook, path);
    back = await readXlsx(path);
  }, 60_000); // exceljs writes and reads a whole workbook: over jest's 5 s on a loaded machine

  test('keeps the name, time zone, locale and every sheet in order', () => {
    expect(back.name).toBe('GAC Monclar');
    expect(back.timeZone).toBe('Europe/Paris');
    expect(back.locale).toBe('fr_FR');
    expect(back.sheets.map((s) => [s.name, s.hidden])).toEqual([['Produits', false], ['Distribution Monclar', true]]);
  });

  test.each([
    { sheet: 0, what: 'values with their types, dates as the same instants, formula-looking text as text', key: 'values' as const },
    { sheet: 0, what: 'number formats back in Apps Script patterns', key: 'numberFormats' as const },
    { sheet: 0, what: 'bold cells', key: 'bold' as const },
    { sheet: 0, what: 'notes', key: 'notes' as const },
    { sheet: 0, what: 'list and checkbox validations', key: 'validations' as const },
    { sheet: 0, what: 'frozen rows', key: 'frozenRows' as const },
    { sheet: 0, what: 'hidden columns', key: 'hiddenColumns' as const },
    { sheet: 1, what: 'the hidden sheet values and checkboxes', key: 'values' as const },
    { sheet: 1, what: 'the hidden sheet validations', key: 'validations' as const },
  ])('keeps $what (sheet $sheet, $key)', ({ sheet, key }) => {
    expect(back.sheets[sheet][key]).toEqual(smallGroupWorkbook.sheets[sheet][key]);
  });

  test.each([
    { what: 'a box a person ticked in LibreOffice or Excel (☑ from the dropdown)', value: '☑' as ExcelJS.CellValue, formula: '"☐,☑"', ticked: true },
    { what: 'a box left empty', value: '☐' as ExcelJS.CellValue, formula: '"☐,☑"', ticked: false },
    { what: 'a checkbox an earlier version wrote as TRUE/FALSE', value: true as ExcelJS.CellValue, formula: '"TRUE,FALSE"', ticked: true },
  ])('reads $what back as a checkbox', async ({ value, formula, ticked }) => {
    const path = join(dir, `box-${String(value)}.xlsx`);
    const made = new ExcelJS.Workbook();
    const cell = made.addWorksheet('Distribution').getCell('A1');
    cell.value = value;
    cell.dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
    await made.xlsx.writeFile(path);
    const sheet = (await readXlsx(path)).sheets[0];
    expect([sheet.values[0][0], sheet.validations[0][0]]).toEqual([ticked, { kind: 'checkbox' }]);
  });

  test('keeps column widths to the pixel', () => {
    expect(back.sheets[0].columnWidths[1]).toBeCloseTo(60, -1);
    expect(Math.abs(back.sheets[0].columnWidths[2] - 250)).toBeLessThanOrEqual(1);
  });
});

describe('what Excel sees in the file', () => {
  let ws: ExcelJS.Worksheet;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const path = join(dir, 'excel-view.xlsx');
    await writeXlsx(smallGroupWorkbook, path);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    ws = book.getWorksheet('Produits')!;
  }, 60_000);

  test.each([
    { cell: 'C2', numFmt: '#,##0.00 [$€-40C]' },
    { cell: 'D2', numFmt: 'dd/mm/yyyy hh:mm' },
  ])('translates the number format of $cell to $numFmt', ({ cell, numFmt }) => {
    expect(ws.getCell(cell).numFmt).toBe(numFmt);
  });

  test.each([
    { cell: 'D2', wall: Date.UTC(2026, 11, 10, 20, 0), what: 'winter: UTC+1' },
    { cell: 'D3', wall: Date.UTC(2026, 5, 28, 9, 30), what: 'summer: UTC+2' },
  ])('writes dates as the wall-clock time of Paris ($what)', ({ cell, wall }) => {
    expect((ws.getCell(cell).value as Date).getTime()).toBe(wall);
  });

  test('freezes the header row as a pane', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 0 });
  });

  test('writes checkbox cells as boxes, ☑ or ☐, with a ☐,☑ dropdown to tick them, and lists as dropdowns', () => {
    expect(ws.getCell('E2').value).toBe('☑');
    expect(ws.getCell('E3').value).toBe('☐');
    expect(ws.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"☐,☑"'] });
    expect(ws.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ['"kg,pot,pièce"'] });
  });

  test('writes text starting with = as text, never as a formula', () => {
    expect(ws.getCell('A4').value).toBe('=1+1');
    expect(ws.getCell('A4').formula).toBeUndefined();
  });

  test('hides the hidden sheet and opens on the first visible one', () => {
    expect(book.getWorksheet('Distribution Monclar')!.state).toBe('hidden');
    expect(book.views[0]).toMatchObject({ activeTab: 0, firstSheet: 0 });
  });
});

test.each([
  { pixels: 100, characters: 13.57 },
  { pixels: 12, characters: 1 },
  { pixels: 0, characters: 0 },
])('converts $pixels px to about $characters Excel characters', ({ pixels, characters }) => {
  expect(pixelsToCharacters(pixels)).toBeCloseTo(characters, 1);
});

test.each([
  { instant: DEADLINE, zone: 'Europe/Paris', wall: '2026-12-10T20:00:00.000Z' },
  { instant: SUMMER_PICKUP, zone: 'Europe/Paris', wall: '2026-06-28T09:30:00.000Z' },
  { instant: DEADLINE, zone: 'America/Martinique', wall: '2026-12-10T15:00:00.000Z' },
])('shows $instant in $zone as $wall', ({ instant, zone, wall }) => {
  expect(toWallClockDate(instant, zone).toISOString()).toBe(wall);
});

test('keeps a workbook whose sheets are all hidden openable by showing the first', async () => {
  const path = join(dir, 'all-hidden.xlsx');
  const hidden = { ...smallGroupWorkbook, sheets: smallGroupWorkbook.sheets.map((s) => ({ ...s, hidden: true })) };
  await writeXlsx(hidden, path);
  const back = await readXlsx(path);
  expect(back.sheets.map((s) => s.hidden)).toEqual([false, true]);
});

(hasLibreOffice() ? test : test.skip)('LibreOffice reads the first tab (skipped when libreoffice is not installed)', async () => {
  const path = join(dir, 'for-libreoffice.xlsx');
  await writeXlsx(smallGroupWorkbook, path);
  const out = join(dir, 'csv');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, path], { stdio: 'ignore', timeout: 120000 });
  const csv = readFileSync(join(out, readdirSync(out)[0]), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('Réf,Produit,Prix,Clôture,Disponible,Unité');
  expect(lines[1]).toContain('TOM,Tomates anciennes <bio>,');
  expect(lines[1]).toContain('10/12/2026 20:00');
  expect(lines[1]).toMatch(/4,20 €|4\.20 €|€4\.20/);
  expect(lines[1]).toContain('☑');
}, 150000);

test('writes the value, never the formula, when a snapshot carries formulas', async () => {
  const path = join(dir, 'formulas.xlsx');
  const sheet = { ...smallGroupWorkbook.sheets[1], formulas: [['', '', ''], ['', '=SUM(B1:B1)', '']] };
  await writeXlsx({ ...smallGroupWorkbook, sheets: [sheet] }, path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const cell = book.worksheets[0].getCell('B2');
  expect([cell.value, cell.formula]).toEqual([16.7, undefined]);
});

describe('on paper', () => {
  const text = 'Poireaux (Les Jardins de la Lère) : 0,5 kg — 1,75 €\nMiel de châtaignier (Rucher des Bories) : 3 pots de 500 g — 24,00 €';
  const tab = (name: string) => sheetOf(name, [['Foyer', 'Produits'], ['Claire Delmas', text]], {
    frozenRows: 1, columnWidths: { 1: 100, 2: 200 }, wraps: [[true, true], [true, true]],
  });
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const path = join(dir, 'paper.xlsx');
    await writeXlsx({ ...smallGroupWorkbook, sheets: [tab('▸ Distribution Monclar'), tab('Produits')] }, path);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
  }, 60_000);

  test.each([
    { sheet: '▸ Distribution Monclar', fitted: true, what: 'a generated tab is fitted to the page width' },
    { sheet: 'Produits', fitted: false, what: 'a contract tab keeps its scale' },
  ])('prints on A4 portrait with its frozen rows repeated; $what', ({ sheet, fitted }) => {
    const setup = book.getWorksheet(sheet)!.pageSetup;
    expect(setup).toMatchObject({ paperSize: 9, orientation: 'portrait', printTitlesRow: '1:1' });
    expect(setup.fitToPage === true && setup.fitToWidth === 1 && setup.fitToHeight === 0).toBe(fitted);
  });

  test('wraps text in its cell, top-aligned, in a row tall enough for its lines', () => {
    const ws = book.getWorksheet('▸ Distribution Monclar')!;
    expect(ws.getCell('B2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('A2').alignment).toMatchObject({ vertical: 'top' });
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(3 * 15); // two lines, the longer wrapped in 200 px
  });

  test.each([
    { text: 'Claire Delmas', pixels: 200, lines: 1 },
    { text: 'a\nb', pixels: 200, lines: 2 },
    { text: 'Miel de châtaignier (Rucher des Bories) : 3 pots de 500 g — 24,00 €', pixels: 200, lines: 3 },
    { text: 'Réf. paiement', pixels: 60, lines: 2 },
  ])('counts $lines line(s) for "$text" in $pixels px', ({ text, pixels, lines }) => {
    expect(wrappedLines(text, pixels)).toBe(lines);
  });
});
