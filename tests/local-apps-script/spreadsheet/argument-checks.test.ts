// Argument checks of the SpreadsheetApp methods Cabas calls, where the runtime used to accept what
// Google refuses (docs/runtime-fidelity.md, "Argument checks"). Each case names its source.
import { freshSpreadsheet, thrown } from './local-env';
import type { LocalDataValidation } from '../../../src/local-apps-script/spreadsheet/data-validation';
import type { LocalRange } from '../../../src/local-apps-script/spreadsheet/range';

describe('setFrozenRows / setFrozenColumns (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer))', () => {
  // "You can't freeze all visible rows on the sheet.": Google's refusal as reported from Apps Script
  // (github.com/google/ads-account-structure-script/issues/2) and the Sheets API.
  test('freezing every row of the grid throws Google\'s message and changes nothing', () => {
    const { sheet } = freshSpreadsheet();
    sheet.deleteRows(3, 998);
    expect(thrown(() => sheet.setFrozenRows(2)).message).toBe('You can\'t freeze all visible rows on the sheet.');
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  test('freezing every column of the grid throws', () => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.setFrozenColumns(26)).message).toBe('You can\'t freeze all visible columns on the sheet.');
    sheet.setFrozenColumns(25);
    expect(sheet.getFrozenColumns()).toBe(25);
  });

  test.each([-1, 1.5, NaN])('a count of %p throws Invalid argument', (n) => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.setFrozenRows(n)).message).toBe('Invalid argument: rows');
    expect(thrown(() => sheet.setFrozenColumns(n)).message).toBe('Invalid argument: columns');
  });
});

describe('insertColumns… (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer))', () => {
  test.each([0, -2])('inserting %p columns throws, as inserting that many rows does', (n) => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.insertColumnsAfter(26, n)).message).toBe('The number of columns to insert must be at least 1.');
    expect(thrown(() => sheet.insertColumnsBefore(1, n)).message).toBe('The number of columns to insert must be at least 1.');
    expect(sheet.getMaxColumns()).toBe(26);
  });
});

describe('column widths and hidden columns outside the grid (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer))', () => {
  test('setColumnWidth, setColumnWidths, hideColumns and showColumns past the last column throw', () => {
    const { sheet } = freshSpreadsheet();
    const out = 'Those columns are out of bounds.';
    expect(thrown(() => sheet.setColumnWidth(27, 100)).message).toBe(out);
    expect(thrown(() => sheet.setColumnWidth(0, 100)).message).toBe(out);
    expect(thrown(() => sheet.setColumnWidths(25, 3, 100)).message).toBe(out);
    expect(thrown(() => sheet.setColumnWidths(2, 0, 100)).message).toBe(out);
    expect(thrown(() => sheet.hideColumns(26, 2)).message).toBe(out);
    expect(thrown(() => sheet.hideColumns(27)).message).toBe(out);
    expect(thrown(() => sheet.showColumns(0)).message).toBe(out);
    expect(sheet.columnWidths.size + sheet.hiddenColumns.size).toBe(0);
    sheet.setColumnWidths(25, 2, 80).hideColumns(26);
    expect([sheet.getColumnWidth(26), sheet.isColumnHiddenByUser(26)]).toEqual([80, true]);
  });

  test('setRowHeight past the last row throws', () => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.setRowHeight(1001, 30)).message).toBe('Those rows are out of bounds.');
    expect(thrown(() => sheet.setRowHeight(0, 30)).message).toBe('Those rows are out of bounds.');
  });
});

describe('two-dimensional arrays (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object))', () => {
  // "values: Object[][] — A two-dimensional array of values": a row that is not an array does not
  // match the signature. It used to be taken as a one-cell row.
  test('setValues with rows that are not arrays throws and writes nothing', () => {
    const { sheet } = freshSpreadsheet();
    const range = sheet.getRange('A1:A2');
    expect(thrown(() => range.setValues([1, 2] as unknown as unknown[][])).message)
      .toBe('The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
    expect(thrown(() => range.setValues(['a', 'b'] as unknown as unknown[][])).message)
      .toBe('The parameters (String[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
    expect(sheet.getLastRow()).toBe(0);
  });

  test.each([
    ['setNumberFormats', (r: LocalRange) => r.setNumberFormats(['@', '@'] as unknown as string[][])],
    ['setFontWeights', (r: LocalRange) => r.setFontWeights(['bold', 'normal'] as unknown as string[][])],
    ['setNotes', (r: LocalRange) => r.setNotes(['a', 'b'] as unknown as string[][])],
    ['setWraps', (r: LocalRange) => r.setWraps([true, false] as unknown as boolean[][])],
  ])('%s names itself in the refusal', (method, call) => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => call(sheet.getRange('A1:A2'))).message).toMatch(new RegExp(`^The parameters \\(\\w+\\[\\]\\) don't match the method signature for SpreadsheetApp\\.Range\\.${method}\\.$`));
  });

  test('a value that is not an array names the method it was given to', () => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.getRange('A1').setNumberFormats('@' as unknown as string[][])).message)
      .toBe('The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setNumberFormats.');
  });
});

