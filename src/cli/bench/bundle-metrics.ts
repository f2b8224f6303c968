// The shipped file's weight: raw and gzip bytes, and how long a bare V8 context takes to load it
// (Apps Script parses and runs the whole file's top level on every execution).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createContext, Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { summarize } from './summarize';

export interface BundleMetrics {
  bytes: number;
  gzipBytes: number;
  /**
   * Compile and run the top level in a fresh context with code generation from strings off, as
   * the build test does. `median`/`max`: each load made unique by a trailing comment, so V8's
   * in-process compilation cache cannot serve it (the budget's figure: nothing says Apps Script
   * keeps compiled code between executions). `cachedMedian`: the same source every time.
   */
  loadMs: { median: number; max: number; cachedMedian: number; runs: number };
}

function loadOnce(code: string, filename: string): number {
  const started = performance.now();
  const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
  new Script(code, { filename }).runInContext(context);
  return performance.now() - started;
}

/** Measures the bundle at `path` over `runs` loads of each kind. */
export function measureBundle(path: string, runs = 20): BundleMetrics {
  const code = readFileSync(path, 'utf8');
  const cold = summarize(Array.from({ length: runs }, (_, i) => loadOnce(`${code}\n// load ${i} ${Date.now()}\n`, path)));
  const cached = summarize(Array.from({ length: runs }, () => loadOnce(code, path)));
  return {
    bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length,
    loadMs: { median: cold.median, max: cold.max, cachedMedian: cached.median, runs },
  };
}
