// Drives the built dist/Code.js inside the local Apps Script runtime the way people do: a
// coordinator through the menu functions, members through the Form. The demo, the offline mode
// and the end-to-end tests all go through it.
import { readFileSync } from 'node:fs';
import { decodeCounters, decodeCycle, FORM_ITEM, STATE_TAB, type Counters, type CycleState } from '../core/cycle-state';
import { dirname, join } from 'node:path';
import type { Manifest } from '../local-apps-script/authorization';
import { LocalAppsScript, type LocalAppsScriptOptions } from '../local-apps-script/runtime';
import type { SubmitFiringOptions } from '../local-apps-script/forms/submit-firings';
import type { LatencyModel } from '../local-apps-script/latency-model';
import type { AccountKind } from '../local-apps-script/trigger-runtime-quota';
import { WINDOW } from '../local-apps-script/script/clock-schedule';
import type { SpreadsheetSnapshot, SheetSnapshot } from '../local-apps-script/spreadsheet/snapshot';
import { effectiveValue } from '../local-apps-script/spreadsheet/grid';
import type { LocalSheet } from '../local-apps-script/spreadsheet/sheet';
import { transferred } from '../local-apps-script/html/script-run';
import { householdKeyOfName } from '../core/members/household-key';
import type { EnteredReply } from '../core/orders/entered-order';

export type Answers = Record<string, number | string>;

/**
 * How late a clock trigger may run (Google's ±15 minutes, which the runtime plays with seeded
 * jitter): Cabas's close, set with after(deadline - now), has run by deadline + this.
 */
export const TRIGGER_LATENESS_MS = WINDOW;

export interface SubmitOptions {
  site?: string;
  tolerance?: number | string;
  comment?: string;
  /** The site chosen in the optional "I can help at the pickup" question. */
  help?: string;
  at?: number;
  /** false: answers from a file, not typed in the Form's page; the Form's own input checks do not apply. */
  formChecks?: boolean;
  /** The form-submit execution does not start now (`gas.fireLate` starts it): an answer whose trigger comes late. */
  fireLater?: boolean;
}

export class CabasDriver {
  readonly gas: LocalAppsScript;
  /**
   * Cells the host copied out of the workbook (the `_cabas` rows it decodes, tab snapshots): what
   * a replay of n answers costs the host, which must grow with n and not faster.
   */
  hostCells = 0;

  constructor(options: {
    now: number;
    /** A runtime already made (a copy's, see `makeCopy`): used as it is, its script already loaded. */
    gas?: LocalAppsScript;
    spreadsheet?: SpreadsheetSnapshot | { name?: string; timeZone?: string; locale?: string };
    mailQuota?: number;
    scriptTimeZone?: string;
    latency?: LatencyModel;
    bundle?: string;
    /** What Session's users' getEmail() answers: '' where a security policy hides the address. */
    userEmail?: string;
    /** The owner's account for the daily trigger runtime (the runtime's default: consumer). */
    account?: AccountKind;
    /** How concurrent executions interleave (the runtime's default: on, a fixed seed). */
    interleave?: LocalAppsScriptOptions['interleave'];
    /** The runtime's trigger jitter seed (on by default); false for exact firing instants. */
    jitter?: number | false;
    /** Google's extra form-submit firings: on by default, `false` where a test counts executions. */
    submitFirings?: SubmitFiringOptions | false;
    /**
     * One realm for every execution, its global reset between them (the runtime's warm-realm.ts):
     * on by default here (tests, demo, bench, offline replay), where a fresh context per execution
     * cost several times the execution itself. `false`: a fresh context each time, the runtime's own
     * default (tests/local-apps-script/ run both).
     */
    warmRealm?: boolean;
    /** The offline mode's form address (the runtime's RuntimeEnv.formAddress). */
    formAddress?: string;
  }) {
    const bundle = options.bundle ?? 'dist/Code.js';
    if (options.gas) {
      this.gas = options.gas;
      return;
    }
    this.gas = new LocalAppsScript({
      now: options.now, spreadsheet: options.spreadsheet, mailQuota: options.mailQuota, scriptTimeZone: options.scriptTimeZone,
      userEmail: options.userEmail ?? 'coordination@example.org', latency: options.latency, manifest: shippedManifest(bundle), account: options.account,
      interleave: options.interleave, jitter: options.jitter, submitFirings: options.submitFirings, warmRealm: options.warmRealm ?? true,
      ...(options.formAddress === undefined ? {} : { formAddress: options.formAddress }),
    });
    this.gas.loadBundle(bundle);
  }

