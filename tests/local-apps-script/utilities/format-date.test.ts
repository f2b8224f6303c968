// Utilities.formatDate with Java SimpleDateFormat patterns
// (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
import { formatDate } from '../../../src/local-apps-script/utilities/format-date';

const WINTER = Date.UTC(2026, 11, 10, 19, 5, 9, 42); // Thursday 10 December 2026, 20:05:09.042 in Paris
const SUMMER = Date.UTC(2026, 6, 4, 6, 0); // Saturday 4 July 2026, 08:00 in Paris

describe('formatDate', () => {
  test.each([
    { at: WINTER, tz: 'Europe/Paris', pattern: 'dd/MM/yyyy HH:mm', out: '10/12/2026 20:05' },
    { at: WINTER, tz: 'Europe/Paris', pattern: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", out: '2026-12-10T20:05:09.042+01:00' },
    { at: SUMMER, tz: 'Europe/Paris', pattern: 'Z z XXX', out: '+0200 CEST +02:00' },
    { at: WINTER, tz: 'Europe/Paris', pattern: 'z', out: 'CET' },
    { at: WINTER, tz: 'UTC', pattern: 'HH:mm X', out: '19:05 Z' },
    { at: WINTER, tz: 'Europe/Paris', pattern: 'EEEE d MMMM yy', out: 'Thursday 10 December 26' },
    { at: WINTER, tz: 'Europe/Paris', pattern: 'EEE, MMM d', out: 'Thu, Dec 10' },
    { at: WINTER, tz: 'Europe/Paris', pattern: "h:mm a 'o''clock'", out: "8:05 PM o'clock" },
    { at: WINTER, tz: 'Asia/Kolkata', pattern: 'HH:mm z', out: '00:35 GMT+05:30' },
    { at: SUMMER, tz: 'Europe/Paris', pattern: "''yyyy''", out: "'2026'" },
  ])('$pattern in $tz gives "$out"', ({ at, tz, pattern, out }) => {
    expect(formatDate(at, tz, pattern)).toBe(out);
  });

  test('an unknown pattern letter throws like Java does', () => {
    expect(() => formatDate(WINTER, 'UTC', 'yyyy q')).toThrow("Illegal pattern character 'q'");
  });
});
