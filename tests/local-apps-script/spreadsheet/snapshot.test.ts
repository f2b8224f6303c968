// snapshot() and load(): the host-side picture of a spreadsheet, round-tripped.
import type { SpreadsheetSnapshot } from '../../../src/local-apps-script/spreadsheet/snapshot';
import { LocalSpreadsheetService } from '../../../src/local-apps-script/spreadsheet/spreadsheet-service';
import { freshSpreadsheet, localEnv, REALM_TAG } from './local-env';

function workbook(): SpreadsheetSnapshot {
  return {
    name: 'Cabas', timeZone: 'Europe/Paris', locale: 'fr_FR',
    sheets: [{
      name: 'Produits', hidden: false, frozenRows: 1, frozenColumns: 0,
      values: [['Réf', 'Prix', 'Disponible', 'Date'], ['T1', 4.2, true, new Date(Date.UTC(2026, 11, 10))], ['=1+1', '12', null, null]],
      formulas: [['', '', '', ''], ['', '', '', ''], ['', '', '', '=B2*2']],
      numberFormats: [['', '', '', ''], ['', '0.00 €', '', 'dd/MM/yyyy'], ['', '', '', '']],
      bold: [[true, true, true, true], [false, false, false, false], [false, false, false, false]],
      notes: [['', 'TTC', '', ''], ['', '', '', ''], ['', '', '', '']],
      validations: [[null, null, null, null], [null, null, { kind: 'checkbox' }, null], [{ kind: 'list', values: ['a', 'b'], allowInvalid: false }, null, { kind: 'checkbox' }, null]],
      columnWidths: { 1: 120 }, hiddenColumns: [4],
      protections: [{ description: 'Cabas', warningOnly: true }],
    }],
  };
}

describe('load', () => {
  test('restores values as they are: strings stay strings', () => {
    const service = new LocalSpreadsheetService(localEnv());
    const sheet = service.load(workbook()).getSheetByName('Produits')!;
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['=1+1', '12']]);
    expect(sheet.getRange('D3').getFormula()).toBe('=B2*2');
  });

  test('restores formats, validations, notes, bold, frozen rows, widths, hidden columns, protections', () => {
    const env = localEnv();
    const service = new LocalSpreadsheetService(env);
    const sheet = service.load(workbook()).getSheetByName('Produits')!;
    expect(sheet.getRange('B2').getDisplayValue()).toBe('4,20 €');
    expect(sheet.getRange('C3').getValue()).toBe(false);
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect(sheet.getRange('A3').getDataValidation()?.getCriteriaValues()[0]).toEqual(['a', 'b']);
    expect(sheet.getRange('A3').getDataValidation()?.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('B1').getNote()).toBe('TTC');
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.isColumnHiddenByUser(4)]).toEqual([1, 120, true]);
    expect(sheet.getProtections(service.app.ProtectionType.SHEET).map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([['Cabas', true]]);
    const date = sheet.getRange('D2').getValue() as Date;
    expect((date as unknown as Record<symbol, boolean>)[REALM_TAG]).toBe(true);
  });

  test('records no service call', () => {
    const env = localEnv();
    new LocalSpreadsheetService(env).load(workbook()).snapshot();
    expect(env.accounting.totals().calls + env.accounting.totals().localCalls).toBe(0);
  });
});

describe('snapshot', () => {
  test('round-trips a loaded workbook', () => {
    const service = new LocalSpreadsheetService(localEnv());
    const back = service.load(workbook()).snapshot();
    const expected = workbook();
    // An empty checkbox reads FALSE in the snapshot, as getValues() reads it.
    expected.sheets[0].values[2][2] = false;
    expect(back).toEqual(expected);
  });

  test('is trimmed to the last row and column with content and holds host Dates', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    sheet.getRange('B2').setValue(new Date(Date.UTC(2026, 0, 1)));
    sheet.getRange('D9').setNumberFormat('0.00');
    const [snap] = spreadsheet.snapshot().sheets;
    expect(snap.values).toEqual([[null, null], [null, new Date(Date.UTC(2026, 0, 1))]]);
    expect(snap.values[1][1]).toBeInstanceOf(Date);
    expect(REALM_TAG in (snap.values[1][1] as object)).toBe(false);
  });

  test('is a copy: changing it does not change the sheet', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    sheet.getRange('A1').setValue('x');
    const snap = spreadsheet.snapshot();
    snap.sheets[0].values[0][0] = 'changed';
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });
});
