// Any real workbook is read: one typed with openpyxl (notes stored where exceljs does not look),
// and Cabas's own output, whose state names a form that does not exist offline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CabasDriver } from '../../../src/cli/cabas-driver';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { DEADLINE, OPEN_AT, twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';
import { cabas } from './support/run-cli';

// Each test runs whole cycles on the bundle (some in a child process): over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);

const BUNDLE = 'dist/Code.js';
// Made by tests/cli/import/fixtures/make-openpyxl-group.py (openpyxl 3.1.5).
const OPENPYXL = 'tests/cli/import/fixtures/openpyxl-group.xlsx';

test('a workbook saved by openpyxl is read, its cell note included', async () => {
  const snapshot = await readXlsx(OPENPYXL);
  const members = snapshot.sheets.find((s) => s.name === 'Adhérents')!;
  expect(members.values[2][1]).toBe('Bruno Petit');
  expect(members.notes[2][1]).toBe('Nouveau cette année');
});

test('a workbook saved by openpyxl runs a cycle: the draft row opens it, the answer is capped and told', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-any-'));
  writeFileSync(join(dir, 'a.csv'), 'Horodateur,Adresse e-mail,LEG-PAN\n02/12/2026 18:30:00,alice@example.org,5\n');
  const run = cabas('run', '--workbook', OPENPYXL, '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'), '--now', '05/12/2026 12:00');
  expect(run.stdout).toContain('cycle noel ouvert');
  expect(run.stdout).toContain('1 réponse lue\u00a0: 1 acceptée dont 1 plafonnée');
});

test("Cabas's own output, after a whole cycle, starts the next one offline (the old form is gone, a new one is made)", async () => {
  const driver = new CabasDriver({ now: OPEN_AT, bundle: BUNDLE, spreadsheet: twoSitesSmallGroup() });
  driver.install(false);
  expect(driver.open({ deadline: DEADLINE, pickup: '12/12/2026' }).ok).toBe(true);
  driver.submit('alice@example.org', { 'LEG-TOM': 1 }, { site: 'Monclar-de-Quercy', tolerance: 0, at: Date.parse('2026-12-02T18:30:00+01:00') });
  driver.gas.advanceTo(Date.parse('2026-12-11T08:00:00+01:00'));
  expect(driver.state().catalog.cycle.status).toBe('sent');
  const dir = mkdtempSync(join(tmpdir(), 'cabas-any-'));
  await writeXlsx(driver.snapshot(), join(dir, 'previous.xlsx'));

  writeFileSync(join(dir, 'a.csv'), 'Horodateur,Adresse e-mail,LEG-TOM\n14/12/2026 18:30:00,bruno@example.org,2\n');
  const run = cabas('run', '--workbook', join(dir, 'previous.xlsx'), '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'), '--close-at', '17/12/2026 20:00');
  expect(run.stdout).toContain('1 réponse lue\u00a0: 1 acceptée');
  expect(run.stdout).toContain('cycle clôturé, e-mails envoyés');
  const written = await readXlsx(join(dir, 'out', 'workbook.xlsx'));
  const cycles = snapshotTable(written, 'cycles')!.rows.map((r) => r.cells.status);
  expect(cycles).toEqual(['archivé', 'envoyé']);
});
