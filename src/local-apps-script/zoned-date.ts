// The script realm's `Date` and `Intl.DateTimeFormat`: the simulated clock, and local time in the
// project's time zone (the manifest's `timeZone`, what Session.getScriptTimeZone() returns),
// never the host's TZ. Apps Script runs the script's V8 in the project's zone: `getHours()`,
// `new Date(y, m, d)`, `toString()` and a local date string read by `Date.parse` all mean
// wall-clock time there (developers.google.com/apps-script/guides/v8-runtime;
// developers.google.com/apps-script/reference/base/session#getScriptTimeZone()).
//
// The code below runs inside the vm context, so the constructor, its prototype and the Intl
// objects stay the realm's own (`instanceof Date` holds in the script); the zone arithmetic is
// handed in from ./time-zone.ts.
import vm from 'node:vm';
import { instantOfWall, wallClock, zoneOffsetMinutes } from './time-zone';

const ZONED_DATE = `(function (now, tz, wall, fromWall, offsetOf, zoneName) {
  'use strict';
  const NativeDate = Date;
  const proto = NativeDate.prototype;
  const getTime = proto.getTime;
  const setTime = proto.setTime;
  const nativeParse = NativeDate.parse;
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n, w) => String(n).padStart(w, '0');
  const define = (target, name, value) => Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  const timeOf = (d) => getTime.call(d);

  // A local date string: no zone designator, and not ISO's date-only form (which is UTC).
  const ZONED = /(?:Z|[+-]\\d\\d:?\\d\\d|\\b(?:GMT|UTC|UT|[ECMP][SD]T)\\b)/i;
  const ISO_DATE_ONLY = /^[+-]?\\d{4,6}(?:-\\d\\d(?:-\\d\\d)?)?$/;
  const ISO_DATE_TIME = /^[+-]?\\d{4,6}-\\d\\d-\\d\\dT/;
  function parse(text) {
    const s = String(text).trim();
    if (ZONED.test(s.replace(/\\([^)]*\\)/g, '')) || ISO_DATE_ONLY.test(s)) return nativeParse(s);
    // Read the wall time as if it were UTC, then place it in the project's zone.
    const asUtc = nativeParse(ISO_DATE_TIME.test(s) ? s + 'Z' : s + ' UTC');
    if (asUtc !== asUtc) return nativeParse(s);
    const d = new NativeDate(asUtc);
    return fromWall(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  }

  function fromArgs(args) {
    const n = args.map(Number);
    if (n.some((x) => x !== x || !isFinite(x))) return NaN;
    let y = Math.trunc(n[0]);
    if (y >= 0 && y <= 99) y += 1900;
    return fromWall(y, n[1], n.length > 2 ? n[2] : 1, n[3] || 0, n[4] || 0, n[5] || 0, n[6] || 0);
  }

  const ZonedDate = function Date(...args) {
    if (!new.target) return proto.toString.call(new NativeDate(now()));
    let value;
    if (args.length === 0) value = [now()];
    else if (args.length === 1) {
      const v = args[0];
      const primitive = v !== null && typeof v === 'object' && !(v instanceof NativeDate) ? v.valueOf() : v;
      value = typeof primitive === 'string' ? [parse(primitive)] : [v];
    } else value = [fromArgs(args)];
    return Reflect.construct(NativeDate, value, new.target);
  };
  define(ZonedDate, 'length', 7);
  ZonedDate.prototype = proto;
  define(proto, 'constructor', ZonedDate);
  define(ZonedDate, 'now', function now_() { return now(); });
  define(ZonedDate, 'parse', function parse_(s) { return parse(s); });
  define(ZonedDate, 'UTC', NativeDate.UTC);

  // Getters: wall-clock fields of the project's zone.
  const FIELDS = ['getFullYear', 'getMonth', 'getDate', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getDay'];
  FIELDS.forEach((name, i) => define(proto, name, function () {
    const t = timeOf(this);
    return t !== t ? NaN : wall(t)[i];
  }));
  define(proto, 'getYear', function getYear() { const y = this.getFullYear(); return y !== y ? NaN : y - 1900; });
  define(proto, 'getTimezoneOffset', function getTimezoneOffset() {
    const t = timeOf(this);
    return t !== t ? NaN : -offsetOf(t);
  });

  // Setters: ECMA-262's local-time setters, with LocalTime and UTC() in the project's zone.
  // setFullYear alone starts from +0 when the date is invalid.
  function setter(name, first, most, fromZero) {
    define(proto, name, function (...args) {
      let t = timeOf(this);
      if (t !== t && !fromZero) return NaN;
      if (t !== t) t = fromWall(1970, 0, 1, 0, 0, 0, 0);
      const w = wall(t);
      const f = [w[0], w[1], w[2], w[3], w[4], w[5], w[6]];
      const count = Math.max(1, Math.min(args.length, most));
      for (let i = 0; i < count; i += 1) f[first + i] = Number(args[i]);
      if (f.some((x) => x !== x || !isFinite(x))) return setTime.call(this, NaN);
      return setTime.call(this, fromWall(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
    });
  }
  setter('setFullYear', 0, 3, true);
  setter('setMonth', 1, 2, false);
  setter('setDate', 2, 1, false);
  setter('setHours', 3, 4, false);
  setter('setMinutes', 4, 3, false);
  setter('setSeconds', 5, 2, false);
  setter('setMilliseconds', 6, 1, false);
  define(proto, 'setYear', function setYear(year) {
    let y = Number(year);
    if (y !== y) return setTime.call(this, NaN);
    y = Math.trunc(y);
    if (y >= 0 && y <= 99) y += 1900;
    return proto.setFullYear.call(this, y);
  });

  // Strings: ECMA-262's toDateString / toTimeString layouts, in the project's zone.
  const datePart = (w) => DAYS[w[7]] + ' ' + MONTHS[w[1]] + ' ' + pad(w[2], 2) + ' ' + (w[0] < 0 ? '-' : '') + pad(Math.abs(w[0]), 4);
  const timePart = (t, w) => {
    const o = offsetOf(t);
    const zone = (o < 0 ? '-' : '+') + pad(Math.floor(Math.abs(o) / 60), 2) + pad(Math.abs(o) % 60, 2);
    return pad(w[3], 2) + ':' + pad(w[4], 2) + ':' + pad(w[5], 2) + ' GMT' + zone + ' (' + zoneName(t) + ')';
  };
  const invalid = (t) => t !== t;
  define(proto, 'toString', function toString() { const t = timeOf(this); if (invalid(t)) return 'Invalid Date'; const w = wall(t); return datePart(w) + ' ' + timePart(t, w); });
  define(proto, 'toDateString', function toDateString() { const t = timeOf(this); return invalid(t) ? 'Invalid Date' : datePart(wall(t)); });
  define(proto, 'toTimeString', function toTimeString() { const t = timeOf(this); return invalid(t) ? 'Invalid Date' : timePart(t, wall(t)); });

  // Intl and toLocale*String default to the project's zone too.
  const NativeDTF = Intl.DateTimeFormat;
  const zoned = (options) => {
    const o = options === undefined ? {} : Object(options);
    return o.timeZone === undefined ? Object.assign({}, o, { timeZone: tz }) : o;
  };
  const DateTimeFormat = function DateTimeFormat(locales, options) { return new NativeDTF(locales, zoned(options)); };
  DateTimeFormat.prototype = NativeDTF.prototype;
  define(DateTimeFormat, 'supportedLocalesOf', NativeDTF.supportedLocalesOf);
  define(NativeDTF.prototype, 'constructor', DateTimeFormat);
  define(Intl, 'DateTimeFormat', DateTimeFormat);
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    const native = proto[name];
    define(proto, name, function (locales, options) { return native.call(this, locales, zoned(options)); });
  }

  define(globalThis, 'Date', ZonedDate);
})`;

const zoneNames = new Map<string, Intl.DateTimeFormat>();

/** `Central European Standard Time`: the name V8's Date#toString shows in parentheses. */
function longZoneName(instant: number, timeZone: string): string {
  let f = zoneNames.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' });
    zoneNames.set(timeZone, f);
  }
  return f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

// Compiled once per process, run in each new context.
let zonedDateScript: vm.Script | null = null;

/** Replaces the context's Date (and Intl.DateTimeFormat's default zone) as described above. */
export function installZonedDate(context: vm.Context, now: () => number, timeZone: string): void {
  const wall = (t: number) => {
    const w = wallClock(t, timeZone);
    return [w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond, w.weekday];
  };
  const fromWall = (y: number, m: number, d: number, h: number, mi: number, s: number, ms: number) => instantOfWall(timeZone, y, m, d, h, mi, s, ms);
  const install = (zonedDateScript ??= new vm.Script(ZONED_DATE, { filename: 'zoned-date' })).runInContext(context) as (...args: unknown[]) => void;
  install(now, timeZone, wall, fromWall, (t: number) => zoneOffsetMinutes(t, timeZone), (t: number) => longZoneName(t, timeZone));
}
