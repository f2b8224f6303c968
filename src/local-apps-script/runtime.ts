// The local Apps Script runtime: runs the shipped dist/Code.js (or any .gs/.js file) in a vm
// context with Apps Script's globals, on a simulated clock, and drives it the way people and
// Google do: function runs, menu clicks, form submissions, time triggers, concurrent executions.
import { scriptRun, type GoogleScriptRun } from './html/script-run';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import vm from 'node:vm';
import { Accounting } from './accounting';
import { authorizer, type AuthMode, type Manifest } from './authorization';
import { Clock } from './clock';
import type { Realm, RuntimeEnv } from './env';
import { hostError, type ExecutionKind, type ExecutionRecord, type TriggerKind } from './execution-record';
import type { Answers } from './forms/accept-answers';
import { LocalFormService } from './forms/form-service';
import type { LocalFormResponse } from './forms/form-response';
import { SubmitFirings, type SubmitFiringOptions } from './forms/submit-firings';
import { createHtmlService } from './html/html-output';
import type { LatencyModel } from './latency-model';
import { LocalLocks } from './lock/local-locks';
import { LocalMail } from './mail/local-mail';
import { LocalCache } from './properties/local-cache';
import { LocalProperties } from './properties/local-properties';
import { createScriptRealm, type ScriptRealm } from './realm';
import { WarmRealm } from './warm-realm';
import { compiledScript } from './compiled-script';
import { scriptView } from './surface/guard';
import { Scheduler, type InterleaveOptions } from './scheduler';
import type { LocalTrigger } from './script/local-trigger';
import { LocalTriggerStore } from './script/trigger-store';
import { createLogging, createSession } from './session';
import type { SpreadsheetSnapshot } from './spreadsheet/snapshot';
import { LocalSpreadsheetService } from './spreadsheet/spreadsheet-service';
import { timeEvent } from './time-event';
import { type AccountKind, DailyRuntimeQuotaError, TriggerRuntimeQuota } from './trigger-runtime-quota';
import { unmodeledServices } from './unmodeled';
import { createUtilities } from './utilities/utilities';

export type { ExecutionRecord } from './execution-record';

export interface LocalAppsScriptOptions {
  now: Date | number;
  /** appsscript.json: explicit `oauthScopes` are enforced on every call; without them all is allowed. */
  manifest?: Manifest;
  /** Session.getScriptTimeZone(); defaults to the manifest's timeZone. */
  scriptTimeZone?: string;
  /** The bound spreadsheet: a new one, or a snapshot to load. */
  spreadsheet?: { name?: string; timeZone?: string; locale?: string } | SpreadsheetSnapshot;
  userEmail?: string;
  /** The offline mode's form address (RuntimeEnv.formAddress): unset, Google's own kinds of address. */
  formAddress?: string;
  /** Remaining daily e-mail recipients: 100 on a consumer account. */
  mailQuota?: number;
  latency?: LatencyModel;
  /** The owner's account, for the daily trigger runtime: 90 min on 'consumer' (the default), 6 h on 'workspace'. */
  account?: AccountKind;
  /**
   * How `runConcurrently` interleaves its executions at service calls (scheduler.ts): on by
   * default with a fixed seed; `false` runs them one after the other.
   */
  interleave?: Partial<InterleaveOptions> | false;
  /**
   * Seed of the time triggers' jitter: clock triggers fire within Google's documented window
   * around their time (see script/clock-schedule.ts), not exactly at it. On by default (seed 1);
   * `false` fires them at their exact instants, for a unit test that asserts one.
   */
  jitter?: number | false;
  /** Google's occasional duplicate and blank form-submit firings (seeded, on by default); `false` for exact counts. */
  submitFirings?: SubmitFiringOptions | false;
  /**
   * One realm for every execution, its global reset between them (warm-realm.ts): the top level
   * still runs at each execution, on code V8 keeps optimized. For a host that runs thousands of
   * executions of one file (the offline replay); off by default.
   */
  warmRealm?: boolean;
  /** The bound spreadsheet's file id, when it must differ from the default one (a copy's). */
  spreadsheetId?: string;
}

/** Numbers the copies this process makes, so that each copy is a file with an id of its own. */
let copies = 0;

const MAX_FIRINGS = 100_000;

