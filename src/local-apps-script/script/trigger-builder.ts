// ScriptApp.newTrigger(fn): the form, spreadsheet and clock builders. Triggers are never edited,
// only created and deleted (https://developers.google.com/apps-script/reference/script/trigger-builder,
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder).
import type { RuntimeEnv } from '../env';
import { isDate } from '../env';
import { record } from '../service-object';
import { fakeObject, type Surface } from '../surface/guard';
import { isKnownTimeZone, instantOfWall, wallClock } from '../time-zone';
import { firstOccurrence, periodWindow, WINDOW, type CalendarRule, type Jitter, type Schedule } from './clock-schedule';
import type { LocalTrigger, TriggerEvent, TriggerSourceName } from './local-trigger';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export interface TriggerFactory {
  create(handler: string, event: TriggerEvent, source: TriggerSourceName, sourceId: string | null, schedule: Schedule | null): LocalTrigger;
  readonly jitter: Jitter;
}

const isInteger = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

function idOf(x: unknown): string {
  if (typeof x === 'string') return x;
  return String((x as { getId(): string }).getId());
}

export function newTriggerBuilder(env: RuntimeEnv, factory: TriggerFactory, handler: string) {
  const local = (method: string) => record(env, 'ScriptApp', method, 'local');
  const eventBuilder = (className: string, source: TriggerSourceName, sourceId: string, events: Record<string, TriggerEvent>) => {
    const b: Record<string, unknown> = {};
    for (const [method, event] of Object.entries(events)) {
      b[method] = () => {
        local(`${className}.${method}`);
        return fakeObject<GoogleAppsScript.Script.FormTriggerBuilder>()(`Script.${className}`, {
          create: () => {
            record(env, 'ScriptApp', `${className}.create`, 'rpc');
            return factory.create(handler, event, source, sourceId, null);
          },
        });
      };
    }
    return fakeObject<GoogleAppsScript.Script.FormTriggerBuilder>()(`Script.${className}`, b as Surface<GoogleAppsScript.Script.FormTriggerBuilder>);
  };

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder: the builder's
  // methods may come in any order (the reference's own example is `atHour(5).everyDays(1)`); what
  // they mean together is decided at create().
  const clock = () => {
    let base: { kind: 'at'; at: number } | { kind: 'after'; ms: number } | { kind: 'period'; ms: number }
      | { kind: 'days'; n: number } | { kind: 'weeks'; n: number } | { kind: 'date'; y: number; m: number; d: number } | null = null;
    let hour: number | null = null;
    let minute: number | null = null;
    let weekDay: number | null = null;
    let monthDay: number | null = null;
    let timeZone = env.scriptTimeZone;
    let self: object;
    // Apps Script's wording for these refusals is not in the reference: the messages name the argument.
    const bad = (message: string) => env.realm.error(message);
    const method = <A extends unknown[]>(name: string, body: (...args: A) => void) => (...args: A) => {
      local(`ClockTriggerBuilder.${name}`);
      body(...args);
      return self;
    };
    const b = {
      at: method('at', (date: Date) => {
        if (!isDate(date) || Number.isNaN(date.getTime())) throw bad('Invalid argument: date');
        base = { kind: 'at', at: date.getTime() };
      }),
      after: method('after', (ms: number) => {
        if (typeof ms !== 'number' || !(ms >= 0)) throw bad('Invalid argument: durationMilliseconds');
        base = { kind: 'after', ms: Math.floor(ms) };
      }),
      atDate: method('atDate', (year: number, month: number, day: number) => {
        const check = new Date(Date.UTC(year, month - 1, day));
        if (![year, month, day].every(isInteger) || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw bad('Invalid argument: atDate');
        base = { kind: 'date', y: year, m: month - 1, d: day };
      }),
      everyMinutes: method('everyMinutes', (n: number) => {
        // "must be 1, 5, 10, 15 or 30" (clock-trigger-builder#everyMinutes(Integer)).
        if (![1, 5, 10, 15, 30].includes(n)) throw bad('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
        base = { kind: 'period', ms: n * MINUTE };
      }),
      everyHours: method('everyHours', (n: number) => {
        // The trigger editor offers 1, 2, 4, 6, 8 and 12 hours.
        if (![1, 2, 4, 6, 8, 12].includes(n)) throw bad('The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.');
        base = { kind: 'period', ms: n * HOUR };
      }),
      everyDays: method('everyDays', (n: number) => {
        if (!isInteger(n) || n < 1) throw bad('Invalid argument: everyDays');
        base = { kind: 'days', n };
      }),
      everyWeeks: method('everyWeeks', (n: number) => {
        if (!isInteger(n) || n < 1) throw bad('Invalid argument: everyWeeks');
        base = { kind: 'weeks', n };
      }),
      onWeekDay: method('onWeekDay', (day: GoogleAppsScript.Base.Weekday) => {
        const index = WEEK_DAYS.indexOf(String(day));
        if (index < 0) throw bad('Invalid argument: day');
        weekDay = index;
      }),
      onMonthDay: method('onMonthDay', (day: number) => {
        if (!isInteger(day) || day < 1 || day > 31) throw bad('Invalid argument: day');
        monthDay = day;
      }),
      atHour: method('atHour', (h: number) => {
        if (!isInteger(h) || h < 0 || h > 23) throw bad('Invalid argument: hour');
        hour = h;
      }),
      nearMinute: method('nearMinute', (m: number) => {
        if (!isInteger(m) || m < 0 || m > 59) throw bad('Invalid argument: minute');
        minute = m;
      }),
      inTimezone: method('inTimezone', (tz: string) => {
        if (!isKnownTimeZone(String(tz))) throw bad('Invalid argument: timezone');
        timeZone = String(tz);
      }),
      create: () => {
        record(env, 'ScriptApp', 'ClockTriggerBuilder.create', 'rpc');
        const schedule = finalSchedule();
        return factory.create(handler, 'CLOCK', 'CLOCK', null, schedule);
      },
    };

    const finalSchedule = (): Schedule => {
      const now = env.clock.now();
      const jitter = factory.jitter;
      const s = base as typeof base;
      const calendarish = s?.kind === 'days' || s?.kind === 'weeks' || s?.kind === 'date' || weekDay !== null || monthDay !== null;
      if (hour !== null && !calendarish) throw bad('atHour() can only be used with everyDays(), everyWeeks(), onWeekDay(), onMonthDay() or atDate().');
      if (minute !== null && hour === null && s?.kind !== 'date') throw bad('nearMinute() can only be used with atHour().');
      if (weekDay !== null && monthDay !== null) throw bad('onWeekDay() and onMonthDay() cannot be used together.');
      if (monthDay !== null && (s?.kind === 'days' || s?.kind === 'weeks')) throw bad('onMonthDay() cannot be used with everyDays() or everyWeeks().');
      if (weekDay !== null && s?.kind === 'days') throw bad('onWeekDay() cannot be used with everyDays().');
      if (!s && weekDay === null && monthDay === null) {
        throw bad('Missing time schedule: call at(), after(), atDate(), everyMinutes(), everyHours(), everyDays(), everyWeeks(), onWeekDay() or onMonthDay() first.');
      }
      if (s?.kind === 'at') return { kind: 'once', at: Math.max(now, s.at + jitter.around(WINDOW)) };
      if (s?.kind === 'after') return { kind: 'once', at: now + s.ms + jitter.late(WINDOW) };
      if (s?.kind === 'date') {
        const nominal = instantOfWall(timeZone, s.y, s.m, s.d, hour ?? 0, minute ?? 0);
        return { kind: 'once', at: Math.max(now, nominal + jitter.around(WINDOW)) };
      }
      if (s?.kind === 'period') {
        const nominal = now + s.ms;
        return { kind: 'every', periodMs: s.ms, nominal, next: nominal + jitter.around(periodWindow(s.ms)) };
      }
      // A calendar rule. Without atHour, the time of day is the one the trigger was created at.
      const created = wallClock(now, timeZone);
      const rule: CalendarRule = {
        unit: monthDay !== null ? 'month' : s?.kind === 'days' ? 'day' : 'week',
        every: s?.kind === 'days' || s?.kind === 'weeks' ? s.n : 1,
        hour: hour ?? created.hour, minute: minute ?? (hour === null ? created.minute : 0),
        weekDay: weekDay ?? created.weekday, monthDay: monthDay ?? created.day, timeZone,
      };
      const nominal = firstOccurrence(rule, now);
      return { kind: 'calendar', rule, nominal, next: Math.max(now, nominal + jitter.around(WINDOW)) };
    };

    self = fakeObject<GoogleAppsScript.Script.ClockTriggerBuilder>()('Script.ClockTriggerBuilder', b);
    return self;
  };

  return fakeObject<GoogleAppsScript.Script.TriggerBuilder>()('Script.TriggerBuilder', {
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
