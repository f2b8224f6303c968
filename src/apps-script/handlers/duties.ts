// The daily duties run: offers from the Form into `Permanences`, volunteers' reminders two days
// before, one coverage alert four days before. On a quiet day (core dutiesDue) it reads the state
// and `Permanences` only. Everything it sends goes through the outbox with a
// key, so a late trigger, a second run or a run killed halfway never sends anything twice.
import { startOfLocalDay } from '../../core/dates';
import { catalogue } from '../../core/i18n';
import type { CycleCatalog, Duty } from '../../core/model';
import { dutiesDue, planDuties, type DutyPlan } from '../../core/volunteers/plan-duties';
import { readDuties } from '../../core/workbook/read-duties';
import { ProblemList } from '../../core/workbook/tab-reader';
import { configurationErrors } from '../../core/workbook/render-problem';
import { StateLostError } from '../adapters/cabas-error';
import { context, loadConfiguration, type Context } from '../adapters/context';
import { readLastAsked, saveLastAsked } from '../adapters/duty-asks';
import { offerKey, readOffered, saveOffered } from '../adapters/duty-offers';
import { withScriptLock } from '../adapters/script-lock';
import { after, dropRetryOnRefusal, HANDLER, Triggers } from '../adapters/triggers';
import { headerColumnsOf, rowByColumns } from '../adapters/workbook';
import { applyCycleRowEdit } from './cycle-row-edit';
import { scheduleSending } from './send';

/** A run killed before its end is run again this much later (the daily trigger is a day away). */
export const DUTIES_RETRY_MS = 30 * 60 * 1000;

export function runDuties(): number {
  // The very first call arms a retry, removed once the run is done.
  new Triggers().add(HANDLER.dutiesRetry, after(DUTIES_RETRY_MS));
  return dropRetryOnRefusal(HANDLER.dutiesRetry, dutiesOnce, () => 0); // a busy lock: the retry armed above runs it
}

function dutiesOnce(): number {
  const ctx = context();
  const t = catalogue(ctx.locale).ui;
  const done = withScriptLock(ctx.locale, () => {
    let loaded: ReturnType<typeof ctx.state.load>;
    try {
      loaded = ctx.state.load();
    } catch (error) {
      // A lost `_cabas` does not come back by itself: no retry every half hour (each would arm
      // another), the daily run tries again, after « Réparer ». The failure stays loud.
      if (error instanceof StateLostError) ctx.triggers.remove(HANDLER.dutiesRetry);
      throw error;
    }
    // A pickup moved in Cycles (or a deadline pushed back): applied now, so that its duties and the
    // reminders below follow it within a day, not at the close (cycle-row-edit.ts). Only while the
    // cycle is open: once closed, the close (whose resumes must all write the same date) and
    // « Envoyer la commande » read the row.
    if (loaded && loaded.cycle.catalog.cycle.status === 'open') applyCycleRowEdit(ctx, loaded.cycle, { deadline: true, journalRefusal: false });
    const catalog = loaded && loaded.cycle.catalog.cycle.status !== 'archived' ? loaded.cycle.catalog : null;
    const answered = catalog ? ctx.state.allMembers().flatMap((r) => (r.order?.helps ? [{ email: r.order.email, site: r.order.helps }] : [])) : [];
    // An offer is written once: a row the coordinator deleted or gave to someone else stays so.
    const offered = catalog && answered.length > 0 ? readOffered(catalog.cycle.id) : null;
    const offers = offered ? answered.filter((o) => !offered.keys.has(offerKey(o.email, o.site))) : answered;
    const now = Date.now();
    // Most days of a cycle nothing is due: `Permanences` alone says so, and nothing else is read.
    if (catalog && !dutiesDue({ duties: dutyDates(ctx, catalog.settings.timeZone), pickup: catalog.cycle.pickup, offers, now, timeZone: catalog.settings.timeZone })) {
      return { emails: 0, queued: 0 };
    }
    // The duties that can be read run, whatever a mistake elsewhere (a date typed in words): the Journal names it.
    const { config: checked, readable: config, problems } = loadConfiguration(ctx);
    if (!config) return null;
    if (!checked) ctx.journal.log('warning', t.event.configProblem, '', t.readAround(t.readAroundDuties, configurationErrors(problems, ctx.locale)));
    const plan = planDuties({
      settings: config.settings, sites: config.sites, members: config.members, duties: config.duties,
      pickup: catalog?.cycle.pickup ?? null, offers, lastAsked: readLastAsked(), now,
    });
    appendDutyRows(ctx, plan.newRows);
    // Every offer is in Permanences now (written above, or typed there already): remembered as written.
    if (catalog && catalog.cycle.pickup !== null && offered && offers.length > 0) saveOffered(catalog.cycle.id, new Set(answered.map((o) => offerKey(o.email, o.site))), offered);
    const result = ctx.outbox.queue(plan.emails, { dedupe: true, now });
    // Saved after the alert is queued: a run killed in between names the same households again.
    if (plan.asked) saveLastAsked(plan.asked);
    // Nothing ahead (no cycle in progress, no duty from today on): the daily run stops until the next open.
    const today = startOfLocalDay(now, config.settings.timeZone);
    if (!catalog && !config.duties.some((d) => d.date !== null && d.date >= today)) ctx.triggers.remove(HANDLER.duties);
    return { emails: plan.emails.length, queued: result.queued };
  });
  if (!done) {
    ctx.journal.log('warning', t.event.dutiesSkipped, '', t.dutiesSkipped);
    ctx.triggers.remove(HANDLER.dutiesRetry);
    return 0;
  }
  if (done.emails > 0) scheduleSending(ctx);
  // A day with nothing to send leaves no line: the Journal says what happened.
  if (done.queued > 0) ctx.journal.log('info', t.event.dutiesRun, '', t.journal.duties(done.queued));
  ctx.triggers.remove(HANDLER.dutiesRetry);
  return done.queued;
}