  /**
   * Someone (`userEmail`, another account by default) makes a copy of this workbook with
   * « Fichier → Faire une copie »: a new file with the same tabs and bound script, and no
   * triggers (LocalAppsScript.makeCopy says what else a copy keeps). The copy's driver.
   */
  makeCopy(options: { userEmail?: string; name?: string } = {}): CabasDriver {
    const gas = this.gas.makeCopy({ userEmail: options.userEmail ?? 'nouveau.groupe@example.org', name: options.name });
    return new CabasDriver({ now: gas.clock.now(), gas });
  }

  /** The captions of the `Cabas` menu as the last `onOpen` (or install) built it; separators as 'separator'. */
  menuCaptions(): string[] {
    const menu = this.gas.ui.menus.find((m) => m.caption === 'Cabas');
    return (menu?.items ?? []).map((i) => (i === 'separator' ? i : i.caption));
  }

  /** Someone opens the spreadsheet: the simple `onOpen` trigger, in AuthMode.LIMITED. */
  openSpreadsheet(): void {
    const record = this.gas.runSimpleTrigger('onOpen');
    if (record.error !== undefined) throw new Error(`onOpen failed: ${record.error}`);
  }

  run<T = unknown>(name: string, ...args: unknown[]): T {
    return this.gas.run<T>(name, ...args);
  }

  install(sample = false): void {
    this.run('installCabas', { sample });
  }

  open(request: { deadline: number | string; pickup?: number | string; note?: string }): { ok: boolean; cycleId?: string; formUrl?: string; messages?: string[] } {
    return this.run('openCycleWith', request);
  }

  /** When the time trigger running `handler` fires next (the runtime's jitter included); null if none is installed. */
  nextFiring(handler: string): number | null {
    const times = this.gas.triggers.list().filter((t) => t.handler === handler).map((t) => t.nextFire()).filter((t): t is number => t !== null);
    return times.length ? Math.min(...times) : null;
  }

  /**
   * The open cycle's state as Cabas stored it in the hidden `_cabas` tab (row 2). Read from that
   * row alone, and decoded again only when its text changed: a replay of n answers stays linear.
   */
  state(): CycleState {
    const json = this.rowText(STATE_TAB, 2);
    if (this.cachedState?.json !== json) {
      const decoded = decodeCycle([json]);
      if (!decoded.ok) throw new Error(`${STATE_TAB}: ${decoded.error}`);
      this.cachedState = { json, value: decoded.value };
    }
    return this.cachedState.value;
  }

  private cachedState: { json: string; value: CycleState } | null = null;

  /** The open cycle's counters (row 3 of `_cabas`), rejections included. */
  counters(): Counters {
    const decoded = decodeCounters(this.rowText(STATE_TAB, 3));
    if (!decoded.ok) throw new Error(`${STATE_TAB}: ${decoded.error}`);
    return decoded.value;
  }

  /** The JSON cells of one `_cabas` row joined, read from the grid without a whole snapshot. */
  private rowText(name: string, row: number): string {
    const sheet = this.localSheet(name);
    this.hostCells += Math.max(0, sheet.maxColumns - 1);
    const cells: string[] = [];
    for (let c = 2; c <= sheet.maxColumns; c += 1) {
      const cell = sheet.grid.get(row, c);
      const v = cell === undefined ? null : effectiveValue(cell);
      if (v !== null && v !== '') cells.push(String(v));
    }
    return cells.join('');
  }

