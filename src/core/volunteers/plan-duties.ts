// Volunteer duties that fill themselves: Form offers into `Permanences`, reminders two days before,
// one coverage alert four days before, and who to ask (served least recently, never twice in a row).
import { formatLongDate, localParts, startOfLocalDay } from '../dates';
import { catalogue } from '../i18n';
import type { Duty, Email, Member, Settings, Site } from '../model';
import type { EmailBlock } from '../orders/email-blocks';
import { memberEmail } from '../orders/email-envelope';
import { paragraph } from '../orders/paragraph';
import { normalizeHeader } from '../workbook/normalize-header';

/** Reminders go out from this many days before a duty, until the day before. */
export const REMINDER_DAYS = 2;
/** The coverage alert goes out from this many days before a distribution, until the day before. */
export const ALERT_DAYS = 4;

/** The households named by the last coverage alert, kept by the shell between runs. */
export interface LastAsked {
  key: string; // the alert's e-mail key
  emails: string[];
}

export interface DutyPlanInput {
  settings: Settings;
  sites: Site[];
  members: Member[];
  duties: Duty[]; // `Permanences` as read (rows with no date are left to the configuration check)
  pickup: number | null; // the current cycle's distribution
  offers: { email: string; site: string }[]; // "I can help" answers of the current cycle
  lastAsked: LastAsked | null;
  now: number;
}

export interface DutyPlan {
  /** Offers not yet in `Permanences`: rows to append (date, site, role, volunteer). */
  newRows: { date: number; site: string; role: string; volunteer: string }[];
  /** Reminders and at most one alert per distribution date; keys make them once only. */
  emails: Email[];
  /** What to keep as the last alert's households once its e-mail is queued (null: no alert now). */
  asked: LastAsked | null;
}

const DAY = 86_400_000;

/**
 * What the daily duties run does now. Pure: the same day and tables give the same plan, so a run
 * killed halfway and run again queues nothing twice (the outbox drops known keys).
 * @example planDuties({ …, pickup: sat12, now: wed9 }).emails.map((e) => e.kind) // ['duty-alert']
 */
export function planDuties(input: DutyPlanInput): DutyPlan {
  const { settings, sites, members, pickup, now } = input;
  const { timeZone: tz, locale } = settings;
  const offerInput = { ...input, timeZone: tz };
  const t = catalogue(locale).orders.volunteer;
  const today = startOfLocalDay(now, tz);
  const dayOf = (instant: number) => startOfLocalDay(instant, tz);
  const daysUntil = (day: number) => Math.round((day - today) / DAY);
  const same = (a: string, b: string) => normalizeHeader(a) === normalizeHeader(b);
  const isoDay = (day: number) => {
    const p = localParts(day, tz);
    return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  };

  // A volunteer set inactive in Adhérents is neither reminded nor counted (the check warns: duties.inactive-volunteer).
  const memberOf = new Map(members.filter((m) => m.active).map((m) => [m.email, m]));
  const gone = new Set(members.filter((m) => !m.active).map((m) => m.email));
  const dated = input.duties.filter((d): d is Duty & { date: number } => d.date !== null);
  const newRows: DutyPlan['newRows'] = offerRows(offerInput).map((r) => ({ ...r, role: t.role }));
  const rows = [...dated.map((d) => ({ ...d, date: dayOf(d.date) })), ...newRows].filter((r) => !gone.has(r.volunteer.toLowerCase()));
  const siteOf = (name: string) => sites.find((s) => same(s.name, name));

  const emails: Email[] = [];
  const days = new Set(rows.map((r) => r.date));
  if (pickup !== null) days.add(dayOf(pickup));
  let asked: LastAsked | null = null;
  const namedNow: string[] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const left = daysUntil(day);
    if (left < 1 || left > ALERT_DAYS) continue;
    const onDay = rows.filter((r) => r.date === day && r.volunteer !== '');
    const date = formatLongDate(day, tz, locale);
    if (left <= REMINDER_DAYS) {
      for (const duty of onDay) {
        const member = memberOf.get(duty.volunteer.toLowerCase());
        if (!member) continue;
        const site = siteOf(duty.site);
        const blocks: EmailBlock[] = [paragraph(catalogue(locale).orders.email.greeting(member.name)), paragraph(t.reminderIntro(date, site?.name ?? duty.site, duty.role))];
        if (site && (site.address || site.pickup)) blocks.push(paragraph(t.where(site.address, site.pickup)));
        if (site?.bring) blocks.push(paragraph(t.bring(site.bring)));
        if (site?.contact) blocks.push(paragraph(t.contact(site.contact)));
        blocks.push(paragraph(t.cannot), paragraph(catalogue(locale).orders.email.signature(settings.groupName)));
        emails.push(memberEmail({
          settings, kind: 'duty-reminder', key: `duty-reminder:${isoDay(day)}:${site?.name ?? duty.site}:${member.email}`, to: member.email,
          subject: t.reminderSubject(settings.groupName, date), title: t.reminderTitle, blocks,
        }));
      }
    }
    if (left <= ALERT_DAYS) {
      const key = `duty-alert:${isoDay(day)}`;
      // Two alerts of one morning (two pickups four days apart) never name the same household.
      const alert = coverageAlert({ ...input, day, date, key, rows, onDay, pickupDay: pickup === null ? null : dayOf(pickup), today, alsoSkip: namedNow });
      if (alert) {
        emails.push(alert.email);
        namedNow.push(...alert.named);
        asked = { key, emails: [...namedNow] };
      }
    }
  }
  return { newRows, emails, asked };
}

