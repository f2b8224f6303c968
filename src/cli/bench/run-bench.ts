// `cabas bench [--quick]`: measures the shipped bundle over groups of 20 to 2,000 households and the
// offline mode's replay of 1,000 to 100,000 answers, writes docs/benchmarks.md and
// bench/results.json, and fails when a budget breaks. `cabas bench --offline` runs the replay alone.
//
// Each size runs in its own Node process, so that its CPU time and peak memory are its own: the
// bundle first and the largest size next, each on a quiet machine, then the other sizes as many at
// once as there are cores (at most 2).
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { BUDGET, checkBudgets, checkReplayBudgets, type BudgetCheck } from './budgets';
import { measureBundle } from './bundle-metrics';
import { decodeCaseSpec, encodeCaseSpec } from './case-spec';
import { measureCase, type CaseResult } from './measure-case';
import { measureReplay, REPLAY_SIZES, type ReplayMeasure } from './offline-replay';
import { renderReport, type BenchResults } from './write-report';

export const CASE_ENV = 'CABAS_BENCH_CASE';

export interface BenchOptions {
  quick: boolean;
  /** Only the offline replay (`--offline`): printed and checked, no file written. */
  offline?: boolean;
  /** The replay's answer counts (`--answers 1000,10000`); REPLAY_SIZES by default, 1,000 with --quick. */
  answers?: number[];
  /** The built CLI, which the replay runs as `cabas run` in a child process. */
  cli: string;
  bundle: string;
  log: (line: string) => void;
  /** Where docs/ and bench/ are; the working directory by default. */
  root?: string;
}

type Size = { households: number; products: number; ledgerRows?: number };

/** The matrix: every size, or only the smallest ones with `--quick` (enough to compare two group sizes). */
export function benchSizes(quick: boolean): Size[] {
  if (quick) return [{ households: 20, products: 30 }, { households: 200, products: 30 }];
  const sizes: Size[] = [];
  for (const products of [30, 300]) for (const households of [20, 200, 2000]) sizes.push({ households, products });
  // The close budget's size closes fifty cycles in: its ledger already holds 98,000 rows (2,000
  // households × 49 earlier cycles), and holds 100,000 once this close has written its own.
  const big = sizes.find((s) => s.households === BUDGET.closeCase.households && s.products === BUDGET.closeCase.products);
  if (big) big.ledgerRows = BUDGET.closeCase.ledgerRows;
  return sizes;
}

