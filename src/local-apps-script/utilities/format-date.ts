// Utilities.formatDate(date, timeZone, pattern): Java SimpleDateFormat patterns, English names,
// as Apps Script formats them (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
// https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html).
import { wallClock, zoneOffsetMinutes } from '../time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Java's short zone names for the zones a French group meets; others print as GMT+hh:mm, as Java does.
const SHORT_NAMES: Record<string, [string, string]> = {
  'Europe/Paris': ['CET', 'CEST'], 'Europe/Brussels': ['CET', 'CEST'], 'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'], 'Europe/Rome': ['CET', 'CEST'], 'Europe/Zurich': ['CET', 'CEST'],
  'Europe/London': ['GMT', 'BST'], 'America/Los_Angeles': ['PST', 'PDT'], 'America/New_York': ['EST', 'EDT'],
  UTC: ['UTC', 'UTC'], 'Etc/UTC': ['UTC', 'UTC'], GMT: ['GMT', 'GMT'], 'Etc/GMT': ['GMT', 'GMT'],
};

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, colon: boolean, withMinutes = true): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  return withMinutes ? `${sign}${h}${colon ? ':' : ''}${m}` : `${sign}${h}`;
}

function isoWeek(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - start) / 86_400_000 + 1) / 7);
}

export function formatDate(instant: number, timeZone: string, pattern: string): string {
  const w = wallClock(instant, timeZone);
  const p = { ...w, month: w.month + 1 };
  const offset = zoneOffsetMinutes(instant, timeZone);
  const ms = ((instant % 1000) + 1000) % 1000;
  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'y': return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M': return n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
      case 'd': return pad(p.day, n);
      case 'H': return pad(p.hour, n);
      case 'k': return pad(p.hour === 0 ? 24 : p.hour, n);
      case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
      case 'K': return pad(p.hour % 12, n);
      case 'm': return pad(p.minute, n);
      case 's': return pad(p.second, n);
      case 'S': return pad(ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
      case 'E': return n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
      case 'u': return pad(p.weekday === 0 ? 7 : p.weekday, n);
      case 'a': return p.hour < 12 ? 'AM' : 'PM';
      case 'D': return pad(Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1, n);
      case 'w': return pad(isoWeek(p.year, p.month, p.day), n);
      case 'z': {
        const names = SHORT_NAMES[timeZone];
        if (!names) return `GMT${offsetText(offset, true)}`;
        const winter = zoneOffsetMinutes(Date.UTC(p.year, 0, 1), timeZone);
        return offset === winter ? names[0] : names[1];
      }
      case 'Z': return offsetText(offset, false);
      case 'X': return offset === 0 ? 'Z' : offsetText(offset, n >= 3, n >= 2);
      default: throw new Error(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      // '' is a quote; 'text' is literal text.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Inside quotes, '' is a quote too; the next single quote closes the text.
      let j = i + 1;
      for (; j < pattern.length; j += 1) {
        if (pattern[j] !== "'") out += pattern[j];
        else if (pattern[j + 1] === "'") out += "'", (j += 1);
        else break;
      }
      i = j + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n += 1;
      out += field(c, n);
      i += n;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}
