// « Réparer »: rebuilds the hidden `_cabas` state of the cycle `Cycles` shows open, when it is gone,
// sorted or damaged (adapters/lost-state.ts says so loudly), from what the workbook and the form
// still hold: the cycle's row in `Cycles`, the catalogue re-read from the configuration tabs, the
// form's questions (core/form/match-form-items.ts) and the order lines of `Commandes`
// (core/orders/rebuild-orders.ts). Then the answers parked while the state was lost are taken.
import { catalogue } from '../../core/i18n';
import { type Counters, type CycleState, type StoredOrder } from '../../core/cycle-state';
import { matchFormItems, type FormItemSeen } from '../../core/form/match-form-items';
import { planForm } from '../../core/form/plan-form';
import type { CycleCatalog } from '../../core/model';
import { liveRecap } from '../../core/orders/live-recap';
import { rebuildOrders } from '../../core/orders/rebuild-orders';
import { tariffOf } from '../../core/tariffs/household-price';
import { readCycles } from '../../core/workbook/read-configuration';
import { renderProblem } from '../../core/workbook/render-problem';
import { CabasError } from '../adapters/cabas-error';
import { context, loadConfiguration, type Context } from '../adapters/context';
import { storedForm, storedItems } from '../adapters/form-sync';
import { readPending } from '../adapters/pending-submissions';
import { withScriptLock } from '../adapters/script-lock';
import { StateStore } from '../adapters/state-store';
import { after, at, HANDLER, hourly, TRIGGER_WINDOW_MS } from '../adapters/triggers';
import { reminderAt, REMINDER_RETRY_MS } from './reminder-trigger';
import { writeTab } from '../adapters/write-tab';
import { replayParked } from './submit';
import { inform } from './with-alert';


export interface RepairReport {
  ok: boolean;
  message: string;
}

/** The menu item and its programmatic form: under the script lock, then a dialog unless `silent`. */
export function repair(options: { silent?: boolean } = {}): RepairReport {
  const ctx = context();
  const report = withScriptLock(ctx.locale, () => rebuild(ctx));
  if (!options.silent) inform(catalogue(ctx.locale).ui.repairTitle, report.message);
  return report;
}

function kindOf(type: GoogleAppsScript.Forms.ItemType): FormItemSeen['kind'] {
  if (type === FormApp.ItemType.TEXT) return 'text';
  if (type === FormApp.ItemType.PARAGRAPH_TEXT) return 'paragraph';
  return type === FormApp.ItemType.LIST ? 'list' : 'other';
}

