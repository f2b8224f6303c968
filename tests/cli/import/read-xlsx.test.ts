import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx, XlsxFileError } from '../../../src/cli/import/read-xlsx';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'cabas-read-xlsx-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function caught(p: Promise<unknown>): Promise<XlsxFileError> {
  try {
    await p;
  } catch (e) {
    return e as XlsxFileError;
  }
  throw new Error('expected readXlsx to fail');
}

test.each([
  { what: 'a missing file', make: () => join(dir, 'absent.xlsx'), code: 'xlsx.missing-file', locale: 'fr' as const, says: "n'existe pas" },
  { what: 'a folder', make: () => dir, code: 'xlsx.not-a-file', locale: 'en' as const, says: 'is a folder' },
  {
    what: 'a CSV renamed .xlsx',
    make: () => { const p = join(dir, 'answers.xlsx'); writeFileSync(p, 'a;b\n1;2\n'); return p; },
    code: 'xlsx.not-xlsx', locale: 'fr' as const, says: "n'est pas un classeur .xlsx lisible",
  },
])('names the file and says what is wrong for $what ($code)', async ({ make, code, locale, says }) => {
  const path = make();
  const error = await caught(readXlsx(path, { locale }));
  expect(error).toBeInstanceOf(XlsxFileError);
  expect(error.code).toBe(code);
  expect(error.file).toBe(path);
  expect(error.message).toContain(path);
  expect(error.message).toContain(says);
});

describe('a workbook a person made in Excel', () => {
  let path: string;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const settings = book.addWorksheet('Paramètres');
    settings.addRows([['Paramètre', 'Valeur'], ['Fuseau horaire', 'America/Martinique'], ['Langue', 'en']]);
    const orders = book.addWorksheet('Commandes');
    orders.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
    orders.getCell('A1').value = { richText: [{ text: 'Quan' }, { font: { bold: true }, text: 'tité' }] };
    orders.getCell('A2').value = 3;
    orders.getCell('B2').value = { formula: 'A2*2', result: 6 };
    orders.getCell('C2').value = new Date(Date.UTC(2026, 11, 10, 20, 0)); // wall clock 20:00
    orders.getCell('C2').numFmt = 'dd/mm/yyyy hh:mm';
    orders.getCell('D2').value = { text: 'site', hyperlink: 'https://example.org' };
    orders.getCell('E2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    orders.getCell('A1').note = 'En unités';
    orders.getCell('G5').font = { bold: true }; // formatting alone does not extend the data range
    path = join(dir, 'person-made.xlsx');
    await book.xlsx.writeFile(path);
  });

  test('gives formula cells their cached result and rich text as plain text', async () => {
    const sheet = (await readXlsx(path)).sheets[1];
    expect(sheet.values).toEqual([
      ['Quantité', null, null, null, null],
      [3, 6, new Date(Date.UTC(2026, 11, 10, 24, 0)), 'site', '#DIV/0!'],
    ]);
  });

  test('reads the time zone and language from the settings tab', async () => {
    const book = await readXlsx(path);
    expect([book.timeZone, book.locale, book.name]).toEqual(['America/Martinique', 'en_GB', 'person-made']);
  });

  test('lets the caller choose the time zone', async () => {
    const sheet = (await readXlsx(path, { timeZone: 'Europe/Paris' })).sheets[1];
    expect(sheet.values[1][2]).toEqual(new Date(Date.UTC(2026, 11, 10, 19, 0)));
  });

  test('reads frozen rows, notes and number formats', async () => {
    const sheet = (await readXlsx(path)).sheets[1];
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.notes[0][0]).toBe('En unités');
    expect(sheet.numberFormats[1][2]).toBe('dd/MM/yyyy HH:mm');
  });
});
