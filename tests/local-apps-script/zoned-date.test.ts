// The script realm's Date keeps local time in the project's time zone, whatever the host's TZ
// (developers.google.com/apps-script/guides/v8-runtime, .../reference/base/session#getScriptTimeZone()).
// The realm runs in a child Node process whose TZ is America/New_York, so a Date that leaked
// the host's zone would show New York's hours.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = join(__dirname, '..', '..');

// In the child: one realm in Europe/Paris, the clock at Thursday 10 December 2026 20:00 Paris.
const CHILD = `
import vm from 'node:vm';
import { createScriptRealm } from './realm';
const { context } = createScriptRealm(() => Date.UTC(2026, 11, 10, 19, 0), 'Europe/Paris');
const expressions: string[] = JSON.parse(process.argv[1]);
const results = expressions.map((e) => { try { return vm.runInContext(e, context); } catch (err) { return 'threw ' + (err as Error).message; } });
process.stdout.write(JSON.stringify({ hostOffset: new Date(2026, 11, 10, 20).getTimezoneOffset(), results }));
`;

function runInChild(expressions: string[]): { hostOffset: number; results: unknown[] } {
  const bundle = buildSync({
    stdin: { contents: CHILD, resolveDir: join(ROOT, 'src', 'local-apps-script'), loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', write: false,
  });
  const child = spawnSync(process.execPath, ['-e', bundle.outputFiles[0].text, JSON.stringify(expressions)], {
    env: { ...process.env, TZ: 'America/New_York' }, encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

const CASES: { behaviour: string; expression: string; expected: unknown }[] = [
  { behaviour: 'getHours() of now is Paris time', expression: 'new Date().getHours()', expected: 20 },
  { behaviour: 'getDate(), getDay(), getMonth(), getFullYear() are Paris fields', expression: 'var d = new Date(Date.UTC(2026, 11, 31, 23, 30)); [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes()].join(",")', expected: '2027,0,1,5,0,30' },
  { behaviour: 'getTimezoneOffset() is Paris\'s in winter', expression: 'new Date().getTimezoneOffset()', expected: -60 },
  { behaviour: 'getTimezoneOffset() is Paris\'s in summer', expression: 'new Date(2026, 6, 1).getTimezoneOffset()', expected: -120 },
  { behaviour: 'new Date(y, m, d, h) is Paris wall-clock time', expression: 'new Date(2026, 11, 10, 20).toISOString()', expected: '2026-12-10T19:00:00.000Z' },
  { behaviour: 'new Date(y, m) rolls over like ECMA-262 (month 12 is next January)', expression: 'new Date(2026, 12, 1).toISOString()', expected: '2026-12-31T23:00:00.000Z' },
  { behaviour: 'toString() shows Paris time and offset', expression: 'new Date().toString()', expected: 'Thu Dec 10 2026 20:00:00 GMT+0100 (Central European Standard Time)' },
  { behaviour: 'toDateString() is the Paris date', expression: 'new Date(Date.UTC(2026, 11, 31, 23, 30)).toDateString()', expected: 'Fri Jan 01 2027' },
  { behaviour: 'toTimeString() is the Paris time', expression: 'new Date().toTimeString()', expected: '20:00:00 GMT+0100 (Central European Standard Time)' },
  { behaviour: 'Date() without new is now as a Paris string', expression: 'Date(1, 2)', expected: 'Thu Dec 10 2026 20:00:00 GMT+0100 (Central European Standard Time)' },
  { behaviour: 'Date.parse of a local ISO date-time is Paris time', expression: 'Date.parse("2026-12-10T20:00")', expected: Date.UTC(2026, 11, 10, 19) },
  { behaviour: 'Date.parse of a local written date is Paris time', expression: 'Date.parse("Dec 10, 2026 20:00:00")', expected: Date.UTC(2026, 11, 10, 19) },
  { behaviour: 'Date.parse of an ISO date alone is UTC (ECMA-262)', expression: 'Date.parse("2026-12-10")', expected: Date.UTC(2026, 11, 10) },
  { behaviour: 'Date.parse keeps an explicit offset', expression: 'Date.parse("2026-12-10T20:00:00-05:00")', expected: Date.UTC(2026, 11, 11, 1) },
  { behaviour: 'new Date(string) parses like Date.parse', expression: 'new Date("12/10/2026 20:00").getTime()', expected: Date.UTC(2026, 11, 10, 19) },
  { behaviour: 'toString() reads back through Date.parse', expression: 'Date.parse(new Date().toString()) === Date.now()', expected: true },
  { behaviour: 'setHours() sets Paris hours', expression: 'var d = new Date(); d.setHours(8, 15); d.toISOString()', expected: '2026-12-10T07:15:00.000Z' },
  { behaviour: 'setDate() and setMonth() move Paris calendar days', expression: 'var d = new Date(2026, 0, 31, 12); d.setMonth(1); d.setDate(d.getDate() + 1); d.toDateString()', expected: 'Wed Mar 04 2026' },
  { behaviour: 'setFullYear() on an invalid date starts from local midnight 1 January 1970', expression: 'new Date(NaN).setFullYear(2020)', expected: Date.UTC(2019, 11, 31, 23) },
  { behaviour: 'setMinutes() on an invalid date stays invalid', expression: 'String(new Date(NaN).setMinutes(5))', expected: 'NaN' },
  { behaviour: 'toLocaleString() defaults to the Paris zone', expression: 'new Date().toLocaleString("en-GB")', expected: '10/12/2026, 20:00:00' },
  { behaviour: 'Intl.DateTimeFormat defaults to the Paris zone', expression: 'new Intl.DateTimeFormat().resolvedOptions().timeZone', expected: 'Europe/Paris' },
  { behaviour: 'instanceof Date holds for every construction', expression: 'new Date() instanceof Date && new Date(1, 2) instanceof Date && new Date("2026-01-01") instanceof Date', expected: true },
  // Daylight saving in Paris: 29 March 2026 02:00 → 03:00, 25 October 2026 03:00 → 02:00.
  { behaviour: 'a time skipped in spring reads with the winter offset (02:30 is 03:30 CEST)', expression: 'new Date(2026, 2, 29, 2, 30).toString()', expected: 'Sun Mar 29 2026 03:30:00 GMT+0200 (Central European Summer Time)' },
  { behaviour: 'a time repeated in autumn is its first occurrence (CEST)', expression: 'new Date(2026, 9, 25, 2, 30).toISOString()', expected: '2026-10-25T00:30:00.000Z' },
  { behaviour: 'adding a calendar day across the spring change keeps the wall-clock hour', expression: 'var d = new Date(2026, 2, 28, 20); d.setDate(d.getDate() + 1); [d.getHours(), (d - new Date(2026, 2, 28, 20)) / 3600000].join(",")', expected: '20,23' },
  { behaviour: 'getHours() steps 1, 3 across the spring change', expression: '[0, 1, 2].map((h) => new Date(Date.UTC(2026, 2, 29, h)).getHours()).join(",")', expected: '1,3,4' },
  { behaviour: 'getHours() repeats 2 across the autumn change', expression: '[0, 1, 2].map((h) => new Date(Date.UTC(2026, 9, 25, h)).getHours()).join(",")', expected: '2,2,3' },
];

describe('the script realm\'s Date in Europe/Paris, on a host in America/New_York', () => {
  let child: { hostOffset: number; results: unknown[] };
  beforeAll(() => {
    child = runInChild(CASES.map((c) => c.expression));
  });

  test('the host really is in New York (else this suite proves nothing)', () => {
    expect(child.hostOffset).toBe(300);
  });

  test.each(CASES.map((c, i) => ({ ...c, i })))('$behaviour', ({ i, expected }) => {
    expect(child.results[i]).toEqual(expected);
  });
});
