// A form submission: judged by the core against the open cycle's snapshot and the member's
// current order, then written in a fixed number of calls whatever the size of the group.
import { catalogue } from '../../core/i18n';
import type { Locale, Member, Settings, Submission } from '../../core/model';
import { applySubmission, type JournalNote } from '../../core/orders/apply-submission';
import { liveRecap } from '../../core/orders/live-recap';
import { DEFAULT_SETTINGS } from '../../core/workbook/settings-rows';
import { context, loadConfiguration, type Context } from '../adapters/context';
import { FORM_ITEM, type Counters, type CycleState, type StoredOrder } from '../../core/cycle-state';
import { after, HANDLER } from '../adapters/triggers';
import { refreshTab } from '../adapters/write-tab';
import { findMemberInTab } from '../adapters/read-members';
import { encodePending, readPending } from '../adapters/pending-submissions';
import { LOCK_WAIT_MS, tryScriptLock } from '../adapters/script-lock';

/** The answers of one response, by form item id: what a submit event carries. */
export interface RawSubmission {
  responseId: string;
  submittedAt: number;
  email: string;
  answers: Record<string, string>; // item id -> answer text
  editUrl: string;
}

const PENDING_PREFIX = 'cabas.pending.';

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
  let help = '';
  for (const [id, text] of Object.entries(raw.answers)) {
    const key = byId.get(id);
    if (key === FORM_ITEM.site) site = text;
    else if (key === FORM_ITEM.tolerance) tolerance = text;
    else if (key === FORM_ITEM.comment) comment = text;
    else if (key === FORM_ITEM.help) help = text;
    else if (key && !key.startsWith('#')) answers[key] = text;
  }
  return { responseId: raw.responseId, submittedAt: raw.submittedAt, email: raw.email, answers, site, tolerance, comment, editUrl: raw.editUrl, help };
}

/** Judges and records one submission (the core's applySubmission): reads, applies, writes. Call under the script lock. */
export function processSubmission(raw: RawSubmission, ctx: Context = context()): string {
  const loaded = ctx.state.load();
  const open = loaded && loaded.cycle.catalog.cycle.status === 'open' ? loaded : null;
  const catalog = open?.cycle.catalog ?? null;
  const locale: Locale = ctx.locale;
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
  const previous = record?.order ?? null;
  // Without an open cycle the submission can only be refused: the refusal needs the group's settings.
  const settings: Settings = catalog?.settings ?? loadConfiguration(ctx).config?.settings ?? fallbackSettings(locale);
  const now = Date.now();
  const result = applySubmission({ catalog, member, previous, counters: open?.counters ?? null }, submission, settings, now);
  const journal = (note: JournalNote) => ctx.journal.log(note.level, t.event[note.event], note.who, note.detail, note.at);

  if (result.kind === 'ignored') return result.reason;
  if (result.kind === 'rejected') {
    // A refused submission leaves no member state: the outbox key (cycle, e-mail, time) is what
    // tells a duplicate firing from a new submission, so it is queued first, deduplicated.
    if (result.email && ctx.outbox.queue([result.email], { sendNow: true, dedupe: true, now }).queued === 0) return 'duplicate';
    journal(result.journal);
    if (result.counters) ctx.state.saveCounters(result.counters);
    return 'rejected';
  }
  if (!open || !catalog || !member) throw new Error('Cabas: an accepted order needs an open cycle and a member');

  if (result.replacesLines) ctx.orders.markReplaced(previous?.rows ?? null, catalog.cycle.id, email);
  const rows = ctx.orders.append(result.lines);
  const stored: StoredOrder = { ...result.order, rows };
  ctx.state.writeMember(record?.row ?? 0, email, member, stored);
  ctx.state.saveCounters(result.counters);
  refreshLiveRecap(ctx, catalog, result.counters, now);
  if (result.journal) journal(result.journal);
  ctx.outbox.queue([result.email], { sendNow: true, now });
  return result.kind;
}

function fallbackSettings(locale: Locale): Settings {
  return { ...DEFAULT_SETTINGS, groupName: 'Cabas', coordinationEmail: Session.getEffectiveUser().getEmail(), locale };
}

/** Rewrites the live `Récap` (same shape as when the cycle opened). */
function refreshLiveRecap(ctx: Context, catalog: CycleState['catalog'], counters: Counters, now: number): void {
  refreshTab(ctx.workbook, liveRecap(catalog, counters.ordered, counters.households, now));
}

/** The form-submit trigger: under the script lock; if the lock cannot be had, the submission is kept and retried. */
export function onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): string {
  const raw = readSubmitEvent(e);
  if (!raw) return 'blank';
  return tryScriptLock(() => {
    try {
      return processSubmission(raw);
    } catch (error) {
      recordFailure(raw, error);
      throw error;
    }
  }, LOCK_WAIT_MS, () => {
    deferSubmission(raw);
    return 'deferred';
  });
}

/** Keeps a submission that could not get the lock (one property each, written atomically) and schedules a retry. */
function deferSubmission(raw: RawSubmission): void {
  PropertiesService.getScriptProperties().setProperty(`${PENDING_PREFIX}${raw.responseId}.${raw.submittedAt}`, encodePending(raw));
  retryInAMinute();
}

/** Schedules the pending-submissions trigger in a minute (replace: a one-off trigger that has fired is dropped). */
function retryInAMinute(): void {
  context().triggers.replace(HANDLER.pending, after(60 * 1000));
}

/** Retries deferred submissions, oldest first. */
export function processPendingSubmissions(): number {
  return tryScriptLock(() => processPending(context()), LOCK_WAIT_MS, () => {
    retryInAMinute(); // still busy
    return 0;
  });
}

function processPending(ctx: Context): number {
  const properties = PropertiesService.getScriptProperties();
  const { pending, damaged } = readPending(properties.getProperties(), PENDING_PREFIX, ctx.locale);
  for (const d of damaged) {
    // Kept whole in the Journal, to be replayed by hand; the others are still taken.
    ctx.journal.log('error', catalogue(ctx.locale).ui.event.error, '?', `${d.key}: ${d.error} — ${d.text}`);
    properties.deleteProperty(d.key);
  }
  for (const p of pending) {
    try {
      processSubmission(p.raw, ctx);
    } catch (error) {
      recordFailure(p.raw, error);
    }
    properties.deleteProperty(p.key);
  }
  ctx.triggers.remove(HANDLER.pending);
  return pending.length;
}

/** An unexpected error is journaled with the whole submission, so it can be replayed by hand. */
function recordFailure(raw: RawSubmission, error: unknown): void {
  try {
    const ctx = context();
    const t = catalogue(ctx.locale).ui;
    ctx.journal.log('error', t.event.error, raw.email, `${String((error as Error)?.message ?? error)} — ${JSON.stringify(raw)}`);
  } catch {
    // The journal itself failed: Apps Script records the execution's failure and e-mails the owner.
  }
}
