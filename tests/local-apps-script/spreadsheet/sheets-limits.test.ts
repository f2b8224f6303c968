// Google Sheets' limits as a script meets them: 10 million cells per spreadsheet, 50,000 characters
// per cell, sheet names (unique regardless of case, not empty, at most 100 characters).
// Sources: src/local-apps-script/spreadsheet/sheets-limits.ts.
import type { LocalSpreadsheet } from '../../../src/local-apps-script/spreadsheet/spreadsheet';
import type { LocalSheet } from '../../../src/local-apps-script/spreadsheet/sheet';
import { freshSpreadsheet, thrown } from './local-env';

const CELLS = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
const CHARACTERS = 'Your input contains more than the maximum of 50000 characters in a single cell.';

/** A spreadsheet whose first tab is grown (host side) to `rows` × 26 columns. */
function grown(rows: number) {
  const made = freshSpreadsheet();
  made.sheet.maxRows = rows;
  return made;
}

describe('10 million cells per spreadsheet', () => {
  // 384,000 rows × 26 columns = 9,984,000 cells: 16,000 left, less than a new tab's 26,000.
  test.each([
    { action: 'insertSheet', act: (ss: LocalSpreadsheet) => ss.insertSheet('Encore') },
    { action: 'insertRowsAfter 1,000', act: (_: LocalSpreadsheet, sh: LocalSheet) => sh.insertRowsAfter(1, 1000) },
    { action: 'insertColumnsAfter 1', act: (_: LocalSpreadsheet, sh: LocalSheet) => sh.insertColumnsAfter(1, 1) },
    { action: 'appendRow of 27 values', act: (_: LocalSpreadsheet, sh: LocalSheet) => sh.appendRow(new Array(27).fill('x')) },
  ])('$action past the limit throws Google\'s message and changes nothing', ({ act }) => {
    const { spreadsheet, sheet } = grown(384_000);
    expect(thrown(() => act(spreadsheet, sheet)).message).toBe(CELLS);
    expect([spreadsheet.sheets.length, sheet.maxRows, sheet.maxColumns, sheet.grid.lastRow()]).toEqual([1, 384_000, 26, 0]);
  });

  test.each([
    { action: 'insertRowsAfter 615 (to 9,999,990 cells)', act: (sh: LocalSheet) => sh.insertRowsAfter(1, 615), cells: 9_999_990 },
    { action: 'appendRow within the grid', act: (sh: LocalSheet) => sh.appendRow(['x']), cells: 9_984_000 },
  ])('$action is allowed', ({ act, cells }) => {
    const { spreadsheet, sheet } = grown(384_000);
    act(sheet);
    expect(spreadsheet.gridCells()).toBe(cells);
  });
});

describe('50,000 characters per cell', () => {
  const long = 'a'.repeat(50_001);
  test.each([
    { action: 'setValue', act: (sh: LocalSheet) => sh.getRange('A1').setValue(long) },
    { action: 'setValues', act: (sh: LocalSheet) => sh.getRange('A1:B1').setValues([['court', long]]) },
    { action: 'appendRow', act: (sh: LocalSheet) => sh.appendRow(['court', long]) },
  ])('$action of a longer string throws Google\'s message and writes nothing', ({ act }) => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => act(sheet)).message).toBe(CHARACTERS);
    expect(sheet.grid.lastRow()).toBe(0);
  });

  test('50,000 characters exactly are written', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1').setValue('a'.repeat(50_000));
    expect(String(sheet.getRange('A1').getValue())).toHaveLength(50_000);
  });
});

describe('sheet names', () => {
  test.each([
    { name: '', message: 'Invalid argument: sheetName' },
    { name: '   ', message: 'Invalid argument: sheetName' },
    { name: 'n'.repeat(101), message: 'Invalid argument: sheetName' },
    { name: 'feuille 1', message: 'A sheet with the name "feuille 1" already exists. Please enter another name.' },
  ])('insertSheet("$name") throws "$message"', ({ name, message }) => {
    const { spreadsheet } = freshSpreadsheet();
    expect(thrown(() => spreadsheet.insertSheet(name)).message).toBe(message);
    expect(spreadsheet.sheets).toHaveLength(1);
  });

  test.each([
    { name: '', message: 'Invalid argument: name' },
    { name: 'n'.repeat(101), message: 'Invalid argument: name' },
  ])('setName("$name") throws "$message"', ({ name, message }) => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.setName(name)).message).toBe(message);
    expect(sheet.getName()).toBe('Feuille 1');
  });

  test('a name of 100 characters is accepted', () => {
    const { spreadsheet } = freshSpreadsheet();
    expect(spreadsheet.insertSheet('n'.repeat(100)).getName()).toHaveLength(100);
  });
});
