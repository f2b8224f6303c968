// Reading back a formula cell gives its computed value for the operators and functions the runtime
// models, Sheets' error text for errors, and throws `not implemented: formula …` for the rest.
// Operators and functions: the function list, https://support.google.com/docs/table/25273;
// setFormula: https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula
import { freshSpreadsheet, REALM_TAG, thrown } from '../local-env';

/** A French spreadsheet whose first sheet holds A1:C3 = 1 2 3 / 4 "x" TRUE / empty "6" 2,5. */
function filled(locale = 'fr_FR') {
  const setup = freshSpreadsheet({ locale });
  const { sheet, spreadsheet } = setup;
  sheet.getRange('A1:C3').setValues([[1, 2, 3], [4, 'x', true], ['', "'6", 2.5]]);
  const other = spreadsheet.addSheet("L'autre feuille");
  other.getRange('A1:A2').setValues([[10], [20]]);
  return setup;
}

describe('formula values', () => {
  test.each([
    { formula: '=1+2*3', value: 7 },
    { formula: '=(1+2)*3', value: 9 },
    { formula: '=2^3^2', value: 64 },
    { formula: '=-2^2', value: 4 },
    { formula: '=10/4', value: 2.5 },
    { formula: '=50%', value: 0.5 },
    { formula: '=A1+B1*C1', value: 7 },
    { formula: '=$A$1+A2', value: 5 },
    { formula: '=A3+1', value: 1 },
    { formula: '=C2+1', value: 2 },
    { formula: '=B3*2', value: 12 },
    { formula: '="n°"&A1&"-"&C3', value: 'n°1-2,5' },
    { formula: '=A1=1', value: true },
    { formula: '=B2="X"', value: true },
    { formula: '=A1<>A2', value: true },
    { formula: '=A2>=4', value: true },
    { formula: '=1<"a"', value: true },
    { formula: '=A3', value: '' },
    { formula: '=SUM(A1:C3)', value: 12.5 },
    { formula: '=SUM(A1:A3, 5, "2", TRUE)', value: 13 },
    { formula: '=sum(A:A)', value: 5 },
    { formula: '=COUNT(A1:C3)', value: 5 },
    { formula: '=COUNTA(A1:C3)', value: 8 },
    { formula: '=COUNTA("", 1)', value: 2 },
    { formula: '=AVERAGE(A1:A3)', value: 2.5 },
    { formula: '=MIN(A1:C3)', value: 1 },
    { formula: '=MAX(A1:C3, 7)', value: 7 },
    { formula: '=MAX(B2)', value: 0 },
    { formula: '=IF(A1>0, "oui", "non")', value: 'oui' },
    { formula: '=IF(A1>5, "oui")', value: false },
    { formula: '=IF(A1>0, 1, 1/0)', value: 1 },
    { formula: '=ROUND(2.345, 2)', value: 2.35 },
    { formula: '=ROUND(-2.5)', value: -3 },
    { formula: '=ROUND(1234, -2)', value: 1200 },
    { formula: '=CONCATENATE(A1:B1, "-", TRUE)', value: '12-VRAI' },
    { formula: '=SUMIF(A1:A3, ">1")', value: 4 },
    { formula: '=SUMIF(B1:B2, "x", A1:A2)', value: 4 },
    { formula: '=SUMIF(B1:B2, "<>x", C1:C2)', value: 3 },
    { formula: "=SUM('L''autre feuille'!A1:A2)", value: 30 },
    { formula: "='l''autre feuille'!A2-A1", value: 19 },
  ])('$formula reads $value', ({ formula, value }) => {
    const { sheet } = filled();
    sheet.getRange('E1').setFormula(formula);
    expect(sheet.getRange('E1').getValue()).toEqual(value);
    expect(sheet.getRange('E1').getFormula()).toBe(formula);
  });

  test.each([
    { formula: '=1/0', value: '#DIV/0!' },
    { formula: '=B2+1', value: '#VALUE!' },
    { formula: '=SUM(1/0, 2)', value: '#DIV/0!' },
    { formula: '=AVERAGE(B2)', value: '#DIV/0!' },
    { formula: '=IF(1)', value: '#N/A' },
    { formula: '=ROUND(1, 2, 3)', value: '#N/A' },
    { formula: "='Pas là'!A1", value: '#REF!' },
    { formula: '=E1+1', value: '#REF!' },
    { formula: '=1+', value: '#ERROR!' },
    { formula: '=+33 6 12 34 56 78', value: '#ERROR!' },
  ])('$formula reads the error $value, as Sheets shows it', ({ formula, value }) => {
    const { sheet } = filled();
    sheet.getRange('E1').setFormula(formula);
    expect(sheet.getRange('E1').getValue()).toBe(value);
    expect(sheet.getRange('E1').getDisplayValue()).toBe(value);
  });

  test('an error in a referenced formula passes on', () => {
    const { sheet } = filled();
    sheet.getRange('E1:E2').setFormulas([['=1/0'], ['=E1*2']]);
    expect(sheet.getRange('E1:E2').getValues()).toEqual([['#DIV/0!'], ['#DIV/0!']]);
  });

  test('a formula reading formulas computes through them, and follows later writes', () => {
    const { sheet } = filled();
    sheet.getRange('E1:E2').setFormulas([['=A1*10'], ['=E1+A2']]);
    expect(sheet.getRange('E2').getValue()).toBe(14);
    sheet.getRange('A1').setValue(2);
    expect(sheet.getRange('E2').getValue()).toBe(24);
  });

  test('the display value follows the cell’s number format and the locale', () => {
    const { sheet } = filled();
    sheet.getRange('E1').setFormula('=C3*2').setNumberFormat('0.00');
    sheet.getRange('E2').setFormula('=C3/2');
    expect([sheet.getRange('E1').getDisplayValue(), sheet.getRange('E2').getDisplayValue()]).toEqual(['5,00', '1,25']);
  });

  test('a formula written as typed input through setValues is computed too', () => {
    const { sheet } = filled();
    sheet.getRange('E1:F1').setValues([['=SUM(A1:A2)', '=E1*2']]);
    expect(sheet.getRange('E1:F1').getValues()).toEqual([[5, 10]]);
  });
});

