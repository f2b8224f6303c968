// What the e-mail quota allows: households served on time, within the cycle, and the days a close needs.
import { capacity, DAILY_RECIPIENTS } from '../../../src/cli/bench/capacity';

const load = { perHousehold: 2.2, atClosePerHousehold: 1, fixedAtClose: 7, cycleDays: 9.5 };

describe('capacity', () => {
  test.each([
    { quota: DAILY_RECIPIENTS.consumer, onTime: 82, withinCycle: 496 },
    { quota: DAILY_RECIPIENTS.workspace, onTime: 1325, withinCycle: 7496 },
  ])('serves $onTime households on time and $withinCycle within the cycle at $quota recipients a day', ({ quota, onTime, withinCycle }) => {
    const c = capacity(load, quota);
    expect(c.onTime).toBe(onTime);
    expect(c.withinCycle).toBe(withinCycle);
  });

  test.each([
    { households: 20, quota: 100, days: 1 },
    { households: 200, quota: 100, days: 3 },
    { households: 2000, quota: 1500, days: 2 },
    { households: 2000, quota: 100, days: 23 },
  ])('sends the close of $households households in $days day(s) at $quota a day', ({ households, quota, days }) => {
    expect(capacity(load, quota).closeDays(households)).toBe(days);
  });

  test('serves nobody on time when the fixed e-mails alone pass the quota', () => {
    expect(capacity({ ...load, fixedAtClose: 150 }, 100).onTime).toBe(0);
  });
});
