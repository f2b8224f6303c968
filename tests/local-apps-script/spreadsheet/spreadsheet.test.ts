// Spreadsheet and SpreadsheetApp against plain objects: tabs, names, active sheet, A1 with a tab,
// time zone and locale, toast, openById.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import { LocalSpreadsheetService } from '../../../src/local-apps-script/spreadsheet/spreadsheet-service';
import { freshSpreadsheet, localEnv, thrown } from './local-env';

describe('tabs', () => {
  test('a new French spreadsheet has one tab named "Feuille 1", an English one "Sheet1"', () => {
    const env = localEnv();
    const service = new LocalSpreadsheetService(env);
    expect(service.create('fr').getSheets().map((s) => s.getName())).toEqual(['Feuille 1']);
    expect(service.create('en', { locale: 'en_GB' }).getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  test('insertSheet puts the tab at a 0-based index and makes it active', () => {
    const { spreadsheet } = freshSpreadsheet();
    spreadsheet.insertSheet('Produits');
    const first = spreadsheet.insertSheet('Paramètres', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Paramètres', 'Feuille 1', 'Produits']);
    expect(spreadsheet.getActiveSheet()).toBe(first);
    expect(first.getIndex()).toBe(1);
    expect(spreadsheet.getNumSheets()).toBe(3);
  });

  test.each([
    { taken: 'Produits', asked: 'Produits' },
    { taken: 'Produits', asked: 'produits' },
  ])('insertSheet("$asked") throws when "$taken" exists', ({ taken, asked }) => {
    const { spreadsheet } = freshSpreadsheet();
    spreadsheet.insertSheet(taken);
    expect(thrown(() => spreadsheet.insertSheet(asked)).message).toBe(`A sheet with the name "${asked}" already exists. Please enter another name.`);
  });

  test('setName refuses a taken name and accepts its own', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    spreadsheet.insertSheet('Produits');
    expect(thrown(() => sheet.setName('Produits')).message).toBe('A sheet with the name "Produits" already exists. Please enter another name.');
    sheet.setName('Feuille 1').setName('Lieux');
    expect(spreadsheet.getSheetByName('Lieux')).toBe(sheet);
  });

  test('getSheetByName answers null for a missing tab, getSheetById finds by id', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    const other = spreadsheet.insertSheet('Envois');
    expect(spreadsheet.getSheetByName('Absent')).toBeNull();
    expect(sheet.getSheetId()).toBe(0);
    expect(spreadsheet.getSheetById(other.getSheetId())).toBe(other);
  });

  test('deleteSheet removes a tab, never the last one', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    const other = spreadsheet.insertSheet('Brouillon');
    spreadsheet.deleteSheet(other);
    expect(spreadsheet.getSheets()).toEqual([sheet]);
    expect(spreadsheet.getActiveSheet()).toBe(sheet);
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow();
  });

  test('moveActiveSheet moves the active tab to a 1-based position', () => {
    const { spreadsheet } = freshSpreadsheet();
    spreadsheet.insertSheet('B');
    const c = spreadsheet.insertSheet('C');
    spreadsheet.setActiveSheet(c);
    spreadsheet.moveActiveSheet(1);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['C', 'Feuille 1', 'B']);
  });
});

describe('ranges by A1 with a tab', () => {
  test('getRange("Tab!A1:B2") reaches that tab; without a tab, the active one', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    const recap = spreadsheet.insertSheet('Récap cycle');
    spreadsheet.getRange("'Récap cycle'!A1:B1").setValues([['Producteur', 'Total']]);
    expect(recap.getRange('A1:B1').getValues()).toEqual([['Producteur', 'Total']]);
    spreadsheet.setActiveSheet(sheet);
    expect(spreadsheet.getRange('A1').getSheet()).toBe(sheet);
    expect(thrown(() => spreadsheet.getRange('Absent!A1')).message).toBe('Range not found');
  });
});

describe('settings and identity', () => {
  test('time zone and locale are the spreadsheet\'s own', () => {
    const { spreadsheet } = freshSpreadsheet({ timeZone: 'America/Martinique' });
    expect([spreadsheet.getSpreadsheetTimeZone(), spreadsheet.getSpreadsheetLocale()]).toEqual(['America/Martinique', 'fr_FR']);
    spreadsheet.setSpreadsheetTimeZone('Europe/Paris');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Paris');
  });

  test('display values follow a time zone change', () => {
    const { spreadsheet, sheet } = freshSpreadsheet();
    sheet.getRange('A1').setValue(new Date(Date.UTC(2026, 11, 10, 19, 0))).setNumberFormat('HH:mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('20:00');
    spreadsheet.setSpreadsheetTimeZone('America/Martinique');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15:00');
  });

  test('id, name and url', () => {
    const { spreadsheet } = freshSpreadsheet();
    spreadsheet.rename('Cabas Monclar');
    expect(spreadsheet.getName()).toBe('Cabas Monclar');
    expect(spreadsheet.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${spreadsheet.getId()}/edit`);
  });

  test('toast is recorded with its title', () => {
    const { service, spreadsheet } = freshSpreadsheet();
    spreadsheet.toast('Cycle ouvert', 'Cabas');
    expect(service.ui.toasts).toEqual([{ message: 'Cycle ouvert', title: 'Cabas', timeoutSeconds: 5 }]);
  });
});

describe('SpreadsheetApp', () => {
  test('the first spreadsheet created is the active (bound) one', () => {
    const env = localEnv();
    const service = new LocalSpreadsheetService(env);
    const bound = service.create('Cabas');
    service.create('Autre');
    expect(service.app.getActive()).toBe(bound);
    expect(service.app.getActiveSpreadsheet()).toBe(bound);
    expect(service.active()).toBe(bound);
    expect(service.app.getActiveSheet()).toBe(bound.getSheets()[0]);
  });

  test('openById finds a spreadsheet and throws for an unknown id', () => {
    const { service, spreadsheet, app } = freshSpreadsheet();
    const other = service.create('Autre');
    expect(app.openById(other.getId())).toBe(other);
    expect(app.openById(spreadsheet.getId())).toBe(spreadsheet);
    expect(thrown(() => app.openById('nope')).message).toBe('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
  });

  test('flush is one round trip', () => {
    const { env, app } = freshSpreadsheet();
    app.flush();
    expect(env.accounting.execution().byMethod).toEqual({ 'SpreadsheetApp.flush': 1 });
  });

  test('navigation calls are lookups', () => {
    const { env, app } = freshSpreadsheet();
    app.getActive().getSheetByName('Feuille 1');
    expect(env.accounting.execution().byKind.lookup).toBe(2);
  });
});
