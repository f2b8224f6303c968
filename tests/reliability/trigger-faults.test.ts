import { parseStatus } from '../../src/core/workbook/tables';
// Faults Google and the platform cause: duplicate and blank trigger firings, 50 submissions
// contending for the script lock, the e-mail quota running out mid-send, an execution killed at
// any service call of the close or of the sending, the 6-minute limit on a huge group.
// Nothing is lost, nothing is sent twice; what may have left is flagged, not resent.
import { CabasDriver } from '../../src/cli/cabas-driver';
import { generateGroup } from '../../src/cli/bench/generate-group';
import { DEFAULT_LATENCY, type LatencyModel } from '../../src/local-apps-script/latency-model';
import {
  DAY, DEADLINE, DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, PICKUP, SEPTFONDS, closeAndDeliver, failedExecutions, liveLines, openGroup, tabRows,
} from './support/reliability-group';
import { FULL_RELIABILITY, killPoints } from './support/kill-points';

export const faultCounts = { kills: 0, lockContenders: 0, deferred: 0 };

/** Three orders that fill one case of oil, use the basket stock and split tomatoes over both sites. */
/** The close's resume triggers still installed. */
const resumeTriggers = (driver: CabasDriver) => driver.gas.triggers.list().filter((t) => t.handler === 'onResumeCloseTrigger').map((t) => t.handler);

