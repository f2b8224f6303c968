import { frenchTypography as fr } from '../../../src/core/i18n/typography';
// Every claim the README makes about the offline mode, checked on the built dist/cli.js (run
// `node build.mjs` first): the command, its files, its options and what it says. The claims
// checked elsewhere, by the README's bullet:
// - the workbook: files by LibreOffice, exceljs, openpyxl and Cabas (any-workbook.test.ts);
//   formulas kept (formulas.test.ts);
// - the answers: a Google Forms export and its timestamps (google-forms-export.test.ts);
// - the same rules: capped, rejected by reason, journaled and e-mailed (same-rules.test.ts);
// - the end: a row after the deadline closes it (same-rules.test.ts); a cycle in steps
//   (cycle-in-steps.test.ts, and below);
// - a cycle that waits and `cabas send` (send-step.test.ts, cycle-in-steps.test.ts);
// - real sending with --smtp (smtp-sending.test.ts);
// - a file that cannot be read (unreadable-input.test.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { writtenMails } from './support/eml-text';
import { cabas, cabasProcess } from './support/run-cli';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { defaultSettingsSheet, tableSheet } from '../../../src/cli/workbook-snapshot';
import { twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';

// Each test runs whole cycles on the built CLI (dist/cli.js, in this process: support/run-cli.ts): over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);


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
  const run = await cabas('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'results'), '--close-at', '10/12/2026 20:00');
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
  const noDeadline = await cabas('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r1'));
  expect(noDeadline.status).toBe(1);
  expect(noDeadline.stderr).toContain('--close-at');
  const withCloseAt = await cabas('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r2'), '--close-at', '10/12/2026 20:00');
  expect(withCloseAt.stdout).toContain('cycle clôturé');
  // No Google Form exists offline: without --form-url, no e-mail links to one.
  const mails = writtenMails(join(dir, 'r2', 'mail'));
  expect(mails.length).toBeGreaterThan(1);
  expect(mails.filter((m) => /https?:\/\//.test(m.text))).toEqual([]);

  const drafted = await group(dir, true);
  const address = 'https://framaforms.org/commande-gac';
  const open = await cabas('run', '--workbook', drafted, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r3'), '--now', '05/12/2026 12:00', '--form-url', address);
  expect(open.status).toBe(0);
  expect(open.stdout).toContain(fr('échéance à venir : le cycle reste ouvert'));
  expect(snapshotTable(await readXlsx(join(dir, 'r3', 'workbook.xlsx')), 'cycles')!.rows[0].cells.status).toBe('ouvert');

  // Its output takes the later answers (not the same ones again) and goes on from there.
  const same = await cabas('run', '--workbook', join(dir, 'r3', 'workbook.xlsx'), '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r4'));
  expect(same.status).toBe(1);
  expect(same.stderr).toMatch(/answers\.csv, ligne 2\s:\scette réponse est antérieure à ce que le classeur contient déjà/);
  expect(existsSync(join(dir, 'r4'))).toBe(false);
  writeFileSync(join(dir, 'later.csv'), 'Horodateur,Adresse e-mail,LEG-TOM\n06/12/2026 10:00:00,bruno@example.org,2\n');
  const later = await cabas('run', '--workbook', join(dir, 'r3', 'workbook.xlsx'), '--answers', join(dir, 'later.csv'), '--out', join(dir, 'r4'), '--close-at', '10/12/2026 20:00');
  expect(later.stdout).toContain('cycle noel repris');
  expect(later.stdout).toContain('cycle clôturé, e-mails envoyés');
  const lines = snapshotTable(await readXlsx(join(dir, 'r4', 'workbook.xlsx')), 'orders')!.rows.map((r) => r.cells.email);
  expect(lines).toEqual(['alice@example.org', 'bruno@example.org']);
  // --form-url: the confirmations link to the group's own form, and the cycle taken up keeps it.
  const confirmations = [...writtenMails(join(dir, 'r3', 'mail')), ...writtenMails(join(dir, 'r4', 'mail'))].filter((m) => /Votre commande est enregistrée/.test(m.text));
  expect(confirmations.map((m) => [m.to, m.text.includes(`Modifier ma commande → ${address}`)])).toEqual([['alice@example.org', true], ['bruno@example.org', true]]);
  expect([...writtenMails(join(dir, 'r3', 'mail')), ...writtenMails(join(dir, 'r4', 'mail'))].filter((m) => /docs\.google|forms\.gle/.test(m.text))).toEqual([]);
  const badAddress = await cabas('run', '--workbook', drafted, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r6'), '--form-url', 'framaforms');
  expect(badAddress.status).toBe(1);
  expect(badAddress.stderr).toContain('--form-url');
  expect(existsSync(join(dir, 'r6'))).toBe(false);
  // --close-at closes sooner than the draft row's deadline, never later: refused, with what to do.
  const tooLate = await cabas('run', '--workbook', drafted, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'r7'), '--close-at', '31/12/2026 20:00');
  expect(tooLate.status).toBe(1);
  expect(tooLate.stderr).toContain(fr("--close-at « 31/12/2026 20:00 » vient après l'échéance du cycle noel (jeudi 10 décembre 2026 à 20 h, onglet Cycles)"));
  expect(existsSync(join(dir, 'r7'))).toBe(false);

  // A copy that lost what Cabas kept in the file's properties cannot go on: the message says what to do.
  await writeXlsx(await readXlsx(join(dir, 'r3', 'workbook.xlsx')), join(dir, 'copy.xlsx'));
  const copy = await cabas('run', '--workbook', join(dir, 'copy.xlsx'), '--answers', join(dir, 'later.csv'), '--out', join(dir, 'r5'));
  expect(copy.status).toBe(1);
  expect(copy.stderr).toMatch(/le cycle noel y est encore ouvert .*Relancez «\scabas run\s» sur le classeur de départ avec toutes les réponses/);
  expect(existsSync(join(dir, 'r5'))).toBe(false);
});