export class LocalAppsScript {
  readonly clock: Clock;
  readonly accounting: Accounting;
  readonly sheets: LocalSpreadsheetService;
  readonly mail: LocalMail;
  readonly forms: LocalFormService;
  readonly triggers: LocalTriggerStore;
  readonly locks: LocalLocks;
  readonly properties: LocalProperties;
  readonly cache: LocalCache;
  readonly triggerRuntime: TriggerRuntimeQuota;
  readonly submitFirings: SubmitFirings;
  readonly logs: string[] = [];
  readonly executions: ExecutionRecord[] = [];
  private readonly env: RuntimeEnv;
  private readonly files: { name: string; code: string; script: vm.Script }[] = [];
  private readonly warm: WarmRealm | null;
  private readonly globals: Record<string, unknown>;
  private current: ScriptRealm;
  private executionCount = 0;
  /** While runConcurrently replays a batch, the instant its calls all start from; Infinity otherwise. */
  private batchStart = Infinity;
  private authMode: AuthMode = 'FULL';
  private readonly scheduler: Scheduler;
  /** The outer call the next execution runs inside, when the scheduler interleaves it. */
  private interleavedAt: string | null = null;

  constructor(private readonly options: LocalAppsScriptOptions) {
    this.clock = new Clock(options.now);
    this.accounting = new Accounting(this.clock, options.latency);
    this.scheduler = new Scheduler(this.clock, {
      // Not inside a simple trigger either: its LIMITED mode and hidden e-mail are runtime-wide.
      mayInterleave: () => !this.locks.heldInProgress() && this.authMode === 'FULL',
      run: (call, interleavedAt) => this.runBatchCall(call, interleavedAt),
    }, options.interleave);
    this.accounting.onServiceCall = (method) => this.scheduler.atServiceCall(method);
    this.current = createScriptRealm(() => this.clock.now(), options.scriptTimeZone ?? options.manifest?.timeZone ?? 'Europe/Paris');
    // Services outlive executions; the realm they hand values to is the running execution's.
    const realm: Realm = {
      date: (ms) => this.current.realm.date(ms),
      error: (message) => this.current.realm.error(message),
      adopt: (value) => this.current.realm.adopt(value),
    };
    this.env = {
      clock: this.clock, accounting: this.accounting, realm,
      scriptTimeZone: options.scriptTimeZone ?? options.manifest?.timeZone ?? 'Europe/Paris', userEmail: options.userEmail ?? 'coordination@example.org',
      ...(options.formAddress === undefined ? {} : { formAddress: options.formAddress }),
    };
    this.accounting.authorize = authorizer(options.manifest, () => this.authMode, realm);
    this.sheets = new LocalSpreadsheetService(this.env);
    const bound = options.spreadsheet;
    if (bound && 'sheets' in bound) this.sheets.load(bound, options.spreadsheetId);
    else this.sheets.create(bound?.name ?? 'Cabas', { timeZone: bound?.timeZone, locale: bound?.locale });
    this.mail = new LocalMail(this.env, options.mailQuota ?? 100);
    this.forms = new LocalFormService(this.env, options.spreadsheetId === undefined ? '' : `c${copies}`);
    // A workbook written by an earlier run holds its response ids (Commandes, `_cabas`): the new ones follow them.
    if (bound && 'sheets' in bound) this.forms.continueResponseIds(bound.sheets.flatMap((s) => s.values.flat()));
    this.forms.respondentLanguage = () => (/^fr/i.test(this.sheets.active().locale) ? 'fr' : 'en');
    this.triggers = new LocalTriggerStore(this.env, undefined, options.jitter === false ? null : options.jitter ?? 1);
    this.locks = new LocalLocks(this.env);
    this.properties = new LocalProperties(this.env);
    this.cache = new LocalCache(this.env);
    this.triggerRuntime = new TriggerRuntimeQuota(options.account);
    this.submitFirings = new SubmitFirings(options.submitFirings);
    const { logger, console } = createLogging(this.env, this.logs);
    // The script holds the services' script views (surface/guard.ts), never the fakes themselves.
    this.globals = {
      ...unmodeledServices(this.env),
      ...Object.fromEntries(Object.entries({
        SpreadsheetApp: this.sheets.app, FormApp: this.forms.app, MailApp: this.mail.mailApp, GmailApp: this.mail.gmailApp,
        ScriptApp: this.triggers.app, LockService: this.locks.service, PropertiesService: this.properties.service,
        CacheService: this.cache.service, Session: createSession(this.env), Utilities: createUtilities(this.env),
        HtmlService: createHtmlService(this.env), Logger: logger, console,
      }).map(([name, service]) => [name, scriptView(this.env, service)])),
    };
    this.warm = options.warmRealm ? new WarmRealm(() => this.clock.now(), this.env.scriptTimeZone, this.globals) : null;
  }

