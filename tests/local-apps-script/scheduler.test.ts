// The seeded scheduler of concurrent executions: executions of a batch interleave at service calls,
// so a read-modify-write without the script lock loses updates for some seeds, as it does in Apps
// Script (developers.google.com/apps-script/reference/lock/lock: "Without the Lock service, if two
// users submit the form at approximately the same time, the ticket numbers could end up the same").
import { LocalAppsScript } from '../../src/local-apps-script/runtime';
import type { InterleaveOptions } from '../../src/local-apps-script/scheduler';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
// npm test plays 8 seeds (each shape loses updates under several of them); with CABAS_RELIABILITY=full, 25.
const SEEDS = Array.from({ length: process.env.CABAS_RELIABILITY === 'full' ? 25 : 8 }, (_, i) => i + 1);
const EXECUTIONS = 10;

// The lock reference's own example (a ticket counter in script properties) and a "last row" append.
const SCRIPT = `
function appendRow(name) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var last = sheet.getLastRow();
  sheet.getRange(last + 1, 1).setValue(name);
}
function nextTicket() {
  var properties = PropertiesService.getScriptProperties();
  var ticket = Number(properties.getProperty('lastTicketNumber')) + 1;
  properties.setProperty('lastTicketNumber', String(ticket));
}
function appendRowLocked(name) {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  appendRow(name);
  lock.releaseLock();
}
function onOpen() {
  SpreadsheetApp.getActiveSpreadsheet().getSheets();
}
function nextTicketLocked() {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  nextTicket();
  lock.releaseLock();
}
`;

function runtime(interleave?: Partial<InterleaveOptions> | false): LocalAppsScript {
  const gas = new LocalAppsScript({ now: NOW, interleave });
  gas.loadFile('Code.gs', SCRIPT);
  return gas;
}

/** What is left after EXECUTIONS concurrent runs of `fn`: the rows appended, or the last ticket. */
function kept(fn: string, interleave?: Partial<InterleaveOptions> | false): { kept: number; interleaved: number } {
  const gas = runtime(interleave);
  gas.runConcurrently(Array.from({ length: EXECUTIONS }, (_, i) => () => { gas.run(fn, `m${i}`); }));
  expect(gas.executions.filter((e) => e.error !== undefined)).toEqual([]);
  const interleaved = gas.executions.filter((e) => e.interleavedAt !== undefined).length;
  if (fn.startsWith('appendRow')) {
    const names = gas.spreadsheet().getSheets()[0].getDataRange().getValues().map((r) => r[0]).filter((v) => v !== '');
    return { kept: new Set(names).size, interleaved };
  }
  return { kept: Number(gas.properties.service.getScriptProperties().getProperty('lastTicketNumber')), interleaved };
}

describe.each([
  { shape: 'append after the last row', naive: 'appendRow', locked: 'appendRowLocked' },
  { shape: 'increment a property counter', naive: 'nextTicket', locked: 'nextTicketLocked' },
])('$shape', ({ naive, locked }) => {
  test('without the script lock, updates are lost for some seeds', () => {
    const results = SEEDS.map((seed) => kept(naive, { seed }));
    expect(results.some((r) => r.kept < EXECUTIONS)).toBe(true);
    expect(results.every((r) => r.kept >= 1 && r.kept <= EXECUTIONS)).toBe(true);
  });

  test('under the script lock, nothing is lost whatever the seed, although executions interleave', () => {
    const results = SEEDS.map((seed) => kept(locked, { seed }));
    expect(results.map((r) => r.kept)).toEqual(SEEDS.map(() => EXECUTIONS));
    expect(results.some((r) => r.interleaved > 0)).toBe(true);
  });

  test('with interleaving off, executions run one after the other and nothing is lost', () => {
    expect(kept(naive, false)).toEqual({ kept: EXECUTIONS, interleaved: 0 });
  });
});

describe('the scheduler', () => {
  test('the same seed gives the same interleaving', () => {
    const order = (seed: number) => {
      const gas = runtime({ seed });
      gas.runConcurrently(Array.from({ length: EXECUTIONS }, (_, i) => () => { gas.run('appendRow', `m${i}`); }));
      return gas.spreadsheet().getSheets()[0].getDataRange().getValues().map((r) => r[0]);
    };
    expect(order(7)).toEqual(order(7));
    expect(SEEDS.map(order).map((o) => JSON.stringify(o)).filter((o, i, all) => all.indexOf(o) === i).length).toBeGreaterThan(1);
  });

  test('an interleaved execution starts at the batch instant and its outer one resumes at its own time', () => {
    const gas = runtime({ seed: 3, probability: 1 });
    gas.runConcurrently([() => { gas.run('appendRow', 'a'); }, () => { gas.run('appendRow', 'b'); }]);
    const [inner, outer] = gas.executions;
    expect(inner.interleavedAt).toBe('SpreadsheetApp.getActiveSpreadsheet');
    expect(outer.interleavedAt).toBeUndefined();
    expect([inner.startedAt, outer.startedAt]).toEqual([NOW, NOW]);
    // Each execution's modeled time is its own: the outer one is not charged the inner one's calls.
    expect(outer.endedAt - outer.startedAt).toBeCloseTo(outer.counts.modeledMs, 3);
    expect(inner.endedAt - inner.startedAt).toBeCloseTo(inner.counts.modeledMs, 3);
    expect(gas.clock.now() - NOW).toBeCloseTo(Math.max(inner.counts.modeledMs, outer.counts.modeledMs), 3);
  });

  test('no execution runs inside one that holds a lock', () => {
    const gas = runtime({ probability: 1 });
    gas.runConcurrently([() => { gas.run('appendRowLocked', 'a'); }, () => { gas.run('appendRowLocked', 'b'); }]);
    // The only service call made before the lock is taken is waitLock itself (getScriptLock is local).
    expect(gas.executions.map((e) => e.interleavedAt)).toEqual(['Lock.waitLock', undefined]);
  });

  test('no execution runs inside a simple trigger (its LIMITED mode is the whole runtime\'s)', () => {
    const gas = runtime({ probability: 1 });
    gas.runConcurrently([() => { gas.runSimpleTrigger('onOpen'); }, () => { gas.run('appendRow', 'b'); }]);
    expect(gas.executions.map((e) => [e.name, e.interleavedAt])).toEqual([['onOpen', undefined], ['appendRow', undefined]]);
  });
});
