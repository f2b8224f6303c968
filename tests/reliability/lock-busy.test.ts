// The script lock held by another execution for longer than Cabas waits (30 s): a burst of
// submissions at the deadline, a long sending. Google's `waitLock` then throws « Lock timeout »
// (Lock reference, developers.google.com/apps-script/reference/lock/lock). Found by this suite: the
// deadline's close failed on it with no resume, and the cycle stayed open for good; a menu item
// showed Google's English message. Now the close runs again a minute later, the reminder's and the
// duties' retries stay armed, and a menu item says in the group's language that nothing changed.
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { DEADLINE, DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, PICKUP, ACTIVE_MEMBERS, failedExecutions, openGroup, tabRows } from './support/reliability-group';

const MINUTE = 60_000;
const REMINDER_MS = DEADLINE_MS - 24 * HOUR;

const statusOf = (driver: CabasDriver) => tabRows(driver, 'Cycles').map((r) => r['Statut']);
const resumes = (driver: CabasDriver) => driver.gas.triggers.list().filter((t) => t.handler === 'onResumeCloseTrigger');
const alerts = (driver: CabasDriver) => driver.gas.ui.alerts.map((a) => `${a.title} ${a.message}`.trim());

function withOrders(): CabasDriver {
  const driver = openGroup();
  driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  driver.submit('bruno@example.org', { 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR });
  return driver;
}

describe('the deadline meets a busy script lock', () => {
  test.each([
    { held: '20 minutes', ms: 20 * MINUTE },
    { held: '3 hours', ms: 3 * HOUR },
  ])('held $held past the deadline: the close runs once the lock is free, and the members get their summaries', ({ ms }) => {
    const driver = withOrders();
    driver.gas.advanceTo(DEADLINE_MS - MINUTE);
    driver.gas.locks.holdScriptLockUntil(DEADLINE_MS + ms);
    driver.gas.advanceTo(DEADLINE_MS + ms - MINUTE);
    expect(statusOf(driver)).toEqual(['ouvert']); // it waited: nothing was closed under another's lock
    expect(resumes(driver)).toHaveLength(1); // and one resume is armed, not one per try
    driver.gas.advanceTo(DEADLINE_MS + ms + HOUR);
    expect(statusOf(driver)).toEqual(['envoyé']);
    expect(resumes(driver)).toEqual([]);
    expect(driver.gas.mail.sent.filter((m) => /ruisseau|noyers/.test(m.to))).not.toEqual([]);
    expect(['alice@example.org', 'bruno@example.org'].map((e) => driver.gas.mail.sent.filter((m) => m.to === e).length)).toEqual([2, 2]); // confirmation and summary, once each
    expect(failedExecutions(driver)).toEqual([]);
  });
});

describe('a coordinator meets a busy script lock', () => {
  test('« Clôturer maintenant » says the close will happen by itself, and it does', () => {
    const driver = withOrders();
    driver.gas.advanceTo(OPEN_AT + 3 * HOUR);
    driver.gas.locks.holdScriptLockUntil(OPEN_AT + 3 * HOUR + 5 * MINUTE);
    driver.gas.runMenu('menuCloseNow');
    expect(alerts(driver).at(-1)).toMatch(/^Clôture Cabas est occupé .* la clôture se fera automatiquement dans une minute/);
    expect(statusOf(driver)).toEqual(['ouvert']);
    driver.gas.advanceBy(HOUR);
    expect(statusOf(driver)).toEqual(['envoyé']);
    expect(resumes(driver)).toEqual([]);
    expect(failedExecutions(driver)).toEqual([]);
  });

  test('« Envoyer la commande » is not turned into a plain close: it asks to try again', () => {
    const driver = withOrders();
    driver.gas.advanceTo(OPEN_AT + 3 * HOUR);
    driver.gas.locks.holdScriptLockUntil(OPEN_AT + 3 * HOUR + 5 * MINUTE);
    driver.gas.runMenu('menuFinalize');
    expect(alerts(driver).at(-1)).toMatch(/Rien n’a été changé\s:\sréessayez dans une minute/);
    expect(resumes(driver)).toEqual([]);
    expect(statusOf(driver)).toEqual(['ouvert']);
  });

  test.each([
    { item: 'menuOpenCycle', before: (d: CabasDriver) => { d.run('closeCycleNow'); d.gas.ui.queueButton('YES'); d.gas.runMenu('menuArchiveCycle'); for (const a of [DEADLINE, PICKUP, '']) d.gas.ui.queuePrompt(a); } },
    { item: 'menuRepair', before: () => undefined },
  ])('$item says, in French, that nothing changed', ({ item, before }) => {
    const driver = withOrders();
    before(driver);
    const cycles = tabRows(driver, 'Cycles');
    driver.gas.locks.holdScriptLockUntil(driver.gas.clock.now() + 5 * MINUTE);
    driver.gas.runMenu(item);
    expect(alerts(driver).at(-1)).toMatch(/Cabas est occupé par une autre opération .* Rien n’a été changé\s:\sréessayez dans une minute\.$/);
    expect(tabRows(driver, 'Cycles')).toEqual(cycles);
    expect(failedExecutions(driver)).toEqual([]);
  });
});

test('the reminder waits out a busy lock and still leaves before the deadline', () => {
  const driver = withOrders();
  driver.gas.advanceTo(REMINDER_MS - 20 * MINUTE);
  driver.gas.locks.holdScriptLockUntil(REMINDER_MS + 20 * MINUTE);
  driver.gas.advanceTo(DEADLINE_MS - MINUTE);
  const reminded = ACTIVE_MEMBERS.filter((e) => driver.gas.mail.sent.some((m) => m.to === e && /^Pensez à commander/.test(m.subject)));
  expect(reminded).toEqual(ACTIVE_MEMBERS.filter((e) => !['alice@example.org', 'bruno@example.org'].includes(e)));
  expect(driver.gas.triggers.list().filter((t) => t.handler === 'onReminderTrigger')).toEqual([]);
  expect(failedExecutions(driver)).toEqual([]);
});
