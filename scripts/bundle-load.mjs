#!/usr/bin/env node
// node scripts/bundle-load.mjs [dist/Code.js] [--times 3]: the bundle's size and load time, measured
// as `npm run bench` measures them (src/cli/bench/bundle-metrics.ts: 20 loads of fresh source in a
// bare node:vm context, compile and top level), a few times over, with the machine's load average:
// a load time measured on a busy machine says little, so the line says how busy it was.
import { loadavg } from 'node:os';
import { importTs } from './import-ts.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--times');
const times = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const path = args[0] ?? 'dist/Code.js';
const { measureBundle } = await importTs('src/cli/bench/bundle-metrics.ts');
const before = loadavg()[0];
const runs = Array.from({ length: times }, () => measureBundle(path));
const ms = (n) => n.toFixed(1);
console.log(`${path}: ${runs[0].bytes.toLocaleString('en')} bytes (${(runs[0].bytes / 1024).toFixed(1)} KB), ${(runs[0].gzipBytes / 1024).toFixed(1)} KB gzip`);
console.log(`load median ${runs.map((r) => ms(r.loadMs.median)).join(' / ')} ms (max ${runs.map((r) => ms(r.loadMs.max)).join(' / ')}; same source again ${runs.map((r) => ms(r.loadMs.cachedMedian)).join(' / ')})`);
console.log(`load average ${before.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (1 min)`);
