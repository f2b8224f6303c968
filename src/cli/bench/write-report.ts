// Renders docs/benchmarks.md from a benchmark run: the machine, the bundle, a table per size and
// phase, one submission's cost, the budgets, the latency model and the capacity it implies.
import { DEFAULT_LATENCY, type LatencyModel } from '../../local-apps-script/latency-model';
import type { BudgetCheck } from './budgets';
import type { BundleMetrics } from './bundle-metrics';
import { capacity, DAILY_RECIPIENTS, type MailLoad } from './capacity';
import type { CaseResult, PhaseMeasure } from './measure-case';
import type { ReplayMeasure } from './offline-replay';
import { DEADLINE, OPENS_AT } from './measure-case';
import { PHASE_LABEL } from './phases';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  date: string; // ISO
}

export interface BenchResults {
  machine: Machine;
  quick: boolean;
  bundle: BundleMetrics;
  cases: CaseResult[];
  /** The offline mode's replay of an answers file, by size (absent from results of older runs). */
  offline?: ReplayMeasure[];
  budgets: BudgetCheck[];
  /** Wall time of the whole run, harness included. */
  wallMs: number;
}

const n0 = (n: number) => Math.round(n).toLocaleString('en-US');
const s1 = (ms: number) => (ms / 1000).toFixed(1);
const size = (c: CaseResult) => `${n0(c.households)} households × ${c.products} products${c.ledgerRows ? ` (ledger: ${n0(c.ledgerRows)} earlier rows)` : ''}`;

function top(record: Record<string, number>, count: number): string {
  return Object.entries(record).sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, v]) => `${k} ${n0(v)}`).join(', ');
}

