// `--smtp`: the outbox leaves through a real SMTP server (smtp-server on the loopback), on the
// built dist/cli.js. Every message that arrives is the one written as .eml, attachments included;
// a permanent refusal is `échec` with the server's answer, a transient one is tried again, and a
// second run never sends what `Envois` says has left.
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { defaultSettingsSheet, tableSheet } from '../../../src/cli/workbook-snapshot';
import { headerOf } from '../../../src/core/workbook/tables';
import { twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';
import { cabas, cabasAsync } from './support/run-cli';
import { startSmtpSink, type Arrived, type SmtpSink } from './support/smtp-sink';

// Whole cycles on the bundle in a child process, and a real server: over jest's 5 s under load.
jest.setTimeout(120_000);

const FROM = 'gac@deux-villages.example';

async function groupFile(dir: string, casePolicy: 'automatic' | 'manual'): Promise<string> {
  const group = twoSitesSmallGroup();
  group.sheets[0] = defaultSettingsSheet({ groupName: 'GAC des Deux Villages', coordinationEmail: 'coordination@example.org', casePolicy });
  group.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  const path = join(dir, 'group.xlsx');
  await writeXlsx(group, path);
  return path;
}

/** What a message says, as a reader sees it: recipient, subject, text, attachments' names and bytes. */
function reading(mail: ParsedMail) {
  const to = [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address) ?? []).join(', ');
  return {
    to, subject: mail.subject, text: (mail.text ?? '').trim(),
    attachments: mail.attachments.map((a) => ({ name: a.filename, type: a.contentType, content: a.content.toString('base64') })),
  };
}

async function writtenEmls(mailDir: string) {
  return Promise.all(readdirSync(mailDir).filter((f) => f.endsWith('.eml')).map(async (f) => reading(await simpleParser(readFileSync(join(mailDir, f))))));
}

const key = (m: { to: string; subject?: string }) => `${m.to} | ${m.subject}`;
const sorted = <T extends { to: string; subject?: string }>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

let sink: SmtpSink;
/** The CLI in this thread (the server answers from its own), then what arrived. */
async function cabasSmtp(...args: string[]) {
  const run = await cabas(...args);
  await sink.settle();
  return run;
}
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cabas-smtp-'));
});
afterEach(async () => {
  await sink?.close();
});

test('every message leaves through the server as written, attachments included; 550 is échec with the answer, 451 is tried again', async () => {
  sink = await startSmtpSink({ refuse: ['inconnu@example.org', 'noyers@example.org'], greylist: new Map([['bruno@example.org', 1]]) });
  const book = await groupFile(dir, 'automatic');
  writeFileSync(join(dir, 'answers.csv'), [
    'Horodateur,Adresse e-mail,LEG-TOM,HUI-NOI',
    '02/12/2026 18:30:00,alice@example.org,1,4',
    '03/12/2026 18:30:00,bruno@example.org,,2',
    '04/12/2026 18:30:00,inconnu@example.org,1,',
  ].join('\n'));
  const run = await cabasSmtp('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'out'),
    '--close-at', '10/12/2026 20:00', '--smtp', sink.url, '--smtp-from', FROM);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);

  // What arrived is exactly what was written as .eml: each message once, same text and attachments.
  const written = await writtenEmls(join(dir, 'out', 'mail'));
  expect(sorted(sink.arrived.map((a) => reading(a.mail)))).toEqual(sorted(written));
  expect(written.length).toBeGreaterThanOrEqual(5); // 2 confirmations, the farm's order, 2 summaries, the digest
  for (const a of sink.arrived) {
    expect(a.from).toBe(FROM);
    expect(a.to).toEqual([reading(a.mail).to]);
  }
  const order = sink.arrived.find((a) => a.to[0] === 'ruisseau@example.org')!;
  expect(order.mail.attachments.map((x) => x.filename)).toEqual([expect.stringMatching(/\.csv$/)]);
  expect(order.mail.attachments[0].content.toString('utf8')).toContain('Tomates anciennes');

  // Refused for good: never arrived, `échec` at the first attempt with the server's answer.
  expect(sink.arrived.filter((a) => a.to.includes('inconnu@example.org') || a.to.includes('noyers@example.org'))).toEqual([]);
  const outbox = snapshotTable(await readXlsx(join(dir, 'out', 'workbook.xlsx')), 'outbox')!.rows.map((r) => r.cells);
  for (const to of ['inconnu@example.org', 'noyers@example.org']) {
    expect(outbox.filter((r) => r.to === to)).toEqual([expect.objectContaining({ status: 'échec', attempts: 1, error: expect.stringMatching(/^550 5\.1\.1 <.*>: Recipient address rejected/) })]);
  }
  // Greylisted once: asked again, delivered once per message.
  const toBruno = sink.arrived.filter((a) => a.to.includes('bruno@example.org'));
  expect(new Set(toBruno.map((a) => a.mail.subject)).size).toBe(toBruno.length);
  expect(sink.recipients.filter((r) => r === 'bruno@example.org').length).toBe(toBruno.length + 1);
  expect(outbox.filter((r) => r.status === 'envoyé')).toHaveLength(sink.arrived.length);
  expect(run.stdout).toContain(`${sink.arrived.length} e-mails remis au serveur, 2 en échec, 0 en attente`);
});

