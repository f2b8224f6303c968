// A form submission: judged by the core against the open cycle's snapshot and the member's
// current order, then written in a fixed number of calls whatever the size of the group.
import { catalogue } from '../../core/i18n';
import type { Locale, Member, Settings, Submission } from '../../core/model';
import { composeCancellation, composeConfirmation, composeRejection } from '../../core/orders/member-email';
import { evaluateSubmission } from '../../core/orders/evaluate-submission';
import { liveRecap } from '../../core/orders/live-recap';
import { withoutMember } from '../../core/orders/member-state';
import { renderOrderProblem } from '../../core/orders/render-order-problem';
import { DEFAULT_SETTINGS } from '../../core/workbook/settings-rows';
import { context, loadConfiguration, type Context } from '../adapters/context';
import type { Counters, CycleState, StoredOrder } from '../adapters/state-store';
import { after, HANDLER } from '../adapters/triggers';
import { writeTab } from '../adapters/write-tab';
import { findMemberInTab } from '../adapters/read-members';

/** The answers of one response, by form item id: what a submit event carries. */
export interface RawSubmission {
  responseId: string;
  submittedAt: number;
  email: string;
  answers: Record<string, string>; // item id -> answer text
  editUrl: string;
}

const PENDING_PREFIX = 'cabas.pending.';
const MAX_REJECTIONS_KEPT = 200;

/**
 * Reads a form-submit event into plain data; null for a blank firing. Google gives '' for every
 * unanswered text item (FormResponse.getItemResponses() reference), so a blank firing has item
 * responses too: it is one with no answer and no respondent (the form collects e-mails, so every
 * member's response has one). A member's all-empty answer is an order cancelled, not a blank firing:
 * it is taken for one only if the form does not hold the response (a phantom firing that carried an
 * e-mail), which costs one call on that rare path alone.
 */
export function readSubmitEvent(e: GoogleAppsScript.Events.FormsOnFormSubmit | undefined): RawSubmission | null {
  const response = e?.response;
  if (!response) return null;
  const email = (response.getRespondentEmail() || '').trim();
  const answers: Record<string, string> = {};
  for (const ir of response.getItemResponses()) {
    const value = ir.getResponse();
    answers[String(ir.getItem().getId())] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  }
  if (Object.values(answers).every((a) => a.trim() === '') && (!email || !isStored(e, response.getId()))) return null;
  let editUrl = '';
  try {
    editUrl = response.getEditResponseUrl();
  } catch {
    // Edits not allowed on this form: no link to give.
  }
  return { responseId: response.getId(), submittedAt: response.getTimestamp().getTime(), email, answers, editUrl };
}

/** Whether the event's form holds this response (Form.getResponse throws for an id it does not know). */
function isStored(e: GoogleAppsScript.Events.FormsOnFormSubmit, responseId: string): boolean {
  try {
    e.source.getResponse(responseId);
    return true;
  } catch {
    return false;
  }
}

function toSubmission(raw: RawSubmission, cycle: CycleState | null): Submission {
  const byId = new Map<string, string>();
  for (const [key, id] of Object.entries(cycle?.items ?? {})) byId.set(String(id), key);
  const answers: Record<string, string> = {};
  let site = '';
  let tolerance = '';
  let comment = '';
  for (const [id, text] of Object.entries(raw.answers)) {
    const key = byId.get(id);
    if (key === '#site') site = text;
    else if (key === '#tolerance') tolerance = text;
    else if (key === '#comment') comment = text;
    else if (key && !key.startsWith('#')) answers[key] = text;
  }
  return { responseId: raw.responseId, submittedAt: raw.submittedAt, email: raw.email, answers, site, tolerance, comment, editUrl: raw.editUrl };
}

