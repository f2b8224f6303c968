// The offline replay is linear: four times the answers cost four times the work, counted (not
// timed) as executions, the script's service calls and cells, and the cells the host copies out
// of the workbook. A host that snapshotted the workbook at every answer (issue 14) would copy
// ever more cells per answer; a script that read a growing tab at every submission, ever more
// cells per execution. The bench (`cabas bench --offline`) times the same replay at 1,000 to
// 100,000 answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReplayInput } from '../../../src/cli/bench/offline-replay';
import { runOffline, type OfflineResult } from '../../../src/cli/offline/run-offline';

jest.setTimeout(120_000);

const HOUSEHOLDS = 5;
const SMALL = 10;
const LARGE = 40;

async function replay(answers: number): Promise<OfflineResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-linear-'));
  try {
    // A one-day cycle: few clock triggers, so nearly every execution is an answer's.
    const input = await writeReplayInput(dir, answers, { days: 1, households: HOUSEHOLDS });
    return await runOffline({ workbook: input.workbook, answers: input.csv, out: join(dir, 'out'), closeAt: input.closeAt, bundle: 'dist/Code.js', log: () => undefined });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe(`the replay of ${SMALL} and ${LARGE} answers (${HOUSEHOLDS} households answering in turn)`, () => {
  let small: OfflineResult;
  let large: OfflineResult;
  beforeAll(async () => {
    small = await replay(SMALL);
    large = await replay(LARGE);
  });

  test('takes every answer, later ones replacing earlier ones', () => {
    expect([small.read, large.read]).toEqual([SMALL, LARGE]);
    expect(small.accepted + small.cancelled).toBe(SMALL);
    expect(large.accepted + large.cancelled).toBe(LARGE);
  });

  test('runs one form-submit execution per answer (no extra firing offline)', () => {
    expect([small.work.submitExecutions, large.work.submitExecutions]).toEqual([SMALL, LARGE]);
  });

  const perAnswer = (r: OfflineResult, k: 'calls' | 'cells' | 'hostCells') => r.work[k] / r.read;
  test.each([
    { what: "the script's service calls", key: 'calls' as const },
    { what: 'the cells the script reads and writes', key: 'cells' as const },
    { what: 'the cells the host copies out of the workbook', key: 'hostCells' as const },
  ])('costs the same $what per answer at four times the answers', ({ key }) => {
    expect(perAnswer(small, key)).toBeGreaterThan(0);
    // Within a quarter: answers differ in size; a cost growing with the answers would be about 4×.
    expect(perAnswer(large, key) / perAnswer(small, key)).toBeLessThan(1.25);
  });
});