/** What `dutiesDue` needs: no settings, members or sites (a quiet day reads none of them). */
export type DutyDueInput = Pick<DutyPlanInput, 'pickup' | 'offers' | 'now'> & { duties: Pick<Duty, 'date' | 'site' | 'volunteer'>[]; timeZone: string };

/** The offers not yet in `Permanences`, as rows on the pickup's day (none without a pickup). */
function offerRows(input: DutyDueInput): { date: number; site: string; volunteer: string }[] {
  if (input.pickup === null) return [];
  const dayOf = (instant: number) => startOfLocalDay(instant, input.timeZone);
  const same = (a: string, b: string) => normalizeHeader(a) === normalizeHeader(b);
  const day = dayOf(input.pickup);
  const rows: { date: number; site: string; volunteer: string }[] = [];
  const onDay = input.duties.filter((d) => d.date !== null && dayOf(d.date) === day);
  for (const offer of input.offers) {
    const known = [...onDay, ...rows].some((d) => same(d.site, offer.site) && d.volunteer.toLowerCase() === offer.email);
    if (!known) rows.push({ date: day, site: offer.site, volunteer: offer.email });
  }
  return rows;
}

/**
 * Whether planDuties would do anything today: an offer to write into `Permanences`, or a pickup or
 * a duty from tomorrow to ALERT_DAYS days ahead (the only days it writes about). On other days the
 * daily run reads neither the configuration nor the outbox.
 * @example dutiesDue({ duties: [], pickup: sat12, offers: [], now: mon1, timeZone: 'Europe/Paris' }) // false: eleven days ahead
 */
export function dutiesDue(input: DutyDueInput): boolean {
  if (offerRows(input).length > 0) return true;
  const today = startOfLocalDay(input.now, input.timeZone);
  const days = [...input.duties.map((d) => d.date), input.pickup].filter((d): d is number => d !== null);
  return days.some((d) => {
    const left = Math.round((startOfLocalDay(d, input.timeZone) - today) / DAY);
    return left >= 1 && left <= ALERT_DAYS;
  });
}

