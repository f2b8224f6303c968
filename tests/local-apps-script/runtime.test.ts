// The whole local runtime driving a loaded script as Apps Script would: executions, form-submit
// and time triggers with their event objects, concurrent executions and call accounting.
// Trigger events: developers.google.com/apps-script/guides/triggers/events; locks:
// developers.google.com/apps-script/reference/lock/lock; quotas: .../guides/services/quotas.
import { LocalAppsScript } from '../../src/local-apps-script/runtime';
import type { SubmitFiringOptions } from '../../src/local-apps-script/forms/submit-firings';
import { NO_LATENCY } from './support/service-env';

const NOW = Date.UTC(2026, 11, 7, 9, 0);
const MINUTE = 60_000;

const SCRIPT = `
var loadedAt = new Date().getTime();
var counter = 0;
function now() { return [new Date().getTime(), Date.now(), loadedAt]; }
function bump() { counter += 1; return counter; }
function fail() { throw new Error('Produits!F7 : « 3,5O » n\\'est pas un prix'); }
function globals() { return [typeof require, typeof process, typeof setTimeout, typeof URL, typeof Buffer, typeof SpreadsheetApp, typeof FormApp, typeof Utilities]; }
function setup() {
  var form = FormApp.create('Commande');
  form.addListItem().setTitle('Lieu').setChoiceValues(['Monclar', 'Septfonds']).setRequired(true);
  var eggs = form.addTextItem().setTitle('Œufs').setValidation(FormApp.createTextValidation().requireWholeNumber().build());
  form.setEmailCollectionType(FormApp.EmailCollectionType.VERIFIED).setAllowResponseEdits(true).setPublished(true);
  ScriptApp.newTrigger('onSubmit').forForm(form).onFormSubmit().create();
  PropertiesService.getScriptProperties().setProperty('eggs', String(eggs.getId()));
  return form.getId();
}
function onSubmit(e) {
  var r = e.response;
  var answers = {};
  r.getItemResponses().forEach(function (ir) { answers[ir.getItem().getId()] = ir.getResponse(); });
  var seen = JSON.parse(PropertiesService.getScriptProperties().getProperty('seen') || '[]');
  seen.push({ id: r.getId(), email: r.getRespondentEmail(), at: r.getTimestamp().getTime(), answers: answers,
    keys: Object.keys(e).sort(), source: e.source.getId(), authMode: String(e.authMode), isDate: r.getTimestamp() instanceof Date });
  PropertiesService.getScriptProperties().setProperty('seen', JSON.stringify(seen));
}
function seen() { return JSON.parse(PropertiesService.getScriptProperties().getProperty('seen') || '[]'); }
function schedule() {
  ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
  ScriptApp.newTrigger('deadline').timeBased().at(new Date(Date.now() + 90 * 60000)).create();
}
function tick(e) { Logger.log('tick %s:%s', e.hour, e.minute); }
function deadline(e) { Logger.log('deadline ' + Object.keys(e).sort().join(',')); }
function locked(holdMs) {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  Utilities.sleep(holdMs);
  return 'done';
}
function mail(n) { for (var i = 0; i < n; i++) MailApp.sendEmail('m' + i + '@example.org', 'Objet', 'corps'); }
`;

// Exact counts of firings below: Google's extra ones are tested on their own.
function runtime(latency = NO_LATENCY, jitter: number | false = 1, submitFirings: SubmitFiringOptions | false = false) {
  const gas = new LocalAppsScript({ now: NOW, latency, jitter, submitFirings });
  gas.loadFile('Code.gs', SCRIPT);
  return gas;
}

