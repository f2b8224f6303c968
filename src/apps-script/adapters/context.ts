// The adapters one execution works with, built once per execution around the active spreadsheet.
import type { Configuration, Locale, Problem } from '../../core/model';
import { CONFIGURATION_TABLES, readConfiguration, type TabInput } from '../../core/workbook/read-configuration';
import type { TableKey } from '../../core/workbook/tables';
import { CycleBook } from './cycle-book';
import { Journal } from './journal';
import { OrderBook } from './order-book';
import { Outbox } from './outbox';
import { reportLostState } from './lost-state';
import { StateStore } from './state-store';
import { Triggers } from './triggers';
import { Workbook } from './workbook';

export interface Context {
  workbook: Workbook;
  state: StateStore;
  journal: Journal;
  triggers: Triggers;
  outbox: Outbox;
  orders: OrderBook;
  cycles: CycleBook;
  /** When the execution started (Apps Script's clock), for the time budget. */
  startedAt: number;
}

export function context(locale: Locale = 'fr'): Context {
  const workbook = Workbook.active(locale);
  const journal = new Journal(workbook);
  const triggers = new Triggers();
  const ctx: Context = {
    workbook, journal, triggers, state: new StateStore(workbook, (cycleId, detail) => reportLostState(ctx, cycleId, detail)),
    outbox: new Outbox(workbook, journal, triggers), orders: new OrderBook(workbook), cycles: new CycleBook(workbook), startedAt: Date.now(),
  };
  return ctx;
}

/** Reads the configuration tabs (one read each) and checks them; sets the workbook's locale. */
export function loadConfiguration(ctx: Context): { config: Configuration | null; problems: Problem[]; locale: Locale } {
  const tabs: Partial<Record<TableKey, TabInput>> = {};
  for (const table of CONFIGURATION_TABLES) {
    const v = ctx.workbook.values(table);
    if (v) tabs[table] = { tabName: v.tabName, values: v.values };
  }
  const result = readConfiguration(tabs);
  ctx.workbook.locale = result.locale;
  return result;
}

/** Time left in this execution before Cabas should stop and let a trigger resume (6 min limit, margin kept). */
export function timeLeft(ctx: Context, budgetMs = 4.5 * 60 * 1000): number {
  return budgetMs - (Date.now() - ctx.startedAt);
}
