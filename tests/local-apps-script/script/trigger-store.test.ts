// ScriptApp triggers (developers.google.com/apps-script/reference/script/script-app,
// .../clock-trigger-builder; the 20-trigger cap from .../guides/services/quotas).
import { LocalTriggerStore, MAX_TRIGGERS } from '../../../src/local-apps-script/script/trigger-store';
import { serviceEnv, START, thrownMessage } from '../support/service-env';

const HOUR = 3_600_000;

describe('LocalTriggerStore', () => {
  test('a form-submit trigger names its handler, event type, source and form', () => {
    const store = new LocalTriggerStore(serviceEnv());
    const t = store.app.newTrigger('onFormSubmitTrigger').forForm('FORM1').onFormSubmit().create();
    expect([t.getHandlerFunction(), t.getEventType(), t.getTriggerSource(), t.getTriggerSourceId()])
      .toEqual(['onFormSubmitTrigger', store.app.EventType.ON_FORM_SUBMIT, store.app.TriggerSource.FORMS, 'FORM1']);
    expect(store.formSubmitTriggers('FORM1').map((x) => x.uid)).toEqual([t.getUniqueId()]);
  });

  test('the 21st trigger throws Apps Script\'s message', () => {
    const store = new LocalTriggerStore(serviceEnv());
    for (let i = 0; i < MAX_TRIGGERS; i += 1) store.app.newTrigger('f').timeBased().after(1000).create();
    expect(thrownMessage(() => store.app.newTrigger('f').timeBased().after(1000).create()))
      .toBe('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  });

  test('deleteTrigger removes it from getProjectTriggers', () => {
    const store = new LocalTriggerStore(serviceEnv());
    const t = store.app.newTrigger('f').timeBased().everyHours(1).create();
    store.app.deleteTrigger(t);
    expect(store.app.getProjectTriggers()).toHaveLength(0);
  });

  test('the first due trigger comes first; a one-off goes away once fired and a repeating one moves on', () => {
    const env = serviceEnv();
    const store = new LocalTriggerStore(env);
    store.app.newTrigger('hourly').timeBased().everyHours(1).create();
    store.app.newTrigger('deadline').timeBased().at(env.realm.date(START + 30 * 60_000)).create();
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
    const store = new LocalTriggerStore(env);
    store.app.newTrigger('daily').timeBased().everyDays(1).atHour(6).nearMinute(0).inTimezone('Europe/Paris').create();
    const first = store.nextDue(Infinity)!;
    expect(first.at).toBe(Date.UTC(2026, 2, 29, 4, 0)); // Sunday 06:00 CEST
    store.fired(first.trigger);
    expect(store.nextDue(Infinity)!.at).toBe(Date.UTC(2026, 2, 30, 4, 0));
  });

  test.each([
    { name: 'everyMinutes(7)', build: (s: LocalTriggerStore) => s.app.newTrigger('f').timeBased().everyMinutes(7) },
    { name: 'everyHours(3)', build: (s: LocalTriggerStore) => s.app.newTrigger('f').timeBased().everyHours(3) },
  ])('$name is refused like Apps Script does', ({ build }) => {
    expect(() => build(new LocalTriggerStore(serviceEnv()))).toThrow(/must be one of/);
  });
});