describe('executions', () => {
  test('run calls a top-level function of a loaded file, with the simulated clock', () => {
    const gas = runtime();
    expect(gas.run('now')).toEqual([NOW, NOW, NOW]);
    gas.advanceBy(5 * MINUTE);
    expect(gas.run('now')).toEqual([NOW + 5 * MINUTE, NOW + 5 * MINUTE, NOW + 5 * MINUTE]);
  });

  test('every execution runs the files\' top level again: globals do not survive', () => {
    const gas = runtime();
    expect([gas.run('bump'), gas.run('bump')]).toEqual([1, 1]);
  });

  test('the script sees Apps Script\'s services and none of Node\'s globals', () => {
    expect(runtime().run('globals')).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'object', 'object', 'object']);
  });

  test('a script error is rethrown with its message and recorded', () => {
    const gas = runtime();
    expect(() => gas.run('fail')).toThrow('Produits!F7 : « 3,5O » n\'est pas un prix');
    expect(gas.executions.at(-1)).toMatchObject({ name: 'fail', kind: 'run', error: 'Produits!F7 : « 3,5O » n\'est pas un prix' });
  });

  test('an unknown function fails like Apps Script', () => {
    expect(() => runtime().run('nope')).toThrow('Script function not found: nope');
  });

  test('the quota error reaches the script, and the sends before it went out', () => {
    const gas = new LocalAppsScript({ now: NOW, latency: NO_LATENCY, mailQuota: 3 });
    gas.loadFile('Code.gs', SCRIPT);
    expect(() => gas.run('mail', 4)).toThrow('Service invoked too many times for one day: email.');
    expect(gas.mail.sent).toHaveLength(3);
  });
});

describe('form submissions', () => {
  test('a submission fires the installed trigger with the form-bound event shape, answers by item id', () => {
    const gas = runtime();
    const formId = gas.run<string>('setup');
    const eggs = gas.properties.stores.script.get('eggs')!;
    const { responseId, execution } = gas.submitForm(formId, { email: 'a@example.org', answers: { Lieu: 'Monclar', [eggs]: '4' }, at: NOW + MINUTE });
    expect(execution).toEqual([expect.objectContaining({ name: 'onSubmit', kind: 'trigger', trigger: 'form-submit' })]);
    expect(execution[0].error).toBeUndefined();
    const [event] = gas.run<Record<string, unknown>[]>('seen');
    expect(event).toMatchObject({
      id: responseId, email: 'a@example.org', at: NOW + MINUTE, source: formId, authMode: 'FULL', isDate: true,
      keys: ['authMode', 'response', 'source', 'triggerUid'],
    });
    expect((event.answers as Record<string, string>)[eggs]).toBe('4');
  });

  test('a response the script submits fires no trigger (installable triggers guide, "Restrictions")', () => {
    const gas = runtime();
    gas.loadFile('Submit.gs', 'function scriptSubmit(id) { return FormApp.openById(id).createResponse().submit().getId(); }');
    const formId = gas.run<string>('setup');
    const id = gas.run<string>('scriptSubmit', formId);
    expect(gas.forms.form(formId).responses.has(id)).toBe(true);
    expect(gas.executions.filter((e) => e.kind === 'trigger')).toHaveLength(0);
  });

  test('an answer failing validation is refused before any trigger fires', () => {
    const gas = runtime();
    const formId = gas.run<string>('setup');
    expect(() => gas.submitForm(formId, { email: 'a@example.org', answers: { Lieu: 'Monclar', Œufs: '2.5' } })).toThrow('Œufs: Must be a whole number');
    expect(gas.executions.filter((e) => e.kind === 'trigger')).toHaveLength(0);
  });

  test('editResponse keeps the response id and fires the trigger again', () => {
    const gas = runtime();
    const formId = gas.run<string>('setup');
    const { responseId } = gas.submitForm(formId, { email: 'a@example.org', answers: { Lieu: 'Monclar', Œufs: '4' } });
    gas.editResponse(responseId, { Œufs: '6' }, NOW + 10 * MINUTE);
    const events = gas.run<{ id: string; at: number; answers: Record<string, string> }[]>('seen');
    expect(events.map((e) => e.id)).toEqual([responseId, responseId]);
    expect(events[1].at).toBe(NOW + 10 * MINUTE);
    expect(Object.values(events[1].answers)).toEqual(['Monclar', '6']);
  });

  test('fireBlankSubmit delivers a response that is not stored, with no e-mail and \'\' for its text item; fireDuplicate the same response again', () => {
    const gas = runtime();
    const formId = gas.run<string>('setup');
    const eggs = gas.properties.stores.script.get('eggs')!;
    const { responseId } = gas.submitForm(formId, { email: 'a@example.org', answers: { Lieu: 'Monclar' } });
    gas.fireBlankSubmit(formId);
    gas.fireDuplicate(responseId);
    const events = gas.run<{ id: string; email: string; answers: Record<string, string> }[]>('seen');
    expect(events.map((e) => [e.id === responseId, e.email, Object.values(e.answers)])).toEqual([
      [true, 'a@example.org', ['Monclar', '']], [false, '', ['']], [true, 'a@example.org', ['Monclar', '']],
    ]);
    expect(Object.keys(events[1].answers)).toEqual([eggs]);
    expect(gas.forms.form(formId).responses.has(events[1].id)).toBe(false);
  });
});

