// The Google side of the contract suite, tested without Google: `npm run contract:google`'s packaging
// step builds the folder clasp would push, and its Runner.js runs in the local runtime, so the report
// `clasp run runContract` returns is proven here (only the push and the run need an account).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalAppsScript, type LocalAppsScriptOptions } from '../../src/local-apps-script/runtime';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allProbes } = require('./probe-files.js') as typeof import('./probe-files');

const ROOT = join(__dirname, '..', '..');
const PROBES_DIR = join(__dirname, 'probes');

interface Report { total: number; passed: number; failed: number; results: { probe: string; ok: boolean; message: string; ms: number }[] }

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-contract-'));
  made.push(dir);
  return dir;
}

/** Runs the packaging step exactly as `npm run contract:google` does, stopping before clasp. */
function packageInto(outDir: string, probesDir = PROBES_DIR): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'contract-google.mjs'), '--package-only', '--out', outDir, '--probes', probesDir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`packaging failed: ${run.stderr}`);
  return run.stdout;
}

/** Loads a packaged folder into a fresh runtime, as clasp push would into the project, and calls runContract. */
function runPackaged(dir: string): Report {
  const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as { timeZone: string };
  const options: LocalAppsScriptOptions & Record<string, unknown> = { now: Date.UTC(2026, 0, 14, 9, 30), scriptTimeZone: manifest.timeZone, manifest };
  const gas = new LocalAppsScript(options);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) gas.loadFile(name, readFileSync(join(dir, name), 'utf8'));
  return gas.run<Report>('runContract');
}

describe('npm run contract:google, packaging', () => {
  const outDir = tempDir();
  const stdout = packageInto(outDir);
  const probes = allProbes(PROBES_DIR);

  test('writes every probe file, the shared helpers, Runner.js and the manifest, and nothing else', () => {
    const expected = [...readdirSync(PROBES_DIR).filter((n) => n.endsWith('.js')), 'Runner.js', 'appsscript.json'].sort();
    expect(readdirSync(outDir).sort()).toEqual(expected);
    expect(stdout).toContain(`Packaged ${probes.length} probes`);
  });

  test('gives the manifest the Execution API access clasp run needs, and keeps its scopes', () => {
    const packaged = JSON.parse(readFileSync(join(outDir, 'appsscript.json'), 'utf8'));
    const source = JSON.parse(readFileSync(join(__dirname, 'appsscript.json'), 'utf8'));
    expect(packaged.executionApi).toEqual({ access: 'MYSELF' });
    expect(packaged.oauthScopes).toEqual(source.oauthScopes);
  });

  test('runs every discovered probe in one execution and reports each as passed', () => {
    const report = runPackaged(outDir);
    expect(report.results.map((r) => r.probe)).toEqual(probes.map((p) => p.name));
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect({ total: report.total, passed: report.passed, failed: report.failed }).toEqual({ total: probes.length, passed: probes.length, failed: 0 });
  });
});

describe('runContract, when a probe fails', () => {
  const probesDir = tempDir();
  copyFileSync(join(PROBES_DIR, '_assert.js'), join(probesDir, '_assert.js'));
  writeFileSync(join(probesDir, 'demo.js'), [
    '// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()',
    'function probe_demo_holds() { assertEqual_(1, 1, "one"); }',
    '// https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()',
    'function probe_demo_differs() { assertEqual_(Session.getScriptTimeZone(), "Asia/Tokyo", "getScriptTimeZone()"); }',
    '',
  ].join('\n'));
  const outDir = tempDir();
  packageInto(outDir, probesDir);

  test('reports it as failed with what differed, and still runs the others', () => {
    const report = runPackaged(outDir);
    expect(report.results.map((r) => [r.probe, r.ok, r.message])).toEqual([
      ['probe_demo_holds', true, ''],
      ['probe_demo_differs', false, 'getScriptTimeZone(): expected "Asia/Tokyo", got "Europe/Paris"'],
    ]);
    expect([report.passed, report.failed, report.total]).toEqual([1, 1, 2]);
  });
});

describe('npm run contract:google, push and run (clasp stood in for)', () => {
  // A stand-in for clasp: records its arguments, and answers `run-function` as `clasp --json run`
  // does, with the report in `response` (a passing or a failing one, as the test asks).
  const dir = tempDir();
  const fakeClasp = join(dir, 'fake-clasp.mjs');
  const calls = join(dir, 'calls.jsonl');
  writeFileSync(fakeClasp, [
    "import { appendFileSync } from 'node:fs';",
    'const args = process.argv.slice(2);',
    'appendFileSync(process.env.FAKE_CLASP_CALLS, JSON.stringify(args) + "\\n");',
    "if (args.includes('run-function')) {",
    "  const failed = process.env.FAKE_CLASP_FAIL === '1';",
    "  const results = [{ probe: 'probe_demo_holds', ok: true, message: '', ms: 3 }, { probe: 'probe_demo_differs', ok: !failed, message: failed ? 'x: expected 1, got 2' : '', ms: 4 }];",
    "  console.log(JSON.stringify({ response: { total: 2, passed: failed ? 1 : 2, failed: failed ? 1 : 0, results } }, null, 2));",
    '}',
    '',
  ].join('\n'));

  function contractGoogle(env: Record<string, string>) {
    const outDir = join(tempDir(), 'dist-contract');
    rmSync(calls, { force: true });
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'contract-google.mjs'), '--out', outDir], {
      encoding: 'utf8', env: { ...process.env, CABAS_CONTRACT_CLASP: fakeClasp, FAKE_CLASP_CALLS: calls, ...env },
    });
    const made = readFileSync(calls, { encoding: 'utf8', flag: 'a+' }).split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]);
    return { run, outDir, calls: made };
  }

  test.each([
    { outcome: 'every probe passed', fail: '0', status: 0, line: 'PASS probe_demo_differs' },
    { outcome: 'a probe failed', fail: '1', status: 1, line: 'FAIL probe_demo_differs: x: expected 1, got 2' },
  ])('pushes the package, runs runContract, prints the report and exits $status when $outcome', ({ fail, status, line }) => {
    const { run, outDir, calls: made } = contractGoogle({ CABAS_CONTRACT_SCRIPT_ID: 'script-123', CABAS_CONTRACT_PROJECT_ID: 'gcp-456', FAKE_CLASP_FAIL: fail });
    expect(made).toEqual([['-P', outDir, 'push', '--force'], ['-P', outDir, '--json', 'run-function', 'runContract']]);
    expect(JSON.parse(readFileSync(join(outDir, '.clasp.json'), 'utf8'))).toEqual({ scriptId: 'script-123', projectId: 'gcp-456', rootDir: '.' });
    expect(run.stdout).toContain(line);
    expect(run.stdout).toContain(`${fail === '1' ? 1 : 2} passed, ${fail} failed, 2 probes (in Google)`);
    expect(run.status).toBe(status);
  });

  test('refuses to push without a contract project, and says how to name one', () => {
    const { run, calls: made } = contractGoogle({ CABAS_CONTRACT_SCRIPT_ID: '' });
    expect(made).toEqual([]);
    expect(run.stderr).toContain('.clasp.contract.json');
    expect(run.status).toBe(1);
  });
});
