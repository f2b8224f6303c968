// Sheet against plain objects: grid size, last row, getRange checks, appendRow, rows and columns,
// sort by hand, view settings, protection and text search.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { freshSpreadsheet, thrown } from './local-env';
import type { LocalSheet } from '../../../src/local-apps-script/spreadsheet/sheet';

describe('size and content', () => {
  test('a new sheet is 1000 rows × 26 columns and empty', () => {
    const { sheet } = freshSpreadsheet();
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
  });

  test('the last row and column follow content, not formatting', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:Z50').setNumberFormat('0.00');
    sheet.getRange('C4').setValue('x');
    sheet.getRange('B7').setFormula('=C4');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
  });

  // The last row was once computed at the start of clear() and kept: the data range of a cleared
  // tab still spanned its old rows (a close's clearDataValidations on the live Récap touched 43).
  test.each([
    { how: 'clear()', clear: (s: LocalSheet) => s.clear() },
    { how: 'clearContents()', clear: (s: LocalSheet) => s.clearContents() },
  ])('after $how, the last row and the data range are those of an empty sheet', ({ clear }) => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:C43').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C43');
    clear(sheet);
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([0, 0, 'A1']);
  });

  test('getDataRange spans A1 to the last content, and is A1 on an empty sheet', () => {
    const { sheet } = freshSpreadsheet();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C4').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getSheetValues(4, 3, 1, 1)).toEqual([['x']]);
  });

  test.each([
    { args: [2, 1, 0, 3], message: 'The number of rows in the range must be at least 1.' },
    { args: [2, 1, 1, 0], message: 'The number of columns in the range must be at least 1.' },
    { args: [0, 1, 1, 1], message: 'The starting row of the range is too small.' },
    { args: [1, 0, 1, 1], message: 'The starting column of the range is too small.' },
  ])('getRange$args throws "$message"', ({ args, message }) => {
    const { sheet } = freshSpreadsheet();
    const [row, column, rows, columns] = args;
    expect(thrown(() => sheet.getRange(row, column, rows, columns)).message).toBe(message);
  });

  test('getRange with text that is not A1 notation throws Range not found', () => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.getRange('Produits')).message).toBe('Range not found');
  });
});

describe('appendRow (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents)', () => {
  test('writes after the last row, as typed input', () => {
    const { sheet } = freshSpreadsheet();
    sheet.appendRow(['Réf', 'Prix']);
    sheet.appendRow(['T1', '4,20']);
    expect(sheet.getDataRange().getValues()).toEqual([['Réf', 'Prix'], ['T1', 4.2]]);
  });

  test('grows a full grid by one row', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1001, 1001]);
  });

  test('is one write moving the row\'s cells', () => {
    const { env, sheet } = freshSpreadsheet();
    sheet.appendRow([1, 2, 3]);
    const counts = env.accounting.execution();
    expect(counts.byMethod).toEqual({ 'Sheet.appendRow': 1 });
    expect(counts.cellsWritten).toBe(3);
  });
});

describe('rows and columns', () => {
  test('insertRowsAfter shifts content down and grows the grid', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').setValues([['header'], ['row']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['header'], [''], [''], ['row']]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  test('insertRowBefore puts an empty row at the position', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1').setValue('first');
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['first']]);
  });

  test('deleteRows removes rows and shrinks the grid', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.deleteRows(2, 2);
    sheet.deleteRow(1);
    expect(sheet.getDataRange().getValues()).toEqual([['d']]);
    expect(sheet.getMaxRows()).toBe(997);
  });

  test.each([
    { what: 'rows beyond the grid', run: (s: LocalSheet) => s.deleteRows(999, 5), message: 'Those rows are out of bounds.' },
    { what: 'every non-frozen row', run: (s: LocalSheet) => { s.setFrozenRows(1); s.deleteRows(2, 999); }, message: 'Sorry, it is not possible to delete all non-frozen rows.' },
    { what: 'columns beyond the grid', run: (s: LocalSheet) => s.deleteColumns(26, 2), message: 'Those columns are out of bounds.' },
  ])('refuses to delete $what', ({ run, message }) => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => run(sheet)).message).toBe(message);
  });

  test('inserting and deleting columns moves content, widths and hidden columns along', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.setColumnWidth(3, 240);
    sheet.hideColumns(3);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect([sheet.getColumnWidth(4), sheet.isColumnHiddenByUser(4), sheet.getMaxColumns()]).toEqual([240, true, 27]);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'c']]);
    expect([sheet.getColumnWidth(2), sheet.isColumnHiddenByUser(2)]).toEqual([240, true]);
  });
});

