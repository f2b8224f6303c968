// Runs one benchmark case: a generated group through a whole cycle of the shipped bundle in the
// local runtime (install, open, every submission, reminder, close, sending), measuring each phase.
import { getHeapStatistics } from 'node:v8';
import type { CallKind, CallCounts } from '../../local-apps-script/accounting';
import { latencyOf } from '../../local-apps-script/latency-model';
import type { QuotaDay } from '../../local-apps-script/trigger-runtime-quota';
import { FORM_ITEM } from '../../core/cycle-state';
import { parseStatus } from '../../core/workbook/tables';
import { CabasDriver, TRIGGER_LATENESS_MS } from '../cabas-driver';
import { snapshotTable } from '../read-snapshot-table';
import { earlierLedger } from './earlier-ledger';
import { generateGroup } from './generate-group';
import { phaseOf, PHASES, type Phase } from './phases';
import { planOrders } from './plan-orders';
import { summarize, type Summary } from './summarize';

export const OPENS_AT = Date.parse('2026-12-01T09:00:00+01:00');
export const DEADLINE_TEXT = '10/12/2026 20:00';
export const DEADLINE = Date.parse('2026-12-10T20:00:00+01:00');
const HOUR = 3600 * 1000;
/** How long the benchmark lets the outbox's hourly trigger work after the close. */
const SENDING_WINDOW_MS = 10 * 24 * HOUR;

export interface CaseOptions {
  households: number;
  products: number;
  bundle: string;
  /** Daily e-mail recipients of the owner's account: 1,500 (Google Workspace) by default. */
  mailQuota?: number;
  seed?: number;
  /** Rows of earlier cycles already in the `Paiements` ledger (the close reads and extends it). */
  ledgerRows?: number;
}

export interface MethodCost { calls: number; modeledMs: number }

export interface PhaseMeasure {
  phase: Phase;
  executions: number;
  errors: string[];
  calls: number;
  byService: Record<string, number>;
  byMethod: Record<string, MethodCost>;
  cellsRead: number;
  cellsWritten: number;
  modeledMs: number;
  /** The longest single execution of the phase (the 6-minute limit applies to each). */
  longestExecutionMs: number;
  cpuMs: number;
  peakRssMb: number;
}

export interface SubmissionCost { calls: number; cells: number; modeledMs: number; edit: boolean }

export interface CaseResult {
  households: number;
  products: number;
  /** Rows of earlier cycles the ledger held before the close (0: a first cycle). */
  ledgerRows: number;
  sites: number;
  producers: number;
  mailQuota: number;
  submissions: number;
  edits: number;
  phases: PhaseMeasure[];
  /** One submission (its own form-submit execution, its first firing): median and max over every submission and edit. */
  submission: { calls: Summary; cells: Summary; modeledMs: Summary };
  /** Per-submission costs in plan order, for the property tests. */
  submissionCosts: SubmissionCost[];
  /** Google's extra form-submit firings the runtime delivered (on, at their default rates). */
  extraFirings: { duplicates: number; blanks: number };
  /** Recipients of the e-mails that left, by kind (from the `Envois` tab and the sent mail). */
  emails: { sent: number; pending: number; byKind: Record<string, number>; queuedByKind: Record<string, number>; perHousehold: number; sendingDays: number };
  /** Each quota day's trigger runtime, under a consumer account's 90 minutes (`limitMs`). */
  triggerRuntime: { limitMs: number; days: QuotaDay[] };
  wallMs: number;
}

interface ExecutionLike { name: string; counts: CallCounts; error?: string }

function emptyPhase(phase: Phase): PhaseMeasure {
  return { phase, executions: 0, errors: [], calls: 0, byService: {}, byMethod: {}, cellsRead: 0, cellsWritten: 0, modeledMs: 0, longestExecutionMs: 0, cpuMs: 0, peakRssMb: 0 };
}

function addCounts(target: Record<string, number>, source: Record<string, number>): void {
  for (const [k, v] of Object.entries(source)) target[k] = (target[k] ?? 0) + v;
}

