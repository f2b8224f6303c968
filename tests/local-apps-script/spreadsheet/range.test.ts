// Range against plain objects: values, shapes, formats, validations, checkboxes, notes, clearing
// and the accounting of each call. https://developers.google.com/apps-script/reference/spreadsheet/range
import { freshSpreadsheet, REALM_TAG, thrown } from './local-env';
import type { LocalRange } from '../../../src/local-apps-script/spreadsheet/range';

describe('values', () => {
  test('reads back numbers, booleans, strings and Dates, with empty cells as empty strings', () => {
    const { sheet } = freshSpreadsheet();
    const when = new Date(Date.UTC(2026, 11, 10, 19, 0));
    sheet.getRange(1, 1, 2, 3).setValues([[1.5, true, 'Tomates'], [when, '', null]]);
    const values = sheet.getRange(1, 1, 2, 3).getValues();
    expect(values).toEqual([[1.5, true, 'Tomates'], [when, '', '']]);
  });

  test('hands Dates to the script through its realm', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1').setValue(new Date(Date.UTC(2026, 0, 1)));
    const [[date]] = sheet.getRange('A1').getValues() as Date[][];
    expect((date as unknown as Record<symbol, boolean>)[REALM_TAG]).toBe(true);
    expect((sheet.getRange('A1').getValue() as unknown as Record<symbol, boolean>)[REALM_TAG]).toBe(true);
  });

  test('setValue writes the same value in every cell of the range', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  test('getValue reads the top-left cell', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:B1').setValues([['first', 'second']]);
    expect(sheet.getRange('A1:B1').getValue()).toBe('first');
  });

  test.each([
    { data: [['a', 'b']], message: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.' },
    { data: [['a'], ['b']], message: 'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.' },
    { data: [['a', 'b'], ['c', 'd', 'e']], message: 'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.' },
  ])('refuses data of the wrong shape: $message', ({ data, message }) => {
    const { sheet } = freshSpreadsheet();
    const error = thrown(() => sheet.getRange(1, 1, 2, 2).setValues(data));
    expect(error.message).toBe(message);
    expect(error[REALM_TAG]).toBe(true);
  });

  test('interprets strings as typed input, keeping apostrophe text and formulas apart', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:D1').setValues([["'0612345678", '=SUM(B2:B3)', '2,5', '+33 6 12 34 56 78']]);
    // The formulas are computed: an empty sum is 0, and a typed phone number is a formula Sheets cannot parse.
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['0612345678', 0, 2.5, '#ERROR!']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '=SUM(B2:B3)', '', '=+33 6 12 34 56 78']]);
  });

  test('keeps text as written in a plain-text (@) cell', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.getRange('A1:A2').setValues([['=1+1'], ['007']]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['=1+1'], ['007']]);
  });

  test('shows display values through the number format', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:C1').setValues([[12.5, 2.5, new Date(Date.UTC(2026, 11, 10, 19, 0))]]);
    sheet.getRange('A1:C1').setNumberFormats([['#,##0.00 €', '0.###', 'dd/MM/yyyy HH:mm']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['12,50 €', '2,5', '10/12/2026 20:00']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('12,50 €');
  });

  test('reports the automatic number format of a cell never formatted', () => {
    const { sheet } = freshSpreadsheet();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1').setNumberFormat('0.00');
    expect(sheet.getRange('A1:A2').getNumberFormats()).toEqual([['0.00'], ['0.###############']]);
  });

  test('refuses to touch cells beyond the grid, but only when the range is used', () => {
    const { sheet } = freshSpreadsheet();
    const beyond = sheet.getRange(1001, 1);
    expect(beyond.getRow()).toBe(1001);
    expect(thrown(() => beyond.setValue('x')).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(thrown(() => sheet.getRange(1, 27).getValues()).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });
});

describe('the rectangle', () => {
  test.each([
    { a1: 'B2:D5', row: 2, column: 2, rows: 4, columns: 3, lastRow: 5, lastColumn: 4, notation: 'B2:D5' },
    { a1: 'A:A', row: 1, column: 1, rows: 1000, columns: 1, lastRow: 1000, lastColumn: 1, notation: 'A:A' },
    { a1: '1:1', row: 1, column: 1, rows: 1, columns: 26, lastRow: 1, lastColumn: 26, notation: '1:1' },
    { a1: 'A2:C', row: 2, column: 1, rows: 999, columns: 3, lastRow: 1000, lastColumn: 3, notation: 'A2:C' },
  ])('$a1 spans $rows rows and $columns columns', ({ a1, row, column, rows, columns, lastRow, lastColumn, notation }) => {
    const { sheet } = freshSpreadsheet();
    const range = sheet.getRange(a1);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([row, column, rows, columns]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([lastRow, lastColumn]);
    expect(range.getA1Notation()).toBe(notation);
  });

  test('offset and getCell move relative to the range', () => {
    const { sheet } = freshSpreadsheet();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(thrown(() => range.getCell(3, 1)).message).toBe('Cell reference out of range');
    expect(range.getSheet()).toBe(sheet);
  });

  test('isBlank is true only when no cell has content', () => {
    const { sheet } = freshSpreadsheet();
    expect(sheet.getRange('A1:B2').isBlank()).toBe(true);
    sheet.getRange('B2').setNumberFormat('0.00');
    expect(sheet.getRange('A1:B2').isBlank()).toBe(true);
    sheet.getRange('B2').setValue(0);
    expect(sheet.getRange('A1:B2').isBlank()).toBe(false);
  });
});

describe('checkboxes (https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes)', () => {
  test('an empty checkbox reads FALSE and counts as content', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('C2:C3').insertCheckboxes();
    expect(sheet.getRange('C2:C3').getValues()).toEqual([[false], [false]]);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });

  test('check, uncheck and isChecked follow the boxes', () => {
    const { sheet } = freshSpreadsheet();
    const boxes = sheet.getRange('A1:A2').insertCheckboxes();
    expect(boxes.isChecked()).toBe(false);
    sheet.getRange('A1').check();
    expect(boxes.isChecked()).toBeNull();
    boxes.check();
    expect(boxes.isChecked()).toBe(true);
    expect(boxes.getValues()).toEqual([[true], [true]]);
  });

  test('clearing the content of a checkbox unchecks it', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1').insertCheckboxes().setValue(true);
    sheet.getRange('A1').clearContent();
    expect(sheet.getRange('A1').getValue()).toBe(false);
  });

  test('removeCheckboxes drops the rule and the checked or unchecked value, nothing else', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').insertCheckboxes();
    sheet.getRange('A1').setValue(true);
    sheet.getRange('A2').setValue('note');
    sheet.getRange('A1:A2').removeCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['note']]);
    expect(sheet.getRange('A1:A2').getDataValidations()).toEqual([[null], [null]]);
  });
});

