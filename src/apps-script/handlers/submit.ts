// A form submission: judged by the core against the open cycle's snapshot and the member's
// current order, then written in a fixed number of calls whatever the size of the group.
// Applied in one step or replayed safely: the firing parks the submission (its ids) before
// anything else; under the lock its first write is the totals with the submission in flight
// (`Counters.inFlight`), its last the member's new order; the park goes last. A run that stops
// anywhere leaves the park (replayed by the retry triggers and by the close), and one that began
// writing leaves the member's row behind `inFlight`: the replay, or the member's next run, undoes
// the half-written lines from `Commandes` (`rollBackMember`) and applies the answer again.
import { catalogue } from '../../core/i18n';
import { formatLongDateTime } from '../../core/dates';
import type { Locale, Member, Settings, Submission } from '../../core/model';
import { applySubmission, type JournalNote, type SubmissionResult } from '../../core/orders/apply-submission';
import { liveRecap } from '../../core/orders/live-recap';
import { DEFAULT_SETTINGS } from '../../core/workbook/settings-rows';
import { context, loadConfiguration, type Context } from '../adapters/context';
import { FORM_ITEM, type Counters, type CycleState, type StoredOrder } from '../../core/cycle-state';
import { isLineOf } from '../../core/orders/latest-order';
import { seenResponse } from '../../core/orders/seen-response';
import { rollBackMember } from '../../core/orders/roll-back-member';
import { after, HANDLER, hourly } from '../adapters/triggers';
import { refreshTab } from '../adapters/write-tab';
import { findMemberInTab } from '../adapters/read-members';
import { encodePending, PENDING_PREFIX, pendingKey, readPending, type Parked } from '../adapters/pending-submissions';
import type { MemberRecord } from '../adapters/state-store';
import { StateLostError } from '../adapters/cabas-error';
import { LOCK_WAIT_MS, tryScriptLock, tryScriptLockToTheEnd } from '../adapters/script-lock';
import { applyCycleRowEdit } from './cycle-row-edit';

/** The answers of one response, by form item id: what a submit event carries. */
export interface RawSubmission {
  responseId: string;
  submittedAt: number;
  email: string;
  answers: Record<string, string>; // item id -> answer text
  editUrl: string;
}

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
  return readResponse(response, (id) => isStored(e, id));
}

