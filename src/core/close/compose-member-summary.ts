// A member's final summary: what they receive, what changed and why, what to pay whom, where and when.
import { formatLongDate, startOfLocalDay } from '../dates';
import type { HtmlCell } from '../email/html';
import { catalogue } from '../i18n';
import { formatMoney } from '../money';
import type { Duty, Email } from '../model';
import type { EmailBlock } from '../orders/email-blocks';
import { paragraph } from '../orders/paragraph';
import { amountDue } from '../payments/amount-due';
import { cycleLabel } from '../orders/cycle-label';
import { closeEmail, pickupDate, siteLine } from './close-email';
import { type ClosedCycle, type ClosedLine, type Household, delivered } from './closed-cycle';
import { CATALOGUE_TARIFF, amountOwed, householdLines } from '../tariffs/household-price';

/** What a household still owes from earlier cycles, from the ledger (negative: what the group owes it). */
export interface EarlierBalance {
  cents: number;
  cycles: string[];
}

/**
 * Composes the final summary of one household; `earlier`, when it owes something from earlier
 * cycles or is owed something (a credit), adds a sentence saying how much.
 * @example composeMemberSummary(cycle, anne, duties).key // "member-summary:2026-12-10:anne@example.org"
 */
export function composeMemberSummary(cycle: ClosedCycle, closed: Household, duties: Duty[], earlier?: EarlierBalance): Email {
  const { catalog } = cycle;
  // Every amount below is the household's own price; only this household ever reads its tariff.
  const tariff = closed.tariff ?? CATALOGUE_TARIFF;
  const household: Household = { ...closed, lines: householdLines(closed.lines, tariff) };
  const owed = amountOwed(closed);
  const { locale, timeZone, groupName } = catalog.settings;
  const t = catalogue(locale).close;
  const money = (cents: number) => formatMoney(cents, locale);
  const status = (producer: string) => cycle.producers.find((p) => p.producer === producer)?.status ?? 'ok';
  const producers = cycle.producers.map((p) => p.producer).filter((p) => household.lines.some((c) => c.line.producer === p));

  const blocks: EmailBlock[] = [paragraph(t.common.greeting(household.name))];
  const received = household.lines.filter((c) => delivered(c.line));
  if (received.length === 0) blocks.push(paragraph(t.member.nothing));
  else {
    blocks.push(paragraph(t.member.intro), linesTable(cycle, household, producers));
    if (tariff.percent !== 0) blocks.push(paragraph(catalogue(locale).orders.tariff.yourPrices(tariff.name)));
  }

  const changes = household.lines.filter((c) => c.reason !== null).map((c) => changeSentence(cycle, c));
  if (changes.length > 0) blocks.push(paragraph(t.member.changesIntro), { kind: 'list', items: changes });

  if (received.length > 0) {
    // What goes to each producer, and a tariff's supplement to the group (payments/amount-due.ts).
    const due = amountDue(cycle, closed);
    const amount = (producer: string) => owed.byProducer.find((p) => p.producer === producer)?.dueCents ?? 0;
    const handed = (producer: string) => due.producers.find((p) => p.producer === producer)?.cents ?? amount(producer);
    const items = producers.filter((p) => amount(p) > 0).map((p) => {
      if (status(p) === 'below-minimum-held') return t.member.heldAmount(p, money(amount(p)));
      return t.member.pay(p, money(handed(p)), catalog.producers.find((x) => x.name === p)?.payment ?? '');
    });
    if (due.supplementCents > 0) items.push(t.member.supplement(money(due.supplementCents)));
    blocks.push(paragraph(due.supplementCents > 0 ? t.member.payIntroWithGroup : t.member.payIntro), { kind: 'list', items });
    blocks.push(paragraph(t.member.total(money(due.totalCents))));
    blocks.push(paragraph(t.common.pickup(siteLine(catalog, household.site), pickupDate(catalog))));
  }
  // What earlier cycles leave: owed by the household, or owed to it (a credit, an overpayment): never forgotten.
  if (earlier && earlier.cents > 0) blocks.push(paragraph(catalogue(locale).payments.earlierBalance(money(earlier.cents), earlier.cycles.join(', '))));
  if (earlier && earlier.cents < 0) blocks.push(paragraph(catalogue(locale).payments.earlierCredit(money(-earlier.cents), earlier.cycles.join(', '))));

  const pickup = catalog.cycle.pickup;
  if (pickup !== null) {
    const day = startOfLocalDay(pickup, timeZone);
    const duty = duties.find((d) => [household.email, household.address].includes(d.volunteer.trim().toLowerCase()) && d.date !== null && startOfLocalDay(d.date, timeZone) === day);
    if (duty) blocks.push(paragraph(t.member.duty(formatLongDate(pickup, timeZone, locale), duty.role, duty.site)));
  }
  blocks.push(paragraph(t.common.signature(groupName)));

  return closeEmail({
    catalog, kind: 'member-summary', key: `member-summary:${catalog.cycle.id}:${household.email}`, to: household.address ?? household.email,
    subject: t.member.subject(groupName, cycleLabel(catalog.cycle, timeZone, locale)), title: t.member.title, blocks,
  });
}

/** Every line, received or not, grouped by producer with a subtotal. */
function linesTable(cycle: ClosedCycle, household: Household, producers: string[]): EmailBlock {
  const { locale } = cycle.catalog.settings;
  const t = catalogue(locale).close;
  const money = (cents: number) => formatMoney(cents, locale);
  const right = (text: string, bold = false): HtmlCell => ({ text, align: 'right', bold });
  const qty = (n: number, unit: string) => t.common.quantity(n, unit);
  const rows: HtmlCell[][] = [];
  let total = 0;
  for (const producer of producers) {
    const own = household.lines.filter((c) => c.line.producer === producer);
    for (const { line, unit } of own) {
      rows.push([line.product, right(qty(line.quantity, unit)), right(qty(line.allocated ?? 0, unit)), right(t.common.unitPrice(money(line.priceCents), unit)), right(money(line.amountCents))]);
    }
    const subtotal = own.reduce((sum, c) => sum + c.line.amountCents, 0);
    total += subtotal;
    rows.push([{ text: t.common.subtotal(producer), bold: true }, '', '', '', right(money(subtotal), true)]);
  }
  return { kind: 'table', headers: t.member.headers, rows, footer: [t.common.total, '', '', '', right(money(total))] };
}

function changeSentence(cycle: ClosedCycle, closed: ClosedLine): string {
  const sentence = reasonSentence(cycle, closed);
  return closed.laterUnitsCut ? `${sentence} ${catalogue(cycle.catalog.settings.locale).close.member.laterUnits}` : sentence;
}

function reasonSentence(cycle: ClosedCycle, { line, unit, reason }: ClosedLine): string {
  const { locale } = cycle.catalog.settings;
  const t = catalogue(locale).close.member.change;
  const qty = (n: number) => catalogue(locale).close.common.quantity(n, unit);
  switch (reason) {
    case 'minimum':
      return t.minimum(line.product, qty(line.quantity), line.producer);
    case 'held':
      return t.held(line.product, qty(line.quantity), line.producer);
    case 'withdrawn':
      return t.withdrawn(line.product, qty(line.quantity), line.producer);
    case 'tolerance':
    case 'case':
    case 'stock':
    case 'review':
      return t[reason](line.product, qty(line.quantity), qty(line.allocated ?? 0));
    default:
      return '';
  }
}