/** Judges and records one submission. Call under the script lock. */
export function processSubmission(raw: RawSubmission, ctx: Context = context()): string {
  const loaded = ctx.state.load();
  const open = loaded && loaded.cycle.catalog.cycle.status === 'open' ? loaded : null;
  const catalog = open?.cycle.catalog ?? null;
  const locale: Locale = loaded?.cycle.catalog.settings.locale ?? 'fr';
  const t = catalogue(locale).ui;
  const submission = toSubmission(raw, open?.cycle ?? null);
  const email = submission.email.trim().toLowerCase();

  let record = catalog ? ctx.state.findMember(email) : null;
  let member: Member | null = record?.member ?? null;
  if (catalog && (!member || !member.active)) {
    // Unknown or inactive in the snapshot: ask the Adhérents tab itself (a member added or
    // re-activated since the cycle opened), and remember the answer.
    member = findMemberInTab(ctx.workbook, email, catalog.sites);
    if (member) record = { row: ctx.state.writeMember(record?.row ?? 0, email, member, record?.order ?? null), member, order: record?.order ?? null };
  }
  const counters: Counters | null = open?.counters ?? null;
  const previous = record?.order ?? null;
  const totals = Object.fromEntries(Object.entries(counters?.ordered ?? {}).map(([ref, o]) => [ref, o.quantity]));
  const outcome = evaluateSubmission({
    submission, catalog, member, previous,
    orderedByOthers: withoutMember(totals, previous),
    nextQueue: counters?.nextQueue ?? 1,
  });
  const now = Date.now();

  if (outcome.kind === 'ignored') return outcome.reason;
  if (outcome.kind === 'rejected') {
    const settings: Settings = catalog?.settings ?? loadConfiguration(ctx).config?.settings ?? fallbackSettings(locale);
    // A refused submission leaves no member state: the outbox key (cycle, e-mail, time) is what
    // tells a duplicate firing from a new submission, so it is queued first, deduplicated.
    if (email) {
      const rejection = composeRejection({ settings, catalog, email, problems: outcome.problems, submittedAt: submission.submittedAt, editUrl: submission.editUrl });
      if (ctx.outbox.queue([rejection], { sendNow: true, dedupe: true, now }).queued === 0) return 'duplicate';
    }
    const reasons = outcome.problems.map((p) => renderOrderProblem(p, locale));
    ctx.journal.log('warning', t.event.orderRejected, email || '?', `${submission.responseId}: ${reasons.join(' ')}`, now);
    if (open && counters) {
      counters.rejections = [...(counters.rejections ?? []), { at: submission.submittedAt, email, codes: outcome.problems.map((p) => p.code) }].slice(-MAX_REJECTIONS_KEPT);
      ctx.state.saveCounters(counters);
    }
    return 'rejected';
  }
  if (!open || !counters || !catalog || !member) throw new Error('Cabas: an accepted order needs an open cycle and a member');

  const wasOrdering = !!previous && previous.lines.length > 0;
  if (wasOrdering) ctx.orders.markReplaced(previous.rows, catalog.cycle.id, email);
  const lines = outcome.kind === 'accepted' ? outcome.lines : [];
  const rows = ctx.orders.append(lines);
  const stored: StoredOrder = { ...outcome.state, rows };
  ctx.state.writeMember(record?.row ?? 0, email, member, stored);

  // Counters: this member's previous quantities out, the new ones in.
  for (const line of previous?.lines ?? []) {
    const o = counters.ordered[line.ref];
    if (o) {
      o.quantity = Math.max(0, round(o.quantity - line.quantity));
      o.tolerance = Math.max(0, round(o.tolerance - (previous?.tolerance ?? 0) * (hasCase(catalog, line.ref) ? 1 : 0)));
    }
  }
  for (const line of lines) {
    const o = (counters.ordered[line.ref] ??= { quantity: 0, tolerance: 0 });
    o.quantity = round(o.quantity + line.quantity);
    o.tolerance = round(o.tolerance + line.tolerance);
  }
  if (!previous) counters.nextQueue += 1;
  counters.households += (lines.length > 0 ? 1 : 0) - (wasOrdering ? 1 : 0);
  ctx.state.saveCounters(counters);
  refreshLiveRecap(ctx, catalog, counters, now);

  if (outcome.kind === 'cancelled') {
    ctx.journal.log('info', t.event.orderCancelled, email, submission.responseId, now);
    ctx.outbox.queue([composeCancellation({ catalog, member, editUrl: submission.editUrl, outcome })], { sendNow: true, now });
    return 'cancelled';
  }
  if (lines.length === 0) {
    // Everything asked for was capped away by the stock: the member is told; the coordinator sees the unmet demand here.
    const caps = outcome.caps.map((c) => `${c.product} ${c.asked} → ${c.granted}`).join(', ');
    ctx.journal.log('warning', t.event.orderEmpty, email, `${submission.responseId}: ${caps}`, now);
  }
  ctx.outbox.queue([composeConfirmation({ catalog, member, outcome, editUrl: submission.editUrl })], { sendNow: true, now });
  return outcome.replaces ? 'replaced' : 'accepted';
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function hasCase(catalog: { products: { ref: string; caseSize: number | null }[] }, ref: string): boolean {
  return !!catalog.products.find((p) => p.ref === ref)?.caseSize;
}

function fallbackSettings(locale: Locale): Settings {
  return { ...DEFAULT_SETTINGS, groupName: 'Cabas', coordinationEmail: Session.getEffectiveUser().getEmail(), locale };
}

/** Rewrites the live `Récap` values in one call (same shape as when the cycle opened). */
function refreshLiveRecap(ctx: Context, catalog: CycleState['catalog'], counters: Counters, now: number): void {
  const layout = liveRecap(catalog, counters.ordered, counters.households, now);
  const sheet = ctx.workbook.sheetNamed(layout.name);
  const width = Math.max(...layout.rows.map((r) => r.length));
  try {
    if (!sheet) throw new Error('Récap missing');
    sheet.getRange(1, 1, layout.rows.length, width).setValues(layout.rows.map((r) => [...r, ...new Array(width - r.length).fill('')].map((v) => v ?? '')));
  } catch {
    writeTab(ctx.workbook, layout); // deleted or shrunk by hand: lay it out again
  }
}

/** The form-submit trigger: under the script lock; if the lock cannot be had, the submission is kept and retried. */
export function onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): string {
  const raw = readSubmitEvent(e);
  if (!raw) return 'blank';
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30000)) {
    deferSubmission(raw);
    return 'deferred';
  }
  // The lock is released when the execution ends, right after.
  try {
    return processSubmission(raw);
  } catch (error) {
    recordFailure(raw, error);
    throw error;
  }
}

