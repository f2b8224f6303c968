// « Relancer les impayés »: one polite e-mail to each household that still owes, at most once a week.
import { startOfLocalDay } from '../dates';
import { catalogue } from '../i18n';
import { formatMoney } from '../money';
import type { Cycle, Email, Member, OrderLine, Producer, Settings } from '../model';
import { delivered } from '../close/closed-cycle';
import { isDeliverable } from '../members/household-key';
import { NO_FORMER_KEYS, type FormerKeys } from '../members/former-keys';
import { paysDirectly } from './amount-due';
import { memberEmail } from '../orders/email-envelope';
import { paragraph } from '../orders/paragraph';
import type { Balances, HouseholdBalance } from './balances';

const DAY = 24 * 3600 * 1000;
const KEY = 'balance-reminder:';

/** The day number of an instant in the group's time zone (days since 1970-01-01 there). */
function dayOf(now: number, timeZone: string): number {
  return Math.floor((startOfLocalDay(now, timeZone) + 12 * 3600 * 1000) / DAY);
}

/** Who a household took something from in a cycle: `cycle`, then the e-mail, as `producersTaken` keys them. */
const takenKey = (cycle: string, email: string) => `${cycle.trim()}\u0000${email.trim().toLowerCase()}`;

/**
 * The producers each household received something from, per cycle: the delivered lines of
 * `Commandes` (allocated, held or going ahead; a cancelled or replaced line does not count), a line
 * under a household's former address counted for its address now (`links`, as the balances are),
 * under a producer's name now when it was renamed since (`nameNow`, producers/producer-now.ts).
 * @example producersTaken(lines).get('2026-12-10\u0000bruno@example.org') // Set { "Ferme des Tilleuls" }
 */
export function producersTaken(lines: Iterable<OrderLine>, links: FormerKeys = NO_FORMER_KEYS, nameNow: (producer: string) => string = (p) => p): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of lines) {
    if (!delivered(line)) continue;
    const key = takenKey(line.cycle, links.current(line.email));
    let set = out.get(key);
    if (!set) out.set(key, (set = new Set()));
    set.add(nameNow(line.producer).trim());
  }
  return out;
}

/**
 * The reminders to queue now: one per household that still owes something, unless one of the
 * outbox's `keys` shows a reminder to that household in the last seven days. Each says how to pay
 * the producers paid directly that the household received something from in the cycles it owes
 * (`taken`, from `producersTaken`); a household none of whose lines `Commandes` still holds is
 * given every directly paid producer's way, as it cannot be told apart.
 * @example balanceReminders({ balances, producers, taken, settings, keys: [], now }).map((e) => e.key) // ["balance-reminder:bruno@example.org:20798"]
 */
export function balanceReminders(input: { balances: Balances; producers: Producer[]; taken: Map<string, Set<string>>; settings: Settings; keys: Iterable<string>; now: number }): Email[] {
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
    .map((h) => composeBalanceReminder(h, payees(h, input.producers, input.taken), input.settings, today));
}

/** The directly paid producers a household owes for: those it received something from in the cycles it owes. */
function payees(h: HouseholdBalance, producers: Producer[], taken: Map<string, Set<string>>): Producer[] {
  const direct = producers.filter(paysDirectly);
  const sets = h.cycles.filter((c) => c.outstandingCents > 0).flatMap((c) => taken.get(takenKey(c.cycle, h.email)) ?? []);
  if (sets.length === 0) return direct;
  const names = new Set(sets.flatMap((set) => [...set].map((name) => name.toLowerCase())));
  return direct.filter((p) => names.has(p.name.trim().toLowerCase()));
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
  const how = producers.map((p) => t.producerLine(p.name, p.payment.trim()));
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
