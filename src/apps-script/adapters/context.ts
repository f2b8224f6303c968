// The adapters one execution works with, built once per execution around the active spreadsheet,
// with the group's language and the open cycle's settings resolved once, here, and never set again.
import type { Configuration, Locale, Problem, Settings } from '../../core/model';
import { routeEmail } from '../../core/email/route-email';
import { CONFIGURATION_TABLES, readConfiguration, type TabInput } from '../../core/workbook/read-configuration';
import type { TableKey } from '../../core/workbook/tables';
import { CabasError } from './cabas-error';
import { CycleBook } from './cycle-book';
import { Journal } from './journal';
import { OrderBook } from './order-book';
import { Outbox } from './outbox';
import { reportLostState } from './lost-state';
import { lockTakings } from './script-lock';
import { SlipBook } from './slip-book';
import { StateStore, type OnLost } from './state-store';
import { Triggers } from './triggers';
import { Workbook, type TableValues } from './workbook';

export interface Context {
  /** The group's language for this execution: the cycle snapshot's, else the settings tab's, else the spreadsheet's. */
  readonly locale: Locale;
  /** The settings the cycle in `_cabas` was opened with; null when no cycle was ever opened. */
  readonly settings: Settings | null;
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

/** The settings tab as `context()` read it to find the language, so that `loadConfiguration` does not read it again. */
const settingsRead = new WeakMap<Context, TableValues | null>();

export function context(): Context {
  const probe = Workbook.active();
  const { locale, settings, settingsTab, loaded } = resolveLocale(probe);
  const workbook = probe.inLocale(locale);
  const journal = new Journal(workbook);
  const triggers = new Triggers();
  const ctx: Context = {
    locale, settings, workbook, journal, triggers,
    state: new FirstLoadReused(workbook, loaded, (cycleId, detail) => reportLostState(ctx, cycleId, detail, () => loadConfiguration(ctx))),
    outbox: new Outbox(workbook, journal, triggers, (email) => (settings ? routeEmail(email, settings) : email), new SlipBook(workbook)), orders: new OrderBook(workbook), cycles: new CycleBook(workbook), startedAt: Date.now(),
  };
  if (settingsTab !== undefined) settingsRead.set(ctx, settingsTab);
  return ctx;
}

/**
 * The cycle snapshot's settings and language (one read of `_cabas`); without a readable snapshot,
 * the settings tab's language (one read), or the spreadsheet's when that tab is empty.
 */
function resolveLocale(probe: Workbook): { locale: Locale; settings: Settings | null; settingsTab?: TableValues | null; loaded?: Loaded } {
  let loaded: Loaded | undefined;
  try {
    // Silent here: a lost state is reported by the handler's own load, once the context exists.
    loaded = new StateStore(probe, () => new CabasError('')).load();
  } catch {
    // A damaged `_cabas`: the handler that needs it says so (its own load throws), in the language found below.
  }
  const settings = loaded?.cycle.catalog.settings ?? null;
  if (settings) return { locale: settings.locale, settings, loaded };
  const settingsTab = probe.values('settings');
  return { locale: localeOf(probe, settingsTab), settings, settingsTab, loaded };
}

type Loaded = ReturnType<StateStore['load']>;

/**
 * The state store of an execution: its first load is the read `context()` made to find the
 * language, when no script lock was taken since (else the state may have changed, and it reads
 * again). A submission thus reads `_cabas` once, as before the language was resolved here.
 */
class FirstLoadReused extends StateStore {
  private first: { value: Loaded; takings: number } | null;

  constructor(workbook: Workbook, loaded: Loaded | undefined, onLost: OnLost) {
    super(workbook, onLost);
    this.first = loaded === undefined ? null : { value: loaded, takings: lockTakings() };
  }

  override load(): Loaded {
    const first = this.first;
    this.first = null;
    return first && first.takings === lockTakings() ? first.value : super.load();
  }
}

/** The group's language from the settings tab alone (one read), else from the spreadsheet's locale. */
export function detectLocale(workbook: Workbook): Locale {
  return localeOf(workbook, workbook.values('settings'));
}

function localeOf(workbook: Workbook, v: TableValues | null): Locale {
  if (v && v.values.length > 1) return readConfiguration({ settings: { tabName: v.tabName, values: v.values } }).locale;
  return /^en/i.test(workbook.spreadsheet.getSpreadsheetLocale()) ? 'en' : 'fr';
}

/** Reads the configuration tabs (one read each) and checks them. */
export function loadConfiguration(ctx: Context): { config: Configuration | null; readable: Configuration | null; problems: Problem[]; locale: Locale } {
  const tabs: Partial<Record<TableKey, TabInput>> = {};
  for (const table of CONFIGURATION_TABLES) {
    const v = table === 'settings' && settingsRead.has(ctx) ? settingsRead.get(ctx) ?? null : ctx.workbook.values(table);
    if (v) tabs[table] = { tabName: v.tabName, values: v.values };
  }
  return readConfiguration(tabs);
}

/** Time left in this execution before Cabas should stop and let a trigger resume (6 min limit, margin kept). */
export function timeLeft(ctx: Context, budgetMs = 4.5 * 60 * 1000): number {
  return budgetMs - (Date.now() - ctx.startedAt);
}