describe('notes, validations and formats', () => {
  test('notes are written and read per cell', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:B1').setNotes([['Prix TTC', null]]);
    sheet.getRange('C1').setNote('Colis');
    expect(sheet.getRange('A1:C1').getNotes()).toEqual([['Prix TTC', '', 'Colis']]);
    expect(sheet.getRange('C1').getNote()).toBe('Colis');
  });

  test('a list rule built once is shared by every cell it is set on', () => {
    const { app, sheet } = freshSpreadsheet();
    const rule = app.newDataValidation().requireValueInList(['Monclar', 'Septfonds'], true).setAllowInvalid(false).build();
    sheet.getRange('D2:D3').setDataValidation(rule);
    const [[a], [b]] = sheet.getRange('D2:D3').getDataValidations();
    expect(a).toBe(b);
    expect(a?.getCriteriaValues()).toEqual([['Monclar', 'Septfonds'], true]);
    sheet.getRange('D2').clearDataValidations();
    expect(sheet.getRange('D2').getDataValidation()).toBeNull();
  });

  test('font weights are read back; other styling is accepted', () => {
    const { sheet } = freshSpreadsheet();
    const header = sheet.getRange('A1:B1');
    header.setFontWeight('bold').setBackground('#d9ead3').setFontColor('#274e13').setHorizontalAlignment('center')
      .setWrap(true).setWrapStrategy('CLIP' as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy).setBorder(true, null, true, null, false, false);
    expect(header.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(header.getBackground()).toBe('#d9ead3');
    sheet.getRange('A1').setFontWeights([['normal']]);
    expect(header.getFontWeights()).toEqual([['normal', 'bold']]);
  });

  test.each([
    { how: 'clear()', clear: (r: LocalRange) => r.clear(), value: '', format: '0.###############', note: 'n', rule: true },
    { how: 'clearContent()', clear: (r: LocalRange) => r.clearContent(), value: '', format: '0.00', note: 'n', rule: true },
    { how: 'clearFormat()', clear: (r: LocalRange) => r.clearFormat(), value: 5, format: '0.###############', note: 'n', rule: true },
    { how: 'clear({contentsOnly})', clear: (r: LocalRange) => r.clear({ contentsOnly: true }), value: '', format: '0.00', note: 'n', rule: true },
    { how: 'clear({commentsOnly})', clear: (r: LocalRange) => r.clear({ commentsOnly: true }), value: 5, format: '0.00', note: '', rule: true },
    { how: 'clear({validationsOnly})', clear: (r: LocalRange) => r.clear({ validationsOnly: true }), value: 5, format: '0.00', note: 'n', rule: false },
  ])('$how clears what it names', ({ clear, value, format, note, rule }) => {
    const { app, sheet } = freshSpreadsheet();
    const cell = sheet.getRange('A1');
    cell.setValue(5).setNumberFormat('0.00').setNote('n').setDataValidation(app.newDataValidation().requireNumberBetween(0, 10).build());
    clear(cell);
    expect([cell.getValue(), cell.getNumberFormat(), cell.getNote(), cell.getDataValidation() !== null]).toEqual([value, format, note, rule]);
  });
});

