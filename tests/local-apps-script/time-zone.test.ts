// The runtime's own zone arithmetic (src/local-apps-script/time-zone.ts), on Intl's tz data.
import { instantOfWall, isKnownTimeZone, wallClock, zoneOffsetMinutes } from '../../src/local-apps-script/time-zone';

describe('time-zone', () => {
  test.each([
    { zone: 'Europe/Paris', instant: Date.UTC(2026, 11, 10, 19, 0), wall: '2026-11-10 20:00 w4', offset: 60 },
    { zone: 'Europe/Paris', instant: Date.UTC(2026, 6, 1, 22, 30), wall: '2026-6-2 0:30 w4', offset: 120 },
    { zone: 'America/New_York', instant: Date.UTC(2027, 0, 1, 3, 0), wall: '2026-11-31 22:00 w4', offset: -300 },
    { zone: 'Asia/Kolkata', instant: Date.UTC(2026, 0, 1, 0, 0), wall: '2026-0-1 5:30 w4', offset: 330 },
    { zone: 'UTC', instant: Date.UTC(1969, 11, 31, 23, 59, 59, 999), wall: '1969-11-31 23:59 w3', offset: 0 },
  ])('$zone at $instant shows $wall, $offset minutes ahead of UTC', ({ zone, instant, wall, offset }) => {
    const w = wallClock(instant, zone);
    expect(`${w.year}-${w.month}-${w.day} ${w.hour}:${String(w.minute).padStart(2, '0')} w${w.weekday}`).toBe(wall);
    expect(zoneOffsetMinutes(instant, zone)).toBe(offset);
    expect(instantOfWall(zone, w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond)).toBe(instant);
  });

  test.each([
    { name: 'a skipped wall time reads with the offset before the change', args: [2026, 2, 29, 2, 30] as const, instant: Date.UTC(2026, 2, 29, 1, 30) },
    { name: 'a repeated wall time is its first occurrence', args: [2026, 9, 25, 2, 30] as const, instant: Date.UTC(2026, 9, 25, 0, 30) },
    { name: 'fields roll over like Date.UTC (month 12, day 32)', args: [2026, 12, 32, 0, 0] as const, instant: Date.UTC(2027, 1, 1) - 3_600_000 },
  ])('Europe/Paris: $name', ({ args, instant }) => {
    expect(instantOfWall('Europe/Paris', args[0], args[1], args[2], args[3], args[4])).toBe(instant);
  });

  test('an invalid instant has NaN fields and offset', () => {
    expect(wallClock(NaN, 'Europe/Paris').hour).toBeNaN();
    expect(zoneOffsetMinutes(NaN, 'Europe/Paris')).toBeNaN();
    expect(instantOfWall('Europe/Paris', NaN, 0)).toBeNaN();
  });

  test.each([['Europe/Paris', true], ['Paris', false], ['', false]])('isKnownTimeZone(%j) is %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});
