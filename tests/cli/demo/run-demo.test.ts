// `npm start`: a season of four cycles of the sample group, on the shipped bundle, run once for
// the suite; the tabs it leaves (Paiements, ▸ Soldes, ▸ Bilan, the bilan CSV) are checked against
// the orders placed.
import { mkdtempSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo, type DemoResult } from '../../../src/cli/demo/run-demo';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { householdKeyOfName } from '../../../src/core/members/household-key';
import { printedWorkbook, type PrintedWorkbook } from '../../support/printed-workbook';
import { cabas } from '../offline/support/run-cli';
import type { CellValue, SpreadsheetSnapshot } from '../../../src/local-apps-script/spreadsheet/snapshot';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cents = (v: unknown) => Math.round(Number(v) * 100);

describe('the demo', () => {
  let result: DemoResult;
  let snapshot: SpreadsheetSnapshot;
  let out: string;
  const lines: string[] = [];
  const tab = (name: string): CellValue[][] => snapshot.sheets.find((s) => s.name === name)!.values;
  const rows = (name: string) => {
    const [header, ...body] = tab(name);
    return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
  };
  /** Per cycle and household: what Commandes says was allocated, in cents. */
  const owed = () => {
    const by = new Map<string, number>();
    for (const l of rows('Commandes')) {
      if (l['Statut'] !== 'attribué' || !(Number(l['Attribué']) > 0)) continue;
      const key = `${l['Cycle']} ${l['E-mail']}`;
      by.set(key, (by.get(key) ?? 0) + cents(l['Montant']));
    }
    return by;
  };
  /** A section of ▸ Bilan: the rows under its heading and header, to the next blank row. */
  const section = (heading: string) => {
    const values = tab('▸ Bilan');
    const at = values.findIndex((r) => r[0] === heading);
    const end = values.findIndex((r, i) => i > at + 1 && (r[0] === null || r[0] === ''));
    return values.slice(at + 2, end < 0 ? undefined : end);
  };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'cabas-demo-'));
    result = await runDemo({ outDir: out, bundle: 'dist/Code.js', log: (l) => lines.push(l) });
    snapshot = result.gas.snapshot();
  }, 180_000); // a whole season: over jest's 5 s default on a loaded machine

  test('runs every execution without an error', () => {
    expect(result.gas.executions.filter((e) => e.error).map((e) => `${e.name}: ${e.error}`)).toEqual([]);
  });

  test('ends every submission of the last cycle as order lines or as a journaled, e-mailed rejection', () => {
    const submitted = new Set(result.gas.forms.list().flatMap((f) => f.getResponses().map((r) => r.getRespondentEmail() ?? '')));
    const ordered = new Set(snapshotTable(snapshot, 'orders')!.rows.map((r) => String(r.cells.email)));
    const rejected = new Set(snapshotTable(snapshot, 'log')!.rows.filter((r) => r.cells.event === 'Commande refusée').map((r) => String(r.cells.who)));
    expect(submitted.size).toBeGreaterThan(20);
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

  test('four cycles: some households stop, some start', () => {
    expect(result.cycles).toHaveLength(4);
    const [first, second, third] = result.cycles;
    expect(first.households.length).toBeGreaterThan(25);
    expect(second.stopped.length).toBeGreaterThan(0);
    expect(second.started.length).toBeGreaterThan(0);
    for (const e of second.stopped) expect(second.households.concat(third.households)).not.toContain(e);
    for (const e of second.started) expect(first.households).not.toContain(e);
  });

  test('sends every e-mail once, none left waiting', () => {
    expect(result.emailsPending).toBe(0);
    const outbox = snapshotTable(snapshot, 'outbox')!.rows;
    const keys = outbox.map((r) => String(r.cells.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(outbox.every((r) => r.cells.status === 'envoyé')).toBe(true);
    expect(result.gas.mail.sent).toHaveLength(outbox.length);
  });

  test('its tabs show the last cycle, every producer that delivered it with its own tab', () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['▸ Récap', '▸ Chèvrerie de Cabanac', '▸ Distribution Septfonds', '▸ Soldes', '▸ Bilan', '▸ Bilan CSV']));
  });

  test('a stock runs out in cycle 1: the last member to ask is capped to what is left', () => {
    const capped = result.capped!;
    const cycle1 = rows('Commandes').filter((l) => l['Cycle'] === result.cycles[0].id && l['Réf'] === capped.ref && l['Statut'] === 'attribué');
    const stock = Number(rows('Produits').find((p) => p['Réf'] === capped.ref)!['Stock']);
    expect(cycle1.reduce((s, l) => s + Number(l['Attribué']), 0)).toBe(stock);
    const mine = cycle1.find((l) => l['E-mail'] === capped.email)!;
    expect(Number(mine['Attribué'])).toBeGreaterThan(0);
    expect(Number(mine['Attribué'])).toBeLessThan(capped.asked);
  });

  test('Paiements: one row per household per cycle, what it owes being what Commandes allocated it (at its tariff)', () => {
    const ledger = rows('Paiements').filter((r) => r['E-mail']);
    const expected = owed();
    expect(ledger).toHaveLength(expected.size);
    // Households on the solidaire or soutien tariff owe their own prices (src/core/tariffs/), the others the catalogue's.
    // A household without e-mail is keyed by its name (src/core/members/household-key.ts).
    const tariff = new Map(rows('Adhérents').map((m) => [String(m['E-mail'] ?? '') || householdKeyOfName(String(m['Nom'])), String(m['Tarif'] ?? '')]));
    const normal = ledger.filter((r) => ['', 'normal'].includes(tariff.get(String(r['E-mail'])) ?? ''));
    expect(normal.length).toBeGreaterThan(ledger.length / 2);
    for (const r of normal) expect(cents(r['Dû'])).toBe(expected.get(`${r['Cycle']} ${r['E-mail']}`));
    for (const c of result.cycles) expect(ledger.filter((r) => r['Cycle'] === c.id)).toHaveLength(c.households.length);
  });

  test('Paiements tells the story: a late payer, two instalments, a producer paid late, cycle 4 not yet paid', () => {
    const { late, twoInstalments, lateProducer } = result.payments;
    const first = result.cycles[0].id;
    const row = (who: string, cycle = first) => rows('Paiements').find((r) => r['Cycle'] === cycle && (r['E-mail'] === who || (!r['E-mail'] && r['Producteur'] === who)))!;
    expect(row(late)).toMatchObject({ 'Retiré': true, 'Payé': true, 'Note': 'réglé avec retard' });
    expect(row(twoInstalments)).toMatchObject({ 'Payé': true, 'Note': 'réglé en deux fois' });
    expect(cents(row(twoInstalments)['Reçu'])).toBe(cents(row(twoInstalments)['Dû']));
    expect(row(lateProducer)).toMatchObject({ 'Payé': true, 'Note': 'payé avec retard' });
    const last = result.cycles[3].id;
    expect(rows('Paiements').filter((r) => r['Cycle'] === last).every((r) => r['Payé'] === false)).toBe(true);
    expect(rows('Paiements').filter((r) => r['Cycle'] !== last).every((r) => r['Payé'] === true)).toBe(true);
  });

  test('▸ Soldes and ▸ Bilan: what is still owed is cycle 4, the only one not yet paid', () => {
    const last = result.cycles[3].id;
    const due = rows('Paiements').filter((r) => r['Cycle'] === last && r['E-mail']).reduce((s, r) => s + cents(r['Dû']), 0);
    expect(due).toBeGreaterThan(0);
    const soldes = tab('▸ Soldes').find((r) => String(r[0]).startsWith('Total restant dû'))![4];
    expect(cents(soldes)).toBe(due);
    expect(cents(tab('▸ Bilan').find((r) => String(r[0]).startsWith('Paiements encore dus'))![1])).toBe(due);
  });

  test('▸ Bilan: households and euros per cycle are the orders placed, newcomers and departures as they happened', () => {
    const figures = section('Foyers et montants par cycle');
    expect(figures.map((r) => r[0])).toEqual(result.cycles.map((c) => c.id));
    result.cycles.forEach((c, i) => {
      const [, households, fresh, , gone, amount] = figures[i];
      expect(households).toBe(c.households.length);
      expect(cents(amount)).toBe(c.amountCents);
      expect(fresh).toBe(i === 0 ? c.households.length : c.started.length);
      if (i >= 2) expect(gone).toBeGreaterThanOrEqual(result.cycles[i - 1].stopped.length);
    });
    expect(snapshot.sheets.find((s) => s.name === '▸ Bilan')!.charts?.map((c) => c.type)).toEqual(['COLUMN', 'PIE']);
    expect(section('Réponses refusées, par motif').find((r) => r[0] === 'adresse inconnue ou adhésion inactive')![1]).toBe(2);
  });

  test('out/ holds the workbook, the e-mails, the index and the bilan CSV, which says what ▸ Bilan says', () => {
    expect(existsSync(join(out, 'cabas-demo.xlsx'))).toBe(true);
    expect(readdirSync(join(out, 'mail'))).toHaveLength(result.emailsSent);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<figure class="chart">');
    const csv = readFileSync(result.outputs.reviewCsv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    for (const c of result.cycles) {
      expect(csv.find((r) => r[3] === c.id && r[4] === 'households')?.[6]).toBe(String(c.households.length));
      expect(cents(csv.find((r) => r[3] === c.id && r[4] === 'amount-eur')?.[6].replace(',', '.'))).toBe(c.amountCents);
    }
  });

  test('the console: Paris times, whose order each line is, the stock run out and the cancelled producer', () => {
    const text = lines.join('\n');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(text).toMatch(/jeu\. 10\/12 à 20 h 20 réponse tardive de lea\.cabrol@example\.org/);
    expect(text).toMatch(/mer\. 02\/12 à 19 h 53 julien\.bousquet@example\.org\u00a0: modification/);
    expect(text).toContain(`${result.capped!.email}\u00a0: commande plafonnée, le stock est épuisé`);
    // A producer whose every line of cycle 1 was cancelled at the close: its minimum was not reached.
    const cycle1 = rows('Commandes').filter((l) => l['Cycle'] === result.cycles[0].id && l['Statut'] !== 'remplacé');
    const cancelled = [...new Set(cycle1.map((l) => l['Producteur']))].filter((p) => cycle1.every((l) => l['Producteur'] !== p || l['Statut'] === 'annulé'));
    expect(cancelled).toHaveLength(1);
    expect(result.summary.some((l) => l.includes(`${cancelled[0]}\u00a0: commande annulée, minimum non atteint (cycles ${result.cycles[0].id}`))).toBe(true);
  });

  test('leaves a producer’s cell blank in the Distribution tab for a household that bought nothing from it', () => {
    const households = tab('▸ Distribution Septfonds').slice(1, -1);
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

  test('a household without e-mail, entered from the sidebar: its lines, the coordinator journaled, a printed slip and no e-mail', () => {
    const snapshot = result.gas.snapshot();
    const key = 'nom:jeanne bousquet';
    const lines = snapshotTable(snapshot, 'orders')!.rows.filter((r) => r.cells.email === key);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((r) => (Number(r.cells.allocated) || 0) > 0)).toBe(true);
    expect(snapshotTable(snapshot, 'log')!.rows.some((r) => /Jeanne Bousquet/.test(String(r.cells.detail)))).toBe(true);
    expect(result.outputs.slip).not.toBeNull();
    const slip = readFileSync(result.outputs.slip!, 'utf8');
    expect(slip).toContain('Jeanne Bousquet');
    // Nothing was sent to her name, nor to an empty address.
    expect(result.gas.mail.sent.filter((m) => !String(m.to).includes('@'))).toEqual([]);
    expect(snapshotTable(snapshot, 'outbox')!.rows.filter((r) => !String(r.cells.to).includes('@'))).toEqual([]);
  });

  test('archives, keeping the season’s lines', () => {
    const before = snapshotTable(snapshot, 'orders')!.rows.length;
    expect(result.gas.run('archiveCycleNow')).toMatchObject({ ok: true });
    const after = result.gas.snapshot();
    expect(snapshotTable(after, 'orders')!.rows).toHaveLength(before);
    expect(snapshotTable(after, 'cycles')!.rows.map((r) => r.cells.status)).toEqual(['archivé', 'archivé', 'archivé', 'archivé']);
  });

  test('its workbook is read by `cabas run`, which opens the next cycle from it', async () => {
    writeFileSync(join(out, 'next.csv'), 'Horodateur,Adresse e-mail,LEG-01\n12/01/2027 18:30:00,claire.delmas@example.org,2\n');
    const run = await cabas('run', '--workbook', join(out, 'cabas-demo.xlsx'), '--answers', join(out, 'next.csv'),
      '--out', join(out, 'next'), '--close-at', '13/01/2027 20:00');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 réponse lue\u00a0: 1 acceptée');
    expect(run.status).toBe(0);
  }, 60_000);

  // The workbook on paper: LibreOffice prints the tabs Cabas makes to be printed (the ▸ tabs, as
  // the export writes them) to PDF, once for the suite, and the PDF's text is read page by page
  // (poppler's pdftotext; .ci/run installs both when missing). The other tabs (Commandes, Journal,
  // Envois…) are not printed: they were most of the pages, and of LibreOffice's time.
  describe('printed from LibreOffice', () => {
    let printed: PrintedWorkbook;
    const generated = () => result.gas.snapshot().sheets.filter((s) => s.name.startsWith('▸ ') && !s.hidden);
    beforeAll(async () => {
      const tabs = join(mkdtempSync(join(tmpdir(), 'cabas-print-')), 'printed-tabs.xlsx');
      await writeXlsx({ ...result.gas.snapshot(), sheets: generated() }, tabs);
      printed = printedWorkbook(tabs);
    }, 120_000);
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
        printed.pagesOf(sheet.name).forEach((page, n) => {
          expect({ tab: sheet.name, page: n + 1, first: page.trimStart().split('\n')[0] }).toEqual({ tab: sheet.name, page: n + 1, first: expect.stringMatching(new RegExp(`^${escape(String(sheet.values[0][0]))}`)) });
        });
      }
    });
  });
});
