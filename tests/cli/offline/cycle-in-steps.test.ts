// A whole cycle offline, in four steps, on the built dist/cli.js, from a workbook a coordinator
// typed in a spreadsheet app (made here with exceljs, as Excel would save it): open with a draft
// row, replay answers in a second run that takes up the first one's output, review `Attribué` in
// the output, send by SMTP. Every message arrives once, with the reviewed quantities.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { typedWorkbook } from './support/typed-workbook';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { cabas } from './support/run-cli';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';

// Four runs of the bundle in child processes and a real server: over jest's 5 s under load.
jest.setTimeout(240_000);

const FROM = 'gac@deux-villages.example';

let sink: SmtpSink;
/** The CLI in this thread (the server answers from its own), then what arrived. */
async function cabasSmtp(...args: string[]) {
  const run = await cabas(...args);
  await sink.settle();
  return run;
}
afterAll(async () => {
  await sink?.close();
});

test('open, replay, review Attribué, send by SMTP: each step takes up the previous output', async () => {
  sink = await startSmtpSink();
  const dir = mkdtempSync(join(tmpdir(), 'cabas-steps-'));
  await typedWorkbook(join(dir, 'groupe.xlsx'));
  const smtp = ['--smtp', sink.url, '--smtp-from', FROM];

  // 1. Open, with the first answer.
  writeFileSync(join(dir, 'first.csv'), 'Horodateur;Adresse e-mail;HUI-NOI\n02/12/2026 18:30:00;alice@example.org;2\n');
  const open = await cabasSmtp('run', '--workbook', join(dir, 'groupe.xlsx'), '--answers', join(dir, 'first.csv'), '--out', join(dir, 'step1'), '--now', '03/12/2026 12:00', ...smtp);
  expect(open.stderr).toBe('');
  expect(open.stdout).toContain('cycle noel ouvert');
  expect(open.stdout).toContain(fr('échéance à venir : le cycle reste ouvert'));
  expect(sink.arrived.map((a) => a.to[0])).toEqual(['alice@example.org']);

  // The same answers again are refused: they are already in the workbook.
  const twice = await cabasSmtp('run', '--workbook', join(dir, 'step1', 'workbook.xlsx'), '--answers', join(dir, 'first.csv'), '--out', join(dir, 'twice'), ...smtp);
  expect(twice.status).toBe(1);
  expect(twice.stderr).toMatch(/first\.csv, ligne 2\s:\scette réponse est antérieure à ce que le classeur contient déjà/);

  // 2. The later answers, on the first run's output; the deadline has passed: it closes and waits.
  writeFileSync(join(dir, 'later.csv'), 'Horodateur;Adresse e-mail;HUI-NOI\n05/12/2026 09:00:00;bruno@example.org;3\n08/12/2026 20:00:00;alice@example.org;1\n');
  const replay = await cabasSmtp('run', '--workbook', join(dir, 'step1', 'workbook.xlsx'), '--answers', join(dir, 'later.csv'), '--out', join(dir, 'step2'), '--now', '11/12/2026 12:00', ...smtp);
  expect(replay.stderr).toBe('');
  expect(replay.stdout).toContain('cycle noel repris');
  expect(replay.stdout).toContain(fr('2 réponses lues : 2 acceptées'));
  expect(replay.stdout).toContain(fr('cycle clôturé ; commandes en attente'));
  const step2 = await readXlsx(join(dir, 'step2', 'workbook.xlsx'));
  const live = snapshotTable(step2, 'orders')!.rows.filter((r) => r.cells.status !== 'remplacé').map((r) => [r.cells.email, r.cells.quantity]);
  expect(live).toEqual([['bruno@example.org', 3], ['alice@example.org', 1]]); // Alice's second answer replaced her first
  // Chloé had not ordered, but the reminder the first run set was due on the 9th: on the 11th, with
  // real sending, it is not sent (found by probing: « les commandes ferment » after they had), and the
  // run says so. The close waits for the review: the coordination is told (« clôture en attente »).
  expect(replay.stdout).toMatch(/rappel non envoyé\s: son heure \(mercredi 9 décembre 2026 à [^)]+\) est déjà passée/);
  expect(sink.arrived.map((a) => a.to[0])).toEqual(['alice@example.org', 'bruno@example.org', 'alice@example.org', 'coordination@example.org']);

  // 3. The coordinator rounds the case up to 6 in the file (Alice 3, Bruno 3), in their spreadsheet app.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'step2', 'workbook.xlsx'));
  const orders = book.getWorksheet('Commandes')!;
  const header = (orders.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  orders.eachRow((row, n) => {
    if (n > 1 && row.getCell(col('Statut')).value !== 'remplacé') row.getCell(col('Attribué')).value = 3;
  });
  await book.xlsx.writeFile(join(dir, 'reviewed.xlsx'));

  // 4. Send the order.
  const before = sink.arrived.length;
  const send = await cabasSmtp('send', '--workbook', join(dir, 'reviewed.xlsx'), '--out', join(dir, 'step4'), ...smtp);
  expect(send.stderr).toBe('');
  expect(send.stdout).toContain('cycle clôturé, e-mails envoyés');
  const sent = sink.arrived.slice(before);
  const producer = sent.find((a) => a.to[0] === 'noyers@example.org')!;
  expect(producer.mail.text).toMatch(/Huile de noix[^\n]*\b6\b/);
  expect(producer.mail.attachments[0].content.toString('utf8')).toMatch(/Huile de noix.*6/);
  expect(sent.find((a) => a.to[0] === 'bruno@example.org')!.mail.text).toMatch(/Huile de noix.*\s3\sbouteille/);
  expect(sent.find((a) => a.to[0] === 'alice@example.org')!.mail.text).toMatch(/Huile de noix.*\s3\sbouteille/);
  // Nothing arrived twice over the four steps (Alice's two confirmations say different things).
  const keys = sink.arrived.map((a) => `${a.to[0]} ${a.mail.subject} ${a.mail.text}`);
  expect(new Set(keys).size).toBe(keys.length);
  const final = await readXlsx(join(dir, 'step4', 'workbook.xlsx'));
  expect(snapshotTable(final, 'cycles')!.rows[0].cells.status).toBe('envoyé');
});