/** A response as plain data: an event's, or one read again from the form (`stored`: whether the form holds it). */
export function readResponse(response: GoogleAppsScript.Forms.FormResponse, stored: (id: string) => boolean): RawSubmission | null {
  const email = (response.getRespondentEmail() || '').trim();
  const answers: Record<string, string> = {};
  for (const ir of response.getItemResponses()) {
    const value = ir.getResponse();
    answers[String(ir.getItem().getId())] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  }
  if (Object.values(answers).every((a) => a.trim() === '') && (!email || !stored(response.getId()))) return null;
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

/**
 * Judges and records one submission (the core's applySubmission): reads, applies, writes. Call
 * under the script lock. `replay`: a parked submission whose run may have stopped half-way.
 */
export function processSubmission(raw: RawSubmission, ctx: Context = context(), replay = false): string {
  return recordSubmission(raw, ctx, replay).outcome;
}

/** What one submission became: the outcome's name, and the core's result when it was judged (`ignored`: none kept). */
export interface Recorded {
  outcome: string;
  result: SubmissionResult | null;
}

/** processSubmission, with the core's result (the coordinator's sidebar tells its caps and prints its slip). */
export function recordSubmission(raw: RawSubmission, ctx: Context = context(), replay = false): Recorded {
  const done = (outcome: string, result: SubmissionResult | null = null): Recorded => ({ outcome, result });
  const loaded = ctx.state.load();
  // An answer after the deadline: a coordinator may have pushed it back in Cycles (cycle-row-edit.ts).
  if (loaded && loaded.cycle.catalog.cycle.status === 'open' && raw.submittedAt > loaded.cycle.catalog.cycle.deadline) applyCycleRowEdit(ctx, loaded.cycle, { deadline: true, journalRefusal: false });
  const open = loaded && loaded.cycle.catalog.cycle.status === 'open' ? loaded : null;
  // An answer given in time whose execution starts after the close: the close took it already
  // (missed-answers.ts), and nothing more is done; else it is refused below, as before.
  const closed = loaded && !open && (loaded.cycle.catalog.cycle.status === 'closed' || loaded.cycle.catalog.cycle.status === 'sent') ? loaded : null;
  if (closed && raw.submittedAt <= closed.cycle.catalog.cycle.deadline) {
    const order = ctx.state.findMember(raw.email.trim().toLowerCase())?.order ?? null;
    if (seenResponse(raw, order, closed.counters.rejections)) return done('duplicate');
  }
  // One after the deadline of the cycle just closed is refused as late for that cycle, named (the
  // rule's « after the deadline »), not as « no cycle open », as one before its close already was.
  const lateFor = closed && raw.submittedAt > closed.cycle.catalog.cycle.deadline ? closed.cycle : null;
  const catalog = open?.cycle.catalog ?? null;
  const locale: Locale = ctx.locale;
  const t = catalogue(locale).ui;
  const submission = toSubmission(raw, open?.cycle ?? null);
  const email = submission.email.trim().toLowerCase();
  const now = Date.now();
  const journal = (note: JournalNote) => ctx.journal.log(note.level, t.event[note.event], note.who, note.detail, note.at);

  let record = catalog ? ctx.state.findMember(email) : null;
  let member: Member | null = record?.member ?? null;
  if (catalog && (!member || !member.active)) {
    // Unknown or inactive in the snapshot: ask the Adhérents tab itself (a member added or
    // re-activated since the cycle opened), and remember the answer.
    member = findMemberInTab(ctx.workbook, email, catalog.sites);
    if (member) record = { row: ctx.state.writeMember(record?.row ?? 0, email, member, record?.order ?? null), member, order: record?.order ?? null };
  }
  let counters = open?.counters ?? null;
  // The latest run for this member stopped before it recorded her order (or, replayed, may have): undone first.
  const inFlight = counters?.inFlight;
  const stopped = !!inFlight && inFlight.email === email && !(record?.order && isLineOf(record.order, inFlight));
  const resumed = !!open && !!record && (stopped || replay);
  if (open && record && resumed) counters = rollBack(ctx, open, email, record, stopped, now);
  const previous = record?.order ?? null;
  // Without an open cycle the submission can only be refused: the refusal needs the group's settings.
  const settings: Settings = catalog?.settings ?? lateFor?.catalog.settings ?? loadConfiguration(ctx).readable?.settings ?? fallbackSettings(locale);
  const result = applySubmission({ catalog: catalog ?? lateFor?.catalog ?? null, member, previous, counters }, submission, settings, now);

  if (result.kind === 'ignored') return done(result.reason);
  if (result.kind === 'rejected') {
    // A refused submission leaves no member state: the rejections kept in the counters, then the
    // outbox key (cycle, e-mail, time), tell a duplicate firing or a replay from a new submission.
    const at = submission.submittedAt;
    if (counters?.rejections.some((r) => r.at === at && r.email === email)) return done('duplicate');
    const queued = result.email ? ctx.outbox.queue([result.email], { sendNow: true, dedupe: true, now }).queued : 1;
    if (queued === 0 && !result.counters) return done('duplicate');
    journal(result.journal);
    if (result.counters) ctx.state.saveCounters(result.counters);
    return done('rejected', result);
  }
  if (!open || !catalog || !member) throw new Error('Cabas: an accepted order needs an open cycle and a member');

  // The new totals, with the submission in flight, before any other write...
  const written: Counters = { ...result.counters, inFlight: { email, responseId: submission.responseId, submittedAt: submission.submittedAt } };
  ctx.state.saveCounters(written);
  if (result.replacesLines) ctx.orders.markReplaced(previous?.rows ?? null, catalog.cycle.id, email);
  const rows = ctx.orders.append(result.lines);
  if (result.journal) journal(result.journal);
  // A stopped run may have queued this very e-mail: its key is then found, never sent twice.
  ctx.outbox.queue([result.email], { sendNow: true, dedupe: resumed, now });
  // ...and the member's order once everything is written.
  const stored: StoredOrder = { ...result.order, rows };
  ctx.state.writeMember(record?.row ?? 0, email, member, stored);
  refreshLiveRecap(ctx, catalog, written, now);
  return done(result.kind, result);
}

/**
 * Undoes what a stopped run may have written for the member: the order her row records is the
 * only active one again, and the cycle's totals are counted again from `Commandes`. Journaled
 * when a run is known to have stopped (`stopped`) or when lines had to change. Returns the totals.
 */
function rollBack(ctx: Context, open: { cycle: CycleState; counters: Counters }, email: string, record: MemberRecord, stopped: boolean, now: number): Counters {
  const plan = rollBackMember(ctx.orders.readAll(), open.cycle.catalog.cycle.id, email, record.order);
  ctx.orders.setStatus(plan.activate, 'active');
  ctx.orders.setStatus(plan.replace, 'replaced');
  const { inFlight, ...rest } = open.counters;
  const counters: Counters = { ...rest, ordered: plan.ordered, households: plan.households };
  ctx.state.saveCounters(counters);
  if (record.order && (plan.rows?.first !== record.order.rows?.first || plan.rows?.count !== record.order.rows?.count)) {
    ctx.state.writeMember(record.row, email, record.member, { ...record.order, rows: plan.rows });
  }
  if (stopped || plan.activate.length > 0 || plan.replace.length > 0) {
    // An e-mail the stopped run left `en cours` is flagged for the coordinator by the next sending run, never resent.
    ctx.triggers.ensure(HANDLER.outbox, hourly);
    const what = stopped && inFlight ? catalogue(ctx.locale).ui.journal.resumed(formatLongDateTime(inFlight.submittedAt, ctx.settings?.timeZone ?? 'Europe/Paris', ctx.locale)) : '';
    ctx.journal.log('warning', catalogue(ctx.locale).ui.event.submissionResumed, email, what, now);
  }
  return counters;
}

function fallbackSettings(locale: Locale): Settings {
  return { ...DEFAULT_SETTINGS, groupName: 'Cabas', coordinationEmail: Session.getEffectiveUser().getEmail(), locale };
}

/**
 * Rewrites the live `Récap` (same shape as when the cycle opened): the tab Cabas made, known by its
 * id. One made again (deleted or renamed by hand) has its id recorded: one more write, then only.
 */
function refreshLiveRecap(ctx: Context, catalog: CycleState['catalog'], counters: Counters, now: number): void {
  const id = refreshTab(ctx.workbook, liveRecap(catalog, counters.ordered, counters.households, now), counters.recapSheetId);
  if (id !== null && id !== counters.recapSheetId) ctx.state.saveCounters({ ...counters, recapSheetId: id });
}

/**
 * The form-submit trigger. The submission is parked first (its ids), then applied under the
 * script lock and unparked; if the lock cannot be had it stays parked and is retried in a minute.
 */
export function onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): string {
  const raw = readSubmitEvent(e);
  if (!raw) return 'blank';
  const properties = PropertiesService.getScriptProperties();
  const key = pendingKey(raw);
  properties.setProperty(key, encodePending(raw));
  return tryScriptLockToTheEnd(() => {
    let outcome: string;
    try {
      outcome = processSubmission(raw);
    } catch (error) {
      recordFailure(raw, error);
      throw error;
    }
    properties.deleteProperty(key);
    return outcome;
  }, LOCK_WAIT_MS, () => {
    properties.setProperty(key, encodePending(raw, true)); // no run of it started: its replay has nothing to undo
    retryInAMinute();
    return 'deferred';
  });
}

