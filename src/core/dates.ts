// Calendar arithmetic in a named time zone, without reading the clock.
//
// Offsets come from Intl.DateTimeFormat with `timeZone` (ECMA-402), which Node and the Apps
// Script V8 runtime both provide; only numeric parts are asked for, so no locale data is
// needed. Day and month names come from the locale catalogue, not from Intl.
import type { Locale } from './model';

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the zone name is one Intl knows (`Europe/Paris`), false for `Paris` or ``. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The parts of the instants read last, by zone and instant: a close writes the same deadline and
 * pickup dates into every household's summary, and asking Intl each time was a sixth of its time.
 */
const recentParts = new Map<string, Readonly<LocalParts>>();

/** The wall-clock parts of an instant in a zone (a shared, frozen object). */
export function localParts(instant: number, timeZone: string): Readonly<LocalParts> {
  const key = `${timeZone}|${instant}`;
  let parts = recentParts.get(key);
  if (parts === undefined) {
    if (recentParts.size >= 256) recentParts.clear();
    parts = Object.freeze(freshParts(instant, timeZone));
    recentParts.set(key, parts);
  }
  return parts;
}

function freshParts(instant: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const hour = parts.hour === 24 ? 0 : parts.hour;
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day);
  return {
    year: parts.year, month: parts.month, day: parts.day, hour, minute: parts.minute,
    second: parts.second, weekday: new Date(utc).getUTCDay(),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Paris in winter: 60). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/**
 * The instant at which the zone's wall clock shows the given time. In the hour skipped by
 * daylight saving, the later offset is used (02:30 on the last Sunday of March in Paris
 * becomes 03:30); in the repeated hour, the first occurrence.
 * @example zonedTime(2026, 12, 10, 20, 0, 'Europe/Paris') // Date.UTC(2026, 11, 10, 19, 0)
 */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const halfDay = 12 * 3600 * 1000;
  const offsetBefore = offsetMinutes(wall - halfDay, timeZone);
  const offsetAfter = offsetMinutes(wall + halfDay, timeZone);
  const matches = [offsetBefore, offsetAfter]
    .map((o) => wall - o * 60000)
    .filter((t) => {
      const p = localParts(t, timeZone);
      return p.day === day && p.hour === hour && p.minute === minute;
    });
  if (matches.length > 0) return Math.min(...matches); // a repeated hour: its first occurrence
  return wall - offsetBefore * 60000; // a skipped hour: the offset in force before the change
}

/** Midnight at the start of the instant's local day. */
export function startOfLocalDay(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return zonedTime(p.year, p.month, p.day, 0, 0, timeZone);
}

const pad = (n: number) => String(n).padStart(2, '0');

const WEEKDAYS: Record<Locale, string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS: Record<Locale, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A long date for people.
 * @example formatLongDate(t, 'Europe/Paris', 'fr') // "jeudi 10 décembre 2026"
 * @example formatLongDate(t, 'Europe/Paris', 'en') // "Thursday 10 December 2026"
 */
export function formatLongDate(instant: number, timeZone: string, locale: Locale): string {
  const p = localParts(instant, timeZone);
  const day = locale === 'fr' && p.day === 1 ? '1er' : String(p.day);
  return `${WEEKDAYS[locale][p.weekday]} ${day} ${MONTHS[locale][p.month - 1]} ${p.year}`;
}

/**
 * A long date and time for people.
 * @example formatLongDateTime(t, 'Europe/Paris', 'fr') // "jeudi 10 décembre 2026 à 20 h 00"
 * @example formatLongDateTime(t, 'Europe/Paris', 'en') // "Thursday 10 December 2026 at 20:00"
 */
export function formatLongDateTime(instant: number, timeZone: string, locale: Locale): string {
  const p = localParts(instant, timeZone);
  const time = locale === 'fr' ? `${p.hour} h ${pad(p.minute)}` : `${pad(p.hour)}:${pad(p.minute)}`;
  return `${formatLongDate(instant, timeZone, locale)} ${locale === 'fr' ? 'à' : 'at'} ${time}`;
}
