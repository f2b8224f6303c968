// A RuntimeEnv for testing the local SpreadsheetApp against plain objects (no vm): a fixed clock,
// fresh accounting, and a host "script realm" that tags what it makes, so tests can tell that
// Dates and errors handed to the script came through the realm.
import { Accounting } from '../../../src/local-apps-script/accounting';
import { Clock } from '../../../src/local-apps-script/clock';
import type { RuntimeEnv } from '../../../src/local-apps-script/env';
import { LocalSpreadsheetService } from '../../../src/local-apps-script/spreadsheet/spreadsheet-service';

export const REALM_TAG = Symbol('script realm');

export function localEnv(now = Date.UTC(2026, 11, 1, 9, 0)): RuntimeEnv {
  const clock = new Clock(now);
  const accounting = new Accounting(clock);
  accounting.beginExecution();
  return {
    clock,
    accounting,
    realm: {
      date: (ms) => Object.assign(new Date(ms), { [REALM_TAG]: true }),
      error: (message) => Object.assign(new Error(message), { name: 'Exception', [REALM_TAG]: true }),
      adopt: (value) => structuredClone(value),
    },
    scriptTimeZone: 'Europe/Paris',
    userEmail: 'coordination@example.org',
  };
}

/** A service with one bound spreadsheet (French, Paris) and its env, counters at zero. */
export function freshSpreadsheet(options: { locale?: string; timeZone?: string } = {}) {
  const env = localEnv();
  const service = new LocalSpreadsheetService(env);
  const spreadsheet = service.create('Cabas test', { locale: options.locale ?? 'fr_FR', timeZone: options.timeZone ?? 'Europe/Paris' });
  const app = service.app;
  const sheet = spreadsheet.sheets[0];
  env.accounting.beginExecution();
  return { env, service, spreadsheet, app, sheet };
}

/** The error a call throws (fails the test when it does not throw). */
export function thrown(f: () => unknown): Error & { [REALM_TAG]?: boolean } {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to throw');
}