/** Schedules the pending-submissions trigger in a minute (replace: a one-off trigger that has fired is dropped). */
function retryInAMinute(): void {
  context().triggers.replace(HANDLER.pending, after(60 * 1000));
}

/** True when some submission is parked. */
const anyParked = (properties: Record<string, string>) => Object.keys(properties).some((k) => k.startsWith(PENDING_PREFIX));

/**
 * Retries parked submissions (the lock was busy, or a run stopped half-way), oldest first. The
 * hourly run mostly finds nothing parked: it looks first, without the lock (one call where taking
 * and releasing the lock made three); a submission parked just after it looked has its own retry.
 */
export function processPendingSubmissions(): number {
  if (!anyParked(PropertiesService.getScriptProperties().getProperties())) return 0;
  return tryScriptLock(() => {
    const parked = PropertiesService.getScriptProperties().getProperties();
    if (!anyParked(parked)) return 0; // replayed by another run while this one waited
    const ctx = context();
    const replayed = replayParked(ctx, parked);
    ctx.triggers.remove(HANDLER.pending);
    return replayed;
  }, LOCK_WAIT_MS, () => {
    retryInAMinute(); // still busy
    return 0;
  });
}

/**
 * Applies every parked submission, oldest first, each read again from the form (its latest
 * answers), then unparks it. Call under the script lock; the close calls it before it stops the form.
 */
