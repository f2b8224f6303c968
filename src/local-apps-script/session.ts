// Session and Logger/console: who runs the script, its time zone, and what it logged.
// https://developers.google.com/apps-script/reference/base/session,
// https://developers.google.com/apps-script/reference/base/logger
import type { RuntimeEnv } from './env';
import { record } from './service-object';
import { fakeObject } from './surface/guard';
import { consoleLine, loggerLine } from './log-format';

export function createSession(env: RuntimeEnv) {
  const user = (email: string) => fakeObject<GoogleAppsScript.Base.User>()('Base.User', { getEmail: () => email });
  const local = (method: string) => record(env, 'Session', `Session.${method}`, 'local');
  return fakeObject<GoogleAppsScript.Base.Session>()('Base.Session', {
    getScriptTimeZone: () => { local('getScriptTimeZone'); return env.scriptTimeZone; },
    getActiveUser: () => { local('getActiveUser'); return user(env.userEmail); },
    getEffectiveUser: () => { local('getEffectiveUser'); return user(env.userEmail); },
    getTemporaryActiveUserKey: () => { local('getTemporaryActiveUserKey'); return `cabas-temp-key-${env.userEmail.length}`; },
  });
}

/** Logger.log (printf-like with a format) and console.*, both written to `logs`. */
export function createLogging(env: RuntimeEnv, logs: string[]) {
  const logger = fakeObject<GoogleAppsScript.Base.Logger>()('Base.Logger', {
    log: (format: unknown, ...values: unknown[]): object => {
      record(env, 'Logger', 'Logger.log', 'local');
      logs.push(loggerLine(format, values));
      return logger;
    },
    getLog: () => logs.join('\n'),
    clear: () => { logs.length = 0; },
  });
  const write = (level: string) => (...values: unknown[]) => {
    record(env, 'console', `console.${level}`, 'local');
    logs.push(`${level === 'log' ? '' : `[${level}] `}${consoleLine(values)}`);
  };
  // console.time/timeEnd log the elapsed (simulated) time under the label, as the reference's example does.
  const timers = new Map<string, number>();
  const time = (label: unknown = 'default') => { record(env, 'console', 'console.time', 'local'); timers.set(String(label), env.clock.now()); };
  const timeEnd = (label: unknown = 'default') => {
    record(env, 'console', 'console.timeEnd', 'local');
    const started = timers.get(String(label));
    if (started === undefined) return;
    timers.delete(String(label));
    logs.push(`${String(label)}: ${env.clock.now() - started}ms`);
  };
  // The typings give `console` the DOM's Console: its Apps Script members are listed in surface-additions.ts.
  const console = fakeObject<Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>>()('Base.console', { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), time, timeEnd });
  return { logger, console };
}
