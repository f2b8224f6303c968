// When a time-driven trigger fires: its nominal instants (wall-clock rules in a time zone) and
// the lateness or earliness Google allows around them, drawn from a seeded generator.
//
// The contract (https://developers.google.com/apps-script/reference/script/clock-trigger-builder):
// `after(ms)` is a minimum ("the actual duration might vary, but won't be less than your specified
// minimum"); `atHour`/`nearMinute` and `atDate` fire "plus or minus 15 minutes" around the time
// asked; `at(date)` says only "specifies when the trigger runs", and Google is known to run it
// close to, not exactly at, that instant, so the same ±15 minutes is used. The reference gives no
// window for `everyMinutes`/`everyHours`; the runtime moves each firing by at most 15 minutes and
// less than half a period, so firings stay in order.
import { instantOfWall, wallClock } from '../time-zone';
import { seededRandom, spreadSeed } from '../seeded-random';

const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
/** Google's documented window around a clock trigger's time. */
export const WINDOW = 15 * MINUTE;

/** A calendar rule: every `every` days or weeks, or every month, at a wall-clock time of a zone. */
export interface CalendarRule {
  unit: 'day' | 'week' | 'month';
  every: number;
  hour: number;
  minute: number;
  /** 0 = Sunday; for 'week'. */
  weekDay: number;
  /** 1-31 (clamped to the month's last day); for 'month'. */
  monthDay: number;
  timeZone: string;
}

export type Schedule =
  /** One firing, at `at` (jitter already applied). */
  | { kind: 'once'; at: number }
  /** Every `periodMs` from `nominal`; `next` is the jittered firing. */
  | { kind: 'every'; periodMs: number; nominal: number; next: number }
  | { kind: 'calendar'; rule: CalendarRule; nominal: number; next: number };

/** Seeded lateness and earliness (mulberry32), or none when jitter is off. */
export class Jitter {
  private readonly random: () => number;

  constructor(private readonly seed: number | null) {
    this.random = seededRandom(spreadSeed(seed ?? 0));
  }

  get enabled(): boolean {
    return this.seed !== null;
  }

  /** A whole number of seconds in [0, max]. */
  late(maxMs: number): number {
    if (!this.enabled) return 0;
    return Math.floor(this.random() * (Math.floor(maxMs / 1000) + 1)) * 1000;
  }

  /** A whole number of seconds in [-max, max]. */
  around(maxMs: number): number {
    if (!this.enabled) return 0;
    const seconds = Math.floor(maxMs / 1000);
    return (Math.floor(this.random() * (2 * seconds + 1)) - seconds) * 1000;
  }
}

/** The window of a repeating trigger: 15 minutes, and less than half its period. */
export function periodWindow(periodMs: number): number {
  return Math.min(WINDOW, Math.floor(periodMs / 2) - 1000);
}

function atTime(rule: CalendarRule, year: number, month: number, day: number): number {
  return instantOfWall(rule.timeZone, year, month, day, rule.hour, rule.minute);
}

function monthDayIn(rule: CalendarRule, year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return atTime(rule, year, month, Math.min(rule.monthDay, last));
}

/** The rule's first nominal instant strictly after `after`. */
export function firstOccurrence(rule: CalendarRule, after: number): number {
  const today = wallClock(after, rule.timeZone);
  if (rule.unit === 'month') {
    for (let add = 0; add < 3; add += 1) {
      const t = monthDayIn(rule, today.year, today.month + add);
      if (t > after) return t;
    }
  } else {
    for (let add = 0; add < 15; add += 1) {
      const t = atTime(rule, today.year, today.month, today.day + add);
      const weekday = (today.weekday + add) % 7;
      if (t > after && (rule.unit === 'day' || weekday === rule.weekDay)) return t;
    }
  }
  throw new Error('unreachable: a calendar rule recurs within two weeks or three months');
}

/** The rule's nominal instant after `nominal`, one step (n days, n weeks or a month) later. */
export function nextOccurrence(rule: CalendarRule, nominal: number): number {
  const w = wallClock(nominal, rule.timeZone);
  // The wall-clock date of the previous occurrence; its time is the rule's, even across a DST change.
  if (rule.unit === 'month') return monthDayIn(rule, w.year, w.month + 1);
  return atTime(rule, w.year, w.month, w.day + rule.every * (rule.unit === 'week' ? 7 : 1));
}