test('wrong credentials: refused before anything opens, nothing written, nothing sent', async () => {
  sink = await startSmtpSink();
  const book = await groupFile(dir, 'automatic');
  writeFileSync(join(dir, 'answers.csv'), 'Horodateur,Adresse e-mail,LEG-TOM\n02/12/2026 18:30:00,alice@example.org,1\n');
  // In a process of its own, as a person runs it: the refusal is what the terminal shows.
  const run = await cabasAsync('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'out'),
    '--close-at', '10/12/2026 20:00', '--smtp', sink.url.replace(':s3cret@', ':wrong@'), '--smtp-from', FROM);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/--smtp\s:\sle serveur 127\.0\.0\.1:\d+ refuse ou ne répond pas \(.*535.*\)\. Rien n’a été ouvert ni écrit/);
  expect(run.stderr).not.toContain('wrong');
  expect(existsSync(join(dir, 'out'))).toBe(false);
  await sink.settle();
  expect(sink.arrived).toEqual([]);
});

test.each([
  { what: 'not an SMTP address', smtp: 'http://gac:pw@example.org', from: FROM, says: /--smtp\s:\s«\shttp:\/\/…@example\.org\s» n’est pas l’adresse d’un serveur d’envoi/ },
  { what: 'a sender that is not an address', smtp: 'smtp://gac:pw@127.0.0.1:1', from: 'GAC', says: /--smtp-from\s:\s«\sGAC\s» n’est pas une adresse e-mail/ },
])('a --smtp option that cannot be used is refused: $what', async ({ smtp, from, says }) => {
  const book = await groupFile(dir, 'automatic');
  writeFileSync(join(dir, 'answers.csv'), 'Horodateur,Adresse e-mail,LEG-TOM\n02/12/2026 18:30:00,alice@example.org,1\n');
  const run = await cabas('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'out'), '--close-at', '10/12/2026 20:00', '--smtp', smtp, '--smtp-from', from);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(says);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

test('across runs, nothing is sent twice: run sends the confirmations, send sends the order and the summaries', async () => {
  sink = await startSmtpSink();
  const book = await groupFile(dir, 'manual');
  writeFileSync(join(dir, 'answers.csv'), 'Horodateur,Adresse e-mail,HUI-NOI\n02/12/2026 18:30:00,alice@example.org,2\n03/12/2026 18:30:00,bruno@example.org,3\n');
  const run = await cabasSmtp('run', '--workbook', book, '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'run'), '--close-at', '10/12/2026 20:00', '--smtp', sink.url, '--smtp-from', FROM);
  expect(run.status).toBe(0);
  const first: Arrived[] = [...sink.arrived];
  // The confirmations, the reminders, and the coordination's « clôture en attente » e-mail (manual
  // case policy); the order waits for the review.
  expect(first.map((a) => a.to[0]).sort()).toEqual(['alice@example.org', 'bruno@example.org', 'chloe@example.org', 'coordination@example.org', 'david@example.org', 'emma@example.org']);

  const written = await readXlsx(join(dir, 'run', 'workbook.xlsx'));
  const orders = written.sheets.find((s) => s.name === 'Commandes')!;
  const col = (k: string) => orders.values[0].indexOf(headerOf('orders', k, 'fr'));
  for (const row of orders.values.slice(1)) if (row[col('ref')] === 'HUI-NOI') row[col('allocated')] = 3;
  await writeXlsx(written, join(dir, 'reviewed.xlsx'));
  const send = await cabasSmtp('send', '--workbook', join(dir, 'reviewed.xlsx'), '--out', join(dir, 'sent'), '--smtp', sink.url, '--smtp-from', FROM);
  expect(send.stderr).toBe('');
  expect(send.status).toBe(0);
  const second = sink.arrived.slice(first.length);
  expect(second.map((a) => a.to[0])).toContain('noyers@example.org');
  expect(second.filter((a) => a.to[0] === 'alice@example.org')).toHaveLength(1);
  const keys = sink.arrived.map((a) => key(reading(a.mail)));
  expect(new Set(keys).size).toBe(keys.length);
  // The second run's .eml files are its own messages, and they are what arrived.
  expect(sorted(second.map((a) => reading(a.mail)))).toEqual(sorted(await writtenEmls(join(dir, 'sent', 'mail'))));
});
