// Names a cycle for people by its dates: "commande du 1er au 10 décembre 2026".
import { formatLongDate, localParts } from '../dates';
import { catalogue } from '../i18n';
import type { Cycle, Locale } from '../model';

interface DayParts { day: string; month: string; year: string; monthIndex: number; yearNumber: number }

// formatLongDate is "weekday day month year" in both locales; its pieces give the day ("1er")
// and month names without a second copy of the month list.
function dayParts(instant: number, timeZone: string, locale: Locale): DayParts {
  const [, day, month, year] = formatLongDate(instant, timeZone, locale).split(' ');
  const p = localParts(instant, timeZone);
  return { day, month, year, monthIndex: p.month, yearNumber: p.year };
}

/**
 * The cycle's name as shown in titles and subjects, with the shortest unambiguous date range.
 * @example cycleLabel({ opens: 1 Dec, deadline: 10 Dec 2026, ... }, 'Europe/Paris', 'fr') // "commande du 1er au 10 décembre 2026"
 */
export function cycleLabel(cycle: Cycle, timeZone: string, locale: Locale): string {
  // A close names the cycle in every member's summary: thousands of times the same dates.
  const key = `${cycle.opens}|${cycle.deadline}|${timeZone}|${locale}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= 64) labels.clear();
    label = freshLabel(cycle, timeZone, locale);
    labels.set(key, label);
  }
  return label;
}

const labels = new Map<string, string>();

function freshLabel(cycle: Cycle, timeZone: string, locale: Locale): string {
  const t = catalogue(locale).orders.cycle;
  const to = dayParts(cycle.deadline, timeZone, locale);
  const end = `${to.day} ${to.month} ${to.year}`;
  if (cycle.opens === null) return t.until(end);
  const from = dayParts(cycle.opens, timeZone, locale);
  if (from.yearNumber !== to.yearNumber) return t.range(`${from.day} ${from.month} ${from.year}`, end);
  if (from.monthIndex !== to.monthIndex) return t.range(`${from.day} ${from.month}`, end);
  if (from.day === to.day) return t.on(end);
  return t.range(from.day, end);
}