  get ui(): LocalSpreadsheetService['ui'] {
    return this.sheets.ui;
  }

  spreadsheet(): ReturnType<LocalSpreadsheetService['active']> {
    return this.sheets.active();
  }

  snapshot(): SpreadsheetSnapshot {
    return this.sheets.active().snapshot();
  }

  /**
   * « Fichier → Faire une copie » of the bound spreadsheet, by `userEmail` (another account, by
   * default the same one): a new file (new id, named « Copie de … ») holding the tabs as they are,
   * with a copy of the bound script's files. What the copy does not get:
   * - installable triggers: they belong to the original project and its owner, and a copy starts
   *   with none (reported in https://github.com/googleapis/google-api-ruby-client/issues/876:
   *   "Installable Triggers are not copied to new sheets when using the copy API"; a copy through
   *   Drive's menu behaves the same, which is why Cabas asks the new owner to install);
   * - the forms: they are separate Drive files of the original's owner, not shared with the copy's
   *   (its FormApp.openById of the original's form throws, as for a file one cannot open);
   * - user properties (per user) and form responses.
   * Script and document properties are copied along with the project (*unverified*: no Google page
   * says either way; copying them is the harder case for Cabas, which keys what it stores by the
   * spreadsheet's id). The clock carries on from the original's.
   */
  makeCopy(options: { userEmail?: string; name?: string } = {}): LocalAppsScript {
    const snapshot = this.snapshot();
    copies += 1;
    const copy = new LocalAppsScript({
      ...this.options, now: this.clock.now(), userEmail: options.userEmail ?? this.env.userEmail,
      spreadsheet: { ...snapshot, name: options.name ?? `Copie de ${snapshot.name}` },
      spreadsheetId: `${this.sheets.active().id}-copy-${copies}`,
    });
    copy.files.push(...this.files);
    for (const scope of ['script', 'document'] as const) {
      for (const [key, value] of this.properties.stores[scope]) copy.properties.stores[scope].set(key, value);
    }
    return copy;
  }

  /** Adds a script file; like Apps Script, every file's top level runs at each execution. */
  loadFile(name: string, code: string): void {
    this.files.push({ name, code, script: compiledScript(name, code) });
  }

  loadBundle(path = 'dist/Code.js'): void {
    this.loadFile(basename(path), readFileSync(path, 'utf8'));
  }

  /** One execution of a top-level function; a script error is rethrown as a host Error. */
  run<T = unknown>(functionName: string, ...args: unknown[]): T {
    return this.invoke<T>(functionName, 'run', args);
  }

  /**
   * google.script.run as a page the script showed sees it (html/script-run.ts): each call runs the
   * top-level function as its own execution, under Apps Script's rules for what crosses.
   */
  scriptRun(): GoogleScriptRun {
    return scriptRun((name, args) => this.invoke(name, 'run', args));
  }

  /** A click on a custom menu item: the same as a run, recorded as 'menu'. */
  runMenu<T = unknown>(functionName: string): T {
    return this.invoke<T>(functionName, 'menu', []);
  }

  private invoke<T>(functionName: string, kind: ExecutionKind, args: unknown[]): T {
    const { record, value, error } = this.execute(functionName, kind, undefined, (r) => scriptView(this.env, r.realm.adopt(args)));
    if (record.error !== undefined) throw hostError(error);
    return value as T;
  }

  /** Runs a trigger's handler as its own execution; never throws, the error is recorded. */
  runTrigger(handler: string, trigger: TriggerKind, event: (realm: ScriptRealm) => unknown): ExecutionRecord {
    return this.execute(handler, 'trigger', trigger, (r) => [event(r)]).record;
  }

  /**
   * A simple trigger (`onOpen`) as Google runs it when the spreadsheet is opened: AuthMode.LIMITED,
   * so services that need authorization throw, and the user's e-mail reads ''
   * (https://developers.google.com/apps-script/guides/triggers#restrictions).
   */
  runSimpleTrigger(name: 'onOpen'): ExecutionRecord {
    const email = this.env.userEmail;
    this.authMode = 'LIMITED';
    this.env.userEmail = '';
    try {
      const source = this.sheets.active();
      return this.runTrigger(name, 'open', (r) => Object.assign(r.realm.adopt({ authMode: 'LIMITED' }), { source: scriptView(this.env, source) }));
    } finally {
      this.authMode = 'FULL';
      this.env.userEmail = email;
    }
  }

