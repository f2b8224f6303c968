// The offline mode's replay on a large answers file: wall time and peak memory of `cabas run`
// for n answers, each size in its own process so that peaks do not add up. A seeded group of
// up to 2,000 households answers in turn (later answers replace earlier ones, latest wins).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seeded } from '../demo/plan-demo';
import { writeXlsx } from '../export/write-xlsx';
import { tableSheet } from '../workbook-snapshot';
import { generateGroup } from './generate-group';

export interface ReplayMeasure {
  answers: number;
  households: number;
  seconds: number;
  peakMegabytes: number;
}

const OPENS = Date.parse('2026-12-01T09:00:00+01:00');
const DEADLINE = Date.parse('2026-12-10T20:00:00+01:00');

/** Writes the group (with a draft cycle) and n answers into `dir`; returns the two paths. */
export async function writeReplayInput(dir: string, answers: number, seed = 11): Promise<{ workbook: string; csv: string; households: number }> {
  const households = Math.min(answers, 2000);
  const group = generateGroup({ households, products: 30 });
  group.snapshot.sheets.push(tableSheet('cycles', [{ id: 'bench', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  const workbook = join(dir, 'group.xlsx');
  await writeXlsx(group.snapshot, workbook);
  const random = seeded(seed);
  const refs = group.products.map((p) => p.ref);
  const lines = [['Timestamp', 'Email address', ...refs].join(',')];
  for (let i = 0; i < answers; i += 1) {
    const at = OPENS + 3600 * 1000 + Math.floor(((DEADLINE - OPENS - 2 * 3600 * 1000) * i) / answers);
    const member = group.members[i % households];
    // Three products or so per answer, a whole number of steps each.
    const cells = group.products.map((p) => (random() < 0.1 ? String((1 + Math.floor(random() * 3)) * p.step).replace('.', ',') : ''));
    lines.push([new Date(at).toISOString(), member.email, ...cells.map((c) => (c.includes(',') ? `"${c}"` : c))].join(','));
  }
  const csv = join(dir, 'answers.csv');
  writeFileSync(csv, lines.join('\n'));
  return { workbook, csv, households };
}

/** Runs `cabas run` on n answers in a child process; its wall time and its peak resident memory. */
export async function measureReplay(cli: string, answers: number): Promise<ReplayMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-replay-'));
  try {
    const input = await writeReplayInput(dir, answers);
    const script = [
      `const { main } = require(${JSON.stringify(cli)});`,
      'const started = process.hrtime.bigint();',
      `main(['run', '--workbook', ${JSON.stringify(input.workbook)}, '--answers', ${JSON.stringify(input.csv)}, '--out', ${JSON.stringify(join(dir, 'out'))}, '--close-at', '10/12/2026 20:00'])`,
      '  .then((code) => { console.error(JSON.stringify({ code, seconds: Number(process.hrtime.bigint() - started) / 1e9, maxRSS: process.resourceUsage().maxRSS })); });',
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const last = run.stderr.trim().split('\n').pop() ?? '';
    const result = JSON.parse(last) as { code: number; seconds: number; maxRSS: number };
    if (result.code !== 0) throw new Error(`cabas run failed on ${answers} answers:\n${run.stderr}`);
    return { answers, households: input.households, seconds: Math.round(result.seconds * 10) / 10, peakMegabytes: Math.round(result.maxRSS / 1024) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