function phaseTable(c: CaseResult): string[] {
  const rows = c.phases.map((p: PhaseMeasure) => `| ${PHASE_LABEL[p.phase]} | ${p.executions} | ${n0(p.calls)} | ${top(p.byService, 3)} | ${n0(p.cellsRead)} | ${n0(p.cellsWritten)} | ${s1(p.modeledMs)} | ${s1(p.longestExecutionMs)} | ${n0(p.cpuMs)} | ${n0(p.peakRssMb)} |`);
  return [
    '| phase | executions | service calls | by service | cells read | cells written | modeled Apps Script time (s) | longest execution (s) | Node CPU (ms) | peak RSS (MB) |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
}

/** The methods a phase's modeled time goes to, most expensive first. */
function dominantCalls(p: PhaseMeasure, count = 6): string {
  return Object.entries(p.byMethod).sort((a, b) => b[1].modeledMs - a[1].modeledMs).slice(0, count)
    .map(([m, v]) => `\`${m}\` ×${n0(v.calls)} (${s1(v.modeledMs)} s)`).join(', ');
}

function latencySection(model: LatencyModel): string[] {
  const perMethod = Object.entries(model.perMethod).map(([m, ms]) => `\`${m}\` ${ms} ms`).join(', ');
  return [
    '## The latency model',
    '',
    'No machine here reaches Google, so Apps Script time is *modeled*: the local runtime counts every',
    'service call the shipped `dist/Code.js` makes and charges it a round trip by kind, plus a cost per cell',
    'moved. A getter on an object the script already holds (`Range.getRow`, `ItemResponse.getResponse`) is',
    "counted as 'local' and costs nothing; every other call is a \"service call\". The figures and their",
    'sources (Google\'s documentation and published community measurements) are in',
    '[docs/latency-model.md](latency-model.md). The model used for this run:',
    '',
    `- round trip by kind: read ${model.perCall.read} ms, write ${model.perCall.write} ms, other RPC ${model.perCall.rpc} ms, lookup ${model.perCall.lookup} ms, local ${model.perCall.local} ms;`,
    `- per cell: ${model.perCellRead} ms read, ${model.perCellWritten} ms written;`,
    `- per method: ${perMethod || '(none)'}.`,
    '',
    'Modeled time is a budget tool, not a promise: it ranks designs (one `setValues` against a thousand',
    '`setValue`) and shows how far a trigger is from the 6-minute limit. Node CPU is the local runtime\'s',
    'own cost of simulating the run (Cabas\'s code and the in-memory services, garbage collection included);',
    'it says nothing of Google\'s servers. Each size runs in its own process; the largest runs alone, and its',
    'close starts on a collected heap, as an Apps Script execution starts on an empty one.',
  ];
}

function mailLoad(c: CaseResult): MailLoad {
  const kinds = c.emails.byKind;
  return {
    perHousehold: c.emails.perHousehold,
    atClosePerHousehold: (kinds['member-summary'] ?? 0) / c.households,
    fixedAtClose: (kinds['producer-order'] ?? 0) + (kinds.digest ?? 0),
    cycleDays: (DEADLINE - OPENS_AT) / (24 * 3600 * 1000),
  };
}

function capacitySection(cases: CaseResult[]): string[] {
  const lines = [
    '## What the e-mail quota allows',
    '',
    'Every e-mail goes out under the account that installed the triggers: 100 recipients a day on a',
    'consumer Gmail account, 1,500 on Google Workspace ([quotas](https://developers.google.com/apps-script/guides/services/quotas)).',
    'The run counts the recipients of every e-mail Cabas sent in the cycle (the benchmark gives the owner a',
    'Workspace quota of 1,500 a day):',
    '',
    '| size | recipients per household per cycle | by kind | consumer: on time | consumer: within the cycle | Workspace: on time | Workspace: within the cycle | days to send the close at 100 / 1,500 a day |',
    '|---|---:|---|---:|---:|---:|---:|---|',
  ];
  for (const c of cases) {
    const load = mailLoad(c);
    const consumer = capacity(load, DAILY_RECIPIENTS.consumer);
    const workspace = capacity(load, DAILY_RECIPIENTS.workspace);
    lines.push(`| ${size(c)} | ${load.perHousehold.toFixed(2)} | ${top(c.emails.byKind, 7)} | ${n0(consumer.onTime)} | ${n0(consumer.withinCycle)} | ${n0(workspace.onTime)} | ${n0(workspace.withinCycle)} | ${consumer.closeDays(c.households)} / ${workspace.closeDays(c.households)} |`);
  }
  const unserved = cases.filter((c) => (c.emails.queuedByKind['member-summary'] ?? 0) < c.households);
  if (unserved.length > 0) {
    lines.push('', `**Caution**: the close of ${unserved.map(size).join(', ')} queued fewer final summaries than households (budget \`cycle.complete\`), so these rows undercount the close-day e-mails and overstate the capacity.`);
  }
  lines.push(
    '',
    '*On time*: every e-mail leaves the day it is due. The close day carries one final summary per household,',
    'the producer orders and the digest, plus that day\'s share of confirmations; the cycle\'s other e-mails',
    '(confirmations, edits, the reminder) spread over its days. *Within the cycle*: the households whose',
    'whole cycle\'s e-mails fit in the quota of the days the cycle is open plus the close day, once the',
    'outbox spreads the close\'s e-mails over the following days.',
    '',
    '### Past the quota',
    '',
    'Nothing is lost and nothing is sent twice. A confirmation that finds no quota left is written to the',
    '`Envois` tab as `en attente` (`pending`) and an hourly trigger (`onOutboxTrigger`) is installed. At the close',
    'every producer order, member summary and the digest is queued in `Envois` in one write; a one-off trigger',
    '(`onSendSoonTrigger`) a minute later sends oldest first until `MailApp.getRemainingDailyQuota()` reaches 0',
    '(or 4.5 minutes of the execution have passed), and the hourly trigger sends the rest, when the quota comes',
    'back the next day. An e-mail Apps Script refuses for itself (a body over 200 KB, say) fails after three',
    'attempts without holding back those behind it; a producer order too long for one e-mail keeps its longest',
    'tables in its CSV attachment. Meanwhile the',
    'coordinator sees:',
    '',
    '- the `Envois` tab: each e-mail\'s status, `en attente`, `en cours` (being sent), `envoyé` with its time, or',
    '  `échec` with the error after three attempts;',
    '- the `Journal` tab: a warning *Quota d\'e-mails atteint* whose detail says how many e-mails will leave',
    '  automatically the next day;',
    '- the digest e-mail sent to the coordination at the close, which counts the e-mails still waiting in',
    '  `Envois`;',
    '- the menu item *Envoyer les e-mails en attente*, which sends what the quota allows right away.',
    '',
    'A group past the consumer figures should run Cabas from a Google Workspace account (many associations',
    'get Google Workspace for Nonprofits), or accept that final summaries arrive over several days.',
  );
  return lines;
}

/** Each quota day's trigger runtime against a consumer account's 90 minutes, and what it allows. */
function triggerRuntimeSection(cases: CaseResult[]): string[] {
  const minutes = (ms: number) => (ms / 60_000).toFixed(1);
  const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  // Quota days start at least 24 hours apart: each starts on its own date, which lines the sizes up.
  const dates = [...new Set(cases.flatMap((c) => c.triggerRuntime.days.map((d) => dateOf(d.start))))].sort();
  const limitMs = cases[0]?.triggerRuntime.limitMs ?? 0;
  const cell = (c: CaseResult, date: string) => {
    const d = c.triggerRuntime.days.find((day) => dateOf(day.start) === date);
    if (!d) return '';
    const text = `${minutes(d.usedMs)} (${d.executions})${d.refused > 0 ? `, ${d.refused} refused` : ''}`;
    return d.usedMs > c.triggerRuntime.limitMs || d.refused > 0 ? `**${text}**` : text;
  };
  const lines = [
    '## Daily trigger runtime',
    '',
    `Triggers of one account may run ${minutes(limitMs)} min a day in all on a consumer account, 6 h on Google Workspace;`,
    'quotas "reset 24 hours after the first request" ([quotas](https://developers.google.com/apps-script/guides/services/quotas)).',
    "The runtime keeps each quota day (opened by the first trigger after the previous one's 24 hours) and refuses",
    'a trigger past it with `Service using too much computer time for one day.` The benchmark runs every size',
    "under a consumer account's runtime with Workspace's e-mail quota (1,500 a day): the most e-mails a day in",
    'the least runtime, the hardest sending day. Minutes of trigger runtime per quota day (trigger executions);',
    'a blank cell: no trigger started a quota day on that date.',
    '',
    `| quota day starting on (UTC) | ${cases.map((c) => `${n0(c.households)} × ${c.products}`).join(' | ')} |`,
    `|---|${cases.map(() => '---:').join('|')}|`,
    ...dates.map((date) => `| ${date} | ${cases.map((c) => cell(c, date)).join(' | ')} |`),
    '',
    '| size | busiest day (min) | of the consumer quota | households whose busiest day would fill 90 min (linear estimate) |',
    '|---|---:|---:|---:|',
    ...cases.map((c) => {
      const peak = Math.max(0, ...c.triggerRuntime.days.map((d) => d.usedMs));
      const fits = peak > 0 ? Math.floor((c.households * c.triggerRuntime.limitMs) / peak) : Infinity;
      return `| ${size(c)} | ${minutes(peak)} | ${Math.round((100 * peak) / c.triggerRuntime.limitMs)} % | ${peak > c.triggerRuntime.limitMs ? '**does not fit**' : n0(fits)} |`;
    }),
    '',
    'For the larger groups the busiest day is the close\'s: the close, then the outbox sending the final',
    'summaries. Cabas spreads that work by itself: the outbox sends until the day\'s e-mail quota is spent and',
    'each of its executions stops after 4.5 minutes, the hourly trigger going on, so sending spreads over as many',
    'hours and days as the quotas need. Sending alone could pass 90 minutes a day only if the e-mail quota let',
    'more than about 4,000 recipients through (90 min at 1.2 s an e-mail, `MailApp.sendEmail` in the latency',
    'model); a consumer account allows 100 a day, and Workspace, which allows 1,500, has 6 h of trigger runtime.',
    'The estimate scales the busiest day with the households, which overstates what a small group\'s figures',
    'allow (their fixed costs weigh more).',
  ];
  return lines;
}

/** The offline mode's replay: one row per answers file size. */
function offlineSection(measures: ReplayMeasure[]): string[] {
  return [
    '## The offline replay',
    '',
    '`cabas run` on a seeded group (`offline-replay.ts`: at most 2,000 households, 30 products, a draft cycle of',
    'nine days) and an answers file of n rows, the households answering in turn (later answers replace earlier',
    'ones), closed at the deadline; each size in its own process, one after the other. Wall time and peak',
    'resident memory are the whole run\'s (reading, replay, close, writing the workbook, the e-mails and',
    '`index.html`). A run over the time limit is stopped: its figures are then lower bounds.',
    '',
    '| answers | households | wall time (s) | CPU time (s) | per answer (ms, wall) | peak RSS (MB) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...measures.map((m) => `| ${n0(m.answers)} | ${n0(m.households)} | ${m.finished ? '' : '> '}${m.seconds} | ${m.cpuSeconds ?? '—'} | ${m.finished ? (1000 * m.seconds / m.answers).toFixed(1) : '—'} | ${m.finished ? '' : '≥ '}${n0(m.peakMegabytes)} |`),
    '',
  ];
}

/** The whole document. */
export function renderReport(results: BenchResults, latency: LatencyModel = DEFAULT_LATENCY): string {
  const { machine, bundle, cases, budgets } = results;
  const broken = budgets.filter((b) => !b.ok);
  const lines: string[] = [
    '# Cabas benchmarks',
    '',
    'Generated by `npm run bench` (`src/cli/bench/`): the shipped `dist/Code.js` runs a whole cycle in the',
    'local Apps Script runtime for synthetic groups (`generate-group.ts`: households over 2 pickup sites, or',
    '10 past 100 households; one producer per 5 products; about 30 % of products by cases, 10 % with a stock;',
    'steps of 1 and 0.5). Every household orders 8 lines at a time spread over the cycle and one in ten',
    'edits its order once through its edit link. Phases: install, open, every submission, the reminder',
    '(24 h before the deadline), the close at the deadline, then the outbox\'s triggers (one a minute after the',
    'close, then hourly) for ten days.',
    '',
    `- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.platform}, Node ${machine.node}`,
    `- date: ${machine.date}`,
    `- run: ${results.quick ? '`--quick` (smallest sizes only)' : 'full'}, ${s1(results.wallMs)} s wall time`,
    '',
    '## Budgets',
    '',
    broken.length === 0 ? 'Every budget holds.' : `**${broken.length} budget(s) broken**: ${broken.map((b) => `\`${b.id}\``).join(', ')}.`,
    '',
    '| budget | rule | measured | holds |',
    '|---|---|---|---|',
    ...budgets.map((b) => `| \`${b.id}\` | ${b.rule} | ${b.measured} | ${b.ok ? 'yes' : '**no**'} |`),
    '',
    '## The bundle',
    '',
    `\`dist/Code.js\`: ${n0(bundle.bytes)} bytes (${(bundle.bytes / 1024).toFixed(1)} KB) minified, ${n0(bundle.gzipBytes)} bytes gzip.`,
    `Loading it (compile and run the top level) in a bare \`node:vm\` context: ${bundle.loadMs.median.toFixed(1)} ms median, ${bundle.loadMs.max.toFixed(1)} ms max over ${bundle.loadMs.runs} loads of fresh source;`,
    `${bundle.loadMs.cachedMedian.toFixed(1)} ms median when V8 may reuse its compiled code. Apps Script loads the whole file on every execution.`,
    '',
    '## One submission',
    '',
    'The cost of one form submission (its own `onFormSubmitTrigger` execution, the first firing), median /',
    'max over every submission and edit of the run. It must not grow with the group. Google\'s extra',
    'firings (the same event twice, blank ones: on at the runtime\'s default rates) are not in these',
    'figures; they are in the submissions\' phase below.',
    '',
    '| size | submissions + edits | extra firings (duplicate + blank) | service calls | cells touched | modeled time (ms) |',
    '|---|---:|---:|---:|---:|---:|',
    ...cases.map((c) => `| ${size(c)} | ${c.submissions} + ${c.edits} | ${c.extraFirings.duplicates} + ${c.extraFirings.blanks} | ${c.submission.calls.median} / ${c.submission.calls.max} | ${n0(c.submission.cells.median)} / ${n0(c.submission.cells.max)} | ${n0(c.submission.modeledMs.median)} / ${n0(c.submission.modeledMs.max)} |`),
    '',
    '## Phases, by size',
    '',
  ];
  for (const c of cases) {
    lines.push(`### ${size(c)} (${c.sites} sites, ${c.producers} producers)`, '', ...phaseTable(c), '');
    const close = c.phases.find((p) => p.phase === 'close');
    if (close) lines.push(`Where the close's time goes: ${dominantCalls(close)}.`, '');
  }
  if (results.offline?.length) lines.push(...offlineSection(results.offline));
  lines.push(...latencySection(latency), '', ...capacitySection(cases), '', ...triggerRuntimeSection(cases), '');
  return lines.join('\n');
}
