// A RuntimeEnv for testing one local service on its own: a clock, call accounting and a script
// realm, without the whole runtime.
import { Accounting } from '../../../src/local-apps-script/accounting';
import { Clock } from '../../../src/local-apps-script/clock';
import type { RuntimeEnv } from '../../../src/local-apps-script/env';
import { createScriptRealm } from '../../../src/local-apps-script/realm';

export const START = Date.UTC(2026, 11, 7, 9, 0); // Monday 7 December 2026, 10:00 in Paris

export function serviceEnv(now = START): RuntimeEnv {
  const clock = new Clock(now);
  const accounting = new Accounting(clock);
  accounting.beginExecution();
  const { realm } = createScriptRealm(() => clock.now());
  return { clock, accounting, realm, scriptTimeZone: 'Europe/Paris', userEmail: 'coordination@example.org' };
}

/** The message of what `f` throws (fails the test when it does not throw). */
export function thrownMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}
