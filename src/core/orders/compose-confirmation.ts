// The e-mail a member gets when their order is recorded: lines, totals, caps, pickup, edit link.
import type { HtmlCell } from '../email/html';
import { catalogue } from '../i18n';
import { formatMoney, formatQuantity } from '../money';
import type { CycleCatalog, Email, Member, OrderLine } from '../model';
import type { EmailBlock } from './email-blocks';
import type { SubmissionOutcome } from './evaluate-submission';
import { cycleLabel } from './cycle-label';
import { deadlineText, memberEmail, pickupSentence } from './email-envelope';
import { paragraph } from './paragraph';
import { householdLine, tariffOf } from '../tariffs/household-price';

export interface ConfirmationInput {
  catalog: CycleCatalog;
  member: Member;
  outcome: Extract<SubmissionOutcome, { kind: 'accepted' }>;
  editUrl: string;
}

/**
 * Composes the confirmation of an accepted submission.
 * @example composeConfirmation({ catalog, member, outcome, editUrl }).key // "confirmation:2026-12-10:resp-1:1796580000000"
 */
export function composeConfirmation({ catalog, member, outcome, editUrl }: ConfirmationInput): Email {
  const { locale, timeZone, groupName } = catalog.settings;
  const t = catalogue(locale).orders;
  const { state, caps } = outcome;
  // The order's lines keep the catalogue price (as producers are paid); the member reads their own.
  const tariff = tariffOf(member, catalog.settings);
  const lines = outcome.lines.map((l) => householdLine(l, tariff));
  const deadline = deadlineText(catalog);

  const blocks: EmailBlock[] = [paragraph(t.email.greeting(member.name))];
  if (outcome.replaces) blocks.push(paragraph(t.email.replaces));
  if (lines.length > 0) {
    blocks.push(paragraph(t.email.confirmationIntro), linesTable(catalog, lines));
    if (tariff.percent !== 0) blocks.push(paragraph(t.tariff.yourPrices(tariff.name)));
    blocks.push(paragraph(t.email.estimate));
  } else {
    blocks.push(paragraph(t.email.confirmationEmpty));
  }
  if (caps.length > 0) {
    const q = (n: number) => formatQuantity(n, locale);
    blocks.push(paragraph(t.email.capsIntro));
    blocks.push({ kind: 'list', items: caps.map((c) => t.cap[c.reason](c.product, q(c.asked), q(c.granted))) });
  }
  // An edit's added units of products sold by the case wait behind earlier orders (close/queue-units.ts): say so.
  if (outcome.added.length > 0) {
    blocks.push(paragraph(t.email.laterIntro));
    blocks.push({ kind: 'list', items: outcome.added.map((a) => t.email.laterItem(a.product, formatQuantity(a.quantity, locale))) });
  }
  const casesOrdered = lines.some((l) => catalog.products.find((p) => p.ref === l.ref)?.caseSize);
  if (casesOrdered) {
    blocks.push(paragraph(state.tolerance > 0 ? t.email.tolerance(state.tolerance) : t.email.noTolerance));
  }
  const comment = lines[0]?.comment ?? '';
  if (comment) blocks.push(paragraph(t.email.comment(comment)));
  blocks.push(paragraph(pickupSentence(catalog, state.site)));
  // An order entered from the coordinator's sidebar has no edit link: the coordinator enters the change.
  if (editUrl) blocks.push(paragraph(t.email.editHint(deadline)), { kind: 'link', url: editUrl, label: t.email.editLink });
  blocks.push(paragraph(t.email.signature(groupName)));

  return memberEmail({
    settings: catalog.settings,
    kind: 'confirmation',
    key: `confirmation:${catalog.cycle.id}:${state.responseId}:${state.submittedAt}`,
    to: member.email,
    subject: t.email.confirmationSubject(groupName, cycleLabel(catalog.cycle, timeZone, locale)),
    title: t.email.confirmationTitle,
    blocks,
  });
}

/** The lines grouped by producer (in form order), a subtotal per producer and the total. */
function linesTable(catalog: CycleCatalog, lines: OrderLine[]): EmailBlock {
  const { locale } = catalog.settings;
  const t = catalogue(locale).orders.email;
  const money = (cents: number) => formatMoney(cents, locale);
  const right = (text: string, bold = false): HtmlCell => ({ text, align: 'right', bold });
  const rows: HtmlCell[][] = [];
  const producers = [...new Set([...catalog.producers.map((p) => p.name), ...lines.map((l) => l.producer)])];
  for (const producer of producers) {
    const own = lines.filter((l) => l.producer === producer);
    if (own.length === 0) continue;
    for (const line of own) {
      const unit = catalog.products.find((p) => p.ref === line.ref)?.unit ?? '';
      rows.push([
        line.product,
        right(t.quantity(line.quantity, unit)),
        right(t.unitPrice(money(line.priceCents), unit)),
        right(money(line.amountCents)),
      ]);
    }
    const subtotal = own.reduce((sum, l) => sum + l.amountCents, 0);
    rows.push([{ text: t.subtotal(producer), bold: true }, '', '', right(money(subtotal), true)]);
  }
  const total = lines.reduce((sum, l) => sum + l.amountCents, 0);
  return { kind: 'table', headers: t.headers, rows, footer: [t.total, '', '', right(money(total))] };
}
