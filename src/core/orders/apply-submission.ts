// One submission applied to the open cycle: judged against the member's current order, then
// turned into everything the shell writes (the member's new order, the counters, the lines to
// append and whether the earlier ones become `replaced`, the e-mail, the Journal note). Pure:
// the shell reads, calls it, and writes.
import type { CycleCatalog, Email, Locale, Member, MemberOrderState, OrderLine, Problem, Rejection, Settings, Submission } from '../model';
import { catalogue, type Catalogue } from '../i18n';
import { formatQuantity } from '../money';
import { composeCancellation } from './compose-cancellation';
import { composeConfirmation } from './compose-confirmation';
import { composeRejection } from './compose-rejection';
import { isEnteredOrder } from './entered-order';
import { evaluateSubmission, type Cap } from './evaluate-submission';
import { withoutMember } from './latest-order';
import { roundQuantity } from './parse-quantity';
import { renderOrderProblem } from './render-order-problem';
import { lineTolerance } from './order-line';

/** The running totals of a cycle, as the submissions keep them (the store adds its own fields). */
export interface SubmissionCounters {
  nextQueue: number;
  /** Per product ref: firm quantity and tolerance currently ordered, over every member. */
  ordered: Record<string, { quantity: number; tolerance: number }>;
  households: number;
  rejections: Rejection[];
}

/** What a submission is judged against. */
export interface SubmissionState<C extends SubmissionCounters = SubmissionCounters> {
  catalog: CycleCatalog | null; // the open cycle's snapshot; null when no cycle is open
  member: Member | null; // null = unknown e-mail
  previous: MemberOrderState | null; // the member's current order in the cycle
  counters: C | null; // null when no cycle is open
}

/** A Journal line, its event named by its key in the `ui.event` catalogue. */
export interface JournalNote {
  level: 'info' | 'warning';
  event: keyof Catalogue['ui']['event'];
  who: string;
  detail: string;
  at: number;
}

export type SubmissionResult<C extends SubmissionCounters = SubmissionCounters> =
  | { kind: 'ignored'; reason: 'blank' | 'duplicate' | 'stale' }
  | { kind: 'rejected'; problems: Problem[]; email: Email | null; journal: JournalNote; counters: C | null }
  | {
    kind: 'accepted' | 'replaced' | 'cancelled';
    order: MemberOrderState; // the member's new current order
    counters: C;
    lines: OrderLine[]; // to append to `Commandes`
    replacesLines: boolean; // whether the member's earlier lines become `replaced`
    email: Email;
    journal: JournalNote | null;
    caps: Cap[];
  };

/** The Journal's sentence for an order the stock emptied: each product and the quantity asked. */
function outOfStock(caps: { product: string; asked: number }[], locale: Locale): string {
  const t = catalogue(locale).ui.journal;
  return t.outOfStock(caps.map((c) => t.asked(c.product, formatQuantity(c.asked, locale), c.asked >= 2)).join(', '));
}

/** The rejections kept in the counters (the latest ones), for the recap and the digest. */
export const MAX_REJECTIONS_KEPT = 200;

/**
 * Applies one submission. `settings` are the group's (the cycle's when one is open), for the
 * refusal e-mail; `now` is when it is applied (the Journal's time). Nothing in the input changes.
 * @example applySubmission({ catalog, member, previous: null, counters }, submission, catalog.settings, now)
 *   // { kind: 'accepted', order: { queue: 7, ... }, counters: { nextQueue: 8, households: 1, ... }, lines: [...], replacesLines: false, email, journal: null, caps: [] }
 */