describe('Google\'s extra form-submit firings', () => {
  const submitAll = (gas: LocalAppsScript, formId: string, n: number) =>
    Array.from({ length: n }, (_, i) => gas.submitForm(formId, { email: `m${i}@example.org`, answers: { Lieu: 'Monclar', Œufs: String(i % 7) } }));

  test.each<{ name: string; rates: SubmitFiringOptions; firings: number; blanks: number }>([
    { name: 'a certain duplicate fires each submission twice with the same response', rates: { duplicateRate: 1, blankRate: 0 }, firings: 2, blanks: 0 },
    { name: 'a certain blank firing follows each submission', rates: { duplicateRate: 0, blankRate: 1 }, firings: 2, blanks: 1 },
    { name: 'both: the submission, its duplicate, then the blank one', rates: { duplicateRate: 1, blankRate: 1 }, firings: 3, blanks: 1 },
    { name: 'none at rates of zero', rates: { duplicateRate: 0, blankRate: 0 }, firings: 1, blanks: 0 },
  ])('$name', ({ rates, firings, blanks }) => {
    const gas = runtime(NO_LATENCY, 1, rates);
    const formId = gas.run<string>('setup');
    const { responseId, execution } = gas.submitForm(formId, { email: 'a@example.org', answers: { Lieu: 'Monclar', Œufs: '2' } });
    expect(execution).toHaveLength(firings);
    const events = gas.run<{ id: string; email: string }[]>('seen');
    expect(events.filter((e) => e.id === responseId)).toHaveLength(firings - blanks);
    expect(events.filter((e) => e.id !== responseId && e.email === '')).toHaveLength(blanks);
  });

  test('an edit through the edit link draws its extra firings too', () => {
    const gas = runtime(NO_LATENCY, 1, { duplicateRate: 1, blankRate: 0 });
    const formId = gas.run<string>('setup');
    const { responseId } = gas.submitForm(formId, { email: 'a@example.org', answers: { Lieu: 'Monclar' } });
    expect(gas.editResponse(responseId, { Œufs: '3' }).execution).toHaveLength(2);
  });

  test('they are on by default, and the same seed replays the same ones', () => {
    const runs = [undefined, undefined].map(() => {
      const gas = new LocalAppsScript({ now: NOW, latency: NO_LATENCY });
      gas.loadFile('Code.gs', SCRIPT);
      const formId = gas.run<string>('setup');
      return submitAll(gas, formId, 60).map((r) => r.execution.length);
    });
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0].filter((n) => n > 1).length).toBeGreaterThan(0);
    expect(runs[0].filter((n) => n === 1).length).toBeGreaterThan(50);
  });

  test('another seed draws other ones', () => {
    const draws = [1, 2].map((seed) => {
      const gas = runtime(NO_LATENCY, 1, { seed, duplicateRate: 0.5, blankRate: 0.5 });
      const formId = gas.run<string>('setup');
      return submitAll(gas, formId, 20).map((r) => r.execution.length);
    });
    expect(draws[0]).not.toEqual(draws[1]);
  });

  test.each([-0.1, 1.5, Number.NaN])('a rate of %p is refused', (rate) => {
    expect(() => new LocalAppsScript({ now: NOW, submitFirings: { duplicateRate: rate } })).toThrow('between 0 and 1');
  });
});

describe('time triggers', () => {
  test('advanceTo fires due triggers in order, each as its own execution with the time event (jitter off)', () => {
    const gas = runtime(NO_LATENCY, false);
    gas.run('schedule');
    const fired = gas.advanceTo(NOW + 150 * MINUTE);
    expect(fired.map((e) => [e.name, e.startedAt - NOW])).toEqual([['tick', 60 * MINUTE], ['deadline', 90 * MINUTE], ['tick', 120 * MINUTE]]);
    expect(fired.every((e) => e.kind === 'trigger' && e.trigger === 'time')).toBe(true);
    expect(gas.logs).toEqual(['tick 10:0', 'deadline authMode,day-of-month,day-of-week,hour,minute,month,second,timezone,triggerUid,week-of-year,year', 'tick 11:0']);
    expect(gas.triggers.list().map((t) => t.handler)).toEqual(['tick']);
    expect(gas.clock.now()).toBe(NOW + 150 * MINUTE);
  });
});

