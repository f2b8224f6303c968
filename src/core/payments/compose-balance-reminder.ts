// « Relancer les impayés »: one polite e-mail to each household that still owes, at most once a week.
import { startOfLocalDay } from '../dates';
import { catalogue } from '../i18n';
import { formatMoney } from '../money';
import type { Cycle, Email, Member, Producer, Settings } from '../model';
import { isDeliverable } from '../members/household-key';
import { memberEmail } from '../orders/email-envelope';
import { paragraph } from '../orders/paragraph';
import type { Balances, HouseholdBalance } from './balances';

const DAY = 24 * 3600 * 1000;
const KEY = 'balance-reminder:';

/** The day number of an instant in the group's time zone (days since 1970-01-01 there). */
function dayOf(now: number, timeZone: string): number {
  return Math.floor((startOfLocalDay(now, timeZone) + 12 * 3600 * 1000) / DAY);
}

/**
 * The reminders to queue now: one per household that still owes something, unless one of the
 * outbox's `keys` shows a reminder to that household in the last seven days.
 * @example balanceReminders({ balances, producers, settings, keys: [], now }).map((e) => e.key) // ["balance-reminder:bruno@example.org:20798"]
 */
export function balanceReminders(input: { balances: Balances; producers: Producer[]; settings: Settings; keys: Iterable<string>; now: number }): Email[] {
  const today = dayOf(input.now, input.settings.timeZone);
  const recent = new Set<string>();
  for (const key of input.keys) {
    if (!key.startsWith(KEY)) continue;
    const at = key.lastIndexOf(':');
    const day = Number(key.slice(at + 1));
    if (Number.isFinite(day) && today - day < 7) recent.add(key.slice(KEY.length, at));
  }
  return input.balances.households
    .filter((h) => h.outstandingCents > 0 && !recent.has(h.email) && isDeliverable(h.email))
    .map((h) => composeBalanceReminder(h, input.producers, input.settings, today));
}

/**
 * The cycles whose pickup has passed (before today, in the group's time zone; a cycle without a
 * pickup date once its deadline has): only what a household has taken home is asked for. A ledger
 * row of a cycle `Cycles` no longer lists is asked for too.
 * @example collectable(ledgerCycles, cycles, now) // Set { "2026-11-26" } (the 2026-12-10 pickup is on Saturday)
 */
export function collectable(ledgerCycles: Iterable<string>, cycles: Cycle[], now: number, timeZone: string): Set<string> {
  const byId = new Map(cycles.map((c) => [c.id, c]));
  const today = startOfLocalDay(now, timeZone);
  const out = new Set<string>();
  for (const id of ledgerCycles) {
    const c = byId.get(id);
    if (!c || (c.pickup !== null ? startOfLocalDay(c.pickup, timeZone) < today : c.deadline < now)) out.add(id);
  }
  return out;
}

/** A household that owes and has no e-mail address: the coordination calls it. */
export interface ToCall { name: string; phone: string; cents: number }

/**
 * The households that still owe but cannot be e-mailed (no address: `nom:…`), with their phone
 * from `Adhérents`, for the coordination to call; the e-mailed reminders leave them out.
 * @example householdsToCall(balances, members) // [{ name: 'Marcel Rieu', phone: '05 63 00 11 22', cents: 1500 }]
 */
export function householdsToCall(b: Balances, members: Member[]): ToCall[] {
  const phoneOf = new Map(members.map((m) => [m.email, m.phone]));
  return b.households
    .filter((h) => h.outstandingCents > 0 && !isDeliverable(h.email))
    .map((h) => ({ name: h.member || h.email, phone: phoneOf.get(h.email) ?? '', cents: h.outstandingCents }));
}

function composeBalanceReminder(h: HouseholdBalance, producers: Producer[], settings: Settings, today: number): Email {
  const { locale, groupName } = settings;
  const t = catalogue(locale).payments.reminder;
  const money = (cents: number) => formatMoney(cents, locale);
  const how = producers.filter((p) => p.payment.trim() !== '').map((p) => t.producerLine(p.name, p.payment.trim()));
  return memberEmail({
    settings, kind: 'balance-reminder', key: `${KEY}${h.email}:${today}`, to: h.email,
    subject: t.subject(groupName), title: t.title,
    blocks: [
      paragraph(catalogue(locale).close.common.greeting(h.member)),
      paragraph(t.intro),
      // A cycle where the group owes the household (a credit, an overpayment) is listed too: the total is their sum.
      { kind: 'list', items: h.cycles.map((c) => (c.outstandingCents > 0 ? t.cycleLine(c.cycle, money(c.outstandingCents)) : t.creditLine(c.cycle, money(-c.outstandingCents)))) },
      paragraph(t.total(money(h.outstandingCents))),
      ...(how.length > 0 ? [paragraph(t.howToPay), { kind: 'list' as const, items: how }] : []),
      paragraph(t.already),
      paragraph(catalogue(locale).close.common.signature(groupName)),
    ],
  });
}