/** Runs one size in a child process (the CLI itself, told which size by the environment). */
function runChild(size: Size, bundle: string): Promise<CaseResult> {
  return new Promise((done, fail) => {
    const child = fork(process.argv[1], ['bench'], {
      // `gc` lets a step start on a collected heap (see measure-case.ts).
      execArgv: [...process.execArgv, '--expose-gc'],
      env: { ...process.env, [CASE_ENV]: encodeCaseSpec({ ...size, bundle }) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let result: CaseResult | null = null;
    child.on('message', (m) => { result = m as CaseResult; });
    child.on('error', fail);
    child.on('exit', (code) => (result ? done(result) : fail(new Error(`bench ${size.households}×${size.products}: the child process ended with code ${code} and no result`))));
  });
}

async function runAll(sizes: Size[], bundle: string, log: (line: string) => void): Promise<CaseResult[]> {
  // Children only when this process is the CLI bundle; otherwise (a test, ts-node) run in-process.
  const canFork = !!process.argv[1] && basename(process.argv[1]).startsWith('cli');
  const results = new Map<Size, CaseResult>();
  const report = (s: Size, r: CaseResult) => {
    const close = r.phases.find((p) => p.phase === 'close');
    log(`  ${s.households} foyers × ${s.products} produits : une réponse ${r.submission.calls.median}/${r.submission.calls.max} appels, clôture ${((close?.modeledMs ?? 0) / 1000).toFixed(1)} s modélisées, ${Math.round(close?.cpuMs ?? 0)} ms CPU (${(r.wallMs / 1000).toFixed(1)} s)`);
  };
  if (!canFork) {
    for (const s of sizes) {
      const r = measureCase({ ...s, bundle });
      results.set(s, r);
      report(s, r);
    }
  } else {
    // The largest size (the close budget's) runs first and alone, so that its Node CPU is measured
    // on a quiet machine; then the others share the cores, largest first.
    const queue = [...sizes].sort((a, b) => b.households * b.products - a.households * a.products);
    const largest = queue.shift()!;
    const alone = await runChild(largest, bundle);
    results.set(largest, alone);
    report(largest, alone);
    const workers = Math.max(1, Math.min(2, cpus().length));
    await Promise.all(Array.from({ length: workers }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        const r = await runChild(s, bundle);
        results.set(s, r);
        report(s, r);
      }
    }));
  }
  return sizes.map((s) => results.get(s)!);
}

/** The child side: one size, its result sent to the parent. */
async function runCaseFromEnv(spec: string): Promise<number> {
  const { households, products, bundle, ledgerRows } = decodeCaseSpec(spec);
  const result = measureCase({ households, products, bundle, ledgerRows });
  await new Promise<void>((done, fail) => process.send!(result, (e: Error | null) => (e ? fail(e) : done())));
  return 0;
}

/** Each size in turn, alone on the machine (its peak memory and wall time are its own). */
async function runReplays(options: BenchOptions): Promise<ReplayMeasure[]> {
  const sizes = options.answers ?? (options.quick ? [REPLAY_SIZES[0]] : REPLAY_SIZES);
  options.log(`Mode hors ligne, rejeu de ${sizes.map((n) => n.toLocaleString('fr-FR')).join(', ')} réponses`);
  const measures: ReplayMeasure[] = [];
  for (const n of sizes) {
    const m = await measureReplay(options.cli, n);
    measures.push(m);
    const cpu = m.cpuSeconds === null ? '' : ` (${m.cpuSeconds} s CPU)`;
    options.log(`  ${m.answers} réponses (${m.households} foyers) : ${m.finished ? '' : 'arrêté après '}${m.seconds} s${cpu}, pic mémoire ${m.peakMegabytes} Mo`);
  }
  return measures;
}

function logBroken(budgets: BudgetCheck[], log: (line: string) => void): number {
  const broken = budgets.filter((b) => !b.ok);
  for (const b of broken) log(`BUDGET DÉPASSÉ / BUDGET BROKEN ${b.id}: ${b.rule} — ${b.measured}`);
  if (broken.length === 0) log('Tous les budgets sont tenus / every budget holds.');
  return broken.length === 0 ? 0 : 1;
}

export async function runBench(options: BenchOptions): Promise<number> {
  const spec = process.env[CASE_ENV];
  if (spec && process.send) return runCaseFromEnv(spec);
  const { log } = options;
  if (options.offline) return logBroken(checkReplayBudgets(await runReplays(options)), log);
  const root = options.root ?? process.cwd();
  const started = Date.now();
  const bundle = resolve(options.bundle);

  log(`Mesures de ${bundle}`);
  const bundleMetrics = measureBundle(bundle);
  log(`  ${(bundleMetrics.bytes / 1024).toFixed(1)} Ko (${(bundleMetrics.gzipBytes / 1024).toFixed(1)} Ko gzip), chargement ${bundleMetrics.loadMs.median.toFixed(1)} ms (médiane)`);
  const sizes = benchSizes(options.quick);
  log(`Cycles complets : ${sizes.map((s) => `${s.households}×${s.products}`).join(', ')}`);
  const cases = await runAll(sizes, bundle, log);
  const offline = await runReplays(options);
  const budgets = [...checkBudgets(cases, bundleMetrics), ...checkReplayBudgets(offline)];
  const results: BenchResults = {
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${platform()} ${release()}`, date: new Date().toISOString() },
    quick: options.quick, bundle: bundleMetrics, cases, offline, budgets, wallMs: Date.now() - started,
  };

  const reportPath = resolve(root, 'docs/benchmarks.md');
  const jsonPath = resolve(root, 'bench/results.json');
  mkdirSync(dirname(reportPath), { recursive: true });
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(reportPath, renderReport(results));
  writeFileSync(jsonPath, `${JSON.stringify({ ...results, cases: cases.map(({ submissionCosts: _costs, ...c }) => c) }, null, 2)}\n`);
  log(`Écrit : ${reportPath}, ${jsonPath}`);

  return logBroken(budgets, log);
}