  private execute(name: string, kind: ExecutionKind, trigger: TriggerKind | undefined, args: (r: ScriptRealm) => unknown[]) {
    // An execution started inside another (an interleaved one) gets a fresh realm of its own.
    const warm = this.warm && !this.warm.busy ? this.warm : null;
    const realm = warm ? warm.realm : createScriptRealm(() => this.clock.now(), this.env.scriptTimeZone);
    // An execution interleaved inside another's service call: the outer one resumes afterwards.
    const outer = this.current;
    const outerRuntimeLeftMs = this.accounting.dailyRuntimeLeftMs;
    const interleavedAt = this.interleavedAt;
    this.interleavedAt = null;
    this.current = realm;
    if (!warm) Object.assign(realm.global, this.globals);
    this.locks.settle(Math.min(this.clock.now(), this.batchStart));
    this.accounting.beginExecution();
    this.locks.beginExecution(++this.executionCount);
    const startedAt = this.clock.now();
    this.accounting.dailyRuntimeLeftMs = kind === 'trigger' ? this.triggerRuntime.remainingMs(startedAt) : null;
    let value: unknown;
    let error: unknown;
    let failed = false;
    let counts: ExecutionRecord['counts'];
    try {
      if (this.accounting.dailyRuntimeLeftMs === 0) throw new DailyRuntimeQuotaError();
      if (warm) warm.begin(this.files);
      else for (const file of this.files) file.script.runInContext(realm.context);
      const fn = realm.global[name];
      // Apps Script's message when the function does not exist.
      if (typeof fn !== 'function') throw realm.realm.error(`Script function not found: ${name}`);
      value = (fn as (...a: unknown[]) => unknown).apply(realm.global, args(realm));
    } catch (e) {
      failed = true;
      error = e;
    } finally {
      this.locks.endExecution(this.clock.now());
      counts = this.accounting.endExecution();
      if (kind === 'trigger') this.triggerRuntime.charge(startedAt, this.clock.now() - startedAt, error instanceof DailyRuntimeQuotaError);
      this.accounting.dailyRuntimeLeftMs = outerRuntimeLeftMs;
      this.current = outer;
      warm?.end();
    }
    const record: ExecutionRecord = {
      name, kind, ...(trigger ? { trigger } : {}), startedAt, endedAt: this.clock.now(), counts,
      ...(failed ? { error: hostError(error).message } : {}), ...(interleavedAt ? { interleavedAt } : {}),
    };
    this.executions.push(record);
    return { record, value, error };
  }

  // Time ---------------------------------------------------------------------------------------

  /** Moves the clock to `at`, firing every time trigger due on the way, in order, each as its own execution. */
  advanceTo(at: Date | number): ExecutionRecord[] {
    const target = typeof at === 'number' ? at : at.getTime();
    const fired: ExecutionRecord[] = [];
    for (let n = 0; n < MAX_FIRINGS; n += 1) {
      const due = this.triggers.nextDue(target);
      if (!due) break;
      this.clock.advanceTo(due.at);
      this.triggers.fired(due.trigger);
      const firedAt = this.clock.now();
      fired.push(this.runTrigger(due.trigger.handler, 'time', (r) => r.realm.adopt(timeEvent(firedAt, due.trigger.uid))));
    }
    this.clock.advanceTo(target);
    return fired;
  }

  advanceBy(ms: number): ExecutionRecord[] {
    return this.advanceTo(this.clock.now() + ms);
  }

  // Forms --------------------------------------------------------------------------------------

  private fireFormSubmit(formId: string, response: LocalFormResponse): ExecutionRecord[] {
    const form = this.forms.form(formId);
    return this.triggers.formSubmitTriggers(formId).map((t: LocalTrigger) =>
      this.runTrigger(t.handler, 'form-submit', (r) => {
        // A form-bound installable trigger's event (developers.google.com/apps-script/guides/triggers/events#form-submit_1).
        const event = r.realm.adopt({ authMode: 'FULL', triggerUid: t.uid }) as Record<string, unknown>;
        event.response = scriptView(this.env, response);
        event.source = scriptView(this.env, form);
        return event;
      }));
  }

