// Ouvrir un cycle: checks the configuration, snapshots it, builds the Form, installs the
// triggers and writes the cycle row. Refuses, with the reasons, when anything is wrong.
import { catalogue } from '../../core/i18n';
import { cycleLabel } from '../../core/orders/cycle-label';
import { formatLongDateTime, localParts } from '../../core/dates';
import { planForm } from '../../core/form/plan-form';
import type { Cycle, CycleCatalog } from '../../core/model';
import { liveRecap } from '../../core/orders/live-recap';
import { emptyCounters } from '../../core/cycle-state';
import { tariffOf } from '../../core/tariffs/household-price';
import { parseDateTime } from '../../core/workbook/parse-cell';
import { readCycles } from '../../core/workbook/read-configuration';
import { tableName } from '../../core/workbook/tables';
import { zoneMismatch } from '../../core/workbook/zone-mismatch';
import { renderProblem } from '../../core/workbook/render-problem';
import { ensureRoom } from '../adapters/cells';
import { context, loadConfiguration, type Context } from '../adapters/context';
import { withScriptLock } from '../adapters/script-lock';
import { groupForm, syncForm } from '../adapters/form-sync';
import { after, dailyAt7, HANDLER, hourly } from '../adapters/triggers';
import { writeTab } from '../adapters/write-tab';
import { archiveState } from './archive';
import { armReminder } from './reminder-trigger';
import { inform } from './with-alert';

export interface OpenRequest {
  /** Instant (ms) or text as a coordinator types it (`10/12/2026 20:00`). */
  deadline: number | string;
  pickup?: number | string;
  note?: string;
  id?: string;
}

export type OpenResult = { ok: true; cycleId: string; formUrl: string; deadline: number } | { ok: false; messages: string[] };

