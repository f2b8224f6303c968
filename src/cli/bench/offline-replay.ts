// The offline mode's replay on a large answers file: wall time, CPU time and peak memory of
// `cabas run` for n answers, each size in its own process so that peaks do not add up. A seeded
// group of up to 2,000 households answers in turn (later answers replace earlier ones, latest wins).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seeded } from '../demo/plan-demo';
import { writeXlsx } from '../export/write-xlsx';
import { tableSheet } from '../workbook-snapshot';
import { generateGroup } from './generate-group';

export interface ReplayMeasure {
  answers: number;
  households: number;
  /** False when the run was stopped at the time limit: the figures are then lower bounds. */
  finished: boolean;
  seconds: number;
  /** The child's user + system CPU time (what the machine's load does not inflate as much as the wall time). */
  cpuSeconds: number | null;
  peakMegabytes: number;
}

/** The answer counts `npm run bench` replays, each within a time limit (REPLAY_TIME_LIMIT_S). */
export const REPLAY_SIZES = [1000, 10_000, 100_000];
/** Beyond this, a size's run is stopped and reported as not finished (the whole bench must stay under ~10 minutes). */
export const REPLAY_TIME_LIMIT_S = 150;

const DAY = 24 * 3600 * 1000;
const OPENS = Date.parse('2026-12-01T09:00:00+01:00');

/**
 * Writes the group (with a draft cycle) and n answers into `dir`; returns the two paths. The cycle
 * lasts `days` days (9 by default); its answers are spread evenly over it.
 * @example await writeReplayInput(dir, 100, { days: 1 }) // { workbook: 'dir/group.xlsx', csv: 'dir/answers.csv', households: 100 }
 */
export async function writeReplayInput(dir: string, answers: number, options: { seed?: number; days?: number; households?: number } = {}): Promise<{ workbook: string; csv: string; households: number; closeAt: string }> {
  const households = options.households ?? Math.min(answers, 2000);
  const deadline = OPENS + (options.days ?? 9) * DAY + 11 * 3600 * 1000;
  const group = generateGroup({ households, products: 30 });
  const paris = (ms: number, time: boolean) => new Date(ms).toLocaleString('fr-FR', {
    timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', ...(time ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).replace(',', '');
  const closeAt = paris(deadline, true);
  group.snapshot.sheets.push(tableSheet('cycles', [{ id: 'bench', opens: '', deadline: closeAt, pickup: paris(deadline + 2 * DAY, false), status: 'brouillon', form: '' }]));
  const workbook = join(dir, 'group.xlsx');
  await writeXlsx(group.snapshot, workbook);
  const random = seeded(options.seed ?? 11);
  const refs = group.products.map((p) => p.ref);
  const lines = [['Timestamp', 'Email address', ...refs].join(',')];
  for (let i = 0; i < answers; i += 1) {
    const at = OPENS + 3600 * 1000 + Math.floor(((deadline - OPENS - 2 * 3600 * 1000) * i) / answers);
    const member = group.members[i % households];
    // Three products or so per answer, a whole number of steps each.
    const cells = group.products.map((p) => (random() < 0.1 ? String((1 + Math.floor(random() * 3)) * p.step).replace('.', ',') : ''));
    lines.push([new Date(at).toISOString(), member.email, ...cells.map((c) => (c.includes(',') ? `"${c}"` : c))].join(','));
  }
  const csv = join(dir, 'answers.csv');
  writeFileSync(csv, lines.join('\n'));
  return { workbook, csv, households, closeAt };
}

/** The peak resident memory of a running process so far (Linux), in kB; null elsewhere. */
function highWaterKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The CPU time (user + system) a running process has used so far (Linux), in seconds; null elsewhere. */
function cpuSecondsOf(pid: number): number | null {
  try {
    // Fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux), after the command's ")".
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Runs `cabas run` on n answers in a child process: its wall and CPU time and its peak resident
 * memory. A run longer than `timeLimitS` is stopped, and measured as far as it went.
 */
export async function measureReplay(cli: string, answers: number, timeLimitS = REPLAY_TIME_LIMIT_S): Promise<ReplayMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-replay-'));
  try {
    const input = await writeReplayInput(dir, answers);
    const script = [
      `const { main } = require(${JSON.stringify(cli)});`,
      'const started = process.hrtime.bigint();',
      `main(['run', '--workbook', ${JSON.stringify(input.workbook)}, '--answers', ${JSON.stringify(input.csv)}, '--out', ${JSON.stringify(join(dir, 'out'))}, '--close-at', ${JSON.stringify(input.closeAt)}])`,
      '  .then((code) => { const u = process.resourceUsage(); console.error(JSON.stringify({ code, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRSS: u.maxRSS })); });',
    ].join('\n');
    const started = Date.now();
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    let peakKb = 0;
    let stopped = false;
    let cpuAtStop: number | null = null;
    const poll = setInterval(() => {
      peakKb = Math.max(peakKb, highWaterKb(child.pid!) ?? 0);
      if (Date.now() - started > timeLimitS * 1000 && !stopped) {
        stopped = true;
        cpuAtStop = cpuSecondsOf(child.pid!);
        child.kill('SIGKILL');
      }
    }, 500);
    await new Promise<void>((done) => child.on('close', () => done()));
    clearInterval(poll);
    const wall = (Date.now() - started) / 1000;
    const round = (s: number) => Math.round(s * 10) / 10;
    if (stopped) return { answers, households: input.households, finished: false, seconds: round(wall), cpuSeconds: cpuAtStop === null ? null : round(cpuAtStop), peakMegabytes: Math.round(peakKb / 1024) };
    const last = stderr.trim().split('\n').pop() ?? '';
    let result: { code: number; seconds: number; cpu: number; maxRSS: number };
    try {
      result = JSON.parse(last) as typeof result;
    } catch {
      throw new Error(`cabas run ended without its figures on ${answers} answers:\n${stderr}`);
    }
    if (result.code !== 0) throw new Error(`cabas run failed on ${answers} answers:\n${stderr}`);
    return {
      answers, households: input.households, finished: true, seconds: round(result.seconds), cpuSeconds: round(result.cpu),
      peakMegabytes: Math.round(Math.max(result.maxRSS, peakKb) / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