describe('sorting by hand', () => {
  test('sorts the rows below the frozen header by one column', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:B4').setValues([['Nom', 'Lieu'], ['Zoé', 'Monclar'], ['adèle', 'Septfonds'], ['Bruno', 'Monclar']]);
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.getDataRange().getValues()).toEqual([['Nom', 'Lieu'], ['adèle', 'Septfonds'], ['Bruno', 'Monclar'], ['Zoé', 'Monclar']]);
    sheet.sort(2, false);
    expect(sheet.getRange('B2:B4').getValues().flat()).toEqual(['Septfonds', 'Monclar', 'Monclar']);
    expect(sheet.getRange('A3:A4').getValues().flat()).toEqual(['Bruno', 'Zoé']);
  });
});

describe('view', () => {
  test('frozen panes, hidden state, widths and tab colour are kept', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    spreadsheet.insertSheet('Autre');
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.hideSheet();
    sheet.setColumnWidths(1, 2, 180);
    sheet.setTabColor('#ff0000');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.isSheetHidden()]).toEqual([1, 2, true]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([180, 180, 100]);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  test('autoResizeColumns widens a column to its longest text', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').setValues([['Court'], ['Un intitulé nettement plus long']]);
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(200);
  });

  test('the only visible sheet cannot be hidden', () => {
    const { sheet } = freshSpreadsheet();
    expect(thrown(() => sheet.hideSheet()).message).toMatch(/not possible to hide all the sheets/);
  });
});

describe('protection', () => {
  test('protect() protects the whole sheet, listed among sheet protections', () => {
    const { app, sheet } = freshSpreadsheet();
    sheet.protect().setDescription('Cabas').setWarningOnly(true);
    const [protection] = sheet.getProtections(app.ProtectionType.SHEET);
    expect([protection.getDescription(), protection.isWarningOnly(), protection.getProtectionType()]).toEqual(['Cabas', true, 'SHEET']);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });
});

