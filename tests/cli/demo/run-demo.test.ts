// `npm start`: the sample group from install to archive, on the shipped bundle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo, type DemoResult } from '../../../src/cli/demo/run-demo';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { printedWorkbook, type PrintedWorkbook } from '../../support/printed-workbook';

describe('the demo', () => {
  let result: DemoResult;
  let out: string;
  const lines: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'cabas-demo-'));
    result = await runDemo({ outDir: out, bundle: 'dist/Code.js', log: (l) => lines.push(l) });
  }, 120_000); // a whole season: over jest's 5 s default on a loaded machine

  test('runs every execution without an error', () => {
    expect(result.gas.executions.filter((e) => e.error).map((e) => `${e.name}: ${e.error}`)).toEqual([]);
  });

  test('ends every submission as order lines or as a journaled, e-mailed rejection', () => {
    const snapshot = result.gas.snapshot();
    const submitted = new Set(result.gas.forms.list().flatMap((f) => f.getResponses().map((r) => r.getRespondentEmail() ?? '')));
    const ordered = new Set(snapshotTable(snapshot, 'orders')!.rows.map((r) => String(r.cells.email)));
    const rejected = new Set(snapshotTable(snapshot, 'log')!.rows.filter((r) => r.cells.event === 'Commande refusée').map((r) => String(r.cells.who)));
    for (const email of submitted) {
      expect(ordered.has(email) || rejected.has(email)).toBe(true);
      expect(result.gas.mail.sent.some((m) => m.to === email)).toBe(true);
    }
    expect(rejected).toEqual(new Set(['nouveau.voisin@example.org', 'gerard.maury@example.org']));
  });

  test('keeps a Journal a coordinator can read: sentences, no internal ids, no bare figures', () => {
    const plain = (v: unknown) => String(v ?? '').replace(/[\u00a0\u202f]/g, ' ');
    const details = snapshotTable(result.gas.snapshot(), 'log')!.rows.map((r) => plain(r.cells.detail));
    expect(details.length).toBeGreaterThan(5);
    for (const detail of details) {
      expect({ detail, id: /\d_[A-Za-z0-9]{8,}cabas|[a-z-]+:\d{4}-\d\d-\d\d:/.test(detail) }).toEqual({ detail, id: false });
      expect({ detail, figures: /^[^a-zà-ÿ]*$/i.test(detail) || /^[\w-]+: [\d /]+$/.test(detail) }).toEqual({ detail, figures: false });
      expect({ detail, sentence: /[.)]$/.test(detail) }).toEqual({ detail, sentence: true });
    }
    expect(details).toContainEqual(expect.stringMatching(/^Commande du .+ clôturée : \d+ foyers ont commandé auprès de \d+ producteurs ; \d+ e-mails préparés dans Envois\.$/));
    expect(details).toContainEqual(expect.stringMatching(/^\d+ foyers sans commande reçoivent un rappel avant la clôture \(commande du .+\)\.$/));
  });

  test('serves the households and sends every e-mail once', () => {
    expect(result.households).toBeGreaterThan(25);
    expect(result.emailsPending).toBe(0);
    const outbox = snapshotTable(result.gas.snapshot(), 'outbox')!.rows;
    const keys = outbox.map((r) => String(r.cells.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(outbox.every((r) => r.cells.status === 'envoyé')).toBe(true);
    expect(result.gas.mail.sent).toHaveLength(outbox.length);
  });

  test('writes the workbook, the e-mails and the index', () => {
    expect(existsSync(join(out, 'cabas-demo.xlsx'))).toBe(true);
    expect(readdirSync(join(out, 'mail'))).toHaveLength(result.emailsSent);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(lines.join('\n')).toMatch(/Résumé/);
  });

  test('leaves a producer’s cell blank in the Distribution tab for a household that bought nothing from it', () => {
    const tab = result.gas.snapshot().sheets.find((s) => s.name === '▸ Distribution Septfonds')!;
    const households = tab.values.slice(1, -1);
    const producerCells = households.flatMap((r) => r.slice(2, -4)); // before Total, Retiré, Payé, Réf. paiement
    expect(producerCells.some((v) => v === null)).toBe(true);
    expect(producerCells.every((v) => v === null || (typeof v === 'number' && v > 0))).toBe(true);
  });

  test('lays out the Distribution tab in Sheets for screen and paper: wrapped lines, fitted columns, real checkboxes', () => {
    const tab = result.gas.snapshot().sheets.find((s) => s.name === '▸ Distribution Septfonds')!;
    const header = tab.values[0].map(String);
    const [picked, paid] = [header.indexOf('Retiré'), header.indexOf('Payé')];
    const households = tab.values.slice(1, -1);
    expect(households.some((r) => String(r[1]).includes('\n'))).toBe(true);
    households.forEach((r, i) => {
      if (String(r[1]).includes('\n')) expect(tab.wraps?.[i + 1]?.[1]).toBe(true);
      expect([tab.validations[i + 1][picked], tab.validations[i + 1][paid]]).toEqual([{ kind: 'checkbox' }, { kind: 'checkbox' }]);
    });
    expect(Object.keys(tab.columnWidths).map(Number)).toEqual(header.map((_, c) => c + 1));
  });

  test('writes the ledger, the balances and the review, its charts drawn in index.html', () => {
    const snapshot = result.gas.snapshot();
    const ledger = snapshotTable(snapshot, 'payments')!.rows.filter((r) => r.cells.email);
    expect(ledger).toHaveLength(result.households);
    const bilan = snapshot.sheets.find((s) => s.name === '▸ Bilan')!;
    expect(bilan.charts?.map((c) => c.type)).toEqual(['COLUMN', 'PIE']);
    expect(snapshot.sheets.some((s) => s.name === '▸ Soldes')).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<figure class="chart">');
  });

  test('archives, keeping the season’s lines', () => {
    const before = snapshotTable(result.gas.snapshot(), 'orders')!.rows.length;
    expect(result.gas.run('archiveCycleNow')).toMatchObject({ ok: true });
    const after = result.gas.snapshot();
    expect(snapshotTable(after, 'orders')!.rows).toHaveLength(before);
    expect(snapshotTable(after, 'cycles')!.rows[0].cells.status).toBe('archivé');
  });

  test('its workbook is read by `cabas run`, which opens the next cycle from it', () => {
    writeFileSync(join(out, 'next.csv'), 'Horodateur,Adresse e-mail,LEG-01\n14/12/2026 18:30:00,claire.delmas@example.org,2\n');
    const run = spawnSync(process.execPath, ['dist/cli.js', 'run', '--workbook', join(out, 'cabas-demo.xlsx'), '--answers', join(out, 'next.csv'),
      '--out', join(out, 'next'), '--close-at', '17/12/2026 20:00'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 réponse lue\u00a0: 1 acceptée');
    expect(run.status).toBe(0);
  }, 60_000);

  // The workbook on paper: LibreOffice prints the exported xlsx to PDF (once for the suite), and
  // the PDF's text is read page by page (poppler's pdftotext; .ci/run installs both when missing).
  describe('printed from LibreOffice', () => {
    let printed: PrintedWorkbook;
    beforeAll(() => {
      printed = printedWorkbook(join(out, 'cabas-demo.xlsx'));
    }, 120_000);
    const generated = () => result.gas.snapshot().sheets.filter((s) => s.name.startsWith('▸ ') && !s.hidden);
    const distribution = () => generated().filter((s) => s.name.includes('Distribution'));

    test('prints on A4 portrait', () => {
      expect(printed.pageSize).toEqual({ width: 595, height: 842 });
    });

    test.each(['Distribution', 'Récap', 'Jardins'])('the %s tab shows every figure: no ### for a column too narrow', (tab) => {
      const pages = printed.pagesOf(generated().find((s) => s.name.includes(tab))!.name);
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.join('\n')).not.toContain('###');
    });

    test('each Distribution tab fits the page width: a household’s name, total, boxes and reference on the same page', () => {
      for (const sheet of distribution()) {
        const pages = printed.pagesOf(sheet.name);
        for (const row of sheet.values.slice(1, -1)) {
          const page = pages.find((p) => p.includes(String(row[0])));
          expect({ household: row[0], reference: page?.includes(String(row[row.length - 1]).split(' · ')[1]) }).toEqual({ household: row[0], reference: true });
        }
        // Retiré / Payé are boxes on paper, not 0, FALSE or VRAI.
        expect(pages.join('\n').split('☐').length - 1).toBe(2 * (sheet.values.length - 2));
      }
    });

    test('headers are whole, wrapped in their cell rather than cut', () => {
      for (const sheet of distribution()) {
        const words = printed.pagesOf(sheet.name)[0].split(/\s+/);
        for (const header of sheet.values[0]) for (const word of String(header).split(/\s+/)) expect({ header, word, shown: words.includes(word) }).toEqual({ header, word, shown: true });
      }
    });

    test('a tab printed over several pages repeats its first row at the top of each page', () => {
      const long = generated().filter((s) => printed.pagesOf(s.name).length > 1);
      expect(long.length).toBeGreaterThan(0);
      for (const sheet of long) {
        for (const page of printed.pagesOf(sheet.name)) expect(page.trimStart().startsWith(String(sheet.values[0][0]))).toBe(true);
      }
    });
  });
});
