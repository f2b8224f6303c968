// The committed table of Apps Script members (src/local-apps-script/surface/surface-table.ts) is what
// the generator makes from the installed @types/google-apps-script: regenerate it with
// `node scripts/apps-script-surface.mjs` when this fails. The runtime reads only the committed
// table, so `npx cabas run` needs neither typescript nor the typings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSurface } from '../../../scripts/generate-surface';
import { SURFACE_ADDITIONS } from '../../../src/local-apps-script/surface/surface-additions';
import { APPS_SCRIPT_SURFACE } from '../../../src/local-apps-script/surface/surface-table';

describe('the Apps Script surface table', () => {
  test('is what the generator makes from the installed typings', () => {
    expect(readFileSync('src/local-apps-script/surface/surface-table.ts', 'utf8')).toBe(generateSurface());
  });

  test.each([
    { name: 'Spreadsheet.Sheet', member: 'getRange' },
    { name: 'Spreadsheet.SpreadsheetApp', member: 'BandingTheme' },
    { name: 'Forms.FormResponse', member: 'getItemResponses' },
    { name: 'Script.ClockTriggerBuilder', member: 'nearMinute' },
  ])('lists $name.$member', ({ name, member }) => {
    expect(APPS_SCRIPT_SURFACE[name]).toContain(member);
  });

  test('the additions name only members the typings lack', () => {
    const overlap = Object.entries(SURFACE_ADDITIONS).flatMap(([name, members]) => members.filter((m) => APPS_SCRIPT_SURFACE[name]?.includes(m)).map((m) => `${name}.${m}`));
    expect(overlap).toEqual([]);
  });

  test('no runtime or CLI file imports the generator or typescript (they are devDependencies)', () => {
    const files = ['src/local-apps-script', 'src/cli'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('generate-surface.ts'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => /generate-surface|from 'typescript'/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