describe('createTextFinder (https://developers.google.com/apps-script/reference/spreadsheet/text-finder)', () => {
  const rows = [['E-mail', 'Nom'], ['anne@example.org', 'Anne Crémieux'], ['paul@example.org', 'Paul'], ['ANNE@EXAMPLE.ORG', 'Anne bis']];

  test.each([
    { text: 'anne', options: {}, found: ['A2', 'B2', 'A4', 'B4'] },
    { text: 'anne', options: { matchCase: true }, found: ['A2'] },
    { text: 'Paul', options: { matchEntireCell: true }, found: ['B3'] },
    { text: 'paul@', options: { matchEntireCell: true }, found: [] },
    { text: 'cremieux', options: {}, found: [] },
    { text: 'cremieux', options: { ignoreDiacritics: true }, found: ['B2'] },
    { text: '^[a-z]+@', options: { useRegularExpression: true, matchCase: true }, found: ['A2', 'A3'] },
    // Case-sensitive plain text is compared as strings (the runtime's fast path): the same answers.
    { text: 'anne@example.org', options: { matchCase: true, matchEntireCell: true }, found: ['A2'] },
    { text: 'anne@example', options: { matchCase: true, matchEntireCell: true }, found: [] },
    { text: 'Anne', options: { matchCase: true }, found: ['B2', 'B4'] },
    { text: 'Crémieux', options: { matchCase: true, ignoreDiacritics: true }, found: ['B2'] },
  ])('finds "$text" with $options in $found', ({ text, options, found }) => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange(1, 1, rows.length, 2).setValues(rows);
    const finder = sheet.createTextFinder(text);
    const o = options as { matchCase?: boolean; matchEntireCell?: boolean; ignoreDiacritics?: boolean; useRegularExpression?: boolean };
    if (o.matchCase) finder.matchCase(true);
    if (o.matchEntireCell) finder.matchEntireCell(true);
    if (o.ignoreDiacritics) finder.ignoreDiacritics(true);
    if (o.useRegularExpression) finder.useRegularExpression(true);
    expect(finder.findAll().map((r) => r.getA1Notation())).toEqual(found);
  });

  test('findNext walks the matches then answers null; findPrevious walks back', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange(1, 1, rows.length, 2).setValues(rows);
    const finder = sheet.createTextFinder('example');
    expect([finder.findNext()?.getA1Notation(), finder.findNext()?.getA1Notation(), finder.findNext()?.getA1Notation()]).toEqual(['A2', 'A3', 'A4']);
    expect(finder.findNext()).toBeNull();
    expect(finder.findPrevious()?.getA1Notation()).toBe('A3');
  });

  test('matches entire cells on what is displayed', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1').setValue(4.2).setNumberFormat('0.00 €');
    expect(sheet.createTextFinder('4,20 €').matchEntireCell(true).findAll().map((r) => r.getA1Notation())).toEqual(['A1']);
    expect(sheet.createTextFinder('4,20 €').matchCase(true).matchEntireCell(true).findAll().map((r) => r.getA1Notation())).toEqual(['A1']);
  });

  test('a case-sensitive search reads a formula cell by its value, or by its text with matchFormulaText', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').setValues([['m:anne@example.org'], ['x']]);
    sheet.getRange('B1').setFormula('=A1');
    const find = (text: string, formulaText: boolean) => sheet.createTextFinder(text).matchCase(true).matchEntireCell(true).matchFormulaText(formulaText)
      .findAll().map((r) => r.getA1Notation());
    expect(find('m:anne@example.org', false)).toEqual(['A1', 'B1']);
    expect(find('=A1', true)).toEqual(['B1']);
    expect(find('=A1', false)).toEqual([]);
  });

  test('replaceAllWith replaces every occurrence and counts them', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').setValues([['Monclar, Monclar'], ['Septfonds']]);
    expect(sheet.createTextFinder('monclar').replaceAllWith('Monclar-de-Quercy')).toBe(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['Monclar-de-Quercy, Monclar-de-Quercy'], ['Septfonds']]);
  });

  test('a search is one round trip whose cells are not counted as read', () => {
    const { env, sheet } = freshSpreadsheet();
    sheet.getRange(1, 1, rows.length, 2).setValues(rows);
    env.accounting.beginExecution();
    sheet.createTextFinder('anne').matchCase(false).findAll();
    const counts = env.accounting.execution();
    expect([counts.calls, counts.cellsRead, counts.byMethod['TextFinder.findAll']]).toEqual([1, 0, 1]);
  });
});

describe('getRangeList', () => {
  test('sets and clears several ranges in one write', () => {
    const { env, sheet } = freshSpreadsheet();
    const list = sheet.getRangeList(['A1', 'C3:C4']);
    list.setValue('x');
    expect(env.accounting.execution().byMethod).toEqual({ 'RangeList.setValue': 1 });
    expect(env.accounting.execution().cellsWritten).toBe(3);
    expect([sheet.getRange('A1').getValue(), sheet.getRange('C4').getValue()]).toEqual(['x', 'x']);
    list.clear();
    expect(sheet.getLastRow()).toBe(0);
  });
});
