// The offline mode: a workbook file and a CSV of answers in, the workbook, e-mails and index out —
// through the shipped bundle in the local runtime.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { runOffline } from '../../../src/cli/offline/run-offline';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { tableSheet } from '../../../src/cli/workbook-snapshot';
import { twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';

// Each test runs whole cycles on the bundle (some in a child process): over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);

const BUNDLE = 'dist/Code.js';

async function workbookFile(dir: string, withDraft: boolean): Promise<string> {
  const snapshot = twoSitesSmallGroup();
  if (withDraft) {
    snapshot.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  }
  const path = join(dir, 'groupe.xlsx');
  await writeXlsx(snapshot, path);
  return path;
}

const SEMICOLON_FRENCH = '\uFEFF' + [
  'Horodateur;Adresse e-mail;LEG-TOM;[HUI-NOI] Huile de noix;Lieu;Tolérance;Commentaire',
  '02/12/2026 18:30:00;alice@example.org;1,5;2;Monclar-de-Quercy;3;"Merci ; à samedi"',
  '03/12/2026 09:15:00;bruno@example.org;;3;Monclar-de-Quercy;0;',
  '04/12/2026 20:00:00;chloe@example.org;0,5;2;Septfonds;2;',
  '05/12/2026 08:00:00;inconnu@example.org;1;;Septfonds;;',
].join('\r\n');

describe('cabas run (offline mode)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cabas-offline-'));
  });

  test('replays a semicolon CSV with French decimals and a BOM, closes, and writes everything', async () => {
    const workbook = await workbookFile(dir, true);
    writeFileSync(join(dir, 'reponses.csv'), SEMICOLON_FRENCH, 'utf8');
    const out = join(dir, 'out');
    const result = await runOffline({ workbook, answers: join(dir, 'reponses.csv'), out, closeAt: '10/12/2026 20:00', bundle: BUNDLE, log: () => undefined });
    expect(result).toMatchObject({ read: 4, accepted: 3, capped: 0, rejectedRows: 1, rejected: { 'order.unknown-member': 1 }, late: 0, closed: true, status: 'sent' });

    const written = await readXlsx(join(out, 'workbook.xlsx'));
    const lines = snapshotTable(written, 'orders')!.rows.filter((r) => String(r.cells.status) !== 'remplacé');
    const allocated = (ref: string) => Object.fromEntries(lines.filter((l) => l.cells.ref === ref).map((l) => [String(l.cells.email).split('@')[0], l.cells.allocated]));
    // Foodsoft's example: a case of 6, A 2 (+3), B 3, C 2 (+2) -> two cases: A 5, B 3, C 4.
    expect(allocated('HUI-NOI')).toEqual({ alice: 5, bruno: 3, chloe: 4 });
    expect(allocated('LEG-TOM')).toEqual({ alice: 1.5, chloe: 0.5 });
    expect(written.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['▸ Récap', '▸ Distribution Monclar-de-Querc', '▸ Distribution Septfonds']));
    const journal = snapshotTable(written, 'log')!.rows.map((r) => `${r.cells.event} ${r.cells.who}`);
    expect(journal).toContain('Commande refusée inconnu@example.org');

    const mails = readdirSync(join(out, 'mail'));
    const texts = mails.map((f) => readFileSync(join(out, 'mail', f), 'utf8'));
    expect(texts.filter((t) => /^To: noyers@example.org/m.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /^To: inconnu@example.org/m.test(t))).toHaveLength(1);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Distribution Septfonds');
    // « Exporter le bilan », offline: the season's bilan next to the workbook, its refusal counted.
    const bilan = readdirSync(out).filter((f) => /^bilan-.+\.csv$/.test(f));
    expect(bilan).toHaveLength(1);
    const rows = readFileSync(join(out, bilan[0]), 'utf8').split('\r\n').map((l) => l.split(';'));
    expect(rows.find((r) => r[4] === 'households')?.[6]).toBe('3');
    expect(rows.find((r) => r[4] === 'refusals' && r[5] === 'address')?.[6]).toBe('1');
  });

  test('without --close-at and with the deadline ahead, the cycle stays open', async () => {
    const workbook = await workbookFile(dir, true);
    writeFileSync(join(dir, 'a.csv'), 'Timestamp,Email address,LEG-TOM\n2026-12-02T18:30:00+01:00,alice@example.org,2\n', 'utf8');
    const result = await runOffline({ workbook, answers: join(dir, 'a.csv'), out: join(dir, 'out'), now: '05/12/2026 12:00', bundle: BUNDLE, log: () => undefined });
    expect(result.closed).toBe(false);
    const written = await readXlsx(join(dir, 'out', 'workbook.xlsx'));
    expect(snapshotTable(written, 'cycles')!.rows[0].cells.status).toBe('ouvert');
  });

  test.each([
    { name: 'an unknown product column', csv: 'Horodateur;Adresse e-mail;CAFE\n02/12/2026 18:30;alice@example.org;1\n', message: /a\.csv/ },
    { name: 'a missing file', csv: null, message: /introuvable/ },
  ])('a bad file gets one clear message and a non-zero exit: $name', async ({ csv, message }) => {
    const workbook = await workbookFile(dir, true);
    if (csv !== null) writeFileSync(join(dir, 'a.csv'), csv, 'utf8');
    await expect(main(['run', '--workbook', workbook, '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'), '--close-at', '10/12/2026 20:00']))
      .rejects.toMatchObject({ name: 'CliError', message: expect.stringMatching(message) });
  });

  test('with no deadline anywhere, says where to put one', async () => {
    const workbook = await workbookFile(dir, false);
    writeFileSync(join(dir, 'a.csv'), 'Horodateur;Adresse e-mail;LEG-TOM\n02/12/2026 18:30;alice@example.org;1\n', 'utf8');
    await expect(runOffline({ workbook, answers: join(dir, 'a.csv'), out: join(dir, 'out'), bundle: BUNDLE, log: () => undefined }))
      .rejects.toThrow(/Cycles/);
  });
});
