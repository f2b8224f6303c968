import { frenchTypography as fr } from '../../../src/core/i18n/typography';
// An answer from a file goes through Cabas's order rules exactly as a Form submission does:
// capped and told, or rejected with an e-mail and a Journal line. The Form's own input checks
// (its number validation, its required site) belong to the Form's page, not to a file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../../../src/cli/export/write-xlsx';
import { readXlsx } from '../../../src/cli/import/read-xlsx';
import { snapshotTable } from '../../../src/cli/read-snapshot-table';
import { tableSheet } from '../../../src/cli/workbook-snapshot';
import { twoSitesSmallGroup } from '../../e2e/fixtures/two-sites-small-group';
import { writtenMails } from './support/eml-text';
import { cabas } from './support/run-cli';

// Each test runs whole cycles on the bundle (some in a child process): over jest's 5 s when the machine is loaded.
jest.setTimeout(120_000);

async function groupWithDraft(dir: string): Promise<string> {
  const snapshot = twoSitesSmallGroup();
  snapshot.sheets.push(tableSheet('cycles', [{ id: 'noel', opens: '', deadline: '10/12/2026 20:00', pickup: '12/12/2026', status: 'brouillon', form: '' }]));
  const path = join(dir, 'groupe.xlsx');
  await writeXlsx(snapshot, path);
  return path;
}

// No Lieu column: each member gets their Adhérents site. LEG-PAN has a max of 3 and a stock of 5;
// LEG-TOM goes by the half kilo.
// A Lieu column left blank but for Emma's site, which the group does not have.
const ANSWERS = [
  'Horodateur,Adresse e-mail,LEG-TOM,LEG-PAN,HUI-NOI,Lieu',
  '02/12/2026 18:30:00,alice@example.org,,5,,',
  '03/12/2026 09:00:00,bruno@example.org,-1,,,',
  '03/12/2026 10:00:00,chloe@example.org,"0,7",,,',
  '03/12/2026 11:00:00,david@example.org,,,deux,',
  '04/12/2026 12:00:00,emma@example.org,1,,,Septfond',
  '04/12/2026 13:00:00,felix@example.org,1,,,',
  '04/12/2026 14:00:00,inconnu@example.org,1,,,',
  '10/12/2026 20:02:00,chloe@example.org,1,,,',
  '11/12/2026 08:00:00,bruno@example.org,1,,,',
].join('\n');