  /** A member's submission or edit as Google delivers it: its firing, then now and then a duplicate or a blank one (forms/submit-firings.ts). */
  private deliverSubmit(formId: string, response: LocalFormResponse): ExecutionRecord[] {
    const extra = this.submitFirings.draw();
    const fired = this.fireFormSubmit(formId, response);
    if (extra.duplicate) fired.push(...this.fireFormSubmit(formId, response));
    if (extra.blank) fired.push(...this.fireBlankSubmit(formId));
    return fired;
  }

  /**
   * A member submits the form (answers keyed by item id or exact title). Refused like Google Forms
   * would (a host error saying why); else stored and the form-submit triggers fire. `execution`
   * starts with the submission's own firings; Google's extra ones, if any, follow.
   * `formChecks: false` stores answers that never saw the Form's page (an answers file replayed
   * offline): only a closed form refuses them, and the script's own rules judge them.
   */
  submitForm(formId: string, response: { email: string; answers: Answers; at?: Date | number; formChecks?: boolean; fireLater?: boolean }): { responseId: string; execution: ExecutionRecord[] } {
    if (response.at !== undefined) this.advanceTo(response.at);
    const stored = this.forms.submit(formId, response.email, response.answers, this.clock.now(), response.formChecks ?? true);
    // `fireLater`: the form holds the response, and its form-submit execution has not started yet
    // (Google starts it seconds later, later still under load); `fireLate` starts it.
    return { responseId: stored.id, execution: response.fireLater ? [] : this.deliverSubmit(formId, stored) };
  }

  /** The form-submit execution of a response stored with `fireLater`, starting now. */
  fireLate(responseId: string): ExecutionRecord[] {
    const form = this.forms.formOfResponse(responseId);
    return this.fireFormSubmit(form.id, form.responses.get(responseId)!);
  }

  /** The member edits through the edit link: same response id, answers merged ('' clears one), triggers fire again. */
  editResponse(responseId: string, answers: Answers, at?: Date | number): { execution: ExecutionRecord[] } {
    if (at !== undefined) this.advanceTo(at);
    const form = this.forms.formOfResponse(responseId);
    const stored = this.forms.edit(responseId, answers, this.clock.now());
    return { execution: this.deliverSubmit(form.id, stored) };
  }

  /**
   * The blank firing seen in the wild: a response that is not stored, with no answers and (unless
   * `email` says otherwise, an assumption tests can vary) no respondent e-mail.
   */
  fireBlankSubmit(formId: string, options: { email?: string } = {}): ExecutionRecord[] {
    return this.fireFormSubmit(formId, this.forms.blank(formId, this.clock.now(), options.email));
  }

  /** The same submission event delivered twice. */
  fireDuplicate(responseId: string): ExecutionRecord[] {
    const form = this.forms.formOfResponse(responseId);
    return this.fireFormSubmit(form.id, form.responses.get(responseId)!);
  }

  // Concurrency --------------------------------------------------------------------------------

  /**
   * Runs the calls as concurrent executions: each starts at the same simulated instant on its own
   * timeline, and the seeded scheduler interleaves them at service calls (scheduler.ts). A lock
   * held by another execution of the batch makes one wait until that execution released it (or
   * time out). Script errors are recorded in `executions`, not thrown; any other error is rethrown
   * at the end.
   */
  runConcurrently(calls: (() => void)[]): void {
    // A call's later execution (a duplicate firing) must not forget the holds the next calls,
    // replayed from the batch's start, still have to wait for.
    this.batchStart = this.clock.now();
    try {
      this.scheduler.runBatch(calls);
    } finally {
      this.batchStart = Infinity;
    }
    this.locks.settle(this.clock.now());
  }

  private runBatchCall(call: () => void, interleavedAt: string | null): void {
    const before = this.executions.length;
    this.interleavedAt = interleavedAt;
    // Inside a suspended execution, the driver's own reads (the form's item ids…) are the host's.
    if (interleavedAt) this.accounting.beginHost();
    try {
      call();
    } catch (e) {
      const last = this.executions[this.executions.length - 1];
      if (!(this.executions.length > before && last.error !== undefined)) throw e;
    } finally {
      if (interleavedAt) this.accounting.endHost();
      this.interleavedAt = null;
    }
  }
}