describe('sort, protect, filter', () => {
  test('sorts rows of the range by a column, moving whole rows, empty cells last', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:B4').setValues([['Poires', 3], ['abricots', ''], ['Pommes', 1], ['Éclairs', 2]]);
    sheet.getRange('A1:B4').sort({ column: 2, ascending: false });
    expect(sheet.getRange('A1:B4').getValues()).toEqual([['Poires', 3], ['Éclairs', 2], ['Pommes', 1], ['abricots', '']]);
    sheet.getRange('A1:B4').sort(1);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['abricots', 'Éclairs', 'Poires', 'Pommes']);
  });

  test('protects a range and lists it among the range protections', () => {
    const { app, spreadsheet, sheet } = freshSpreadsheet();
    const protection = sheet.getRange('A1:C1').protect().setDescription('En-têtes').setWarningOnly(true);
    expect(protection.getRange().getA1Notation()).toBe('A1:C1');
    expect(spreadsheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getDescription())).toEqual(['En-têtes']);
    protection.remove();
    expect(spreadsheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });

  test('a filter hides nothing from the script and one sheet holds one filter', () => {
    const { sheet } = freshSpreadsheet();
    sheet.getRange('A1:A2').setValues([['Lieu'], ['Monclar']]);
    const filter = sheet.getRange('A1:A2').createFilter();
    expect(sheet.getFilter()).toBe(filter);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['Lieu'], ['Monclar']]);
    expect(thrown(() => sheet.getRange('A1:A2').createFilter()).message).toMatch(/already has a filter/);
    filter.remove();
    expect(sheet.getFilter()).toBeNull();
  });
});

describe('accounting', () => {
  test('a getValues on 10×3 is one read of 30 cells and getRange is local', () => {
    const { env, sheet } = freshSpreadsheet();
    const range = sheet.getRange(1, 1, 10, 3);
    range.getValues();
    const counts = env.accounting.execution();
    expect(counts.calls).toBe(1);
    expect(counts.byMethod).toEqual({ 'Range.getValues': 1 });
    expect(counts.cellsRead).toBe(30);
    expect(counts.localCalls).toBe(1);
  });

  test.each([
    { call: 'setValues', run: (r: LocalRange) => r.setValues([[1, 2], [3, 4]]), kind: 'write', read: 0, written: 4 },
    { call: 'getDisplayValues', run: (r: LocalRange) => r.getDisplayValues(), kind: 'read', read: 4, written: 0 },
    { call: 'getFormulas', run: (r: LocalRange) => r.getFormulas(), kind: 'read', read: 4, written: 0 },
    { call: 'setNumberFormats', run: (r: LocalRange) => r.setNumberFormats([['0', '0'], ['0', '0']]), kind: 'write', read: 0, written: 4 },
    { call: 'clear', run: (r: LocalRange) => r.clear(), kind: 'write', read: 0, written: 4 },
    { call: 'getValue', run: (r: LocalRange) => r.getValue(), kind: 'read', read: 1, written: 0 },
  ])('$call is one $kind call moving its cells', ({ call, run, kind, read, written }) => {
    const { env, sheet } = freshSpreadsheet();
    run(sheet.getRange('A1:B2'));
    const counts = env.accounting.execution();
    expect(counts.byMethod).toEqual({ [`Range.${call}`]: 1 });
    expect(counts.byKind[kind as 'read' | 'write']).toBe(1);
    expect([counts.cellsRead, counts.cellsWritten]).toEqual([read, written]);
  });

  test('getters on a range already held cost nothing', () => {
    const { env, sheet } = freshSpreadsheet();
    const range = sheet.getRange('B2:C3');
    range.getRow(); range.getColumn(); range.getNumRows(); range.getNumColumns(); range.getA1Notation();
    expect(env.accounting.execution().calls).toBe(0);
    expect(env.accounting.execution().localCalls).toBe(6);
  });
});