describe('a file answer meets the same rules as a Form submission', () => {
  let dir: string;
  let log: string[];
  const result = { outputs: { workbook: '', mailDir: '' } };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cabas-rules-'));
    writeFileSync(join(dir, 'a.csv'), ANSWERS, 'utf8');
    // --now before the deadline, but a row after it: the cycle closed, and the run says so.
    const run = await cabas('run', '--workbook', await groupWithDraft(dir), '--answers', join(dir, 'a.csv'), '--out', join(dir, 'out'), '--now', '05/12/2026 12:00');
    expect(run.status).toBe(0);
    log = run.stdout.split('\n');
    result.outputs = { workbook: join(dir, 'out', 'workbook.xlsx'), mailDir: join(dir, 'out', 'mail') };
  });

  test('the summary counts each row once, by outcome and by reason', () => {
    expect(log).toContain('9 réponses lues\u00a0: 2 acceptées dont 1 plafonnée, aucune annulation, 5 refusées, 2 arrivées après la clôture');
    expect(log.filter((l) => l.endsWith('1 réponse refusée')).sort()).toEqual([
      '  adhésion inactive\u00a0: 1 réponse refusée',
      '  adresse inconnue\u00a0: 1 réponse refusée',
      '  une quantité n’est pas un nombre\u00a0: 1 réponse refusée',
      '  quantité hors du pas du produit\u00a0: 1 réponse refusée',
      '  quantité négative\u00a0: 1 réponse refusée',
    ].sort());
  });

  test('each refused row is named with its line and its reasons', () => {
    expect(log.filter((l) => / — refusée \(/.test(l)).map((l) => l.slice(join(dir, 'a.csv').length))).toEqual([
      fr(', ligne 3 : bruno@example.org — refusée (quantité négative) : inscrite au Journal, avec un e-mail à cette adresse.'),
      fr(', ligne 4 : chloe@example.org — refusée (quantité hors du pas du produit) : inscrite au Journal, avec un e-mail à cette adresse.'),
      fr(', ligne 5 : david@example.org — refusée (une quantité n’est pas un nombre) : inscrite au Journal, avec un e-mail à cette adresse.'),
      fr(', ligne 7 : felix@example.org — refusée (adhésion inactive) : inscrite au Journal, avec un e-mail à cette adresse.'),
      fr(', ligne 8 : inconnu@example.org — refusée (adresse inconnue) : inscrite au Journal, avec un e-mail à cette adresse.'),
    ]);
  });

  test('a row after the deadline closed the cycle, and the status says so', () => {
    expect(log).toContain('cycle clôturé, e-mails envoyés');
    expect(log).not.toContain(fr('échéance à venir : le cycle reste ouvert'));
  });

  test('an answer after the close is refused, journaled and e-mailed: it is too late for this cycle', async () => {
    // Two minutes after the deadline, before its trigger ran (Google runs one up to a quarter of an hour late): late too.
    expect(log).toContain(fr(`${join(dir, 'a.csv')}, ligne 9 : chloe@example.org — arrivée après la clôture, refusée (inscrite au Journal, l’adhérent prévenu par e-mail).`));
    expect(log).toContain(fr(`${join(dir, 'a.csv')}, ligne 10 : bruno@example.org — arrivée après la clôture, refusée (inscrite au Journal, l’adhérent prévenu par e-mail).`));
    const written = await readXlsx(result.outputs.workbook);
    const journal = snapshotTable(written, 'log')!.rows.filter((r) => r.cells.event === 'Commande refusée' && r.cells.who === 'bruno@example.org');
    // The same words as an answer of the minutes before the deadline's trigger ran (chloe's): late for this cycle.
    expect(journal.map((r) => String(r.cells.detail))).toEqual([expect.stringMatching(/-1/), 'Les commandes de ce cycle étaient déjà closes quand votre réponse est arrivée.']);
    const chloe = snapshotTable(written, 'log')!.rows.filter((r) => r.cells.event === 'Commande refusée' && r.cells.who === 'chloe@example.org').map((r) => String(r.cells.detail));
    expect(chloe).toContain('Les commandes de ce cycle étaient déjà closes quand votre réponse est arrivée.');
    const told = writtenMails(result.outputs.mailDir).filter((m) => m.to === 'bruno@example.org' && /11 décembre 2026/.test(m.text));
    expect(told.map((m) => /Pour ce cycle, c’est trop tard/.test(m.text))).toEqual([true]);
  });

  test('a site the group does not have is said with its cell; the order keeps the member\'s site', async () => {
    expect(log).toContain(fr(`${join(dir, 'a.csv')}, ligne 6, colonne « Lieu » : « Septfond » n'est pas un lieu du groupement (Monclar-de-Quercy, Septfonds) ; la commande est retirée au lieu de l'adhérent dans Adhérents. Corrigez la cellule et relancez pour un autre lieu.`));
    const written = await readXlsx(result.outputs.workbook);
    expect(snapshotTable(written, 'orders')!.rows.filter((r) => r.cells.email === 'emma@example.org').map((r) => r.cells.site)).toEqual(['Septfonds']);
  });

  test.each([
    { who: 'bruno', text: /-1/ },
    { who: 'chloe', text: /0,7/ },
    { who: 'david', text: /deux/ },
    { who: 'felix', text: /n’est pas active/ },
    { who: 'inconnu', text: /inconnu@example.org/ },
  ])('a refused answer is journaled and e-mailed: $who', async ({ who, text }) => {
    const written = await readXlsx(result.outputs.workbook);
    const journal = snapshotTable(written, 'log')!.rows.filter((r) => r.cells.event === 'Commande refusée' && r.cells.who === `${who}@example.org` && text.test(String(r.cells.detail)));
    expect(journal).toHaveLength(1);
    const mails = writtenMails(result.outputs.mailDir).filter((m) => m.to === `${who}@example.org`);
    expect(mails.some((m) => text.test(m.text))).toBe(true);
  });

  test('an answer over the maximum is capped and the member told, not dropped', async () => {
    const written = await readXlsx(result.outputs.workbook);
    const lines = snapshotTable(written, 'orders')!.rows.filter((r) => r.cells.email === 'alice@example.org');
    expect(lines.map((l) => [l.cells.ref, l.cells.quantity])).toEqual([['LEG-PAN', 3]]);
    const told = writtenMails(result.outputs.mailDir).filter((m) => m.to === 'alice@example.org' && /vous avez demandé 5, ramené à 3/.test(m.text));
    expect(told.length).toBeGreaterThan(0);
  });

  test('with no Lieu column, the member gets their Adhérents site', async () => {
    const written = await readXlsx(result.outputs.workbook);
    const sites = snapshotTable(written, 'orders')!.rows.map((r) => [r.cells.email, r.cells.site]);
    expect(sites).toEqual(expect.arrayContaining([['emma@example.org', 'Septfonds'], ['alice@example.org', 'Monclar-de-Quercy']]));
  });
});
