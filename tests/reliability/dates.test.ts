// Deadlines across the daylight-saving changes in Europe/Paris, and a spreadsheet whose time zone
// differs from the script's: the close fires once, at the instant the coordinator meant.
import { TRIGGER_LATENESS_MS, type CabasDriver } from '../../src/cli/cabas-driver';
import { closeAndDeliver, failedExecutions, openGroup, tabRows } from './support/reliability-group';

const HOUR = 3_600_000;

/** The deadline trigger ran once, never before the deadline, and within Google's 15 minutes after it. */
function expectOneCloseAfter(driver: CabasDriver, deadline: number): void {
  const closes = driver.gas.executions.filter((e) => e.name === 'onDeadlineTrigger').map((e) => e.startedAt);
  expect(closes).toHaveLength(1);
  expect(closes[0]).toBeGreaterThanOrEqual(deadline);
  expect(closes[0]).toBeLessThanOrEqual(deadline + TRIGGER_LATENESS_MS + 60_000);
}

describe('deadlines across daylight saving time', () => {
  test.each([
    // 28 March 2027, 02:00 → 03:00: 02:30 does not exist; the only sensible instant is the change, 01:00Z, or 03:30 (01:30Z).
    { name: 'a deadline at 02:30 on the last Sunday of March (an hour that does not exist)', open: '2027-03-20T09:00:00+01:00', deadline: '28/03/2027 02:30', pickup: '30/03/2027', instants: ['2027-03-28T01:00:00Z', '2027-03-28T01:30:00Z'] },
    // 25 October 2026, 03:00 → 02:00: 02:30 happens twice, at 00:30Z (summer time) and 01:30Z (winter time).
    { name: 'a deadline at 02:30 in the repeated hour of October', open: '2026-10-17T09:00:00+02:00', deadline: '25/10/2026 02:30', pickup: '27/10/2026', instants: ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'] },
    { name: 'a deadline the evening after the change of March', open: '2027-03-20T09:00:00+01:00', deadline: '28/03/2027 20:00', pickup: '30/03/2027', instants: ['2027-03-28T18:00:00Z'] },
  ])('$name: the close fires once, at one of the instants the words can mean', ({ open, deadline, pickup, instants }) => {
    const now = Date.parse(open);
    const driver = openGroup({ now, deadline, pickup });
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', at: now + HOUR });
    const stored = driver.state();
    expect(instants.map(Date.parse)).toContain(stored.catalog.cycle.deadline);
    closeAndDeliver(driver, stored.catalog.cycle.deadline);
    expectOneCloseAfter(driver, stored.catalog.cycle.deadline);
    expect(failedExecutions(driver)).toEqual([]);
    // What the member reads is the wall-clock time the coordinator typed (or the hour after the gap).
    const confirmation = driver.gas.mail.sent.find((m) => m.to === 'alice@example.org')!;
    expect(confirmation.body).toMatch(/ à (2|3)\u00a0h\u00a030| à 20\u00a0h\b/);
    expect(tabRows(driver, 'Cycles')[0]['Statut']).toBe('envoyé');
  });

  test('an answer in the last minute before the change-of-time deadline is taken; one after it is refused by Cabas before the late close, by the closed form after', () => {
    const now = Date.parse('2026-10-17T09:00:00+02:00');
    const driver = openGroup({ now, deadline: '25/10/2026 02:30', pickup: '27/10/2026' });
    const deadline = driver.state().catalog.cycle.deadline;
    driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', at: deadline - 60_000 });
    const closesAt = driver.nextFiring('onDeadlineTrigger')!;
    expect(closesAt).toBeGreaterThan(deadline + 1000); // the runtime's seeded jitter makes this close late
    driver.submit('bruno@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', at: deadline + 1000 });
    expect(driver.gas.mail.sent.filter((m) => m.to === 'bruno@example.org' && /étaient déjà closes/.test(m.body))).toHaveLength(1);
    expect(() => driver.submit('chloe@example.org', { 'LEG-TOM': 1 }, { site: 'Septfonds', at: closesAt + 60_000 })).toThrow();
    expect(tabRows(driver, 'Commandes').map((r) => r['E-mail'])).toEqual(['alice@example.org']);
  });
});

describe('a spreadsheet time zone that differs from the script’s', () => {
  test.each([
    { script: 'America/New_York', deadline: '10/12/2026 20:00', instant: '2026-12-10T19:00:00Z' },
    { script: 'Asia/Tokyo', deadline: '10/12/2026 20:00', instant: '2026-12-10T19:00:00Z' },
    { script: 'UTC', deadline: '10/12/2026 20:00', instant: '2026-12-10T19:00:00Z' },
  ])('with the script in $script, the deadline is read in the group’s time zone (Europe/Paris)', ({ script, deadline, instant }) => {
    const driver = openGroup({ scriptTimeZone: script, deadline });
    const stored = driver.state().catalog.cycle.deadline;
    expect(new Date(stored).toISOString()).toBe(new Date(Date.parse(instant)).toISOString());
    closeAndDeliver(driver, stored);
    expectOneCloseAfter(driver, stored);
    expect(failedExecutions(driver)).toEqual([]);
  });
});
