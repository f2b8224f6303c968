// ScriptApp.newTrigger(fn): the form, spreadsheet and clock builders. Triggers are never edited,
// only created and deleted (https://developers.google.com/apps-script/reference/script/trigger-builder,
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder).
import { localParts, zonedTime } from '../../core/dates';
import type { RuntimeEnv } from '../env';
import { isDate } from '../env';
import { record, serviceObject } from '../service-object';
import type { LocalTrigger, Schedule, TriggerEvent, TriggerSourceName } from './local-trigger';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TriggerFactory {
  create(handler: string, event: TriggerEvent, source: TriggerSourceName, sourceId: string | null, schedule: Schedule | null): LocalTrigger;
}

/** The next instant, strictly after `after`, when the zone's clock shows hour:minute. */
export function nextWallClock(after: number, hour: number, minute: number, timeZone: string): number {
  const p = localParts(after, timeZone);
  for (let add = 0; add < 3; add += 1) {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day + add));
    const t = zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute, timeZone);
    if (t > after) return t;
  }
  throw new Error('unreachable: a wall-clock time recurs within three days');
}

function idOf(x: unknown): string {
  if (typeof x === 'string') return x;
  return String((x as { getId(): string }).getId());
}

export function newTriggerBuilder(env: RuntimeEnv, factory: TriggerFactory, handler: string): GoogleAppsScript.Script.TriggerBuilder {
  const local = (method: string) => record(env, 'ScriptApp', method, 'local');
  const eventBuilder = (className: string, source: TriggerSourceName, sourceId: string, events: Record<string, TriggerEvent>) => {
    const b: Record<string, unknown> = {};
    for (const [method, event] of Object.entries(events)) {
      b[method] = () => {
        local(`${className}.${method}`);
        return serviceObject(env, className, {
          create: () => {
            record(env, 'ScriptApp', `${className}.create`, 'rpc');
            return factory.create(handler, event, source, sourceId, null).self;
          },
        });
      };
    }
    return serviceObject(env, className, b);
  };

  const clock = () => {
    let schedule: { kind: 'once'; at: number } | { kind: 'every'; periodMs: number } | null = null;
    let days = 0;
    let hour: number | null = null;
    let minute = 0;
    let timeZone = env.scriptTimeZone;
    let self: GoogleAppsScript.Script.ClockTriggerBuilder;
    const bad = (message: string) => env.realm.error(message);
    const b = {
      at: (date: Date) => {
        local('ClockTriggerBuilder.at');
        if (!isDate(date)) throw bad('Invalid argument: date');
        schedule = { kind: 'once', at: date.getTime() };
        return self;
      },
      after: (ms: number) => {
        local('ClockTriggerBuilder.after');
        schedule = { kind: 'once', at: env.clock.now() + Math.max(0, Number(ms)) };
        return self;
      },
      everyMinutes: (n: number) => {
        local('ClockTriggerBuilder.everyMinutes');
        // Apps Script accepts 1, 5, 10, 15 or 30 minutes (clock-trigger-builder#everyMinutes).
        if (![1, 5, 10, 15, 30].includes(n)) throw bad('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
        schedule = { kind: 'every', periodMs: n * MINUTE };
        return self;
      },
      everyHours: (n: number) => {
        local('ClockTriggerBuilder.everyHours');
        // Apps Script accepts 1, 2, 4, 6, 8 or 12 hours (clock-trigger-builder#everyHours).
        if (![1, 2, 4, 6, 8, 12].includes(n)) throw bad('The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.');
        schedule = { kind: 'every', periodMs: n * HOUR };
        return self;
      },
      everyDays: (n: number) => {
        local('ClockTriggerBuilder.everyDays');
        days = Math.max(1, Math.floor(n));
        schedule = { kind: 'every', periodMs: days * DAY };
        return self;
      },
      atHour: (h: number) => {
        local('ClockTriggerBuilder.atHour');
        if (!days) throw bad('atHour() can only be used with everyDays() or everyWeeks().');
        hour = h;
        return self;
      },
      nearMinute: (m: number) => {
        local('ClockTriggerBuilder.nearMinute');
        minute = m;
        return self;
      },
      inTimezone: (tz: string) => {
        local('ClockTriggerBuilder.inTimezone');
        timeZone = String(tz);
        return self;
      },
      create: () => {
        record(env, 'ScriptApp', 'ClockTriggerBuilder.create', 'rpc');
        const now = env.clock.now();
        const s = schedule as typeof schedule;
        if (!s) throw bad('Missing time schedule: call at(), after(), everyMinutes(), everyHours() or everyDays() first.');
        let final: Schedule;
        if (s.kind === 'once') final = s;
        else if (days && hour !== null) final = { kind: 'daily', days, hour, minute, timeZone, next: nextWallClock(now, hour, minute, timeZone) };
        else final = { kind: 'every', periodMs: s.periodMs, next: now + s.periodMs };
        return factory.create(handler, 'CLOCK', 'CLOCK', null, final).self;
      },
    };
    self = serviceObject<GoogleAppsScript.Script.ClockTriggerBuilder>(env, 'ClockTriggerBuilder', b);
    return self;
  };

  return serviceObject<GoogleAppsScript.Script.TriggerBuilder>(env, 'TriggerBuilder', {
    forForm: (form: unknown) => {
      local('TriggerBuilder.forForm');
      return eventBuilder('FormTriggerBuilder', 'FORMS', idOf(form), { onFormSubmit: 'ON_FORM_SUBMIT', onOpen: 'ON_OPEN' });
    },
    forSpreadsheet: (ss: unknown) => {
      local('TriggerBuilder.forSpreadsheet');
      return eventBuilder('SpreadsheetTriggerBuilder', 'SPREADSHEETS', idOf(ss), {
        onOpen: 'ON_OPEN', onEdit: 'ON_EDIT', onChange: 'ON_CHANGE', onFormSubmit: 'ON_FORM_SUBMIT',
      });
    },
    timeBased: () => {
      local('TriggerBuilder.timeBased');
      return clock();
    },
  });
}
