// A file that cannot be read is refused whole, on the built dist/cli.js: one message naming the
// file, the row and the column and saying what to do, a non-zero exit, and nothing written.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { defaultSettingsSheet, tableSheet } from '../../../src/cli/workbook-snapshot';
import { twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';
import { cabas, cabasProcess } from './support/run-cli';

// The built CLI runs in this process (support/run-cli.ts), and in a process of its own for the last test.
jest.setTimeout(120_000);

const GOOD_ROW = '02/12/2026 18:30:00,alice@example.org,1';

async function workbook(dir: string, locale: 'fr' | 'en'): Promise<string> {
  const snapshot = twoSitesSmallGroup();
  // Walnut kernels are not offered this cycle.
  const products = snapshot.sheets.find((s) => s.name === 'Produits')!;
  products.values.find((r) => r[0] === 'HUI-CER')![products.values[0].indexOf('Disponible')] = 'non';
  if (locale === 'en') snapshot.sheets[0] = defaultSettingsSheet({ groupName: 'Two Villages', coordinationEmail: 'coordination@example.org' }, 'en');
  snapshot.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  const path = join(dir, 'groupe.xlsx');
  await writeXlsx(snapshot, path);
  return path;
}

test.each([
  {
    what: 'an unknown column', locale: 'fr' as const, bytes: Buffer.from(`Horodateur,Adresse e-mail,CAFE\n${GOOD_ROW}\n`),
    message: /a\.csv, ligne 1, colonne «\u00a0CAFE\u00a0»\u00a0: .*Corrigez l’en-tête/,
  },
  {
    what: 'a bad date on row 3', locale: 'fr' as const, bytes: Buffer.from(`Horodateur,Adresse e-mail,LEG-TOM\n${GOOD_ROW}\n31/02/2026 18:30,bruno@example.org,1\n`),
    message: /a\.csv, ligne 3, colonne «\u00a0Horodateur\u00a0»\u00a0: «\u00a031\/02\/2026 18:30\u00a0» n’est pas une date lisible/,
  },
  {
    what: 'UTF-16 without a BOM', locale: 'fr' as const, bytes: Buffer.from(`Horodateur,Adresse e-mail,LEG-TOM\n${GOOD_ROW}\n`, 'utf16le'),
    message: /a\.csv, ligne 1\u00a0: le fichier est en UTF-16 sans marque d’ordre \(BOM\).*«\u00a0CSV UTF-8\u00a0»/,
  },
  {
    what: 'Latin-1 bytes on row 2', locale: 'fr' as const, bytes: Buffer.from(`Horodateur,Adresse e-mail,LEG-TOM\n02/12/2026 18:30:00,h\u00e9l\u00e8ne@example.org,1\n`, 'latin1'),
    message: /a\.csv, ligne 2\u00a0: des octets ne sont pas de l’UTF-8/,
  },
  {
    what: 'an answer ordering a product not offered this cycle', locale: 'fr' as const, bytes: Buffer.from(`Horodateur,Adresse e-mail,LEG-TOM,HUI-CER\n${GOOD_ROW},\n03/12/2026 10:00,bruno@example.org,,2\n`),
    message: /a\.csv, ligne 3, colonne «\u00a0HUI-CER\u00a0»\u00a0: cette réponse commande 2 de HUI-CER, qui n’est pas proposé ce cycle/,
  },
  {
    what: 'an unknown column, for an English group', locale: 'en' as const, bytes: Buffer.from(`Timestamp,Email address,CAFE\n${GOOD_ROW}\n`),
    message: /a\.csv, line 1, column "CAFE": .*Fix the header/,
  },
])('$what: one message, exit 1, nothing written', async ({ locale, bytes, message }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-unreadable-'));
  const book = await workbook(dir, locale);
  writeFileSync(join(dir, 'a.csv'), bytes);
  const run = await cabas('run', '--workbook', book, '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'));
  expect(run.status).toBe(1);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(run.stdout).toBe(''); // nothing opened, nothing said about a cycle
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

test('a workbook that is not an xlsx file: its name, what to do, exit 1, nothing written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-unreadable-'));
  writeFileSync(join(dir, 'groupe.xlsx'), 'Paramètre;Valeur\n');
  writeFileSync(join(dir, 'a.csv'), `Horodateur,Adresse e-mail,LEG-TOM\n${GOOD_ROW}\n`);
  // A real process: its exit status, and the message alone on stderr, without a stack trace.
  const run = cabasProcess('run', '--workbook', join(dir, 'groupe.xlsx'), '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'));
  expect(run.status).toBe(1);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/groupe\.xlsx\u00a0: ce n’est pas un classeur \.xlsx lisible .*Enregistrez-le au format Excel/);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

test('a draft row whose deadline cannot be read: the cell named, exit 1, nothing written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-unreadable-'));
  const snapshot = twoSitesSmallGroup();
  snapshot.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: 'bientôt', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  await writeXlsx(snapshot, join(dir, 'groupe.xlsx'));
  writeFileSync(join(dir, 'a.csv'), `Horodateur,Adresse e-mail,LEG-TOM\n${GOOD_ROW}\n`);
  const run = await cabas('run', '--workbook', join(dir, 'groupe.xlsx'), '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'));
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/pas de date de clôture[^]*Cycles!C2\u00a0: «\u00a0bientôt\u00a0» n’est pas une date/);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});