test('--out refuses a folder holding files a run did not write, unless --force; a run\'s own folder is reused', async () => {
  const book = await group(dir, true);
  writeFileSync(join(dir, 'answers.csv'), 'Horodateur,Adresse e-mail,LEG-TOM\n02/12/2026 18:30:00,alice@example.org,1\n');
  const out = join(dir, 'mine');
  mkdirSync(join(out, 'mail'), { recursive: true });
  writeFileSync(join(out, 'mail', 'lettre.txt'), 'à garder');
  const args = ['run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', out, '--now', '05/12/2026 12:00'];
  const refused = await cabas(...args);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/mine contient des fichiers que Cabas n’a pas écrits \(mail\)\u00a0: .*--force/);
  expect(readFileSync(join(out, 'mail', 'lettre.txt'), 'utf8')).toBe('à garder');

  expect((await cabas(...args, '--force')).status).toBe(0);
  expect((await cabas(...args)).status).toBe(0); // now the folder is a run's own
  expect(existsSync(join(out, 'workbook.xlsx'))).toBe(true);
});

test('an unknown option is refused by the parser, and --help says it all', async () => {
  const unknown = cabasProcess('run', '--workbok', 'x.xlsx'); // a real process: its exit status and a message without a stack
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toMatch(/--workbok/);
  const help = await cabas('--help');
  for (const option of ['--workbook', '--answers', '--out', '--close-at', '--now', '--force', '--smtp', '--smtp-from', '--form-url']) expect(help.stdout).toContain(option);
  for (const command of ['cabas run', 'cabas send', 'cabas demo']) expect(help.stdout).toContain(command);
});