describe('concurrent executions', () => {
  test('a later execution waits for the lock until the earlier one ended, or times out past its wait', () => {
    const gas = runtime();
    gas.runConcurrently([() => gas.run('locked', 20_000), () => gas.run('locked', 1_000), () => gas.run('locked', 1_000)]);
    const [a, b, c] = gas.executions;
    expect([a.startedAt, b.startedAt, c.startedAt]).toEqual([NOW, NOW, NOW]);
    expect(a.endedAt).toBe(NOW + 20_000);
    expect(b).toMatchObject({ endedAt: NOW + 21_000 });
    expect(b.error).toBeUndefined();
    // The third waits for the first (20 s) then the second (21 s): 21 s is within 30 s.
    expect(c.endedAt).toBe(NOW + 22_000);
    expect(gas.clock.now()).toBe(NOW + 22_000);
  });

  test('a call whose second execution starts later (a duplicate firing) still holds the next calls back', () => {
    // One after the other: the order of the records is what this test reads.
    const gas = new LocalAppsScript({ now: NOW, latency: NO_LATENCY, submitFirings: false, interleave: false });
    gas.loadFile('Code.gs', SCRIPT);
    gas.runConcurrently([
      () => gas.run('locked', 10_000),
      () => { gas.run('locked', 1_000); gas.run('bump'); },
      () => gas.run('locked', 1_000),
    ]);
    const last = gas.executions.at(-1)!;
    expect([last.startedAt, last.endedAt]).toEqual([NOW, NOW + 12_000]);
  });

  test('an execution whose wait exceeds its timeout fails with the lock timeout', () => {
    const gas = runtime();
    gas.runConcurrently([() => gas.run('locked', 45_000), () => gas.run('locked', 1_000)]);
    expect(gas.executions[1].error).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(gas.executions[1].endedAt).toBe(NOW + 30_000);
  });

  test('an outside holder delays the next execution', () => {
    const gas = runtime();
    gas.locks.holdScriptLockUntil(NOW + 40_000);
    expect(() => gas.run('locked', 0)).toThrow('Lock timeout');
  });
});

describe('accounting', () => {
  test('an execution counts its calls by method, service and kind, and models their time', () => {
    const gas = runtime({ ...NO_LATENCY, perCall: { ...NO_LATENCY.perCall, rpc: 30 } });
    gas.run('setup');
    const counts = gas.executions.at(-1)!.counts;
    expect(counts.byMethod).toMatchObject({ 'FormApp.create': 1, 'Form.addTextItem': 1, 'FormTriggerBuilder.create': 1, 'Properties.setProperty': 1 });
    expect(counts.byService.FormApp).toBeGreaterThan(5);
    expect(counts.byKind.rpc).toBe(counts.calls - counts.byKind.lookup - counts.byKind.read - counts.byKind.write);
    expect(counts.modeledMs).toBe(30 * counts.byKind.rpc);
    expect(counts.byMethod['TextValidationBuilder.requireWholeNumber']).toBeUndefined();
    expect(counts.localCalls).toBeGreaterThan(0);
  });
});

describe('time triggers under jitter (the default)', () => {
  test('each firing lands within 15 minutes of its time, in order, and the same seed replays it', () => {
    const fire = (seed: number) => {
      const gas = runtime(NO_LATENCY, seed);
      gas.run('schedule');
      return gas.advanceTo(NOW + 200 * MINUTE).map((e) => [e.name, e.startedAt - NOW] as const);
    };
    const fired = fire(5);
    expect(fired.map(([name]) => name)).toEqual(['tick', 'deadline', 'tick', 'tick']);
    const nominal = [60, 90, 120, 180].map((m) => m * MINUTE);
    fired.forEach(([, at], i) => expect(Math.abs(at - nominal[i])).toBeLessThanOrEqual(15 * MINUTE));
    expect(fired.some(([, at], i) => at !== nominal[i])).toBe(true);
    expect(fire(5)).toEqual(fired);
  });
});

