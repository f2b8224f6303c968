// Scopes as Apps Script enforces them: each method needs one of the scopes its reference page lists
// under "Authorization" (https://developers.google.com/apps-script/concepts/scopes); a manifest
// with explicit oauthScopes bounds every execution; a simple onOpen runs in AuthMode.LIMITED
// (https://developers.google.com/apps-script/guides/triggers#restrictions).
import { authorizer } from '../../src/local-apps-script/authorization';
import { LocalAppsScript } from '../../src/local-apps-script/runtime';
import { SCOPE, SCOPES, scopesOf } from '../../src/local-apps-script/scopes';
import { createScriptRealm } from '../../src/local-apps-script/realm';
import { NO_LATENCY, START } from './support/service-env';

const SCRIPT = `
function activeUser() { return Session.getActiveUser().getEmail(); }
function effectiveUser() { return Session.getEffectiveUser().getEmail(); }
function spreadsheetName() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function openOther() { return SpreadsheetApp.openById('nope').getName(); }
function send() { MailApp.sendEmail('a@example.org', 'Objet', 'corps'); }
function triggers() { return ScriptApp.getProjectTriggers().length; }
function dialog() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>x</p>'), 'Titre'); }
function alertBox() { SpreadsheetApp.getUi().alert('Bonjour'); }
function newForm() { return FormApp.create('Commande').getId(); }
function rowOf(range) { return range.getRow(); }
function scriptId() { return ScriptApp.getScriptId().length > 0; }
function noScopeServices() {
  var lock = LockService.getScriptLock();
  lock.tryLock(1000);
  lock.releaseLock();
  PropertiesService.getScriptProperties().setProperty('k', 'v');
  CacheService.getScriptCache().put('k', 'v');
  Logger.log('%s', Utilities.formatDate(new Date(0), 'UTC', 'yyyy'));
  console.log('ok');
  return Session.getScriptTimeZone();
}
function caught() {
  try { Session.getActiveUser(); return 'no error'; } catch (e) { return [e instanceof Error, e.name, e.message.slice(0, 40)].join('|'); }
}
function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('Cabas').addItem('Ouvrir', 'spreadsheetName').addToUi();
  PropertiesService.getScriptProperties().setProperty('openedBy', Session.getActiveUser().getEmail());
  PropertiesService.getScriptProperties().setProperty('authMode', String(e.authMode));
  if (PropertiesService.getScriptProperties().getProperty('mailOnOpen')) send();
}
function stored(key) { return PropertiesService.getScriptProperties().getProperty(key); }
`;

const CABAS_BEFORE = [SCOPE.spreadsheetsCurrent, SCOPE.forms, SCOPE.sendMail, SCOPE.scriptApp, SCOPE.containerUi];

function runtime(oauthScopes?: string[]): LocalAppsScript {
  const gas = new LocalAppsScript({ now: START, latency: NO_LATENCY, manifest: { timeZone: 'Europe/Paris', ...(oauthScopes ? { oauthScopes } : {}) } });
  gas.loadFile('Code.gs', SCRIPT);
  return gas;
}

