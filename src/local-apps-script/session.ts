// Session and Logger/console: who runs the script, its time zone, and what it logged.
// https://developers.google.com/apps-script/reference/base/session,
// https://developers.google.com/apps-script/reference/base/logger
import type { RuntimeEnv } from './env';
import { record, serviceObject } from './service-object';
import { formatString } from './utilities/utilities';

export function createSession(env: RuntimeEnv): GoogleAppsScript.Base.Session {
  const user = (email: string) => serviceObject<GoogleAppsScript.Base.User>(env, 'User', { getEmail: () => email });
  const local = (method: string) => record(env, 'Session', `Session.${method}`, 'local');
  return serviceObject(env, 'Session', {
    getScriptTimeZone: () => { local('getScriptTimeZone'); return env.scriptTimeZone; },
    getActiveUser: () => { local('getActiveUser'); return user(env.userEmail); },
    getEffectiveUser: () => { local('getEffectiveUser'); return user(env.userEmail); },
    getTemporaryActiveUserKey: () => { local('getTemporaryActiveUserKey'); return `cabas-temp-key-${env.userEmail.length}`; },
  });
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Object && 'message' in value && 'name' in value) return `${(value as Error).name}: ${(value as Error).message}`;
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

/** Logger.log (printf-like with a format) and console.*, both written to `logs`. */
export function createLogging(env: RuntimeEnv, logs: string[]): { logger: GoogleAppsScript.Base.Logger; console: Console } {
  let logger: GoogleAppsScript.Base.Logger;
  logger = serviceObject(env, 'Logger', {
    log: (format: unknown, ...values: unknown[]) => {
      record(env, 'Logger', 'Logger.log', 'local');
      logs.push(values.length && typeof format === 'string' ? formatString(format, values) : show(format));
      return logger;
    },
    getLog: () => logs.join('\n'),
    clear: () => { logs.length = 0; },
  });
  const write = (level: string) => (...values: unknown[]) => {
    record(env, 'console', `console.${level}`, 'local');
    logs.push(`${level === 'log' ? '' : `[${level}] `}${values.map(show).join(' ')}`);
  };
  const console = { log: write('log'), info: write('info'), warn: write('warn'), error: write('error') } as unknown as Console;
  return { logger, console };
}
