// The daily total runtime of triggers: 90 min on a consumer account, 6 h on Workspace, reset 24 hours
// after the day's first trigger, and "Service using too much computer time for one day." past it.
// https://developers.google.com/apps-script/guides/services/quotas
import { LocalAppsScript } from '../../src/local-apps-script/runtime';
import { type AccountKind, TriggerRuntimeQuota } from '../../src/local-apps-script/trigger-runtime-quota';
import { NO_LATENCY } from './support/service-env';

const NOW = Date.UTC(2026, 11, 7, 9, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MESSAGE = 'Service using too much computer time for one day.';

// `work` takes five minutes (the longest sleep allowed) then makes one service call.
const SCRIPT = `
function work() { Utilities.sleep(300000); return SpreadsheetApp.getActive().getName(); }
`;

function runtime(account?: AccountKind) {
  const gas = new LocalAppsScript({ now: NOW, latency: NO_LATENCY, ...(account ? { account } : {}) });
  gas.loadFile('Code.gs', SCRIPT);
  return gas;
}

/** Fires `work` as a time trigger `count` times, one right after the other. */
function fire(gas: LocalAppsScript, count: number) {
  return Array.from({ length: count }, () => gas.runTrigger('work', 'time', () => ({})));
}

describe('TriggerRuntimeQuota', () => {
  test.each([
    { account: 'consumer' as const, limit: 90 * MINUTE },
    { account: 'workspace' as const, limit: 6 * HOUR },
  ])('a $account account has $limit ms of trigger runtime a day', ({ account, limit }) => {
    const quota = new TriggerRuntimeQuota(account);
    expect(quota.remainingMs(NOW)).toBe(limit);
    quota.charge(NOW, 10 * MINUTE, false);
    expect(quota.remainingMs(NOW + HOUR)).toBe(limit - 10 * MINUTE);
  });

  test.each([
    { label: 'one minute before the day ends', at: NOW + 24 * HOUR - MINUTE, left: 0 },
    { label: 'when the 24 hours after the first trigger are over', at: NOW + 24 * HOUR, left: 90 * MINUTE },
  ])('$left ms are left $label', ({ at, left }) => {
    const quota = new TriggerRuntimeQuota();
    quota.charge(NOW, 90 * MINUTE, false);
    expect(quota.remainingMs(at)).toBe(left);
  });
});

describe('in the runtime', () => {
  test('a consumer account runs 18 five-minute triggers a day, then refuses with Google\'s message', () => {
    const gas = runtime();
    const records = fire(gas, 19);
    expect(records.slice(0, 18).every((r) => r.error === undefined)).toBe(true);
    expect(records[18]).toMatchObject({ error: MESSAGE });
    expect(records[18].endedAt).toBe(records[18].startedAt);
    expect(gas.triggerRuntime.days()).toEqual([{ start: NOW, usedMs: 90 * MINUTE, executions: 18, refused: 1 }]);
  });

  test('a trigger that runs the day\'s rest out fails at its next service call', () => {
    const gas = runtime();
    fire(gas, 17);
    gas.triggerRuntime.charge(gas.clock.now(), MINUTE, false); // 86 minutes used: 4 left
    const [cut] = fire(gas, 1);
    expect(cut.error).toBe(MESSAGE);
    expect(gas.triggerRuntime.days()[0]).toMatchObject({ usedMs: 91 * MINUTE, refused: 1 });
  });

  test('a Workspace account runs the 19th five-minute trigger of the day', () => {
    const gas = runtime('workspace');
    expect(fire(gas, 19).every((r) => r.error === undefined)).toBe(true);
  });

  test('the quota resets 24 hours after the day\'s first trigger', () => {
    const gas = runtime();
    fire(gas, 19);
    gas.clock.advanceTo(NOW + 24 * HOUR - MINUTE);
    expect(fire(gas, 1)[0].error).toBe(MESSAGE);
    gas.clock.advanceTo(NOW + 24 * HOUR);
    expect(fire(gas, 1)[0].error).toBeUndefined();
    expect(gas.triggerRuntime.days().map((d) => [d.start, d.usedMs])).toEqual([[NOW, 90 * MINUTE], [NOW + 24 * HOUR, 5 * MINUTE]]);
  });

  test('a function run from the editor or a menu does not use the triggers\' quota', () => {
    const gas = runtime();
    fire(gas, 19);
    expect(gas.run('work')).toBe('Cabas');
    expect(gas.triggerRuntime.days()[0].usedMs).toBe(90 * MINUTE);
  });
});
