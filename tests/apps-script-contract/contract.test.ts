// The Apps Script contract suite, run locally: every probe in probes/*.js runs as its own
// execution in a fresh LocalAppsScript (the contract project's manifest, a bound spreadsheet),
// exactly as `npm run contract:google` runs them in Google. A probe throws what differed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalAppsScript, type LocalAppsScriptOptions } from '../../src/local-apps-script/runtime';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allProbes, probeFiles } = require('./probe-files.js') as typeof import('./probe-files');

const PROBES_DIR = join(__dirname, 'probes');
const MANIFEST = JSON.parse(readFileSync(join(__dirname, 'appsscript.json'), 'utf8')) as { timeZone: string; oauthScopes: string[] };
const probes = allProbes(PROBES_DIR);
const files = probeFiles(PROBES_DIR);

/** A fresh project: the contract manifest (scopes, time zone), a bound spreadsheet, every probe file loaded. */
function contractProject(): LocalAppsScript {
  // `manifest` is passed for a runtime that enforces the manifest's scopes; one that does not ignores it.
  const options: LocalAppsScriptOptions & Record<string, unknown> = {
    now: Date.UTC(2026, 0, 14, 9, 30), scriptTimeZone: MANIFEST.timeZone, spreadsheet: { name: 'Cabas contract' }, manifest: MANIFEST,
  };
  const gas = new LocalAppsScript(options);
  for (const file of files) gas.loadFile(file.name, file.source);
  return gas;
}

describe('the contract suite', () => {
  test('holds at least 60 probes', () => {
    expect(probes.length).toBeGreaterThanOrEqual(60);
  });

  test('names every probe after its file: probe_<area>_<behaviour>', () => {
    const misnamed = probes.filter((p) => !p.name.startsWith(`probe_${p.area}_`) || p.name.length <= `probe_${p.area}_`.length);
    expect(misnamed.map((p) => `${p.file}:${p.line} ${p.name}`)).toEqual([]);
  });

  test('cites a Google reference page (Apps Script reference or Google help) above every probe', () => {
    const uncited = probes.filter((p) => p.reference === null);
    expect(uncited.map((p) => `${p.file}:${p.line} ${p.name}`)).toEqual([]);
  });

  test('never defines the same probe twice', () => {
    const names = probes.map((p) => p.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  test('finds probes only at the top level of area files, never in the shared helpers', () => {
    expect(probes.filter((p) => p.file.startsWith('_'))).toEqual([]);
    expect(files.filter((f) => !f.name.startsWith('_')).every((f) => probes.some((p) => p.file === f.name))).toBe(true);
  });
});

describe('the local runtime keeps the contract', () => {
  test.each(probes.map((p) => ({ probe: p.name, reference: p.reference })))('$probe ($reference)', ({ probe }) => {
    const gas = contractProject();
    let failure: string | null = null;
    try {
      gas.run(probe);
    } catch (e) {
      failure = (e as Error).message;
    }
    expect(failure).toBeNull();
  });
});
