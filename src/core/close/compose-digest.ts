// The coordinators' digest of a close: totals per producer, incomplete cases, minimums, rejections, outbox.
import { formatLongDateTime } from '../dates';
import type { HtmlCell } from '../email/html';
import { catalogue } from '../i18n';
import { formatMoney } from '../money';
import type { Email, Rejection } from '../model';
import type { EmailBlock } from '../orders/email-blocks';
import { paragraph } from '../orders/paragraph';
import { cycleLabel } from '../orders/cycle-label';
import { closeEmail } from './close-email';
import { type ClosedCycle, delivered, producerCancelled } from './closed-cycle';
import { rejectionReasons } from './rejection-reasons';
import { producerStatusText } from './recap-tab';
import { directPayments } from '../payments/amount-due';

/**
 * Composes the digest sent to the coordination address only.
 * @example composeDigest(cycle, [], 0).key // "digest:2026-12-10"
 */
export function composeDigest(cycle: ClosedCycle, rejections: Rejection[], pendingEmails: number): Email {
  const { catalog } = cycle;
  const { locale, timeZone, groupName, coordinationEmail, casePolicy } = catalog.settings;
  const t = catalogue(locale).close;
  const money = (cents: number) => formatMoney(cents, locale);
  const label = cycleLabel(catalog.cycle, timeZone, locale);

  const households = cycle.households.filter((h) => h.lines.some((c) => delivered(c.line)));
  const total = cycle.producers.filter((p) => !producerCancelled(p.status)).reduce((sum, p) => sum + p.totalCents, 0);
  const right = (text: string): HtmlCell => ({ text, align: 'right' });
  const blocks: EmailBlock[] = [
    // Every household that ordered, as the Récap and the Journal count them (one whose whole order was cancelled too).
    paragraph(t.digest.summary(cycle.households.length, money(total))),
    {
      kind: 'table', headers: t.digest.producerHeaders,
      rows: cycle.producers.map((p) => [
        p.producer, right(money(p.totalCents)), right(p.minimumCents > 0 ? money(p.minimumCents) : t.digest.noMinimum), producerStatusText(p, locale),
      ]),
    },
  ];

  const short = cycle.producers.flatMap((p) => p.products.filter((x) => x.shortfall > 0).map((x) => {
    const missing = t.common.quantity(x.shortfall, x.unit);
    return casePolicy === 'manual' ? t.digest.shortCase(x.product, p.producer, missing) : t.digest.cutCase(x.product, p.producer, missing);
  }));
  if (short.length > 0) {
    blocks.push(paragraph(t.digest.shortCasesIntro), { kind: 'list', items: short });
    if (casePolicy === 'manual') blocks.push(paragraph(t.digest.manualCases));
  }

  const missed = cycle.producers.filter((p) => p.status === 'below-minimum-held' || p.status === 'below-minimum-cancelled').map((p) =>
    (p.status === 'below-minimum-held' ? t.digest.minimumHeld : t.digest.minimumCancelled)(p.producer, money(p.totalCents), money(p.minimumCents)));
  if (missed.length > 0) blocks.push(paragraph(t.digest.minimumsIntro), { kind: 'list', items: missed });
  const withdrawn = cycle.producers.filter((p) => p.status === 'withdrawn').map((p) => t.digest.withdrawn(p.producer, money(p.totalCents)));
  if (withdrawn.length > 0) blocks.push(paragraph(t.digest.withdrawnIntro), { kind: 'list', items: withdrawn });

  // What the group owes a producer members pay directly (payments/amount-due.ts): the treasurer reads it here too.
  const groupPays = directPayments(cycle).filter((d) => d.groupCents > 0).map((d) => t.digest.groupPays(d.producer, money(d.groupCents), money(d.membersCents)));
  if (groupPays.length > 0) blocks.push({ kind: 'list', items: groupPays });

  // A household that ordered and that Adhérents no longer knows (its address or name changed since):
  // it pays the catalogue price and its summary goes to the address it ordered with.
  const unknown = households.filter((h) => h.unknown).map((h) => h.name || h.email);
  if (unknown.length > 0) blocks.push(paragraph(t.digest.unknownHouseholds(unknown.join(', '))));
  // One that ordered under an address Adhérents no longer lists, found there by its name (members/former-keys.ts).
  const moved = households.filter((h) => h.address).map((h) => t.digest.movedHousehold(h.name || h.email, h.email, h.address!));
  if (moved.length > 0) blocks.push(paragraph(t.digest.movedIntro), { kind: 'list', items: moved });

  const noEmail = cycle.producers
    .filter((p) => p.status === 'ok' && p.totalCents > 0 && (catalog.producers.find((x) => x.name === p.producer)?.email.trim() ?? '') === '')
    .map((p) => t.digest.noProducerEmail(p.producer));
  if (noEmail.length > 0) blocks.push({ kind: 'list', items: noEmail });

  if (rejections.length === 0) blocks.push(paragraph(t.digest.noRejection));
  else {
    const sorted = [...rejections].sort((a, b) => a.at - b.at || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
    blocks.push(paragraph(t.digest.rejectionsIntro(rejections.length)), {
      kind: 'list', items: sorted.map((r) => t.digest.rejection(r.email, formatLongDateTime(r.at, timeZone, locale), rejectionReasons(r.codes, locale))),
    });
  }
  blocks.push(paragraph(t.digest.pending(pendingEmails)));

  return closeEmail({
    catalog, kind: 'digest', key: `digest:${catalog.cycle.id}`, to: coordinationEmail,
    subject: t.digest.subject(groupName, label), title: t.digest.title(label), blocks,
  });
}