/** Runs the case. Synchronous work from start to end: wall time is the harness's own. */
export function measureCase(options: CaseOptions): CaseResult {
  const started = Date.now();
  const mailQuota = options.mailQuota ?? 1500;
  const group = generateGroup({ households: options.households, products: options.products, seed: options.seed });
  const plan = planOrders(group, OPENS_AT, DEADLINE, options.seed);
  if (options.ledgerRows) group.snapshot.sheets.push(earlierLedger(options.ledgerRows, group.members, group.producers));
  // Workspace's e-mail quota with a consumer account's trigger runtime: the most e-mails a day, in
  // the least runtime, is the hardest day the outbox can meet.
  const driver = new CabasDriver({ now: OPENS_AT, bundle: options.bundle, spreadsheet: group.snapshot, mailQuota, account: 'consumer' });
  const gas = driver.gas;
  const phases = new Map<Phase, PhaseMeasure>([...PHASES, 'other' as const].map((p) => [p, emptyPhase(p)]));

  // Modeled time by method, with the latency model's own formula: the accounting keeps counts
  // by method, and the report needs to say which calls the time goes to.
  const msByMethod = new Map<string, number>();
  const record = gas.accounting.record.bind(gas.accounting);
  gas.accounting.record = (service: string, method: string, kind: CallKind, cells: { read?: number; written?: number } = {}) => {
    if (kind !== 'local') msByMethod.set(method, (msByMethod.get(method) ?? 0) + latencyOf(gas.accounting.latency, method, kind, cells.read ?? 0, cells.written ?? 0));
    record(service, method, kind, cells);
  };

  let seen = 0;
  /**
   * Does one step of the story; its executions go to their phases, with the Node CPU it took.
   * A `fresh` step first collects what earlier steps left (when Node exposes `gc`, as the bench's
   * own processes do): an Apps Script execution starts with an empty heap, so a close must not be
   * charged for collecting two thousand submissions' garbage.
   */
  const step = <T>(action: () => T, fresh = false): { value: T; executions: ExecutionLike[] } => {
    msByMethod.clear();
    if (fresh) collectEarlierRealms();
    const cpu = process.cpuUsage();
    const value = action();
    const used = process.cpuUsage(cpu);
    const rssMb = process.memoryUsage().rss / (1024 * 1024);
    const executions = gas.executions.slice(seen) as ExecutionLike[];
    seen = gas.executions.length;
    const cpuMs = (used.user + used.system) / 1000;
    const totalModeled = executions.reduce((s, e) => s + e.counts.modeledMs, 0);
    for (const e of executions) {
      const m = phases.get(phaseOf(e.name))!;
      const share = totalModeled > 0 ? e.counts.modeledMs / totalModeled : 1 / executions.length;
      m.executions += 1;
      if (e.error) m.errors.push(`${e.name}: ${e.error}`);
      m.calls += e.counts.calls;
      addCounts(m.byService, e.counts.byService);
      m.cellsRead += e.counts.cellsRead;
      m.cellsWritten += e.counts.cellsWritten;
      m.modeledMs += e.counts.modeledMs;
      m.longestExecutionMs = Math.max(m.longestExecutionMs, e.counts.modeledMs);
      m.cpuMs += cpuMs * share;
      m.peakRssMb = Math.max(m.peakRssMb, rssMb);
      for (const [method, calls] of Object.entries(e.counts.byMethod)) {
        const cost = (m.byMethod[method] ??= { calls: 0, modeledMs: 0 });
        cost.calls += calls;
      }
    }
    // Method times are known per step, not per execution: split them like the CPU.
    for (const [method, ms] of msByMethod) {
      for (const e of executions) {
        if (!e.counts.byMethod[method]) continue;
        const owners = executions.filter((x) => x.counts.byMethod[method]);
        const calls = owners.reduce((s, x) => s + x.counts.byMethod[method], 0);
        phases.get(phaseOf(e.name))!.byMethod[method].modeledMs += (ms * e.counts.byMethod[method]) / calls;
      }
    }
    return { value, executions };
  };

  step(() => driver.install(), true);
  const opened = step(() => driver.open({ deadline: DEADLINE_TEXT }), true).value;
  if (!opened.ok) throw new Error(`bench: the generated group could not open its cycle: ${(opened.messages ?? []).join(' / ')}`);

  // The form's ids do not change while the cycle is open: read them once. (CabasDriver.submit
  // reads them from a whole-workbook snapshot on every call, which at 2,000 households would
  // make the harness, not Cabas, the cost being measured.)
  const { formId, items } = driver.state();
  const answersOf = (quantities: Record<string, number>, site: string, tolerance: number) => {
    const answers: Record<string, string> = {};
    for (const [ref, q] of Object.entries(quantities)) answers[String(items[ref])] = String(q);
    answers[String(items[FORM_ITEM.site])] = site;
    if (items[FORM_ITEM.tolerance] !== undefined) answers[String(items[FORM_ITEM.tolerance])] = String(tolerance);
    return answers;
  };

  const responseIds = new Map<number, string>();
  const baskets = new Map<number, Record<string, number>>();
  const submissionCosts: SubmissionCost[] = [];
  for (const event of plan) {
    step(() => gas.advanceTo(event.at));
    const { executions } = step(() => {
      const answers = answersOf(event.quantities, event.site, event.tolerance);
      if (event.kind === 'submit') responseIds.set(event.household, gas.submitForm(formId, { email: event.email, answers, at: event.at }).responseId);
      else {
        // An edit keeps the earlier answers it does not change (Google Forms prefills them): the
        // member empties the products they drop, so that an edit is an order of LINES_PER_ORDER
        // lines like any other, not the union of two baskets (whose size would depend on chance
        // overlaps, and so on how many edits a group size makes).
        for (const ref of Object.keys(baskets.get(event.household) ?? {})) if (!(ref in event.quantities)) answers[String(items[ref])] = '';
        gas.editResponse(responseIds.get(event.household)!, answers, event.at);
      }
      baskets.set(event.household, event.quantities);
    });
    // A submission's cost is its own (first) firing's; Google's extra firings (duplicates, blank
    // ones: local-apps-script/forms/submit-firings.ts) count in the phase's totals, not here.
    const own = executions.filter((e) => phaseOf(e.name) === 'submit').slice(0, 1);
    submissionCosts.push({
      calls: own.reduce((s, e) => s + e.counts.calls, 0),
      cells: own.reduce((s, e) => s + e.counts.cellsRead + e.counts.cellsWritten, 0),
      modeledMs: own.reduce((s, e) => s + e.counts.modeledMs, 0),
      edit: event.kind === 'edit',
    });
  }

  // The deadline trigger closes; anything it leaves (a resumed close, the outbox) runs after.
  step(() => gas.advanceTo(DEADLINE + TRIGGER_LATENESS_MS + 1000), true);
  for (let t = DEADLINE + HOUR; t <= DEADLINE + SENDING_WINDOW_MS; t += HOUR) step(() => gas.advanceTo(t));

  const sent = gas.mail.sent as { to: string; cc: string; bcc: string; at: number }[];
  const recipients = (m: { to: string; cc: string; bcc: string }) => [m.to, m.cc, m.bcc].join(',').split(',').filter((s) => s.trim()).length;
  const outbox = outboxRows(driver);
  const byKind: Record<string, number> = {};
  const queuedByKind: Record<string, number> = {};
  for (const row of outbox) {
    queuedByKind[row.kind] = (queuedByKind[row.kind] ?? 0) + 1;
    if (row.sent) byKind[row.kind] = (byKind[row.kind] ?? 0) + 1;
  }
  const sentTotal = sent.reduce((s, m) => s + recipients(m), 0);
  const lastSend = sent.reduce((max, m) => Math.max(max, m.at), DEADLINE);

  return {
    households: options.households, products: options.products, ledgerRows: options.ledgerRows ?? 0, sites: group.sites.length, producers: group.producers.length, mailQuota,
    submissions: plan.filter((e) => e.kind === 'submit').length, edits: plan.filter((e) => e.kind === 'edit').length,
    phases: [...phases.values()].filter((p) => p.phase !== 'other' || p.executions > 0),
    submission: {
      calls: summarize(submissionCosts.map((c) => c.calls)),
      cells: summarize(submissionCosts.map((c) => c.cells)),
      modeledMs: summarize(submissionCosts.map((c) => c.modeledMs)),
    },
    submissionCosts,
    extraFirings: { ...gas.submitFirings.delivered },
    emails: {
      sent: sentTotal, pending: outbox.filter((r) => r.pending).length, byKind, queuedByKind,
      perHousehold: sentTotal / options.households, sendingDays: Math.ceil((lastSend - DEADLINE) / (24 * HOUR)),
    },
    triggerRuntime: { limitMs: gas.triggerRuntime.limitMs, days: gas.triggerRuntime.days() },
    wallMs: Date.now() - started,
  };
}

/**
 * Collects the realms of earlier executions, when Node exposes `gc`. One collection is not enough:
 * V8 keeps a dead realm alive through the weak references of code it optimized for it (and the
 * maps that code used) until a later collection, so after n executions one `gc()` frees only part
 * of them. It collects until the number of live V8 contexts stops falling (at most 5 times).
 */
function collectEarlierRealms(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  let before = getHeapStatistics().number_of_native_contexts;
  for (let i = 0; i < 5; i += 1) {
    gc();
    const after = getHeapStatistics().number_of_native_contexts;
    if (after >= before) return;
    before = after;
  }
}

/** The `Envois` tab as kind and status, read with the script's own header and word rules. */
function outboxRows(driver: CabasDriver): { kind: string; sent: boolean; pending: boolean }[] {
  return (snapshotTable(driver.snapshot(), 'outbox')?.rows ?? []).map((r) => {
    const status = parseStatus('outboxStatus', String(r.cells.status ?? ''));
    const kind = String(r.cells.kind ?? '');
    return { kind: parseStatus('emailKind', kind) ?? kind, sent: status === 'sent', pending: status === 'pending' };
  });
}
