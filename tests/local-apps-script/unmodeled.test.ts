// Services, enums and methods the runtime does not model throw `not implemented: …` in the
// script's realm when used, never a ReferenceError or "undefined is not a function"; enums it
// models answer every member the reference lists. Services: https://developers.google.com/apps-script/reference
import { LocalAppsScript } from '../../src/local-apps-script/runtime';
import { typingsEnums } from './support/typings-enums';

function runtime(): LocalAppsScript {
  const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 7, 9, 0) });
  return gas;
}

interface Outcome { value?: string; error?: string; isError?: boolean }

// The realm forbids eval of strings: each probe is a file of its own.
function attempt(gas: LocalAppsScript, code: string): Outcome {
  gas.loadFile(`probe-${Math.random()}.gs`, `function probe() { try { return { value: String(${code}) }; } catch (e) { return { error: e.name + ': ' + e.message, isError: e instanceof Error }; } }`);
  return gas.run<Outcome>('probe');
}

describe('services the runtime lacks', () => {
  test.each([
    { code: "UrlFetchApp.fetch('https://example.org')", message: 'UrlFetchApp.fetch' },
    { code: 'DriveApp.getFiles()', message: 'DriveApp.getFiles' },
    { code: "DocumentApp.create('x')", message: 'DocumentApp.create' },
    { code: "SlidesApp.create('x')", message: 'SlidesApp.create' },
    { code: 'CalendarApp.getDefaultCalendar()', message: 'CalendarApp.getDefaultCalendar' },
    { code: "GmailApp.search('is:unread')", message: 'GmailApp.search' },
    { code: 'CardService.newCardBuilder()', message: 'CardService.newCardBuilder' },
    { code: "ContentService.createTextOutput('x')", message: 'ContentService.createTextOutput' },
    { code: "XmlService.parse('<a/>')", message: 'XmlService.parse' },
    { code: 'Charts.newBarChart()', message: 'Charts.newBarChart' },
    { code: 'Charts.ChartType.BAR', message: 'Charts.ChartType.BAR' },
    { code: 'Maps.newGeocoder()', message: 'Maps.newGeocoder' },
    { code: "LanguageApp.translate('bonjour', 'fr', 'en')", message: 'LanguageApp.translate' },
    { code: 'ContactsApp.getContacts()', message: 'ContactsApp.getContacts' },
    { code: "People.People.get('people/me')", message: 'People.People.get' },
    { code: 'Drive.Files.list()', message: 'Drive.Files.list' },
    { code: "Sheets.Spreadsheets.Values.get('id', 'A1')", message: 'Sheets.Spreadsheets.Values.get' },
    { code: 'MimeType.PDF', message: 'MimeType.PDF' },
    { code: "Browser.msgBox('x')", message: 'Browser.msgBox' },
    { code: 'SpreadsheetApp.BandingTheme.LIGHT_GREY', message: 'SpreadsheetApp.BandingTheme.LIGHT_GREY' },
    { code: 'SpreadsheetApp.ColorType.RGB', message: 'SpreadsheetApp.ColorType.RGB' },
    { code: 'SpreadsheetApp.newConditionalFormatRule()', message: 'SpreadsheetApp.newConditionalFormatRule' },
    { code: 'FormApp.Alignment.LEFT', message: 'FormApp.Alignment.LEFT' },
    { code: 'FormApp.FeedbackType.CORRECT', message: 'FormApp.FeedbackType.CORRECT' },
    { code: 'ScriptApp.InstallationSource.NONE', message: 'ScriptApp.InstallationSource.NONE' },
    { code: 'ScriptApp.getService()', message: 'ScriptApp.getService' },
    { code: 'Utilities.MacAlgorithm.HMAC_SHA_256', message: 'Utilities.MacAlgorithm.HMAC_SHA_256' },
    { code: 'Session.getActiveUserLocale()', message: 'Session.getActiveUserLocale' },
  ])('$code throws "not implemented: $message"', ({ code, message }) => {
    const outcome = attempt(runtime(), code);
    expect(outcome).toEqual({ error: `Exception: not implemented: ${message}`, isError: true });
  });

  test('the unmodeled services still leave host probes alone', () => {
    const outcome = attempt(runtime(), "[typeof UrlFetchApp, typeof UrlFetchApp.then, JSON.stringify({ s: UrlFetchApp }), String(Object.keys(DriveApp).length)].join(' ')");
    expect(outcome).toEqual({ value: 'object undefined {"s":{}} 0' });
  });
});

// Every enum the reference lists for each modeled service: modeled enums answer each member by its
// name (`String(x) === 'ROWS'`); the others throw for each member.
const MODELED = new Set([
  'SpreadsheetApp.BorderStyle', 'SpreadsheetApp.DataValidationCriteria', 'SpreadsheetApp.Dimension', 'SpreadsheetApp.ProtectionType',
  'SpreadsheetApp.WrapStrategy', 'FormApp.DestinationType', 'FormApp.ItemType', 'ScriptApp.AuthMode', 'ScriptApp.AuthorizationStatus', 'ScriptApp.EventType',
  'ScriptApp.TriggerSource', 'ScriptApp.WeekDay', 'HtmlService.SandboxMode', 'HtmlService.XFrameOptionsMode', 'Ui.Button', 'Ui.ButtonSet',
  'Utilities.Charset', 'Utilities.DigestAlgorithm',
]);

const TARGETS: Record<string, string> = { Ui: 'SpreadsheetApp.getUi()' };

const ENUMS = [
  ['spreadsheet', 'SpreadsheetApp'], ['forms', 'FormApp'], ['script', 'ScriptApp'], ['html', 'HtmlService'], ['base', 'Ui'], ['utilities', 'Utilities'],
].flatMap(([file, app]) => typingsEnums(file, app)).map((e) => ({ ...e, path: `${e.app}.${e.name}`, modeled: MODELED.has(`${e.app}.${e.name}`) }));

describe('enums of the modeled services', () => {
  test('the typings list the enums this table expects', () => {
    expect(ENUMS.length).toBeGreaterThan(40);
    expect(ENUMS.filter((e) => e.modeled).map((e) => e.path).sort()).toEqual([...MODELED].sort());
  });

  test.each(ENUMS)('$path: modeled $modeled', ({ app, name, members, path, modeled }) => {
    const gas = runtime();
    gas.loadFile('target.gs', `function target() { return ${TARGETS[app] ?? app}; }`);
    gas.loadFile('read.gs', `function read(name, key) { try { return { value: String(target()[name][key]) }; } catch (e) { return { error: e.message }; } }`);
    const read = members.map((m) => gas.run<Outcome>('read', name, m));
    expect(read).toEqual(members.map((m) => (modeled ? { value: m } : { error: `not implemented: ${path}.${m}` })));
  });
});
