// Any real workbook is read: the same group saved by openpyxl (notes stored where exceljs does not
// look), by LibreOffice and by exceljs, and Cabas's own output, whose state names a form that does
// not exist offline.
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
// One small group, saved by each tool (the scripts beside them make them again):
// make-openpyxl-group.py (openpyxl 3.1.5), make-libreoffice-group.sh (LibreOffice 7.4 Calc,
// from the openpyxl file through .ods), make-exceljs-group.mjs (exceljs 4, parts as Excel writes them).
const FIXTURES = 'tests/cli/import/fixtures';
const TOOLS = [
  { tool: 'openpyxl', file: join(FIXTURES, 'openpyxl-group.xlsx') },
  { tool: 'LibreOffice', file: join(FIXTURES, 'libreoffice-group.xlsx') },
  { tool: 'exceljs (as Excel)', file: join(FIXTURES, 'exceljs-group.xlsx') },
];

test.each(TOOLS)('a workbook saved by $tool is read: tabs, values, a date cell, its cell note', async ({ file }) => {
  const snapshot = await readXlsx(file);
  expect(snapshot.sheets.map((s) => s.name)).toEqual(['Paramètres', 'Lieux', 'Adhérents', 'Producteurs', 'Produits', 'Cycles']);
  const members = snapshot.sheets.find((s) => s.name === 'Adhérents')!;
  expect(members.values[2][1]).toBe('Bruno Petit');
  expect(members.notes[2][1]).toBe('Nouveau cette année');
  const cycles = snapshotTable(snapshot, 'cycles')!.rows[0].cells;
  expect(cycles.id).toBe('noel');
  expect(new Date(cycles.deadline as Date).toISOString()).toBe('2026-12-10T19:00:00.000Z'); // 20:00 in Paris
  const products = snapshotTable(snapshot, 'products')!.rows.map((r) => [r.cells.ref, r.cells.price, r.cells.step]);
  expect(products).toEqual([['LEG-TOM', 4.2, 0.5], ['LEG-PAN', 15, 1]]);
});

test.each(TOOLS)('a workbook saved by $tool runs a cycle: the draft row opens it, the answer is capped and told', async ({ file }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-any-'));
  writeFileSync(join(dir, 'a.csv'), 'Horodateur,Adresse e-mail,LEG-PAN\n02/12/2026 18:30:00,alice@example.org,5\n');
  const run = await cabas('run', '--workbook', file, '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'), '--now', '05/12/2026 12:00');
  expect(run.stderr).toBe('');
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
  const run = await cabas('run', '--workbook', join(dir, 'previous.xlsx'), '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'), '--close-at', '17/12/2026 20:00');
  expect(run.stdout).toContain('1 réponse lue\u00a0: 1 acceptée');
  expect(run.stdout).toContain('cycle clôturé, e-mails envoyés');
  const written = await readXlsx(join(dir, 'out', 'workbook.xlsx'));
  const cycles = snapshotTable(written, 'cycles')!.rows.map((r) => r.cells.status);
  expect(cycles).toEqual(['archivé', 'envoyé']);
});
