// The one guard between the fakes and the script (src/local-apps-script/surface/guard.ts): for every
// fake class, a script sees what Google gives. A member of the Apps Script interface the fake lacks
// throws `not implemented: Class.member`; a host-only member (the fake's state and helpers) is
// undefined; enums still answer; host probes (then, toJSON, jest's asymmetricMatch) stay undefined.
import { LocalAppsScript } from '../../../src/local-apps-script/runtime';
import { hostValue } from '../../../src/local-apps-script/surface/guard';

function runtime(): LocalAppsScript {
  const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 7, 9, 0), jitter: false, submitFirings: false });
  gas.ui.queueButton?.('OK');
  return gas;
}

interface Outcome { value?: string; error?: string }

// The realm forbids eval of strings: each probe is a file of its own.
function attempt(gas: LocalAppsScript, code: string): Outcome {
  gas.loadFile(`probe-${Math.random()}.gs`, `function probe() { try { return { value: String(${code}) }; } catch (e) { return { error: e.message }; } }`);
  return gas.run<Outcome>('probe');
}

const SHEET = "SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]";
const FORM = "FormApp.create('f')";

// Per class: how a script reaches one, a member only the host has (`null` for an object-literal
// fake, which has none), and a member of the Apps Script interface the runtime does not model.
const CLASSES: { name: string; get: string; hostOnly: string | null; unmodeled: string | null }[] = [
  { name: 'SpreadsheetApp', get: 'SpreadsheetApp', hostOnly: 'registry', unmodeled: 'newConditionalFormatRule' },
  { name: 'Spreadsheet', get: 'SpreadsheetApp.getActiveSpreadsheet()', hostOnly: 'snapshot', unmodeled: 'getNamedRanges' },
  { name: 'Sheet', get: SHEET, hostOnly: 'grid', unmodeled: 'insertSlicer' },
  { name: 'Range', get: `${SHEET}.getRange('A1')`, hostOnly: 'env', unmodeled: 'setRichTextValue' },
  { name: 'RangeList', get: `${SHEET}.getRangeList(['A1'])`, hostOnly: 'ranges', unmodeled: 'breakApart' },
  { name: 'TextFinder', get: `${SHEET}.createTextFinder('x')`, hostOnly: 'options', unmodeled: null },
  { name: 'Protection', get: `${SHEET}.protect()`, hostOnly: 'warningOnly', unmodeled: 'setRangeName' },
  { name: 'Filter', get: `(${SHEET}.getFilter() || ${SHEET}.getRange('A1:B2').createFilter())`, hostOnly: 'holder', unmodeled: 'sort' },
  { name: 'DataValidationBuilder', get: 'SpreadsheetApp.newDataValidation()', hostOnly: 'rule', unmodeled: 'requireDateBetween' },
  { name: 'DataValidation', get: 'SpreadsheetApp.newDataValidation().requireCheckbox().build()', hostOnly: 'rule', unmodeled: null },
  { name: 'Ui', get: 'SpreadsheetApp.getUi()', hostOnly: 'recorder', unmodeled: 'createAddonMenu' },
  { name: 'Menu', get: "SpreadsheetApp.getUi().createMenu('m')", hostOnly: 'items', unmodeled: null },
  { name: 'FormApp', get: 'FormApp', hostOnly: 'service', unmodeled: 'getUi' },
  { name: 'Form', get: FORM, hostOnly: 'responses', unmodeled: 'addGridItem' },
  { name: 'Item', get: `${FORM}.addTextItem()`, hostOnly: 'validation', unmodeled: 'setPoints' },
  { name: 'Choice', get: `${FORM}.addListItem().createChoice('a')`, hostOnly: 'value', unmodeled: 'getPageNavigationType' },
  { name: 'FormResponse', get: `${FORM}.createResponse()`, hostOnly: 'answers', unmodeled: 'getGradableItemResponses' },
  { name: 'ItemResponse', get: `${FORM}.addTextItem().createResponse('a')`, hostOnly: 'answer', unmodeled: 'getScore' },
  { name: 'TextValidationBuilder', get: 'FormApp.createTextValidation()', hostOnly: 'helpText', unmodeled: 'requireTextContainsPattern' },
  { name: 'TextValidation', get: 'FormApp.createTextValidation().requireNumber().build()', hostOnly: 'validation', unmodeled: null },
  { name: 'MailApp', get: 'MailApp', hostOnly: null, unmodeled: null },
  { name: 'GmailApp', get: 'GmailApp', hostOnly: null, unmodeled: 'search' },
  { name: 'ScriptApp', get: 'ScriptApp', hostOnly: null, unmodeled: 'getService' },
  { name: 'Trigger', get: "ScriptApp.newTrigger('f').timeBased().after(60000).create()", hostOnly: 'schedule', unmodeled: null },
  { name: 'ClockTriggerBuilder', get: "ScriptApp.newTrigger('f').timeBased()", hostOnly: null, unmodeled: null },
  { name: 'LockService', get: 'LockService', hostOnly: null, unmodeled: null },
  { name: 'Lock', get: 'LockService.getScriptLock()', hostOnly: 'locks', unmodeled: null },
  { name: 'PropertiesService', get: 'PropertiesService', hostOnly: null, unmodeled: null },
  { name: 'Properties', get: 'PropertiesService.getScriptProperties()', hostOnly: 'map', unmodeled: null },
  { name: 'CacheService', get: 'CacheService', hostOnly: null, unmodeled: null },
  { name: 'Cache', get: 'CacheService.getScriptCache()', hostOnly: null, unmodeled: null },
  { name: 'Session', get: 'Session', hostOnly: null, unmodeled: 'getActiveUserLocale' },
  { name: 'User', get: 'Session.getActiveUser()', hostOnly: null, unmodeled: 'getUserLoginId' },
  { name: 'Utilities', get: 'Utilities', hostOnly: null, unmodeled: 'computeHmacSha256Signature' },
  { name: 'Blob', get: "Utilities.newBlob('x')", hostOnly: 'bytes', unmodeled: 'getAs' },
  { name: 'HtmlService', get: 'HtmlService', hostOnly: null, unmodeled: 'createTemplate' },
  { name: 'HtmlOutput', get: "HtmlService.createHtmlOutput('x')", hostOnly: 'content', unmodeled: 'addMetaTag' },
  { name: 'Logger', get: 'Logger', hostOnly: null, unmodeled: null },
  { name: 'console', get: 'console', hostOnly: null, unmodeled: 'table' },
];

