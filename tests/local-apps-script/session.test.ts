// Session, Logger and console (developers.google.com/apps-script/reference/base/session, .../base/logger).
import { LocalAppsScript } from '../../src/local-apps-script/runtime';
import { createLogging, createSession } from '../../src/local-apps-script/session';
import { NO_LATENCY, serviceEnv } from './support/service-env';

describe('Session and logging', () => {
  test('Session answers the script time zone and the running user', () => {
    const s = createSession(serviceEnv());
    expect([s.getScriptTimeZone(), s.getActiveUser().getEmail(), s.getEffectiveUser().getEmail()])
      .toEqual(['Europe/Paris', 'coordination@example.org', 'coordination@example.org']);
  });

  test('Logger.log formats like printf and console levels are marked', () => {
    const logs: string[] = [];
    const { logger, console } = createLogging(serviceEnv(), logs);
    logger.log('%s commandes', 3);
    logger.log({ a: 1 });
    console.warn('attention', 2);
    console.log('ok');
    expect(logs).toEqual(['3 commandes', '{a=1}', '[warn] attention 2', 'ok']);
  });
});

/** What one statement of a script writes to the execution log. */
function logged(statement: string): string[] {
  const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 7, 9, 0), latency: NO_LATENCY });
  gas.loadFile('Code.gs', `function main() { ${statement} }`);
  gas.run('main');
  return gas.logs;
}

// Logger: https://developers.google.com/apps-script/reference/base/logger#log(Object);
// console: https://developers.google.com/apps-script/reference/base/console
describe('what the execution log shows', () => {
  test.each([
    { statement: "try { SpreadsheetApp.getActive().getRange('Nope!A1'); } catch (e) { Logger.log(e); }", line: 'Exception: Range not found' },
    { statement: "try { SpreadsheetApp.getActive().getRange('Nope!A1'); } catch (e) { console.error(e); }", line: '[error] Exception: Range not found' },
    { statement: "try { null.x; } catch (e) { console.error('échec :', e); }", line: "[error] échec : TypeError: Cannot read properties of null (reading 'x')" },
    { statement: "Logger.log(new Error('boum'))", line: 'Error: boum' },
    { statement: "Logger.log({ key: 'value' })", line: '{key=value}' },
    { statement: "Logger.log({ message: 'my log message', data: { key: 'value' } })", line: 'my log message' },
    { statement: "Logger.log({ list: [1, 'a'], nested: { n: null } })", line: '{list=[1, a], nested={n=null}}' },
    { statement: "Logger.log('%s commandes, %d €', 3, 12.5)", line: '3 commandes, 12 €' },
    { statement: "console.log({ a: 1, b: 'x', c: [1, 2] })", line: "{ a: 1, b: 'x', c: [ 1, 2 ] }" },
    { statement: "console.info('Timing the %s function (%d arguments)', 'myFunction', 1)", line: '[info] Timing the myFunction function (1 arguments)' },
    { statement: "console.log('état', { ok: true })", line: 'état { ok: true }' },
    { statement: "console.time('t'); Utilities.sleep(1500); console.timeEnd('t')", line: 't: 1500ms' },
  ])('$statement logs "$line"', ({ statement, line }) => {
    expect(logged(statement)).toEqual([line]);
  });

  test('a console method Apps Script does not document throws not implemented', () => {
    const gas = new LocalAppsScript({ now: 0 });
    gas.loadFile('Code.gs', 'function main() { console.table([1]); }');
    expect(() => gas.run('main')).toThrow('not implemented: console.table');
  });
});