function toInstant(value: number | string | undefined, timeZone: string): number | null | 'invalid' {
  if (value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  const parsed = parseDateTime(value, timeZone);
  return parsed.ok && parsed.value !== null ? parsed.value : 'invalid';
}

const refused = (...messages: string[]): OpenResult => ({ ok: false, messages });

/** The rows of `Cycles`, read in the group's time zone. */
function knownCycles(ctx: Context, timeZone: string): Cycle[] {
  const tab = ctx.workbook.values('cycles');
  return tab ? readCycles({ tabName: tab.tabName, values: tab.values }, timeZone).cycles : [];
}

function cycleId(instant: number, timeZone: string, taken: Set<string>): string {
  const p = localParts(instant, timeZone);
  const base = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Opens a cycle, under the script lock; the programmatic form of the menu item (also a google.script.run target). */
export function openCycle(request: OpenRequest, ctx: Context = context()): OpenResult {
  return withScriptLock(ctx.locale, () => open(request, ctx));
}

function open(request: OpenRequest, ctx: Context): OpenResult {
  const { locale } = ctx;
  const { config, problems } = loadConfiguration(ctx);
  const t = catalogue(locale).ui;
  const errors = problems.filter((p) => p.severity === 'error');
  if (!config || errors.length > 0) return refused(t.openRefusedConfig, ...errors.map((p) => renderProblem(p, locale)));
  const tz = config.settings.timeZone;
  const zones = zoneMismatch(ctx.workbook.spreadsheet.getSpreadsheetTimeZone(), tz, tableName('settings', locale));
  if (zones) return refused(t.openRefusedConfig, renderProblem(zones, locale));
  const loaded = ctx.state.load();
  const previous = loaded?.cycle.catalog.cycle;
  if (previous?.status === 'open') return refused(t.openRefusedAlreadyOpen(previous.id));
  if (previous?.status === 'closed') return refused(t.openRefusedPending(previous.id));

  const known = knownCycles(ctx, tz);
  const now = Date.now();
  const deadline = toInstant(request.deadline, tz);
  const pickup = toInstant(request.pickup, tz);
  if (deadline === 'invalid' || deadline === null) return refused(t.badDate(String(request.deadline ?? '')));
  if (pickup === 'invalid') return refused(t.badDate(String(request.pickup)));
  if (deadline <= now) return refused(t.deadlinePast);
  // A date typed without a time is midnight: the form would close as that day begins (found by probing).
  const wall = localParts(deadline, tz);
  if (wall.hour === 0 && wall.minute === 0) return refused(t.deadlineMidnight(formatLongDateTime(deadline, tz, locale)));
  if (pickup !== null && pickup < deadline) return refused(t.pickupBeforeDeadline);
  const draft = known.find((c) => c.status === 'draft' && (request.id ? c.id === request.id : c.deadline === deadline));
  // A draft typed without an id gets one here, written to its own row.
  const id = request.id || draft?.id || cycleId(pickup ?? deadline, tz, new Set(known.map((c) => c.id)));

  const producers = config.producers.filter((p) => p.active && config.products.some((x) => x.available && x.producer === p.name));
  const cycle: Cycle = { id, opens: now, deadline, pickup, status: 'open', formUrl: '', note: request.note ?? draft?.note ?? '', row: draft?.row };
  const catalog: CycleCatalog = {
    cycle, settings: config.settings, sites: config.sites, producers,
    products: config.products.filter((x) => x.available && producers.some((p) => p.name === x.producer)),
    formUrl: '',
  };
  // The previous cycle, done, is archived now: its responses leave the form, its lines stay.
  if (loaded && previous?.status === 'sent') archiveState(ctx, loaded.cycle);
  const tariffNote = config.members.some((m) => m.active && tariffOf(m, config.settings).percent !== 0);
  const plan = planForm(catalog, { tariffNote });
  const form = groupForm(plan.title);
  const items = syncForm(form, plan);
  catalog.formUrl = form.getPublishedUrl();
  cycle.formUrl = catalog.formUrl;
  // The live Récap first: the state records its id, so that submissions refresh that tab only (write-tab.ts).
  const recap = writeTab(ctx.workbook, liveRecap(catalog, {}, 0, now));
  ctx.state.reset({ catalog, formId: form.getId(), items }, config.members, { counters: { ...emptyCounters(), recapSheetId: recap.getSheetId() }, orders: [] });
  ctx.cycles.write(cycle);
  // Room for the cycle's lines (about 8 per household, edits included) and e-mails (about 3 each).
  ensureRoom(ctx.workbook.requireSheet('orders'), config.members.length * 10 + 100);
  ensureRoom(ctx.workbook.requireSheet('outbox'), config.members.length * 3 + 100);

  ctx.triggers.replace(HANDLER.formSubmit, (b) => b.forForm(form.getId()).onFormSubmit().create());
  // after(), not at(): a clock trigger at(deadline) may fire up to 15 minutes early and close the
  // form on members still in time; after() never fires before its delay (answers that come
  // between the deadline and a late close are refused by evaluateSubmission).
  ctx.triggers.replace(HANDLER.deadline, after(Math.max(0, deadline - Date.now())));
  armReminder(ctx, deadline, config.settings.reminderHours, now);
  ctx.triggers.remove(HANDLER.resumeClose);
  // While the cycle is open, an hourly retry of what a stopped submission run left parked (submit.ts).
  ctx.triggers.replace(HANDLER.retry, hourly);
  // Volunteers: offers into Permanences, reminders and the coverage alert (handlers/duties.ts).
  ctx.triggers.replace(HANDLER.duties, dailyAt7(tz));
  ctx.journal.log('info', t.event.cycleOpened, Session.getActiveUser().getEmail(), t.journal.opened(cycleLabel(catalog.cycle, catalog.settings.timeZone, ctx.locale), catalog.formUrl), now);
  return { ok: true, cycleId: id, formUrl: catalog.formUrl, deadline };
}

/** The menu item: a draft row of `Cycles` whose deadline is ahead, or three questions. */
export function openCycleFromMenu(): OpenResult {
  const ctx = context();
  const { locale } = ctx;
  const { config } = loadConfiguration(ctx);
  const t = catalogue(locale).ui;
  const ui = SpreadsheetApp.getUi();
  const tz = config?.settings.timeZone ?? 'Europe/Paris';
  const draft = knownCycles(ctx, tz).find((c) => c.status === 'draft' && c.deadline > Date.now());
  let request: OpenRequest;
  if (draft) {
    request = { id: draft.id || undefined, deadline: draft.deadline, pickup: draft.pickup ?? undefined, note: draft.note };
  } else {
    const ask = (text: string): string | null => {
      const r = ui.prompt(t.openTitle, text, ui.ButtonSet.OK_CANCEL);
      return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
    };
    const deadline = ask(t.promptDeadline);
    if (deadline === null) return refused();
    const pickup = ask(t.promptPickup);
    if (pickup === null) return refused();
    const note = ask(t.promptNote) ?? '';
    request = { deadline, pickup: pickup || undefined, note };
  }
  // The lock is released before the dialogs below: a person reading them holds nobody up.
  const result = openCycle(request, ctx);
  if (result.ok) inform(t.openTitle, t.opened(result.cycleId, result.formUrl, formatLongDateTime(result.deadline, tz, locale)));
  else if (result.messages.length) inform(t.openTitle, result.messages.join('\n'));
  return result;
}