describe('what a script sees of each fake', () => {
  test.each(CLASSES.filter((c) => c.hostOnly))('$name hides its host-only member $hostOnly', ({ get, hostOnly }) => {
    const gas = runtime();
    // The member exists on the fake the script's object stands for (or the test would prove nothing).
    gas.loadFile('host.gs', `function fake() { return ${get}; }`);
    expect(attempt(gas, `[typeof (${get}).${hostOnly}, '${hostOnly}' in (${get})].join(' ')`)).toEqual({ value: 'undefined false' });
    const view = gas.run<object>('fake');
    const fake = hostValue(view);
    expect(fake).not.toBe(view);
    expect(Reflect.get(fake, hostOnly!)).not.toBeUndefined();
  });

  test.each(CLASSES.filter((c) => c.unmodeled))('$name.$unmodeled throws not implemented', ({ name, get, unmodeled }) => {
    expect(attempt(runtime(), `(${get}).${unmodeled}()`)).toEqual({ error: `not implemented: ${name}.${unmodeled}` });
  });

  test.each(CLASSES)('$name leaves host probes undefined and has no keys of its own', ({ get }) => {
    const probes = "[typeof x.then, typeof x.toJSON, typeof x.asymmetricMatch, typeof x.constructor, typeof x[Symbol.iterator], typeof x[Symbol.toPrimitive], JSON.stringify(x), Object.keys(x).length, Object.getPrototypeOf(x)].join(' ')";
    expect(attempt(runtime(), `(function (x) { return ${probes}; })(${get})`)).toEqual({ value: 'undefined undefined undefined undefined undefined undefined {} 0 ' });
  });

  test('a name neither the interface nor the fake has is undefined, as in Google', () => {
    expect(attempt(runtime(), `[typeof ${SHEET}.getRangeByMagic, typeof SpreadsheetApp.ChartType].join(' ')`)).toEqual({ value: 'undefined undefined' });
  });

  test('a script cannot write to a fake through its view', () => {
    const gas = runtime();
    expect(attempt(gas, `(function (s) { s.grid = null; s.getName = null; return typeof s.getName; })(${SHEET})`)).toEqual({ value: 'function' });
    expect(gas.spreadsheet().sheets[0].grid).not.toBeNull();
  });

  test.each([
    { code: 'SpreadsheetApp.ProtectionType.RANGE', value: 'RANGE' },
    { code: 'FormApp.ItemType.TEXT', value: 'TEXT' },
    { code: 'ScriptApp.EventType.ON_FORM_SUBMIT', value: 'ON_FORM_SUBMIT' },
    { code: 'SpreadsheetApp.getUi().ButtonSet.YES_NO', value: 'YES_NO' },
    { code: 'HtmlService.SandboxMode.IFRAME', value: 'IFRAME' },
  ])('the enum $code still answers', ({ code, value }) => {
    expect(attempt(runtime(), code)).toEqual({ value });
  });

  test('views keep identity, and fakes handed back to a method arrive as the fakes', () => {
    expect(attempt(runtime(), `(function (ss) { var s = ss.getSheets()[0]; ss.setActiveSheet(s); return [ss.getActiveSheet() === s, ss.getSheets()[0] === s, s.getRange('A1').getSheet() === s].join(' '); })(SpreadsheetApp.getActiveSpreadsheet())`))
      .toEqual({ value: 'true true true' });
  });

  test('jest matchers and JSON on the host do not trip the guard', () => {
    const gas = runtime();
    gas.loadFile('get.gs', `function sheet() { return ${SHEET}; }`);
    const view = gas.run<object>('sheet');
    expect(view).toEqual(expect.anything());
    expect(JSON.stringify({ view })).toBe('{"view":{}}');
    expect(Promise.resolve(view)).resolves.toBe(view);
  });
});
