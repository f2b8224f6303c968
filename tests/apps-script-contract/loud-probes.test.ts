// Runs the item-6 contract probes (probes/loud.js, plain Apps Script) in the local runtime, in a
// French and an American spreadsheet: each probe_loud_* function must return without throwing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalAppsScript } from '../../src/local-apps-script/runtime';

const SOURCE = readFileSync(join(__dirname, 'probes/loud.js'), 'utf8');
const PROBES = [...SOURCE.matchAll(/^function (probe_loud_\w+)\(/gm)].map((m) => m[1]);

describe.each(['fr_FR', 'en_US'])('loud probes in a %s spreadsheet', (locale) => {
  test('the file holds the probes, each after a comment citing its reference page', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(12);
    for (const name of PROBES) expect(SOURCE).toMatch(new RegExp(`// https://[^\\n]+\\n(//[^\\n]*\\n)*function ${name}\\(`));
  });

  test.each(PROBES)('%s', (name) => {
    const gas = new LocalAppsScript({ now: Date.UTC(2026, 11, 7, 9, 0), spreadsheet: { locale, timeZone: 'Europe/Paris' } });
    gas.loadFile('loud.js', SOURCE);
    expect(() => gas.run(name)).not.toThrow();
  });
});