describe('data validation rules (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation))', () => {
  // The parameter is a DataValidation (or null). A builder whose build() was forgotten, or any other
  // object, does not match the signature; the runtime used to store it as the cell's rule.
  test('setDataValidation with a builder instead of a rule throws', () => {
    const { sheet, app } = freshSpreadsheet();
    const builder = app.newDataValidation().requireCheckbox();
    expect(thrown(() => sheet.getRange('A1').setDataValidation(builder as unknown as LocalDataValidation)).message)
      .toBe('The parameters (SpreadsheetApp.DataValidationBuilder) don\'t match the method signature for SpreadsheetApp.Range.setDataValidation.');
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  test('setDataValidations with something other than rules or null throws; null clears', () => {
    const { sheet, app } = freshSpreadsheet();
    const rule = app.newDataValidation().requireCheckbox().build();
    expect(thrown(() => sheet.getRange('A1:B1').setDataValidations([[rule, 'x' as unknown as LocalDataValidation]])).message)
      .toBe('The parameters (Object[][]) don\'t match the method signature for SpreadsheetApp.Range.setDataValidations.');
    sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    expect(sheet.getRange('A1').getDataValidation()).toBe(rule);
    sheet.getRange('A1').setDataValidation(null);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });
});

describe('font weights (https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeight(String))', () => {
  // "fontWeight: The font weight, either 'bold' or 'normal'; a null value resets the font weight."
  test('a weight other than bold, normal or null throws', () => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.getRange('A1').setFontWeight('heavy')).message).toBe('Invalid argument: fontWeight');
    expect(thrown(() => sheet.getRange('A1:B1').setFontWeights([['bold', 'Bold']])).message).toBe('Invalid argument: fontWeights');
    sheet.getRange('A1:C1').setFontWeights([['bold', 'normal', null]]);
    sheet.getRange('D1').setFontWeight(null);
    expect(sheet.getRange('A1:D1').getFontWeights()).toEqual([['bold', 'normal', 'normal', 'normal']]);
  });
});

describe('createTextFinder (https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String))', () => {
  // The reference does not say what an empty search text does; the stricter choice is to refuse it
  // (every cell "contains" the empty string).
  test('an empty search text throws', () => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.createTextFinder('')).message).toBe('Invalid argument: findText');
    expect(thrown(() => sheet.getRange('A:A').createTextFinder('')).message).toBe('Invalid argument: findText');
  });

  // "Exception: Argument cannot be null: findText", reported for a number given as the search text
  // (github.com/subconcept-labs/ulangi/issues/150). The runtime used to search for "null" or "42".
  test.each([null, undefined, 42])('a search text of %p throws Argument cannot be null', (text) => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').setValues([['null'], [42]]);
    expect(thrown(() => sheet.createTextFinder(text as unknown as string)).message).toBe('Argument cannot be null: findText');
    expect(thrown(() => sheet.getRange('A1:A2').createTextFinder(text as unknown as string)).message).toBe('Argument cannot be null: findText');
  });
});

describe('insertSheet index (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer))', () => {
  // "sheetIndex: The index of the newly created sheet": one past the last sheet at most. It used to be
  // clamped into range.
  test('an index past the end or negative throws', () => {
    const { spreadsheet } = freshSpreadsheet();
    expect(thrown(() => spreadsheet.insertSheet('Trop loin', 2)).message).toBe('Invalid argument: sheetIndex');
    expect(thrown(() => spreadsheet.insertSheet('Avant', -1)).message).toBe('Invalid argument: sheetIndex');
    expect(thrown(() => spreadsheet.insertSheet(3)).message).toBe('Invalid argument: sheetIndex');
    expect(spreadsheet.sheets).toHaveLength(1);
    expect(spreadsheet.insertSheet('Fin', 1).getIndex()).toBe(2);
  });
});
