// The reminder run killed at any of its service calls: the reminders still go, before the
// deadline, once each, and the Journal says they went (issue 20, item 11).
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { killPoints } from './support/kill-points';
import { ACTIVE_MEMBERS, DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, failedExecutions, openGroup, tabRows } from './support/reliability-group';

/** The group open, alice has ordered: the four other active members are due a reminder. */
function oneOrder(): CabasDriver {
  const driver = openGroup();
  driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: MONCLAR, at: OPEN_AT + HOUR });
  return driver;
}

const DUE = ACTIVE_MEMBERS.filter((m) => m !== 'alice@example.org');
const reminders = (driver: CabasDriver, to: string) => driver.gas.mail.sent.filter((m) => m.to === to && m.at <= DEADLINE_MS);

/** How many service calls an undisturbed reminder run makes. */
function reminderCalls(): number {
  const driver = oneOrder();
  driver.gas.advanceTo(DEADLINE_MS - HOUR);
  const run = driver.gas.executions.filter((e) => e.name === 'onReminderTrigger');
  expect(run).toHaveLength(1);
  expect(DUE.map((m) => reminders(driver, m).length)).toEqual(DUE.map(() => 1));
  return run[0].counts.calls;
}

describe('the reminder run killed half-way', () => {
  const calls = reminderCalls();

  test('an undisturbed run makes enough calls for the kills below to matter', () => {
    expect(calls).toBeGreaterThan(5);
  });

  test.each(killPoints(calls))('killed at its call $n: every reminder still goes before the deadline, once, and is journaled', ({ n }) => {
    const driver = oneOrder();
    driver.gas.advanceTo(driver.nextFiring('onReminderTrigger')! - 1000);
    driver.gas.accounting.killAtNthCall(n);
    driver.gas.advanceTo(DEADLINE_MS - 60 * 1000);
    expect(failedExecutions(driver)).toEqual([expect.stringMatching(/^onReminderTrigger: .*killed/)]);
    expect(DUE.map((m) => [m, reminders(driver, m).length])).toEqual(DUE.map((m) => [m, 1]));
    expect(reminders(driver, 'alice@example.org')).toHaveLength(1); // her confirmation, no reminder
    expect(tabRows(driver, 'Journal').filter((r) => /rappel/i.test(String(r['Événement'])))).not.toEqual([]);
    // Nothing else leaves twice either.
    const keys = tabRows(driver, 'Envois').map((r) => r['Clé']);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
