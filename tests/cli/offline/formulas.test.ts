// A coordinator's own formulas survive `cabas run` (on the built dist/cli.js): in a column of
// their own in a contract tab and in a tab of their own, shared formulas included, they come out
// as formulas, with the value the input file cached for them (none when it had none).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { cabas } from './support/run-cli';
import { typedWorkbook } from './support/typed-workbook';

// A whole cycle on the bundle in a child process: over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);

test('formulas in the coordinator\'s cells are kept as formulas, with their cached values', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-formulas-'));
  await typedWorkbook(join(dir, 'groupe.xlsx'), (book) => {
    const members = book.getWorksheet('Adhérents')!;
    members.getCell('E1').value = 'Étiquette';
    members.getCell('E2').value = { formula: 'A2&" ("&C2&")"', result: 'Alice Martin (Monclar-de-Quercy)' };
    members.getCell('E3').value = { formula: 'UPPER(A3)', result: 'BRUNO PETIT' };
    const budget = book.addWorksheet('Budget');
    budget.getColumn(1).values = [120, 80, 45.5];
    budget.getCell('A4').value = { formula: 'SUM(A1:A3)', result: 245.5 };
    budget.getCell('B1').value = { formula: 'A1*2', result: 240, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellFormulaValue;
    budget.getCell('B2').value = { sharedFormula: 'B1', result: 160 } as ExcelJS.CellSharedFormulaValue;
    budget.getCell('B3').value = { sharedFormula: 'B1', result: 91 } as ExcelJS.CellSharedFormulaValue;
    budget.getCell('C1').value = { formula: 'VLOOKUP(A1,A1:B3,2,FALSE)' } as ExcelJS.CellFormulaValue; // no cached value saved
  });
  writeFileSync(join(dir, 'a.csv'), 'Horodateur;Adresse e-mail;HUI-NOI\n02/12/2026 18:30:00;alice@example.org;2\n');
  const run = await cabas('run', '--workbook', join(dir, 'groupe.xlsx'), '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'), '--close-at', '10/12/2026 20:00');
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain(fr('1 réponse lue : 1 acceptée'));

  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(join(dir, 'out', 'workbook.xlsx'));
  const cell = (tab: string, a1: string) => {
    const c = out.getWorksheet(tab)!.getCell(a1);
    return { formula: c.formula, result: c.result };
  };
  expect(cell('Adhérents', 'E2')).toEqual({ formula: 'A2&" ("&C2&")"', result: 'Alice Martin (Monclar-de-Quercy)' });
  expect(cell('Adhérents', 'E3')).toEqual({ formula: 'UPPER(A3)', result: 'BRUNO PETIT' });
  expect(cell('Budget', 'A4')).toEqual({ formula: 'SUM(A1:A3)', result: 245.5 });
  expect([cell('Budget', 'B1'), cell('Budget', 'B2'), cell('Budget', 'B3')]).toEqual([
    { formula: 'A1*2', result: 240 }, { formula: 'A2*2', result: 160 }, { formula: 'A3*2', result: 91 },
  ]);
  expect(cell('Budget', 'C1')).toEqual({ formula: 'VLOOKUP(A1,A1:B3,2,FALSE)', result: undefined });
  expect(out.getWorksheet('Budget')!.getCell('A1').value).toBe(120);
  // The spreadsheet app computes them again on opening: the cached values are the input's.
  const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'workbook.xlsx')));
  expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
});