export function applySubmission<C extends SubmissionCounters>(
  state: SubmissionState<C>, submission: Submission, settings: Settings, now: number,
): SubmissionResult<C> {
  const { catalog, member, previous, counters } = state;
  const email = submission.email.trim().toLowerCase();
  const totals = Object.fromEntries(Object.entries(counters?.ordered ?? {}).map(([ref, o]) => [ref, o.quantity]));
  const outcome = evaluateSubmission({
    submission, catalog, member, previous,
    orderedByOthers: withoutMember(totals, previous),
    nextQueue: counters?.nextQueue ?? 1,
  });
  if (outcome.kind === 'ignored') return outcome;

  if (outcome.kind === 'rejected') {
    const locale: Locale = settings.locale;
    const reasons = outcome.problems.map((p) => renderOrderProblem(p, locale));
    const rejection: Rejection = { at: submission.submittedAt, email, codes: outcome.problems.map((p) => p.code) };
    // An order the coordination entered and Cabas refused is told in the sidebar, at once: the
    // household gets no e-mail or slip about the coordinator's slip of the pen, and the Récap
    // counts it as no member's refusal. The Journal keeps it.
    if (isEnteredOrder(submission.responseId)) {
      return {
        kind: 'rejected', problems: outcome.problems, email: null, counters: null,
        journal: { level: 'warning', event: 'orderRejected', who: email || '?', detail: reasons.join(' '), at: now },
      };
    }
    return {
      kind: 'rejected',
      problems: outcome.problems,
      email: email ? composeRejection({ settings, catalog, email, problems: outcome.problems, submittedAt: submission.submittedAt, editUrl: submission.editUrl }) : null,
      journal: { level: 'warning', event: 'orderRejected', who: email || '?', detail: reasons.join(' '), at: now },
      counters: catalog && counters ? { ...counters, rejections: [...(counters.rejections ?? []), rejection].slice(-MAX_REJECTIONS_KEPT) } : null,
    };
  }
  if (!catalog || !counters || !member) throw new Error('Cabas: an accepted order needs an open cycle, its counters and a member');

  const lines = outcome.kind === 'accepted' ? outcome.lines : [];
  const replacesLines = !!previous && previous.lines.length > 0;
  const next = countersAfter(counters, catalog, previous, lines);
  if (outcome.kind === 'cancelled') {
    return {
      kind: 'cancelled', order: outcome.state, counters: next, lines, replacesLines, caps: [],
      email: composeCancellation({ catalog, member, editUrl: submission.editUrl, outcome }),
      journal: { level: 'info', event: 'orderCancelled', who: email, detail: catalogue(settings.locale).ui.journal.cancelled, at: now },
    };
  }
  // Everything asked for was capped away by the stock: the member is told; the coordinator sees the unmet demand in the Journal.
  const empty = lines.length === 0
    ? { level: 'warning' as const, event: 'orderEmpty' as const, who: email, detail: outOfStock(outcome.caps, settings.locale), at: now }
    : null;
  return {
    kind: outcome.replaces ? 'replaced' : 'accepted', order: outcome.state, counters: next, lines, replacesLines, caps: outcome.caps,
    email: composeConfirmation({ catalog, member, outcome, editUrl: submission.editUrl }),
    journal: empty,
  };
}

/** The counters with the member's previous quantities out and the new lines in; every submission taken takes a queue place (close/queue-units.ts). */
function countersAfter<C extends SubmissionCounters>(counters: C, catalog: CycleCatalog, previous: MemberOrderState | null, lines: OrderLine[]): C {
  const ordered = Object.fromEntries(Object.entries(counters.ordered).map(([ref, o]) => [ref, { ...o }]));
  const productOf = (ref: string) => catalog.products.find((p) => p.ref === ref);
  for (const line of previous?.lines ?? []) {
    const o = ordered[line.ref];
    if (o) {
      o.quantity = Math.max(0, roundQuantity(o.quantity - line.quantity));
      o.tolerance = Math.max(0, roundQuantity(o.tolerance - lineTolerance(productOf(line.ref), line.quantity, previous?.tolerance ?? 0)));
    }
  }
  for (const line of lines) {
    const o = (ordered[line.ref] ??= { quantity: 0, tolerance: 0 });
    o.quantity = roundQuantity(o.quantity + line.quantity);
    o.tolerance = roundQuantity(o.tolerance + line.tolerance);
  }
  const wasOrdering = !!previous && previous.lines.length > 0;
  return {
    ...counters,
    ordered,
    nextQueue: counters.nextQueue + 1,
    households: counters.households + (lines.length > 0 ? 1 : 0) - (wasOrdering ? 1 : 0),
  };
}
