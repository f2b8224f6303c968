import { measureCase } from '../src/cli/bench/measure-case';
test('measure', () => {
  for (const ledgerRows of [0, 98_000]) {
    const r = measureCase({ households: 2000, products: 300, bundle: 'dist/Code.js', ledgerRows });
    const close = r.phases.find((p) => p.phase === 'close')!;
    const sub = r.submission;
    console.log(JSON.stringify({ ledgerRows, calls: close.calls, modeledMs: close.modeledMs, cpuMs: close.cpuMs, longest: close.longestExecutionMs, errors: close.errors.slice(0, 3), executions: close.executions, submission: sub.calls, cellsRead: close.cellsRead, cellsWritten: close.cellsWritten }));
  }
}, 3_600_000);