/** Appends offers' rows to `Permanences` (one write). */
function appendDutyRows(ctx: Context, newRows: DutyPlan['newRows']): void {
  if (newRows.length === 0) return;
  const sheet = ctx.workbook.requireSheet('duties');
  const { header, columns } = headerColumnsOf(sheet, 'duties');
  const rows = newRows.map((r) => rowByColumns(columns, { ...r, date: new Date(r.date) }, header.length));
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, header.length).setValues(rows);
}

/**
 * The cycle's Form offers to help that the daily run has not written yet, written into
 * `Permanences` now: an archive (the next cycle opened the evening of a close) would forget them
 * before the next morning's run. Found by probing: a last-day offer was lost that way. Call under
 * the script lock, before the state is archived.
 */
export function writePendingOffers(ctx: Context, catalog: CycleCatalog): void {
  if (catalog.cycle.pickup === null) return;
  const answered = ctx.state.allMembers().flatMap((r) => (r.order?.helps ? [{ email: r.order.email, site: r.order.helps }] : []));
  if (answered.length === 0) return;
  const offered = readOffered(catalog.cycle.id);
  const offers = answered.filter((o) => !offered.keys.has(offerKey(o.email, o.site)));
  if (offers.length === 0) return;
  const config = loadConfiguration(ctx).readable;
  if (!config) return;
  const plan = planDuties({
    settings: config.settings, sites: config.sites, members: config.members, duties: config.duties,
    pickup: catalog.cycle.pickup, offers, lastAsked: null, now: Date.now(),
  });
  appendDutyRows(ctx, plan.newRows);
  saveOffered(catalog.cycle.id, new Set(answered.map((o) => offerKey(o.email, o.site))), offered);
}

/** The dates, sites and volunteers of `Permanences` (one read; its warnings are the configuration check's to give). */
function dutyDates(ctx: Context, timeZone: string): Duty[] {
  const tab = ctx.workbook.values('duties');
  return tab ? readDuties(tab, [], [], timeZone, ctx.locale, new ProblemList()) : [];
}