function threeOrders(driver: CabasDriver): void {
  driver.submit('alice@example.org', { 'HUI-NOI': 2, 'LEG-TOM': 2 }, { site: MONCLAR, tolerance: 3, at: OPEN_AT + HOUR });
  driver.submit('bruno@example.org', { 'HUI-NOI': 3, 'LEG-PAN': 3 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
  driver.submit('chloe@example.org', { 'HUI-NOI': 2, 'LEG-PAN': 2, 'LEG-TOM': '0,5' }, { site: SEPTFONDS, tolerance: 2, at: OPEN_AT + 3 * HOUR });
}

/** What every closed cycle of `threeOrders` must have e-mailed, by outbox key prefix and recipient. */
const CLOSING_MAILS = [
  'member-summary|alice@example.org', 'member-summary|bruno@example.org', 'member-summary|chloe@example.org',
  'producer-order|ruisseau@example.org', 'producer-order|noyers@example.org', 'digest|coordination@example.org',
];

function sentOnce(driver: CabasDriver): void {
  const keys = driver.gas.mail.sent.map((m) => `${m.to}|${m.subject}`);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
}

afterAll(() => {
  // The figures docs/reliability.md reports come from this line of a full run.
  console.log(`reliability: faults ${JSON.stringify(faultCounts)}`);
});

describe('duplicate and blank firings', () => {
  test('a blank firing and a duplicate of an accepted submission leave no trace', () => {
    const driver = openGroup();
    const id = driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    const before = { orders: tabRows(driver, 'Commandes'), outbox: tabRows(driver, 'Envois'), journal: tabRows(driver, 'Journal') };
    driver.gas.fireBlankSubmit(driver.state().formId);
    driver.gas.fireDuplicate(id);
    driver.gas.fireDuplicate(id);
    expect({ orders: tabRows(driver, 'Commandes'), outbox: tabRows(driver, 'Envois'), journal: tabRows(driver, 'Journal') }).toEqual(before);
    expect(failedExecutions(driver)).toEqual([]);
  });

  // Found by this suite (a refusal was journaled and e-mailed again at each duplicate firing);
  // fixed by the lead in 0acfd04: refusals are deduplicated by key.
  test('a duplicate firing of a refused submission sends the refusal once', () => {
    const driver = openGroup();
    const id = driver.submit('zoe@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.gas.fireDuplicate(id);
    expect(driver.gas.mail.sent.filter((m) => m.to === 'zoe@example.org')).toHaveLength(1);
    expect(tabRows(driver, 'Journal').filter((r) => r['Qui'] === 'zoe@example.org')).toHaveLength(1);
  });
});

describe('an order the stock caps to nothing', () => {
  // Found by the full random run (an order whose every line was capped to zero by the remaining
  // stock left no trace for the coordinator, who could not see the unmet demand); fixed: a Journal
  // warning with the e-mail, the response id and the caps (docs/reliability.md).
  test('is journaled for the coordinator', () => {
    const driver = openGroup();
    driver.submit('alice@example.org', { 'LEG-PAN': 3 }, { site: MONCLAR, at: OPEN_AT + HOUR });
    driver.submit('chloe@example.org', { 'LEG-PAN': 2 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
    const id = driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 3 * HOUR });
    expect(driver.gas.mail.sent.find((m) => m.to === 'bruno@example.org')?.body).toMatch(/plus en stock/);
    expect(id).toBeTruthy();
    expect(tabRows(driver, 'Journal').some((r) => r['Qui'] === 'bruno@example.org' && /stock est épuisé/.test(String(r['Détail'])) && !String(r['Détail']).includes(id))).toBe(true);
  });
});

describe('fifty submissions contending for the script lock', () => {
  // Fifty members submit at the same instant; their executions interleave at service calls (the
  // runtime's seeded scheduler), as Apps Script runs up to 30 at once.
  test.each([{ seed: 1 }, { seed: 2 }, { seed: 3 }])('seed $seed: each member ends with one order, one confirmation and a rank of their own', ({ seed }) => {
    const group = generateGroup({ households: 60, products: 10, seed: 7 });
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: group.snapshot, mailQuota: 10_000, interleave: { seed } });
    driver.install(false);
    expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
    const product = group.products.find((p) => p.stock === null && p.maxPerMember === null && p.caseSize === null)!;
    const members = group.members.slice(0, 50);
    driver.gas.advanceTo(OPEN_AT + HOUR);
    const before = driver.gas.executions.length;
    driver.gas.runConcurrently(members.map((m) => () => { driver.submit(m.email, { [product.ref]: 1 }, { site: m.site }); }));
    const batch = driver.gas.executions.slice(before);
    const deferred = batch.filter((e) => e.trigger === 'form-submit').length - new Set(tabRows(driver, 'Commandes').map((r) => r['E-mail'])).size;
    faultCounts.lockContenders += members.length;
    faultCounts.deferred += deferred;
    expect(deferred).toBeGreaterThan(0); // the lock was really contended
    expect(batch.filter((e) => e.interleavedAt !== undefined).length).toBeGreaterThan(0); // and the executions interleaved
    driver.gas.advanceBy(2 * HOUR);
    const lines = liveLines(driver);
    expect(members.filter((m) => lines.filter((r) => r['E-mail'] === m.email).length !== 1)).toEqual([]);
    expect(lines).toHaveLength(50);
    expect(new Set(lines.map((r) => r['Rang'])).size).toBe(50);
    expect(members.filter((m) => driver.gas.mail.sent.filter((s) => s.to === m.email).length !== 1)).toEqual([]);
    expect(tabRows(driver, 'Envois').filter((r) => r['Statut'] !== 'envoyé')).toEqual([]);
    expect(Object.keys(driver.gas.properties.service.getScriptProperties().getProperties()).filter((k) => k.startsWith('cabas.pending.'))).toEqual([]);
    expect(failedExecutions(driver)).toEqual([]);
  });

  // Deferral runs without the lock (it could not be had): a property per submission, then the retry
  // trigger replaced (list, delete, create), a read-modify-write that interleaved deferrals race on.
  test('thirty submissions deferred at once, interleaved in the deferral itself, are all recorded and leave one retry trigger', () => {
    const group = generateGroup({ households: 60, products: 10, seed: 7 });
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: group.snapshot, mailQuota: 10_000, interleave: { seed: 300 } });
    driver.install(false);
    expect(driver.open({ deadline: DEADLINE, pickup: PICKUP })).toMatchObject({ ok: true });
    const product = group.products.find((p) => p.stock === null && p.maxPerMember === null && p.caseSize === null)!;
    const members = group.members.slice(0, 30);
    driver.gas.advanceTo(OPEN_AT + HOUR);
    driver.gas.locks.holdScriptLockUntil(OPEN_AT + HOUR + 5 * 60 * 1000);
    const before = driver.gas.executions.length;
    driver.gas.runConcurrently(members.map((m) => () => { driver.submit(m.email, { [product.ref]: 1 }, { site: m.site }); }));
    const switches = driver.gas.executions.slice(before).map((e) => e.interleavedAt ?? '');
    expect(switches.filter((at) => at.startsWith('ScriptApp.') || at.startsWith('ClockTriggerBuilder.')).length).toBeGreaterThan(0);
    expect(driver.gas.triggers.list().filter((t) => t.handler === 'onPendingSubmissionsTrigger')).toHaveLength(1);
    driver.gas.advanceBy(2 * HOUR);
    const lines = liveLines(driver);
    expect(members.filter((m) => lines.filter((r) => r['E-mail'] === m.email).length !== 1)).toEqual([]);
    expect(driver.gas.triggers.list().filter((t) => t.handler === 'onPendingSubmissionsTrigger')).toHaveLength(0);
    expect(failedExecutions(driver)).toEqual([]);
  });

  // Found by this suite (a retry that met the lock scheduled nothing: the submission stayed in the
  // properties for ever); fixed by the lead in 0acfd04: the retry keeps retrying while the lock is busy.
  test('a submission deferred while another execution holds the lock for ten minutes is still recorded', () => {
    const driver = openGroup();
    driver.gas.advanceTo(OPEN_AT + HOUR);
    driver.gas.locks.holdScriptLockUntil(OPEN_AT + HOUR + 10 * 60 * 1000);
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR });
    expect(liveLines(driver)).toHaveLength(0);
    driver.gas.advanceBy(3 * HOUR);
    expect(liveLines(driver).map((r) => r['E-mail'])).toEqual(['alice@example.org']);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

describe('the e-mail quota runs out mid-send', () => {
  test('the rest goes the next day, each e-mail exactly once', () => {
    // Four e-mails a day: the six closing e-mails cannot all leave on the day of the close.
    const driver = openGroup({ mailQuota: 4 });
    threeOrders(driver);
    driver.gas.advanceTo(DEADLINE_MS + HOUR);
    expect(tabRows(driver, 'Envois').filter((r) => r['Statut'] === 'en attente').length).toBeGreaterThan(0);
    driver.gas.advanceTo(DEADLINE_MS + 2 * DAY);
    sentOnce(driver);
    expect(tabRows(driver, 'Envois').filter((r) => r['Statut'] !== 'envoyé')).toEqual([]);
    expect(driver.gas.mail.sent).toHaveLength(tabRows(driver, 'Envois').length);
  });
});

/** How many service calls an undisturbed run of `phase` makes, to kill it at every one of them. */
function callsOf(phase: 'close' | 'send'): number {
  const driver = openGroup();
  threeOrders(driver);
  driver.gas.advanceTo(driver.nextFiring('onDeadlineTrigger')! + 1000);
  if (phase === 'close') return driver.gas.executions.find((e) => e.name === 'onDeadlineTrigger')!.counts.calls;
  driver.gas.advanceTo(driver.nextFiring('onSendSoonTrigger')! + 1000);
  return driver.gas.executions.find((e) => e.name === 'onSendSoonTrigger')!.counts.calls;
}

describe('an execution killed half-way', () => {
  const closeCalls = callsOf('close');
  const sendCalls = callsOf('send');

  test('the undisturbed close and send make enough calls for the kills below to matter', () => {
    expect(closeCalls).toBeGreaterThan(10);
    expect(sendCalls).toBeGreaterThan(6);
  });

  test.each(killPoints(closeCalls))('the close killed at its call $n: the next run finishes, nothing lost, nothing twice', ({ n }) => {
    const driver = openGroup();
    threeOrders(driver);
    // The close runs when its trigger fires (a little after the deadline, as Google's do).
    const closesAt = driver.nextFiring('onDeadlineTrigger')!;
    driver.gas.advanceTo(closesAt - 1000);
    driver.gas.accounting.killAtNthCall(n);
    driver.gas.advanceTo(closesAt + 1000);
    faultCounts.kills += 1;
    // The coordinator sees the failure e-mail from Google and closes from the menu (the kill may
    // land there instead when the close made fewer calls this time: Google's alert, then again).
    try {
      driver.run('closeCycleNow');
    } catch {
      driver.run('closeCycleNow');
    }
    closeAndDeliver(driver);
    expect(driver.gas.executions.filter((e) => /killed/.test(e.error ?? ''))).toHaveLength(1);
    expectClosedAndDelivered(driver);
    // Killed at its very end (after the state said sent), the close's resume used to fire every few
    // minutes for good: a close that is done leaves none.
    expect(resumeTriggers(driver)).toEqual([]);
  });

  test('« Clôturer » clicked again on a cycle already sent repairs what it must and leaves no resume behind', () => {
    const driver = openGroup();
    threeOrders(driver);
    closeAndDeliver(driver);
    driver.run('closeCycleNow');
    const before = driver.gas.executions.length;
    driver.gas.advanceTo(DEADLINE_MS + 6 * DAY);
    expect(resumeTriggers(driver)).toEqual([]);
    expect(driver.gas.executions.slice(before).filter((e) => e.name === 'onResumeCloseTrigger')).toEqual([]);
    expectClosedAndDelivered(driver);
  });

  test.each(killPoints(sendCalls))('the sending killed at its call $n: the next hourly run finishes; a message that may have left is flagged, not resent', ({ n }) => {
    const driver = openGroup();
    threeOrders(driver);
    driver.gas.advanceTo(driver.nextFiring('onDeadlineTrigger')! + 1000);
    driver.gas.accounting.killAtNthCall(n);
    driver.gas.advanceTo(driver.nextFiring('onSendSoonTrigger')! + 1000);
    faultCounts.kills += 1;
    closeAndDeliver(driver);
    expect(driver.gas.executions.filter((e) => e.error).map((e) => [e.name, /killed/.test(e.error!)])).toEqual([['onSendSoonTrigger', true]]);
    expectClosedAndDelivered(driver);
  });

  // Found by this suite (killed between its state and the Cycles tab, the close left "clôturé" in
  // Cycles for ever); fixed by the lead in 0acfd04: a close on status 'sent' repairs Cycles and its sending.
  test('the close killed between its state and the Cycles tab: the next close says sent in Cycles', () => {
    let found = 0;
    for (let n = closeCalls; n > 0 && !found; n -= 1) {
      const driver = openGroup();
      threeOrders(driver);
      const closesAt = driver.nextFiring('onDeadlineTrigger')!;
      driver.gas.advanceTo(closesAt - 1000);
      driver.gas.accounting.killAtNthCall(n);
      driver.gas.advanceTo(closesAt + 1000);
      if (driver.state().catalog.cycle.status !== 'sent' || tabRows(driver, 'Cycles')[0]['Statut'] === 'envoyé') continue;
      found = n;
      driver.run('closeCycleNow');
      expect(tabRows(driver, 'Cycles')[0]['Statut']).toBe('envoyé');
    }
    expect(found).toBeGreaterThan(0);
  });

  // Found by this suite (the close's one-off sending trigger replaced the hourly one: an outbox run
  // killed early left the closing e-mails with no trigger until someone clicked "Envoyer"); fixed:
  // the one-off run has its own handler (onSendSoonTrigger) and the hourly trigger stays.
  test('the sending killed at its first call: no e-mail waits without a trigger to send it', () => {
    const driver = openGroup();
    threeOrders(driver);
    driver.gas.advanceTo(driver.nextFiring('onDeadlineTrigger')! + 1000);
    driver.gas.accounting.killAtNthCall(1);
    // Nobody clicks anything (a "Clôturer" would repair it since 0acfd04): the triggers alone must finish.
    closeAndDeliver(driver);
    expect(stranded(driver)).toBe(false);
    expect(tabRows(driver, 'Envois').filter((r) => r['Statut'] === 'en attente')).toEqual([]);
  });
});

/** Whether e-mails wait in Envois with no trigger left to send them (the defect fixed above). */
function stranded(driver: CabasDriver): boolean {
  const waiting = tabRows(driver, 'Envois').some((r) => r['Statut'] === 'en attente');
  return waiting && !driver.gas.triggers.app.getProjectTriggers().some((t) => ['onOutboxTrigger', 'onSendSoonTrigger'].includes(t.getHandlerFunction()));
}

/**
 * The cycle is sent by the triggers alone; every closing e-mail is in Envois once and left once,
 * or is flagged as uncertain in Envois and the Journal. Nothing is repaired here: an e-mail left
 * waiting without a trigger fails the test.
 */
function expectClosedAndDelivered(driver: CabasDriver): void {
  expect(stranded(driver)).toBe(false);
  sentOnce(driver);
  const outbox = tabRows(driver, 'Envois');
  expect(outbox.filter((r) => r['Statut'] !== 'envoyé' && r['Statut'] !== 'échec')).toEqual([]);
  for (const expected of CLOSING_MAILS) {
    const [kind, to] = expected.split('|');
    const rows = outbox.filter((r) => parseStatus('emailKind', String(r['Type'])) === kind && r['Destinataire'] === to);
    expect({ expected, rows: rows.length }).toEqual({ expected, rows: 1 });
    const sent = driver.gas.mail.sent.filter((m) => m.to === to && m.subject === rows[0]['Objet']).length;
    if (rows[0]['Statut'] === 'échec') {
      // Flagged for the coordinator: in Envois and the Journal, never resent on a guess.
      expect(sent).toBeLessThanOrEqual(1);
      expect(tabRows(driver, 'Journal').some((j) => j['Qui'] === to && String(j['Détail']).includes(String(rows[0]['Objet'])))).toBe(true);
    } else expect({ expected, sent }).toEqual({ expected, sent: 1 });
  }
  expect(driver.state().catalog.cycle.status).toBe('sent');
  expect(tabRows(driver, 'Cycles')[0]['Statut']).toBe('envoyé');
  const oil = liveLines(driver).filter((l) => l['Réf'] === 'HUI-NOI').reduce((n, l) => n + Number(l['Attribué'] || 0), 0);
  expect(oil).toBe(12);
}

describe('the 6-minute limit on a huge group', () => {
  // `npm run test:reliability`: 300 households on days 100 and 130 times slower. `npm test`: 80
  // households on days 250 and 330 times slower, the same story (the close resumes once, then
  // twice); fewer households would need slower days, on which one step alone outlasts 6 minutes.
  const size = FULL_RELIABILITY ? { households: 300, slow: 100, slower: 130 } : { households: 80, slow: 250, slower: 330 };
  /** The households order; the close runs on a day when every call but sending is `factor` times slower. */
  const run = (factor: number) => {
    const group = generateGroup({ households: size.households, products: 40, seed: 11 });
    const driver = new CabasDriver({ now: OPEN_AT, spreadsheet: group.snapshot, mailQuota: 10_000 });
    driver.install(false);
    driver.open({ deadline: DEADLINE, pickup: PICKUP });
    const product = group.products.find((p) => p.stock === null && p.maxPerMember === null && p.caseSize === null)!;
    group.members.forEach((m, i) => driver.submit(m.email, { [product.ref]: 1 + (i % 3) }, { site: m.site, at: OPEN_AT + HOUR + i * 60 * 1000 }));
    driver.gas.accounting.latency = scaled(DEFAULT_LATENCY, factor);
    driver.gas.advanceTo(DEADLINE_MS + 6 * HOUR);
    return driver;
  };
  const generated = (d: CabasDriver) => d.snapshot().sheets.filter((s) => s.name.startsWith('Distribution') || s.name === 'Commandes').map((s) => [s.name, s.values]);
  const fast = run(1);

  test('a close too long for one execution resumes through its resume trigger and ends like an undisturbed one', () => {
    const slow = run(size.slow);
    expect(failedExecutions(slow)).toEqual([]);
    expect(slow.gas.executions.filter((e) => e.name === 'onResumeCloseTrigger').length).toBeGreaterThan(0);
    expect(generated(slow)).toEqual(generated(fast));
    expect(tabRows(slow, 'Cycles')[0]['Statut']).toBe('envoyé');
  });

  // Found by this suite (each resume started again from the first tab and ran out of time at the
  // same place, for ever); fixed by the lead in 0acfd04: a resumed close carries on from the tabs written.
  test('a close that needs several resumes still ends', () => {
    const slower = run(size.slower);
    expect(slower.gas.executions.filter((e) => e.name === 'onResumeCloseTrigger').length).toBeGreaterThan(1);
    expect(tabRows(slower, 'Cycles')[0]['Statut']).toBe('envoyé');
    expect(generated(slower)).toEqual(generated(fast));
  });
});

/** The latency model with every cost times `factor`, but sending an e-mail (a slow day for Sheets, not for Gmail). */
function scaled(model: LatencyModel, factor: number): LatencyModel {
  const times = (r: Record<string, number>, keep: (k: string) => boolean) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, keep(k) ? v : v * factor]));
  return {
    ...model, perCall: times(model.perCall, () => false) as LatencyModel['perCall'], perMethod: times(model.perMethod, (k) => k.endsWith('.sendEmail')),
    perCellRead: model.perCellRead * factor, perCellWritten: model.perCellWritten * factor,
  };
}