/** Keeps a submission that could not get the lock (one property each, written atomically) and schedules a retry. */
function deferSubmission(raw: RawSubmission): void {
  PropertiesService.getScriptProperties().setProperty(`${PENDING_PREFIX}${raw.responseId}.${raw.submittedAt}`, JSON.stringify(raw));
  retryInAMinute();
}

/** Schedules the pending-submissions trigger in a minute (replace: a one-off trigger that has fired is dropped). */
function retryInAMinute(): void {
  context().triggers.replace(HANDLER.pending, after(60 * 1000));
}

/** Retries deferred submissions, oldest first. */
export function processPendingSubmissions(): number {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30000)) {
    retryInAMinute(); // still busy
    return 0;
  }
  const ctx = context();
  const properties = PropertiesService.getScriptProperties();
  const all = properties.getProperties();
  const pending = Object.keys(all).filter((k) => k.startsWith(PENDING_PREFIX))
    .map((k) => ({ key: k, raw: JSON.parse(all[k]) as RawSubmission }))
    .sort((a, b) => a.raw.submittedAt - b.raw.submittedAt);
  for (const p of pending) {
    try {
      processSubmission(p.raw, ctx);
    } catch (error) {
      recordFailure(p.raw, error);
    }
    properties.deleteProperty(p.key);
  }
  ctx.triggers.remove(HANDLER.pending);
  lock.releaseLock();
  return pending.length;
}

/** An unexpected error is journaled with the whole submission, so it can be replayed by hand. */
function recordFailure(raw: RawSubmission, error: unknown): void {
  try {
    const ctx = context();
    const t = catalogue(ctx.workbook.locale).ui;
    ctx.journal.log('error', t.event.error, raw.email, `${String((error as Error)?.message ?? error)} — ${JSON.stringify(raw)}`);
  } catch {
    // The journal itself failed: Apps Script records the execution's failure and e-mails the owner.
  }
}