  private localSheet(name: string): LocalSheet {
    const found = this.gas.spreadsheet().sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no tab named ${name}`);
    return found;
  }

  private answers(quantities: Answers, options: SubmitOptions): Record<string, string> {
    const { items } = this.state();
    const answers: Record<string, string> = {};
    for (const [ref, q] of Object.entries(quantities)) {
      if (items[ref] === undefined) throw new Error(`no question for product ${ref}`);
      answers[String(items[ref])] = String(q);
    }
    if (options.site !== undefined) answers[String(items[FORM_ITEM.site])] = options.site;
    if (options.tolerance !== undefined && items[FORM_ITEM.tolerance] !== undefined) answers[String(items[FORM_ITEM.tolerance])] = String(options.tolerance);
    if (options.comment !== undefined) answers[String(items[FORM_ITEM.comment])] = options.comment;
    if (options.help !== undefined && items[FORM_ITEM.help] !== undefined) answers[String(items[FORM_ITEM.help])] = options.help;
    return answers;
  }

  /** A member submits the form (a new response). Returns its response id. */
  submit(email: string, quantities: Answers, options: SubmitOptions = {}): string {
    const { formId } = this.state();
    return this.gas.submitForm(formId, { email, answers: this.answers(quantities, options), at: options.at, formChecks: options.formChecks, fireLater: options.fireLater }).responseId;
  }

  /** The member edits an earlier response through its edit link (same response id). */
  edit(responseId: string, quantities: Answers, options: SubmitOptions = {}): void {
    this.gas.editResponse(responseId, this.answers(quantities, options), options.at);
  }

  /**
   * A coordinator enters an order from the sidebar (menu « Saisir une commande »): the sidebar's own
   * call, `sidebarSubmitOrder`, as google.script.run makes it (its own execution, the arguments
   * checked and copied). `household`: an e-mail, or the name of a household without one.
   * @example driver.enterOrder('Jeanne Bousquet', { TOM: 2 }) // { ok: true, message: 'Commande enregistrée pour Jeanne Bousquet.', slip: true, … }
   */
  enterOrder(household: string, quantities: Answers, options: Pick<SubmitOptions, 'site' | 'tolerance' | 'comment'> = {}): EnteredReply {
    const request = {
      household: household.includes('@') ? household.trim().toLowerCase() : householdKeyOfName(household),
      quantities: Object.fromEntries(Object.entries(quantities).map(([ref, q]) => [ref, String(q)])),
      site: options.site ?? '', tolerance: options.tolerance === undefined ? '' : String(options.tolerance), comment: options.comment ?? '',
    };
    return transferred(this.run('sidebarSubmitOrder', transferred(request, 'arguments')), 'the return value') as EnteredReply;
  }

  /** The sidebar's « Imprimer la fiche »: the household's latest slip as the dialog shows it (its HTML), or null when it has none. */
  slip(household: string): string | null {
    const key = household.includes('@') ? household.trim().toLowerCase() : householdKeyOfName(household);
    const before = this.gas.ui.dialogs.length;
    const shown = this.run<{ shown: boolean }>('sidebarShowSlip', { household: key });
    return shown.shown ? this.gas.ui.dialogs[before]?.html ?? null : null;
  }

  snapshot(): SpreadsheetSnapshot {
    const snapshot = this.gas.snapshot();
    for (const s of snapshot.sheets) this.hostCells += cellCount(s);
    return snapshot;
  }

  /** One tab's snapshot (not the whole workbook's). */
  sheet(name: string): SheetSnapshot {
    const snapshot = this.localSheet(name).snapshot();
    this.hostCells += cellCount(snapshot);
    return snapshot;
  }

  /** A tab's rows as objects keyed by its header row. */
  rows(name: string): Record<string, unknown>[] {
    const [header, ...rows] = this.sheet(name).values;
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  }
}

function cellCount(sheet: SheetSnapshot): number {
  return sheet.values.reduce((n, row) => n + row.length, 0);
}

/** The manifest shipped next to the bundle (dist/appsscript.json): Cabas always runs under its scopes. */
function shippedManifest(bundle: string): Manifest {
  const path = join(dirname(bundle), 'appsscript.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (e) {
    throw new Error(`Cabas runs under its shipped manifest, and ${path} cannot be read (run node build.mjs): ${(e as Error).message}`);
  }
}