function failure(gas: LocalAppsScript, fn: string, ...args: unknown[]): string {
  try {
    gas.run(fn, ...args);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${fn} did not throw`);
}

describe('a call whose scope the manifest lacks', () => {
  test.each([
    { fn: 'activeUser', scopes: CABAS_BEFORE, message: 'Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email' },
    { fn: 'effectiveUser', scopes: CABAS_BEFORE, message: 'Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email' },
    { fn: 'spreadsheetName', scopes: [SCOPE.forms], message: 'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)' },
    // The scope check comes before the file lookup: currentonly cannot open another file.
    { fn: 'openOther', scopes: [SCOPE.spreadsheetsCurrent], message: 'Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets' },
    { fn: 'send', scopes: [SCOPE.spreadsheetsCurrent], message: 'Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail' },
    { fn: 'triggers', scopes: [SCOPE.spreadsheetsCurrent], message: 'Specified permissions are not sufficient to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp' },
    { fn: 'dialog', scopes: [SCOPE.spreadsheetsCurrent], message: 'Specified permissions are not sufficient to call Ui.showModalDialog. Required permissions: https://www.googleapis.com/auth/script.container.ui' },
    { fn: 'newForm', scopes: [SCOPE.formsCurrent], message: 'Specified permissions are not sufficient to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms' },
  ])('$fn throws Apps Script\'s message, word for word', ({ fn, scopes, message }) => {
    expect(failure(runtime(scopes), fn)).toBe(message);
  });

  test('a local getter needs its scope too (Range.getRow on a range the host handed over)', () => {
    const gas = runtime([SCOPE.forms]);
    const range = gas.spreadsheet().getSheets()[0].getRange(2, 3);
    expect(failure(gas, 'rowOf', range)).toBe('Specified permissions are not sufficient to call Range.getRow. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)');
    expect(runtime([SCOPE.spreadsheetsCurrent]).run('rowOf', range)).toBe(2);
  });

  test('the error is the script\'s own Exception, which a try/catch in the script sees', () => {
    expect(runtime(CABAS_BEFORE).run('caught')).toBe('true|Exception|Specified permissions are not sufficient');
  });

  test('nothing happens: a refused sendEmail sends nothing', () => {
    const gas = runtime([SCOPE.spreadsheetsCurrent]);
    failure(gas, 'send');
    expect(gas.mail.sent).toHaveLength(0);
  });
});

describe('any one of the listed scopes suffices', () => {
  test.each([
    { granted: [SCOPE.spreadsheetsCurrent] },
    { granted: [SCOPE.spreadsheets] },
    { granted: [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets] },
  ])('the active spreadsheet with $granted', ({ granted }) => {
    expect(runtime(granted).run('spreadsheetName')).toBe('Cabas');
  });

  test.each([
    { fn: 'activeUser', granted: [SCOPE.userEmail], result: 'coordination@example.org' },
    { fn: 'send', granted: [SCOPE.sendMail], result: undefined },
    { fn: 'alertBox', granted: [SCOPE.spreadsheetsCurrent], result: undefined },
    { fn: 'scriptId', granted: [], result: true },
    { fn: 'noScopeServices', granted: [], result: 'Europe/Paris' },
  ])('$fn runs with $granted', ({ fn, granted, result }) => {
    expect(runtime(granted).run(fn)).toBe(result);
  });

  test('without oauthScopes Apps Script detects them from the code: everything is allowed', () => {
    const gas = runtime();
    expect([gas.run('activeUser'), gas.run('spreadsheetName'), gas.run('triggers')]).toEqual(['coordination@example.org', 'Cabas', 0]);
  });
});

describe('the simple onOpen trigger runs in AuthMode.LIMITED', () => {
  test('it builds its menu from the bound spreadsheet, and reads the user as \'\'', () => {
    const gas = runtime([...CABAS_BEFORE, SCOPE.userEmail]);
    const record = gas.runSimpleTrigger('onOpen');
    expect(record.error).toBeUndefined();
    expect(gas.ui.menus.map((m) => m.caption)).toEqual(['Cabas']);
    expect([gas.run('stored', 'openedBy'), gas.run('stored', 'authMode'), gas.run('activeUser')]).toEqual(['', 'LIMITED', 'coordination@example.org']);
  });

  test('a service that needs authorization throws, even with the scope in the manifest', () => {
    const gas = runtime([...CABAS_BEFORE, SCOPE.userEmail]);
    gas.properties.service.getScriptProperties().setProperty('mailOnOpen', 'yes');
    expect(gas.runSimpleTrigger('onOpen').error).toBe('You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail. '
      + 'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is');
    expect(gas.mail.sent).toHaveLength(0);
  });

  test('the next menu click runs in FULL again', () => {
    const gas = runtime(CABAS_BEFORE);
    gas.runSimpleTrigger('onOpen');
    gas.runMenu('send');
    expect(gas.mail.sent).toHaveLength(1);
  });
});

describe('the scope table', () => {
  test('names a reference page for every class', () => {
    for (const [name, entry] of Object.entries(SCOPES)) {
      expect(`${name} ${entry.page}`).toMatch(/ https:\/\/developers\.google\.com\/apps-script\/reference\/[a-z-]+\/[a-z-]+$/);
    }
  });

  test.each([
    { method: 'Range.getValues', scopes: [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets] },
    { method: 'SpreadsheetApp.openById', scopes: [SCOPE.spreadsheets] },
    { method: 'Session.getScriptTimeZone', scopes: [] },
    { method: 'Session.getEffectiveUser', scopes: [SCOPE.userEmail] },
    { method: 'Ui.alert', scopes: [] },
    { method: 'Ui.showSidebar', scopes: [SCOPE.containerUi] },
    { method: 'FormResponse.getItemResponses', scopes: [SCOPE.formsCurrent, SCOPE.forms] },
    { method: 'ClockTriggerBuilder.create', scopes: [SCOPE.scriptApp] },
    { method: 'Lock.waitLock', scopes: [] },
    { method: 'Nope.method', scopes: undefined },
  ])('$method needs $scopes', ({ method, scopes }) => {
    expect(scopesOf(method)).toEqual(scopes);
  });

  test('a class it does not list fails loudly once scopes are enforced', () => {
    const { realm } = createScriptRealm(() => START);
    const check = authorizer({ oauthScopes: [SCOPE.spreadsheets] }, () => 'FULL', realm);
    expect(() => check('Nope.method')).toThrow('not implemented: scopes of Nope.method');
    expect(() => authorizer({}, () => 'FULL', realm)('Nope.method')).not.toThrow();
  });
});
