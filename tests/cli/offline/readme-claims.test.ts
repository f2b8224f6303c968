import { frenchTypography as fr } from '../../../src/core/i18n/typography';
// Every claim the README makes about the offline mode, checked on the built dist/cli.js (run
// `node build.mjs` first): the command, its files, its options and what it says.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { tableSheet } from '../../../src/cli/workbook-snapshot';
import { twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';

// Each test runs whole cycles on the bundle (some in a child process): over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);

const cabas = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

async function group(dir: string, draft: boolean): Promise<string> {
  const snapshot = twoSitesSmallGroup(); // no Cycles, Commandes, Journal or Envois tab
  if (draft) snapshot.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  const path = join(dir, 'group.xlsx');
  await writeXlsx(snapshot, path);
  return path;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cabas-readme-'));
});

test.each([
  { what: 'semicolons, a BOM, decimal commas, the form\'s site title', csv: '\uFEFFHorodateur;Adresse e-mail;LEG-TOM;Lieu de retrait\r\n02/12/2026 18:30:00;alice@example.org;1,5;Septfonds\r\n' },
  { what: 'commas, ISO timestamps, [ref] headers, no site column', csv: 'Timestamp,Email address,[LEG-TOM] Tomates\n2026-12-02T18:30:00+01:00,alice@example.org,1.5\n' },
])('a draft row opens the cycle, missing tabs are added, the cycle closes at --close-at and sends: $what', async ({ csv }) => {
  const book = await group(dir, true);
  writeFileSync(join(dir, 'answers.csv'), csv);
  const run = cabas('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'results'), '--close-at', '10/12/2026 20:00');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('cycle noel ouvert');
  expect(run.stdout).toContain('cycle clôturé, e-mails envoyés');
  expect(run.stdout).toContain('1 réponse lue\u00a0: 1 acceptée');
  const written = await readXlsx(join(dir, 'results', 'workbook.xlsx'));
  expect(written.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Cycles', 'Commandes', 'Journal', 'Envois']));
  const alice = snapshotTable(written, 'orders')!.rows.find((r) => r.cells.email === 'alice@example.org')!;
  expect(alice.cells).toMatchObject({ quantity: 1.5, allocated: 1.5 });
  expect(readdirSync(join(dir, 'results', 'mail')).filter((f) => f.endsWith('.eml')).length).toBeGreaterThan(0);
  expect(readFileSync(join(dir, 'results', 'index.html'), 'utf8')).toContain('<html');
});

test('without a draft row, --close-at is the deadline; without --close-at and with the deadline ahead (--now), the cycle stays open', async () => {
  const book = await group(dir, false);
  writeFileSync(join(dir, 'answers.csv'), 'Horodateur,Adresse e-mail,LEG-TOM\n02/12/2026 18:30:00,alice@example.org,1\n');
  const noDeadline = cabas('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r1'));
  expect(noDeadline.status).toBe(1);
  expect(noDeadline.stderr).toContain('--close-at');
  const withCloseAt = cabas('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r2'), '--close-at', '10/12/2026 20:00');
  expect(withCloseAt.stdout).toContain('cycle clôturé');

  const drafted = await group(dir, true);
  const open = cabas('run', '--workbook', drafted, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r3'), '--now', '05/12/2026 12:00');
  expect(open.status).toBe(0);
  expect(open.stdout).toContain(fr('échéance à venir : le cycle reste ouvert'));
  expect(snapshotTable(await readXlsx(join(dir, 'r3', 'workbook.xlsx')), 'cycles')!.rows[0].cells.status).toBe('ouvert');

  // Its output cannot take more answers offline (its form is gone): the message says what to do.
  const again = cabas('run', '--workbook', join(dir, 'r3', 'workbook.xlsx'), '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r4'));
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/le cycle noel y est encore ouvert .*Relancez «\u00a0cabas run\u00a0» sur le classeur de départ avec toutes les réponses/);
  expect(existsSync(join(dir, 'r4'))).toBe(false);
});

test('--out refuses a folder holding files a run did not write, unless --force; a run\'s own folder is reused', async () => {
  const book = await group(dir, true);
  writeFileSync(join(dir, 'answers.csv'), 'Horodateur,Adresse e-mail,LEG-TOM\n02/12/2026 18:30:00,alice@example.org,1\n');
  const out = join(dir, 'mine');
  mkdirSync(join(out, 'mail'), { recursive: true });
  writeFileSync(join(out, 'mail', 'lettre.txt'), 'à garder');
  const args = ['run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', out, '--now', '05/12/2026 12:00'];
  const refused = cabas(...args);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/mine contient des fichiers que Cabas n’a pas écrits \(mail\)\u00a0: .*--force/);
  expect(readFileSync(join(out, 'mail', 'lettre.txt'), 'utf8')).toBe('à garder');

  expect(cabas(...args, '--force').status).toBe(0);
  expect(cabas(...args).status).toBe(0); // now the folder is a run's own
  expect(existsSync(join(out, 'workbook.xlsx'))).toBe(true);
});

test('an unknown option is refused by the parser, and --help says it all', () => {
  const unknown = cabas('run', '--workbok', 'x.xlsx');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toMatch(/--workbok/);
  const help = cabas('--help');
  for (const option of ['--workbook', '--answers', '--out', '--close-at', '--now', '--force']) expect(help.stdout).toContain(option);
});
