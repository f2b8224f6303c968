// The runtime's own wall-clock arithmetic in a named time zone (the script's `Date`, triggers,
// Utilities.formatDate, number formats, typed input). It deliberately shares nothing with
// Cabas's `src/core/dates.ts`: a double that used the product's date helpers could not catch
// their mistakes. Offsets come from Intl.DateTimeFormat with a `timeZone` (ECMA-402), which
// both Node and Apps Script's V8 provide.

export interface WallClock {
  year: number;
  /** 0-11, like Date#getMonth. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday, like Date#getDay. */
  weekday: number;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    cache.set(timeZone, format);
  }
  return format;
}

/** What the zone's clock shows at an instant (NaN fields for an invalid instant). */
export function wallClock(instant: number, timeZone: string): WallClock {
  if (!Number.isFinite(instant)) return { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN, millisecond: NaN, weekday: NaN };
  const got: Record<string, string> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) got[part.type] = part.value;
  // Years before 1 AD come back as "BC" years counted from 1.
  const year = got.era === 'BC' || got.era === 'B' ? 1 - Number(got.year) : Number(got.year);
  const month = Number(got.month) - 1;
  const day = Number(got.day);
  const millisecond = ((instant % 1000) + 1000) % 1000;
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(year, month, day);
  return {
    year, month, day, hour: Number(got.hour) % 24, minute: Number(got.minute), second: Number(got.second), millisecond,
    weekday: asUtc.getUTCDay(),
  };
}

/** Minutes the zone is ahead of UTC at an instant (Paris in winter: 60, New York in winter: -300). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  if (Number.isNaN(w.year)) return NaN;
  return Math.round((utcOfWall(w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond) - instant) / 60_000);
}

function utcOfWall(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/**
 * The instant the zone's clock shows this wall time; out-of-range fields roll over the way
 * `new Date(y, m, d, h, …)` does (month 12 is January of the next year). A time skipped by a
 * daylight-saving change (02:30 on the last Sunday of March in Paris) is read with the offset in
 * force before it, giving 03:30, as ECMA-262's LocalTime → UTC does; a repeated time gives its
 * first occurrence.
 */
export function instantOfWall(timeZone: string, year: number, month: number, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const wall = utcOfWall(year, month, day, hour, minute, second, ms);
  if (!Number.isFinite(wall)) return NaN;
  const day12 = 12 * 3_600_000;
  const before = zoneOffsetMinutes(wall - day12, timeZone);
  const after = zoneOffsetMinutes(wall + day12, timeZone);
  const candidates = [before, after].map((offset) => wall - offset * 60_000).filter((t) => utcOfWall(...fields(wallClock(t, timeZone))) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before * 60_000;
}

function fields(w: WallClock): [number, number, number, number, number, number, number] {
  return [w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond];
}

/** True when Intl knows the zone (`Europe/Paris`), false for `Paris`. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}