describe('formulas the runtime does not model fail loudly', () => {
  test.each([
    { formula: '=VLOOKUP(1, A1:C3, 2, FALSE)', message: 'not implemented: formula function VLOOKUP in =VLOOKUP(1, A1:C3, 2, FALSE)' },
    { formula: '=SOMME(A1:A2)', message: 'not implemented: formula function SOMME in =SOMME(A1:A2)' },
    { formula: '=SUM(A1;A2)', message: "not implemented: formula syntax ';' (Apps Script formulas separate arguments with ',') in =SUM(A1;A2)" },
    { formula: '={1,2}', message: "not implemented: formula syntax '{' in ={1,2}" },
    { formula: '=Total*2', message: 'not implemented: formula name Total in =Total*2' },
    { formula: '=SUM(1:2)', message: 'not implemented: formula syntax whole-row range 1:2 in =SUM(1:2)' },
    { formula: '=A1:A2', message: 'not implemented: formula a range used as a single value (array formulas) in =A1:A2' },
  ])('$formula throws', ({ formula, message }) => {
    const { sheet } = filled();
    sheet.getRange('E1').setFormula(formula);
    const error = thrown(() => sheet.getRange('E1').getValue());
    expect(error.message).toBe(message);
    expect(error[REALM_TAG]).toBe(true);
    expect(thrown(() => sheet.getRange('D1:E1').getDisplayValues()).message).toBe(message);
  });

  test.each([
    { how: 'Range.sort', sort: (sheet: ReturnType<typeof filled>['sheet']) => sheet.getRange('A1:E3').sort(1) },
    { how: 'Sheet.sort', sort: (sheet: ReturnType<typeof filled>['sheet']) => sheet.sort(1) },
  ])('$how of rows holding a formula is not modeled (Sheets sorts by results and moves references)', ({ sort }) => {
    const { sheet } = filled();
    sheet.getRange('E2').setFormula('=A2*2');
    expect(thrown(() => sort(sheet)).message).toBe('not implemented: sorting rows that hold formulas');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [4], ['']]);
  });

  type Sheet = ReturnType<typeof filled>['sheet'];
  test.each([
    { change: 'insertRowsBefore', run: (s: Sheet) => s.insertRowsBefore(1, 2), message: 'Sheet.insertRowsBefore' },
    { change: 'deleteRow', run: (s: Sheet) => s.deleteRow(2), message: 'deleting rows' },
    { change: 'insertColumnAfter', run: (s: Sheet) => s.insertColumnAfter(1), message: 'Sheet.insertColumnAfter' },
    { change: 'deleteColumns', run: (s: Sheet) => s.deleteColumns(2, 1), message: 'deleting columns' },
    { change: 'setName', run: (s: Sheet) => s.setName('Renommée'), message: 'Sheet.setName' },
  ])('$change on a sheet that formulas refer to is not modeled (Sheets rewrites the references)', ({ run, message }) => {
    const { sheet, spreadsheet } = filled();
    spreadsheet.getSheets()[1].getRange('B1').setFormula(`=SUM('${sheet.getName()}'!A1:A2)`);
    expect(thrown(() => run(sheet)).message).toBe(`not implemented: ${message} on a sheet that formulas refer to (Sheets would rewrite their references)`);
  });

  // Every way a formula gets into a cell counts, and one cleared no longer does.
  test.each([
    { how: 'setFormulas', write: (s: Sheet, f: string) => s.getRange('B1').setFormulas([[f]]) },
    { how: 'setValue of typed input', write: (s: Sheet, f: string) => s.getRange('B1').setValue(f) },
    { how: 'setValues of typed input', write: (s: Sheet, f: string) => s.getRange('B1:B2').setValues([[f], ['x']]) },
  ])('a formula written with $how is seen by the guard until it is cleared', ({ write }) => {
    const { sheet, spreadsheet } = filled();
    const other = spreadsheet.getSheets()[1];
    write(other, `=SUM('${sheet.getName()}'!A1:A2)`);
    expect(thrown(() => sheet.insertColumnAfter(1)).message).toBe('not implemented: Sheet.insertColumnAfter on a sheet that formulas refer to (Sheets would rewrite their references)');
    other.getRange('B1').clearContent();
    expect(() => sheet.insertColumnAfter(1)).not.toThrow();
  });

  test('rows and names of sheets no formula refers to still change', () => {
    const { sheet, spreadsheet } = filled();
    const other = spreadsheet.getSheets()[1];
    sheet.getRange('E1').setFormula("='L''autre feuille'!A1*2");
    sheet.insertRowsBefore(1, 1);
    sheet.setName('Renommée');
    expect(() => other.insertRowsBefore(5, 1)).toThrow('not implemented: Sheet.insertRowsBefore on a sheet that formulas refer to');
    expect(sheet.getRange('E2').getValue()).toBe(20);
  });

  test('a date in arithmetic is not modeled', () => {
    const { sheet } = filled();
    sheet.getRange('D1').setValue(new Date(Date.UTC(2026, 0, 1)));
    sheet.getRange('E1').setFormula('=D1+1');
    expect(thrown(() => sheet.getRange('E1').getValue()).message).toBe('not implemented: formula arithmetic on a date in =D1+1');
  });
});

describe('text and numbers follow the spreadsheet locale', () => {
  test.each([
    { locale: 'fr_FR', formula: '="2,5"*2', value: 5 },
    { locale: 'fr_FR', formula: '=1.5&""', value: '1,5' },
    { locale: 'en_US', formula: '="2.5"*2', value: 5 },
    { locale: 'en_US', formula: '=1.5&""', value: '1.5' },
    { locale: 'en_US', formula: '="2,5"*2', value: '#VALUE!' },
    { locale: 'en_US', formula: '=CONCATENATE(TRUE)', value: 'TRUE' },
  ])('in $locale, $formula reads $value', ({ locale, formula, value }) => {
    const { sheet } = filled(locale);
    sheet.getRange('E1').setFormula(formula);
    expect(sheet.getRange('E1').getValue()).toEqual(value);
  });
});
