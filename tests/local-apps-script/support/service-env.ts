// A RuntimeEnv for testing one local service on its own: a clock, call accounting and a script
// realm, without the whole runtime.
import { Accounting } from '../../../src/local-apps-script/accounting';
import { Clock } from '../../../src/local-apps-script/clock';
import type { LatencyModel } from '../../../src/local-apps-script/latency-model';
import type { RuntimeEnv } from '../../../src/local-apps-script/env';
import { createScriptRealm } from '../../../src/local-apps-script/realm';
import { scriptView } from '../../../src/local-apps-script/surface/guard';

export const START = Date.UTC(2026, 11, 7, 9, 0); // Monday 7 December 2026, 10:00 in Paris

/** No modeled latency, so that tests can state times exactly. */
export const NO_LATENCY: LatencyModel = { perCall: { read: 0, write: 0, rpc: 0, lookup: 0, local: 0 }, perMethod: {}, perCellRead: 0, perCellWritten: 0 };

export function serviceEnv(now = START, latency = NO_LATENCY): RuntimeEnv {
  const clock = new Clock(now);
  const accounting = new Accounting(clock, latency);
  // Tests move the clock by hours between calls: no 6-minute execution limit here.
  accounting.executionLimitMs = Infinity;
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

/** What a script holds for `fake` (its guarded script view, surface/guard.ts), typed as the Apps Script interface `T`. */
export function asScript<T>(env: RuntimeEnv, fake: object): T {
  return scriptView(env, fake) as unknown as T;
}