function rebuild(ctx: Context): RepairReport {
  const t = catalogue(ctx.locale).ui;
  const refused = (message: string): RepairReport => ({ ok: false, message });
  // Read without reporting: a lost state is what this repairs.
  let intact = false;
  try {
    intact = new StateStore(ctx.workbook, () => new CabasError('')).load()?.cycle.catalog.cycle.status === 'open';
  } catch {
    intact = false;
  }
  if (intact) return refused(t.repairNotNeeded);

  const { config, problems } = loadConfiguration(ctx);
  if (!config) return refused([t.openRefusedConfig, ...problems.filter((p) => p.severity === 'error').map((p) => renderProblem(p, ctx.locale))].join('\n'));
  const tz = config.settings.timeZone;
  const tab = ctx.workbook.values('cycles');
  const open = tab ? readCycles({ tabName: tab.tabName, values: tab.values }, tz).cycles.filter((c) => c.status === 'open') : [];
  const cycle = open[open.length - 1];
  if (!cycle) return refused(t.repairNoOpenCycle);
  const form = storedForm();
  if (!form) return refused(t.repairNoForm);

  // The catalogue re-read: the products of the configuration's producers. Those the form asks
  // about are the cycle's (a product made unavailable since the opening keeps its question, and
  // its lines, until the close).
  const producers = config.producers.filter((p) => config.products.some((x) => x.producer === p.name));
  const everything: CycleCatalog = { cycle, settings: config.settings, sites: config.sites, producers, products: config.products.filter((x) => producers.some((p) => p.name === x.producer)), formUrl: cycle.formUrl };
  const asAtOpening: CycleCatalog = {
    ...everything,
    producers: producers.filter((p) => p.active && config.products.some((x) => x.available && x.producer === p.name)),
    products: everything.products.filter((x) => x.available && producers.some((p) => p.active && p.name === x.producer)),
  };
  const tariffNote = config.members.some((m) => m.active && tariffOf(m, config.settings).percent !== 0);
  const seen: FormItemSeen[] = form.getItems().map((i) => ({ id: i.getId(), kind: kindOf(i.getType()), title: i.getTitle() }));
  // Stored ids first (any product of the catalogue); what they miss, by the titles the opening wrote.
  const stored = matchFormItems(planForm(everything, { tariffNote }), seen, storedItems());
  const byTitle = matchFormItems(planForm(asAtOpening, { tariffNote }), seen.filter((i) => !Object.values(stored.items).includes(i.id)), {});
  const items = { ...byTitle.items, ...stored.items };
  const missing = asAtOpening.products.filter((p) => items[p.ref] === undefined).map((p) => p.name);
  const products = everything.products.filter((p) => items[p.ref] !== undefined);
  const catalog: CycleCatalog = {
    ...everything, products, producers: producers.filter((p) => products.some((x) => x.producer === p.name)),
    formUrl: cycle.formUrl || form.getPublishedUrl(),
  };
  catalog.cycle = { ...cycle, formUrl: catalog.formUrl };

  // The orders, the queue and the totals, by the rules a submission applies (core/orders/rebuild-orders.ts).
  // Parked submissions whose run started (not deferred) may have stopped half-way: not taken as orders.
  const parked = readPending(PropertiesService.getScriptProperties().getProperties(), ctx.locale).pending
    .filter((p) => !p.parked.deferred).map((p) => p.parked);
  const rebuilt = rebuildOrders(ctx.orders.readAll(), cycle.id, products, parked);
  ctx.orders.setStatus(rebuilt.replace, 'replaced');
  ctx.orders.setStatus(rebuilt.activate, 'active');
  const now = Date.now();
  // The live Récap first: the state records its id, so that submissions refresh that tab only (write-tab.ts).
  const recap = writeTab(ctx.workbook, liveRecap(catalog, rebuilt.ordered, rebuilt.households, now));
  const counters: Counters = { nextQueue: rebuilt.nextQueue, ordered: rebuilt.ordered, households: rebuilt.households, rejections: [], recapSheetId: recap.getSheetId() };
  const state: CycleState = { catalog, formId: form.getId(), items };
  ctx.state.reset(state, config.members, { counters, orders: rebuilt.orders as StoredOrder[] });
  // The cycle's triggers, as the opening set them (a lost state may have come with a lost trigger).
  ctx.triggers.replace(HANDLER.formSubmit, (b) => b.forForm(form.getId()).onFormSubmit().create());
  ctx.triggers.replace(HANDLER.deadline, after(Math.max(0, cycle.deadline - now)));
  ctx.triggers.replace(HANDLER.retry, hourly);
  // The reminder the opening planned (open-cycle.ts), if it is not too late for it: a run that met
  // the lost state removed it, and one that ran before sends nobody twice (reminders are keyed by
  // cycle and e-mail). A cycle opened too close to its deadline had none, and gets none.
  const planned = reminderAt(cycle.deadline, config.settings.reminderHours);
  const remindAt = Math.max(now + 60 * 1000, planned);
  if (config.settings.reminderHours > 0 && planned > (cycle.opens ?? now) && remindAt < cycle.deadline - 3 * TRIGGER_WINDOW_MS) {
    ctx.triggers.replace(HANDLER.reminder, at(remindAt));
    ctx.triggers.add(HANDLER.reminder, at(remindAt + REMINDER_RETRY_MS));
  }

  const found = {
    cycle: cycle.id, households: rebuilt.orders.filter((o) => o.lines.length > 0).length, products: products.length,
    byTitle: Object.keys(byTitle.items).filter((k) => !k.startsWith('#') && stored.items[k] === undefined).length,
    replaced: rebuilt.replace.length, missing,
  };
  ctx.journal.log('warning', t.event.stateRepaired, Session.getActiveUser().getEmail(), t.repaired({ ...found, replayed: 0 }).split('\n\n')[0], now);
  // The answers that came while the state was lost, parked: taken now, through a context that reads the new state.
  const replayed = replayParked(context());
  return { ok: true, message: t.repaired({ ...found, replayed }) };
}
