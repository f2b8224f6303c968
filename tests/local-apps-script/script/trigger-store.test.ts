// ScriptApp triggers (developers.google.com/apps-script/reference/script/script-app,
// .../clock-trigger-builder; the 20-trigger cap from .../guides/services/quotas).
import { LocalTriggerStore, MAX_TRIGGERS } from '../../../src/local-apps-script/script/trigger-store';
import { serviceEnv, START, thrownMessage } from '../support/service-env';

const HOUR = 3_600_000;

/** The ScriptApp fake as the typings describe it (the fake's builders are object literals the compiler does not type). */
const scriptApp = (store: LocalTriggerStore) => store.app as unknown as GoogleAppsScript.Script.ScriptApp;
const MINUTE = 60_000;

/** A store whose clock triggers fire at their exact instants (jitter off). */
const exact = (env = serviceEnv()) => new LocalTriggerStore(env, undefined, null);

describe('LocalTriggerStore', () => {
  test('a form-submit trigger names its handler, event type, source and form', () => {
    const store = new LocalTriggerStore(serviceEnv());
    const t = scriptApp(store).newTrigger('onFormSubmitTrigger').forForm('FORM1').onFormSubmit().create();
    expect([t.getHandlerFunction(), t.getEventType(), t.getTriggerSource(), t.getTriggerSourceId()])
      .toEqual(['onFormSubmitTrigger', scriptApp(store).EventType.ON_FORM_SUBMIT, scriptApp(store).TriggerSource.FORMS, 'FORM1']);
    expect(store.formSubmitTriggers('FORM1').map((x) => x.uid)).toEqual([t.getUniqueId()]);
  });

  test('the 21st trigger throws Apps Script\'s message', () => {
    const store = new LocalTriggerStore(serviceEnv());
    for (let i = 0; i < MAX_TRIGGERS; i += 1) scriptApp(store).newTrigger('f').timeBased().after(1000).create();
    expect(thrownMessage(() => scriptApp(store).newTrigger('f').timeBased().after(1000).create()))
      .toBe('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  });

  test('deleteTrigger removes it from getProjectTriggers', () => {
    const store = new LocalTriggerStore(serviceEnv());
    const t = scriptApp(store).newTrigger('f').timeBased().everyHours(1).create();
    scriptApp(store).deleteTrigger(t);
    expect(scriptApp(store).getProjectTriggers()).toHaveLength(0);
  });

  test('the first due trigger comes first; a one-off goes away once fired and a repeating one moves on', () => {
    const env = serviceEnv();
    const store = exact(env);
    scriptApp(store).newTrigger('hourly').timeBased().everyHours(1).create();
    scriptApp(store).newTrigger('deadline').timeBased().at(env.realm.date(START + 30 * 60_000)).create();
    const first = store.nextDue(START + 2 * HOUR)!;
    expect([first.trigger.handler, first.at]).toEqual(['deadline', START + 30 * 60_000]);
    store.fired(first.trigger);
    const second = store.nextDue(START + 2 * HOUR)!;
    expect([second.trigger.handler, second.at]).toEqual(['hourly', START + HOUR]);
    store.fired(second.trigger);
    expect(store.nextDue(START + 2 * HOUR)!.at).toBe(START + 2 * HOUR);
    expect(store.list().map((t) => t.handler)).toEqual(['hourly']);
  });

  test('everyDays(1).atHour(6) follows Paris wall-clock time across the change to summer time', () => {
    const env = serviceEnv(Date.UTC(2026, 2, 28, 12, 0)); // Saturday 28 March 2026
    const store = exact(env);
    scriptApp(store).newTrigger('daily').timeBased().everyDays(1).atHour(6).nearMinute(0).inTimezone('Europe/Paris').create();
    const first = store.nextDue(Infinity)!;
    expect(first.at).toBe(Date.UTC(2026, 2, 29, 4, 0)); // Sunday 06:00 CEST
    store.fired(first.trigger);
    expect(store.nextDue(Infinity)!.at).toBe(Date.UTC(2026, 2, 30, 4, 0));
  });

  test.each([
    { name: 'everyMinutes(7)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyMinutes(7) },
    { name: 'everyHours(3)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyHours(3) },
  ])('$name is refused like Apps Script does', ({ build }) => {
    expect(() => build(new LocalTriggerStore(serviceEnv()))).toThrow(/must be one of/);
  });

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder
  describe('with jitter (the default)', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

    test.each([
      { name: 'after(10 min) fires no earlier than asked, and within 15 minutes', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().after(10 * MINUTE), nominal: START + 10 * MINUTE, early: 0, late: 15 * MINUTE },
      { name: 'at(date) fires within ±15 minutes', build: (s: LocalTriggerStore, env = serviceEnv()) => scriptApp(s).newTrigger('f').timeBased().at(env.realm.date(START + 5 * HOUR)), nominal: START + 5 * HOUR, early: 15 * MINUTE, late: 15 * MINUTE },
      { name: 'atHour(18).nearMinute(30) fires within ±15 minutes of 18:30 Paris', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyDays(1).atHour(18).nearMinute(30), nominal: Date.UTC(2026, 11, 7, 17, 30), early: 15 * MINUTE, late: 15 * MINUTE },
      { name: 'everyHours(2) fires within ±15 minutes of each period', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyHours(2), nominal: START + 2 * HOUR, early: 15 * MINUTE, late: 15 * MINUTE },
      { name: 'everyMinutes(1) fires within half a period', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyMinutes(1), nominal: START + MINUTE, early: 30_000, late: 30_000 },
    ])('$name', ({ build, nominal, early, late }) => {
      const instants = seeds.map((seed) => {
        const store = new LocalTriggerStore(serviceEnv(), undefined, seed);
        build(store).create();
        return store.nextDue(Infinity)!.at;
      });
      expect(Math.min(...instants)).toBeGreaterThanOrEqual(nominal - early);
      expect(Math.max(...instants)).toBeLessThanOrEqual(nominal + late);
      // The jitter is real: forty seeds do not all land on the nominal instant.
      expect(new Set(instants).size).toBeGreaterThan(10);
    });

    test('the same seed replays the same instants', () => {
      const instants = () => {
        const store = new LocalTriggerStore(serviceEnv(), undefined, 7);
        scriptApp(store).newTrigger('f').timeBased().everyHours(1).create();
        return Array.from({ length: 5 }, () => {
          const due = store.nextDue(Infinity)!;
          store.fired(due.trigger);
          return due.at;
        });
      };
      expect(instants()).toEqual(instants());
    });

    test('a repeating trigger keeps each firing near its own period, in order', () => {
      const store = new LocalTriggerStore(serviceEnv(), undefined, 3);
      scriptApp(store).newTrigger('f').timeBased().everyHours(1).create();
      const fired = Array.from({ length: 48 }, () => {
        const due = store.nextDue(Infinity)!;
        store.fired(due.trigger);
        return due.at;
      });
      fired.forEach((at, i) => expect(Math.abs(at - (START + (i + 1) * HOUR))).toBeLessThanOrEqual(15 * MINUTE));
      expect([...fired].sort((a, b) => a - b)).toEqual(fired);
    });
  });

  describe('weekly, monthly and dated triggers (jitter off)', () => {
    const firings = (store: LocalTriggerStore, n: number) => Array.from({ length: n }, () => {
      const due = store.nextDue(Infinity)!;
      store.fired(due.trigger);
      return due.at;
    });

    test.each([
      {
        name: 'everyWeeks(2).onWeekDay(FRIDAY).atHour(9) fires every other Friday at 09:00 Paris',
        build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyWeeks(2).onWeekDay(scriptApp(s).WeekDay.FRIDAY).atHour(9),
        expected: [Date.UTC(2026, 11, 11, 8), Date.UTC(2026, 11, 25, 8), Date.UTC(2027, 0, 8, 8)],
      },
      {
        name: 'onWeekDay(MONDAY) alone is weekly, at the creation time of day, next Monday',
        build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().onWeekDay(scriptApp(s).WeekDay.MONDAY),
        expected: [Date.UTC(2026, 11, 14, 9), Date.UTC(2026, 11, 21, 9)],
      },
      {
        name: 'onMonthDay(31).atHour(6) fires on the last day of shorter months',
        build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().onMonthDay(31).atHour(6),
        expected: [Date.UTC(2026, 11, 31, 5), Date.UTC(2027, 0, 31, 5), Date.UTC(2027, 1, 28, 5), Date.UTC(2027, 2, 31, 4)],
      },
      {
        name: 'atDate(2027, 1, 1) fires once, at midnight in the script time zone',
        build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().atDate(2027, 1, 1),
        expected: [Date.UTC(2026, 11, 31, 23)],
      },
      {
        name: 'atHour(5) may come before everyDays(1), as in the reference\'s example',
        build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().atHour(5).everyDays(1),
        expected: [Date.UTC(2026, 11, 8, 4), Date.UTC(2026, 11, 9, 4)],
      },
    ])('$name', ({ build, expected }) => {
      const store = exact();
      build(store).create();
      expect(firings(store, expected.length)).toEqual(expected);
      if (expected.length === 1) expect(store.list()).toHaveLength(0);
    });

    test.each([
      { name: 'onMonthDay(0)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().onMonthDay(0), message: 'Invalid argument: day' },
      { name: 'onMonthDay(32)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().onMonthDay(32), message: 'Invalid argument: day' },
      { name: 'onWeekDay("funday")', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().onWeekDay('funday' as never), message: 'Invalid argument: day' },
      { name: 'atHour(24)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyDays(1).atHour(24), message: 'Invalid argument: hour' },
      { name: 'nearMinute(60)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyDays(1).atHour(1).nearMinute(60), message: 'Invalid argument: minute' },
      { name: 'atDate(2027, 2, 30)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().atDate(2027, 2, 30), message: 'Invalid argument: atDate' },
      { name: 'everyWeeks(0)', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyWeeks(0), message: 'Invalid argument: everyWeeks' },
      { name: 'atHour with everyHours', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().everyHours(1).atHour(3).create(), message: /atHour\(\) can only be used/ },
      { name: 'onWeekDay with onMonthDay', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().onWeekDay(scriptApp(s).WeekDay.MONDAY).onMonthDay(3).create(), message: /cannot be used together/ },
      { name: 'no schedule at all', build: (s: LocalTriggerStore) => scriptApp(s).newTrigger('f').timeBased().create(), message: /Missing time schedule/ },
    ])('$name is refused', ({ build, message }) => {
      expect(thrownMessage(() => build(exact()))).toMatch(message);
    });
  });
});

// https://developers.google.com/apps-script/reference/script/authorization-info
describe('ScriptApp.getAuthorizationInfo', () => {
  test.each([
    { scenario: 'authorized, FULL', required: false, mode: 'FULL', status: 'NOT_REQUIRED', url: null },
    { scenario: 'access to review, FULL', required: true, mode: 'FULL', status: 'REQUIRED', url: expect.stringMatching(/^https:\/\/script\.google\.com\//) },
    { scenario: 'access to review, LIMITED (no other mode asks the user)', required: true, mode: 'LIMITED', status: 'NOT_REQUIRED', url: null },
  ])('$scenario: $status', ({ required, mode, status, url }) => {
    const store = new LocalTriggerStore(serviceEnv());
    store.authorizationRequired = required;
    const info = scriptApp(store).getAuthorizationInfo(scriptApp(store).AuthMode[mode as 'FULL']);
    expect(String(info.getAuthorizationStatus())).toBe(status);
    expect(info.getAuthorizationUrl()).toEqual(url);
  });

  test('without an auth mode, throws as Apps Script does', () => {
    const store = new LocalTriggerStore(serviceEnv());
    expect(thrownMessage(() => (scriptApp(store).getAuthorizationInfo as unknown as () => unknown)())).toMatch(/parameters \(\) don't match/);
  });
});