test('missing columns are added; over the stock is capped and told; an empty answer cancels, and the summary counts it', async () => {
  const snapshot = twoSitesSmallGroup();
  // Adhérents typed without Téléphone and Notes.
  snapshot.sheets[2] = tableSheet('members', [
    { email: 'alice@example.org', name: 'Alice Martin', site: 'Monclar-de-Quercy', active: 'oui' },
    { email: 'bruno@example.org', name: 'Bruno Petit', site: 'Monclar-de-Quercy', active: 'oui' },
    { email: 'chloe@example.org', name: 'Chloé Durand', site: 'Septfonds', active: 'oui' },
  ], 'fr', ['email', 'name', 'site', 'active']);
  snapshot.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  await writeXlsx(snapshot, join(dir, 'group.xlsx'));
  // LEG-PAN: max 3 per member, stock 5. Timestamps without seconds.
  writeFileSync(join(dir, 'answers.csv'), [
    'Horodateur,Adresse e-mail,LEG-PAN,LEG-TOM',
    '02/12/2026 18:30,alice@example.org,3,',
    '03/12/2026 18:30,bruno@example.org,3,',
    '04/12/2026 18:30,chloe@example.org,,1',
    '05/12/2026 18:30,chloe@example.org,,',
  ].join('\n'));
  const run = await cabas('run', '--workbook', join(dir, 'group.xlsx'), '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'out'), '--close-at', '10/12/2026 20:00');
  expect(run.stderr).toBe('');
  // Chloé's first answer was taken, then withdrawn: 3 taken, 1 cancellation.
  expect(run.stdout).toContain(fr('4 réponses lues : 3 acceptées dont 1 plafonnée, 1 annulation, 0 refusée'));
  const written = await readXlsx(join(dir, 'out', 'workbook.xlsx'));
  const members = written.sheets.find((s) => s.name === 'Adhérents')!;
  expect(members.values[0]).toEqual(expect.arrayContaining(['Téléphone', 'Notes']));
  const bruno = snapshotTable(written, 'orders')!.rows.find((r) => r.cells.email === 'bruno@example.org')!;
  expect(bruno.cells.quantity).toBe(2);
  const mails = readdirSync(join(dir, 'out', 'mail')).map((f) => readFileSync(join(dir, 'out', 'mail', f), 'utf8'));
  expect(mails.some((m) => /^To: bruno@example.org/m.test(m) && /ramen=C3=A9 =C3=A0 2|ramené à 2/.test(m))).toBe(true);
});

test("an English group: English headers and statuses, the run speaks English, and without --now the machine's clock says the deadline has passed", async () => {
  const snapshot = twoSitesSmallGroup();
  snapshot.sheets[0] = defaultSettingsSheet({ groupName: 'Two Villages', coordinationEmail: 'coordination@example.org' }, 'en');
  snapshot.sheets.push(tableSheet('cycles', [{ id: 'january', opens: '', deadline: '10/01/2026 20:00', pickup: '12/01/2026', status: 'draft', form: '' }], 'en'));
  await writeXlsx(snapshot, join(dir, 'group.xlsx'));
  writeFileSync(join(dir, 'answers.csv'), 'Timestamp,Email address,LEG-TOM,HUI-NOI,Tolerance,Comment\n2026-01-05T18:30:00+01:00,chloe@example.org,1,2,2,Thanks\n');
  const run = await cabas('run', '--workbook', join(dir, 'group.xlsx'), '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'out'));
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('cycle january open');
  expect(run.stdout).toContain('1 answer read: 1 accepted of which 0 capped');
  expect(run.stdout).toContain('cycle closed, e-mails sent');
  expect(run.stdout).toContain('without --smtp nothing left');
  const chloe = snapshotTable(await readXlsx(join(dir, 'out', 'workbook.xlsx')), 'orders')!.rows.filter((r) => r.cells.email === 'chloe@example.org');
  expect(chloe.map((r) => [r.cells.ref, r.cells.site, r.cells.tolerance, r.cells.comment])).toEqual([
    ['LEG-TOM', 'Septfonds', 0, 'Thanks'], ['HUI-NOI', 'Septfonds', 2, 'Thanks'], // tolerance is for products sold by the case
  ]);
});
