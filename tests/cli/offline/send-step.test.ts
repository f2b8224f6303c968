import { frenchTypography as fr } from '../../../src/core/i18n/typography';
// A group with manual cases closes offline waiting for the coordinator; `cabas send` is its
// « Envoyer la commande »: after `Attribué` is reviewed in the written workbook, the producers'
// orders and the members' summaries go out — on the built dist/cli.js.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { defaultSettingsSheet, tableSheet } from '../../../src/cli/workbook-snapshot';
import { headerOf } from '../../../src/core/workbook/tables';
import { twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';
import { writtenMails } from './support/eml-text';
import { cabas } from './support/run-cli';

// Each test runs whole cycles on the bundle in a child process: over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);

test('run closes and waits; the coordinator edits Attribué; send sends the order as edited', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-send-'));
  const group = twoSitesSmallGroup();
  group.sheets[0] = defaultSettingsSheet({ groupName: 'GAC des Deux Villages', coordinationEmail: 'coordination@example.org', casePolicy: 'manual' });
  group.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  await writeXlsx(group, join(dir, 'group.xlsx'));
  writeFileSync(join(dir, 'answers.csv'), [
    'Horodateur,Adresse e-mail,HUI-NOI',
    '02/12/2026 18:30:00,alice@example.org,2',
    '03/12/2026 18:30:00,bruno@example.org,3',
  ].join('\n'));

  const run = await cabas('run', '--workbook', join(dir, 'group.xlsx'), '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'run'), '--close-at', '10/12/2026 20:00');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(fr('cycle clôturé ; commandes en attente'));
  expect(run.stdout).not.toContain('e-mails envoyés');
  expect(writtenMails(join(dir, 'run', 'mail')).filter((m) => m.to === 'noyers@example.org')).toEqual([]);
  // No bilan while the review waits (found by probing: it kept the quantities before the review).
  expect(readdirSync(join(dir, 'run')).filter((f) => f.startsWith('bilan-'))).toEqual([]);

  // The coordinator makes a case of 6: Alice 3, Bruno 3 (in their spreadsheet app), with a slip first:
  // « trois » is no quantity, and nothing is sent or written until it is fixed.
  const written = await readXlsx(join(dir, 'run', 'workbook.xlsx'));
  const orders = written.sheets.find((s) => s.name === 'Commandes')!;
  const col = (key: string) => orders.values[0].indexOf(headerOf('orders', key, 'fr'));
  const slipRow = orders.values.findIndex((row) => row[col('ref')] === 'HUI-NOI');
  orders.values[slipRow][col('allocated')] = 'trois';
  await writeXlsx(written, join(dir, 'slip.xlsx'));
  const slip = await cabas('send', '--workbook', join(dir, 'slip.xlsx'), '--out', join(dir, 'slip'));
  expect(slip.status).toBe(1);
  expect(slip.stderr).toContain(fr(`Rien n’a été envoyé : « Attribué » doit être une quantité`));
  expect(slip.stderr).toContain(fr(`Commandes!K${slipRow + 1} (« trois »)`));
  expect(existsSync(join(dir, 'slip'))).toBe(false);
  for (const row of orders.values.slice(1)) {
    if (row[col('ref')] === 'HUI-NOI') row[col('allocated')] = 3;
  }
  await writeXlsx(written, join(dir, 'reviewed.xlsx'));

  const send = await cabas('send', '--workbook', join(dir, 'reviewed.xlsx'), '--out', join(dir, 'sent'));
  expect(send.stderr).toBe('');
  expect(send.status).toBe(0);
  expect(send.stdout).toContain('cycle clôturé, e-mails envoyés');
  const after = await readXlsx(join(dir, 'sent', 'workbook.xlsx'));
  expect(snapshotTable(after, 'cycles')!.rows[0].cells.status).toBe('envoyé');
  const mails = writtenMails(join(dir, 'sent', 'mail'));
  expect(mails.filter((m) => m.to === 'noyers@example.org')).toHaveLength(1);
  expect(mails.find((m) => m.to === 'alice@example.org')!.text).toMatch(/Huile de noix.*\s3\sbouteilles\s+12,50/);
  // The season's bilan, once sent, counts what was sent: 6 bottles at 12,50 €.
  const bilans = readdirSync(join(dir, 'sent')).filter((f) => f.startsWith('bilan-'));
  expect(bilans).toHaveLength(1);
  expect(send.stdout).toContain(join(dir, 'sent', bilans[0]));
  expect(readFileSync(join(dir, 'sent', bilans[0]), 'utf8')).toContain(';amount-eur;;75;');

  const again = await cabas('send', '--workbook', join(dir, 'sent', 'workbook.xlsx'), '--out', join(dir, 'again'));
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/aucun cycle clôturé en attente d’envoi/);
});

test('with automatic sending off, run leaves the closing e-mails in Envois; send sends them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-held-'));
  const group = twoSitesSmallGroup();
  group.sheets[0] = defaultSettingsSheet({ groupName: 'GAC des Deux Villages', coordinationEmail: 'coordination@example.org', autoSend: false });
  await writeXlsx(group, join(dir, 'group.xlsx'));
  writeFileSync(join(dir, 'answers.csv'), ['Horodateur,Adresse e-mail,LEG-TOM', '02/12/2026 18:30:00,alice@example.org,2'].join('\n'));

  const run = await cabas('run', '--workbook', join(dir, 'group.xlsx'), '--answers', join(dir, 'answers.csv'), '--out', join(dir, 'run'), '--close-at', '10/12/2026 20:00');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/envoi automatique désactivé\s:\s\d+ e-mails attendent dans Envois/);
  expect(writtenMails(join(dir, 'run', 'mail')).filter((m) => m.to === 'ruisseau@example.org')).toEqual([]);

  const send = await cabas('send', '--workbook', join(dir, 'run', 'workbook.xlsx'), '--out', join(dir, 'sent'));
  expect(send.stderr).toBe('');
  expect(send.status).toBe(0);
  const mails = writtenMails(join(dir, 'sent', 'mail'));
  expect(mails.filter((m) => m.to === 'ruisseau@example.org')).toHaveLength(1);
  expect(snapshotTable(await readXlsx(join(dir, 'sent', 'workbook.xlsx')), 'outbox')!.rows.filter((r) => r.cells.status === 'en attente')).toEqual([]);
});