interface AlertInput extends DutyPlanInput {
  day: number;
  date: string;
  key: string;
  rows: { date: number; site: string; volunteer: string }[];
  onDay: { site: string; volunteer: string }[];
  pickupDay: number | null;
  today: number;
  /** Named by an earlier alert of the same run. */
  alsoSkip: string[];
}

/** One e-mail to the coordination when a site lacks volunteers on a day, or null. */
function coverageAlert(input: AlertInput): { email: Email; named: string[] } | null {
  const { settings, sites, members, day, rows, onDay } = input;
  const { locale, timeZone: tz } = settings;
  const t = catalogue(locale).orders.volunteer;
  const same = (a: string, b: string) => normalizeHeader(a) === normalizeHeader(b);
  const lacking = sites
    .filter((s) => (s.volunteers ?? 0) > 0 && (day === input.pickupDay || rows.some((r) => r.date === day && same(r.site, s.name))))
    .map((s) => ({ site: s, have: onDay.filter((r) => same(r.site, s.name)).length, need: s.volunteers ?? 0 }))
    .filter((x) => x.have < x.need);
  if (lacking.length === 0) return null;

  // Asked last time (by another alert): not asked again now, so nobody is asked twice in a row.
  const skip = new Set([...(input.lastAsked && input.lastAsked.key !== input.key ? input.lastAsked.emails : []), ...input.alsoSkip]);
  const busy = new Set(onDay.map((r) => r.volunteer.toLowerCase()));
  const lastServed = new Map<string, number>();
  for (const r of rows) {
    const email = r.volunteer.toLowerCase();
    if (r.date < input.today && (lastServed.get(email) ?? -Infinity) < r.date) lastServed.set(email, r.date);
  }
  const blocks: EmailBlock[] = [paragraph(t.alertIntro(input.date)), { kind: 'list', items: lacking.map((x) => t.alertSite(x.site.name, x.have, x.need)) }];
  const named: string[] = [];
  for (const { site, have, need } of lacking) {
    const candidates = members
      .filter((m) => m.active && same(m.site, site.name) && !busy.has(m.email) && !skip.has(m.email))
      .sort((a, b) => (lastServed.get(a.email) ?? -Infinity) - (lastServed.get(b.email) ?? -Infinity) || a.name.localeCompare(b.name))
      .slice(0, Math.max(3, 2 * (need - have)));
    blocks.push(paragraph(t.askIntro(site.name)));
    if (candidates.length === 0) blocks.push(paragraph(t.noCandidate));
    else {
      blocks.push({
        kind: 'list',
        items: candidates.map((m) => {
          const last = lastServed.get(m.email);
          return t.candidate(m.name || m.email, m.phone, last === undefined ? t.neverServed : t.lastServed(formatLongDate(last, tz, locale)));
        }),
      });
    }
    named.push(...candidates.map((m) => m.email));
  }
  // Volunteers of the day under a site `Lieux` does not know (a site renamed since they signed up)
  // count for no site: the alert says so, or it would ask for help they already give.
  const stray = new Map<string, { site: string; who: string[] }>();
  for (const r of onDay) {
    if (sites.some((s) => same(s.name, r.site))) continue;
    const who = members.find((m) => m.email === r.volunteer.toLowerCase())?.name || r.volunteer;
    const key = normalizeHeader(r.site);
    stray.set(key, { site: stray.get(key)?.site ?? r.site.trim(), who: [...(stray.get(key)?.who ?? []), who] });
  }
  if (stray.size > 0) {
    blocks.push(paragraph(t.unknownSitesIntro));
    blocks.push({ kind: 'list', items: [...stray.values()].map(({ site, who }) => t.unknownSite(site, who.join(', '))) });
  }
  blocks.push(paragraph(t.alertOutro));
  const email = memberEmail({
    settings, kind: 'duty-alert', key: input.key, to: settings.coordinationEmail,
    subject: t.alertSubject(settings.groupName, input.date), title: t.alertTitle, blocks,
  });
  return { email, named };
}