export function replayParked(ctx: Context, parked?: Record<string, string>): number {
  const properties = PropertiesService.getScriptProperties();
  const { pending, damaged } = readPending(parked ?? properties.getProperties(), ctx.locale);
  const error = catalogue(ctx.locale).ui.event.error;
  for (const d of damaged) {
    // Kept whole in the Journal, to be replayed by hand; the others are still taken.
    ctx.journal.log('error', error, '?', `${catalogue(ctx.locale).ui.journal.submissionError(d.error)}${d.text}`);
    properties.deleteProperty(d.key);
  }
  let form: GoogleAppsScript.Forms.Form | null | undefined;
  for (const p of pending) {
    let raw: RawSubmission | null = null;
    try {
      if (p.parked.answers) raw = { editUrl: '', ...p.parked, answers: p.parked.answers }; // parked whole by an earlier version
      else {
        if (form === undefined) form = formOf(ctx);
        raw = form ? readParked(form, p.parked) : null;
      }
      if (raw) processSubmission(raw, ctx, !p.parked.deferred);
      else ctx.journal.log('error', error, p.parked.email || '?', `${catalogue(ctx.locale).ui.journal.submissionError(catalogue(ctx.locale).ui.responseGone)}${p.text}`);
    } catch (e) {
      // The state is lost: this one and the rest stay parked, for « Réparer » to take (repair.ts).
      if (e instanceof StateLostError) throw e;
      recordFailure(raw ?? { responseId: p.parked.responseId, submittedAt: p.parked.submittedAt, email: p.parked.email, answers: {}, editUrl: '' }, e);
    }
    properties.deleteProperty(p.key);
  }
  return pending.length;
}

/** The open cycle's form, null when there is none. */
function formOf(ctx: Context): GoogleAppsScript.Forms.Form | null {
  const formId = ctx.state.load()?.cycle.formId;
  return formId ? FormApp.openById(formId) : null;
}

/** A parked response as the form holds it now; null when the form no longer has it. */
function readParked(form: GoogleAppsScript.Forms.Form, parked: Parked): RawSubmission | null {
  let response: GoogleAppsScript.Forms.FormResponse;
  try {
    response = form.getResponse(parked.responseId);
  } catch {
    return null; // Form.getResponse throws for an id the form does not hold
  }
  return readResponse(response, () => true);
}

/** An unexpected error is journaled with the whole submission, so it can be replayed by hand. */
function recordFailure(raw: RawSubmission, error: unknown): void {
  try {
    const ctx = context();
    const t = catalogue(ctx.locale).ui;
    ctx.journal.log('error', t.event.error, raw.email, `${t.journal.submissionError(String((error as Error)?.message ?? error))}${JSON.stringify(raw)}`);
  } catch {
    // The journal itself failed: Apps Script records the execution's failure and e-mails the owner.
  }
}
