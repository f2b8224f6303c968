// The daily duties run killed at any of its service calls: Permanences gets each offer once, the
// coverage alert and each reminder still go, once each (issue 19).
import type { CabasDriver } from '../../src/cli/cabas-driver';
import { twoSitesWithVolunteers as group } from '../e2e/fixtures/two-sites-with-volunteers';
import { OPEN_AT } from '../e2e/fixtures/two-sites-small-group';
import { killPoints } from './support/kill-points';
import { failedExecutions, tabRows } from './support/reliability-group';

const HOUR = 3600 * 1000;
const ALERT_DAY = Date.parse('2026-12-08T06:00:00+01:00');
const REMINDER_DAY = Date.parse('2026-12-10T06:00:00+01:00');
// A run killed at its very first call has no retry yet: the next morning's run, still before the pickup, sends.
const END = Date.parse('2026-12-11T12:00:00+01:00');

function offers(): CabasDriver {
  const driver = group();
  driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: 'Monclar-de-Quercy', help: 'Monclar-de-Quercy', at: OPEN_AT + HOUR });
  driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', help: 'Septfonds', at: OPEN_AT + 2 * HOUR });
  return driver;
}

const sent = (driver: CabasDriver, subject: RegExp, to?: string) => driver.gas.mail.sent.filter((m) => subject.test(m.subject) && (!to || m.to === to));

/** The duties run of that day: its calls, and when it starts (the clock is the same in every replay). */
function dutiesRun(day: number): { calls: number; startedAt: number } {
  const driver = offers();
  driver.gas.advanceTo(day + 3 * HOUR);
  const runs = driver.gas.executions.filter((e) => e.name === 'onDutiesTrigger' && e.startedAt >= day);
  expect(runs).toHaveLength(1);
  return { calls: runs[0].counts.calls, startedAt: runs[0].startedAt };
}

describe.each([
  { what: 'the alert run', day: ALERT_DAY },
  { what: 'the reminder run', day: REMINDER_DAY },
])('$what killed half-way', ({ day }) => {
  const { calls, startedAt } = dutiesRun(day);

  test.each(killPoints(calls))('killed at its call $n: nothing is lost or doubled', ({ n }) => {
    const driver = offers();
    // Up to the duties run itself: the hourly submissions retry (onRetrySubmissionsTrigger) runs
    // just before it, and the kill is meant for the duties run.
    driver.gas.advanceTo(startedAt - 1);
    driver.gas.accounting.killAtNthCall(n);
    driver.gas.advanceTo(END);
    expect(failedExecutions(driver)).toEqual([expect.stringMatching(/^onDuties(Retry)?Trigger: .*killed/)]);
    expect(sent(driver, /bénévoles/)).toHaveLength(1);
    for (const who of ['alice@example.org', 'chloe@example.org']) expect(sent(driver, /votre permanence/, who)).toHaveLength(1);
    const offered = tabRows(driver, 'Permanences').filter((r) => r['Rôle'] === 'bénévole').map((r) => r['Bénévole']);
    expect(offered.sort()).toEqual(['alice@example.org', 'chloe@example.org']);
  });
});
