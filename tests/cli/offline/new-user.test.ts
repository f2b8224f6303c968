// A new volunteer's own workbook (their group, their coordination address, a cycle named
// « janvier ») and hand-typed answers, run as the README and the guide's « Sans Google » chapter
// say. Each case was found by probing (docs/reliability.md, third session) and failed before.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writtenMails } from './support/eml-text';
import { cabas, cabasProcess } from './support/run-cli';

jest.setTimeout(120_000);

/** The workbook a volunteer types: their own group, their own coordination address, a draft cycle named « janvier ». */
async function groupWorkbook(path: string, opts: { manual?: boolean; cycles?: unknown[][] } = {}): Promise<void> {
  const book = new ExcelJS.Workbook();
  const tab = (name: string, rows: unknown[][]) => book.addWorksheet(name).addRows(rows);
  tab('Paramètres', [['Paramètre', 'Valeur'], ['Nom du groupement', 'GAC de Saint-Antonin'], ['E-mail de coordination', 'coord@stantonin.fr'], ['Langue', 'fr'], ...(opts.manual ? [['Colis', 'manuel']] : [])]);
  tab('Lieux', [['Lieu', 'Adresse', 'Distribution'], ['Saint-Antonin', 'Salle du marché couvert', 'vendredi 17 h – 19 h']]);
  tab('Adhérents', [
    ['E-mail', 'Nom', 'Lieu', 'Actif'],
    ['anne.dupre@orange.fr', 'Anne Dupré', 'Saint-Antonin', 'oui'],
    ['bernard.lopez@free.fr', 'Bernard López', 'Saint-Antonin', 'oui'],
    ['celine.noel@gmail.com', 'Céline Noël', 'Saint-Antonin', 'oui'],
    ['eric.fabre@sfr.fr', 'Éric Fabre', 'Saint-Antonin', 'oui'],
  ]);
  tab('Producteurs', [['Producteur', 'E-mail', 'Règlement', 'Actif'], ['Ferme du Bosc', 'bosc@ferme.fr', 'Chèque', 'oui']]);
  tab('Produits', [
    ['Réf', 'Producteur', 'Produit', 'Unité', 'Prix', 'Pas', 'Max par adhérent', 'Disponible'],
    ['OEUF', 'Ferme du Bosc', 'Œufs fermiers', 'boîte de 6', 2.35, 1, 4, 'oui'],
    ['POM', 'Ferme du Bosc', 'Pommes Reinette', 'kg', 2.9, 0.5, null, 'oui'],
  ]);
  tab('Cycles', opts.cycles ?? [['Cycle', 'Clôture', 'Distribution', 'Statut'], ['janvier', '13/01/2027 20:00', '15/01/2027', 'brouillon']]);
  await book.xlsx.writeFile(path);
}

let dir: string;
const p = (f: string) => join(dir, f);
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cabas-new-user-')); });

const CSV = 'Horodateur;Adresse e-mail;OEUF;POM\r\n10/01/2027 18:30;anne.dupre@orange.fr;2;1,5\r\n11/01/2027 10:00;inconnu@example.org;1;\r\n';

test('the e-mails leave from the group’s coordination address, and the Journal names it', async () => {
  await groupWorkbook(p('g.xlsx'));
  writeFileSync(p('a.csv'), CSV);
  expect((await cabas('run', '--workbook', p('g.xlsx'), '--answers', p('a.csv'), '--out', p('r'), '--now', '14/01/2027 09:00')).status).toBe(0);
  const froms = readdirSync(p('r/mail')).map((f) => /^From: (.*)$/m.exec(readFileSync(join(p('r/mail'), f), 'utf8'))![1]);
  expect(froms.length).toBeGreaterThan(0);
  expect(froms.every((f) => f.includes('<coord@stantonin.fr>'))).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(p('r/workbook.xlsx'));
  const journal = book.getWorksheet('Journal')!.getSheetValues().flat().map(String).join(' ');
  expect(journal).toContain('coord@stantonin.fr');
  expect(journal).not.toContain('coordination@example.org');
});

test('a continued run gives its answers ids of their own: a capped answer is counted as capped', async () => {
  await groupWorkbook(p('g.xlsx'));
  writeFileSync(p('s1.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n10/01/2027 18:30;anne.dupre@orange.fr;2\r\n');
  writeFileSync(p('s2.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n11/01/2027 09:00;bernard.lopez@free.fr;6\r\n');
  expect((await cabas('run', '--workbook', p('g.xlsx'), '--answers', p('s1.csv'), '--out', p('r1'), '--now', '10/01/2027 19:00')).status).toBe(0);
  const second = await cabas('run', '--workbook', p('r1/workbook.xlsx'), '--answers', p('s2.csv'), '--out', p('r2'), '--now', '11/01/2027 12:00');
  expect(writtenMails(p('r2/mail')).some((m) => m.to === 'bernard.lopez@free.fr' && /vous avez demandé 6, ramené à 4/.test(m.text))).toBe(true);
  expect(second.stdout).toContain('1 acceptée dont 1 plafonnée');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(p('r2/workbook.xlsx'));
  const orders = book.getWorksheet('Commandes')!;
  const column = (orders.getRow(1).values as unknown[]).indexOf('Réponse');
  const ids = orders.getColumn(column).values.slice(2).map(String);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a continued run takes another member’s answer of the last answer’s minute, and refuses the same answer again', async () => {
  await groupWorkbook(p('g.xlsx'));
  writeFileSync(p('s1.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n11/01/2027 10:00;anne.dupre@orange.fr;2\r\n');
  writeFileSync(p('s2.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n11/01/2027 10:00;celine.noel@gmail.com;1\r\n');
  expect((await cabas('run', '--workbook', p('g.xlsx'), '--answers', p('s1.csv'), '--out', p('r1'), '--now', '11/01/2027 10:05')).status).toBe(0);
  const again = await cabas('run', '--workbook', p('r1/workbook.xlsx'), '--answers', p('s1.csv'), '--out', p('again'), '--now', '11/01/2027 12:00');
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/s1\.csv, ligne 2\s:\scette réponse est antérieure à ce que le classeur contient déjà/);
  const second = await cabas('run', '--workbook', p('r1/workbook.xlsx'), '--answers', p('s2.csv'), '--out', p('r2'), '--now', '11/01/2027 12:00');
  expect(second.stderr).toBe('');
  expect(second.status).toBe(0);
});

test('the season’s review orders cycles as they ran, whatever their names', async () => {
  await groupWorkbook(p('g.xlsx'));
  writeFileSync(p('a1.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n10/01/2027 18:30;anne.dupre@orange.fr;2\r\n');
  expect((await cabas('run', '--workbook', p('g.xlsx'), '--answers', p('a1.csv'), '--out', p('r1'), '--now', '14/01/2027 09:00')).status).toBe(0);
  // The next cycle: a draft row added to the written workbook, as the guide says.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(p('r1/workbook.xlsx'));
  const cycles = book.getWorksheet('Cycles')!;
  const headers = (cycles.getRow(1).values as unknown[]).map(String);
  const draft: Record<string, string> = { Cycle: 'février', 'Clôture': '10/02/2027 20:00', Distribution: '12/02/2027', Statut: 'brouillon' };
  cycles.addRow(headers.map((h) => draft[h] ?? null).slice(1));
  await book.xlsx.writeFile(p('c2.xlsx'));
  writeFileSync(p('a2.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n05/02/2027 18:30;anne.dupre@orange.fr;1\r\n05/02/2027 19:00;bernard.lopez@free.fr;1\r\n');
  expect((await cabas('run', '--workbook', p('c2.xlsx'), '--answers', p('a2.csv'), '--out', p('r2'), '--now', '11/02/2027 09:00')).status).toBe(0);
  const bilan = readdirSync(p('r2')).find((f) => f.startsWith('bilan-'));
  expect(bilan).toBe('bilan-gac-de-saint-antonin-janvier-fevrier.csv');
});

test('a row every cell of which is empty (;;;) is no answer, as a blank line is none', async () => {
  await groupWorkbook(p('g.xlsx'));
  writeFileSync(p('a.csv'), 'Horodateur;Adresse e-mail;OEUF;POM\r\n10/01/2027 18:30;anne.dupre@orange.fr;2;1\r\n;;;\r\n11/01/2027 09:00;bernard.lopez@free.fr;1;\r\n');
  const run = await cabas('run', '--workbook', p('g.xlsx'), '--answers', p('a.csv'), '--out', p('r'), '--now', '14/01/2027 09:00');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(existsSync(p('r/workbook.xlsx'))).toBe(true);
});

test.each([['run'], ['send']])('« cabas %s --help » prints the help', (command) => {
  const help = cabasProcess(command, '--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('--workbook');
});

// Found by probing: « --out r » on « r/workbook.xlsx » replaced the first step's e-mails, whose text is nowhere else.
test('a step written into the folder of the workbook it continues from is refused, and nothing there changes', async () => {
  await groupWorkbook(p('g.xlsx'));
  writeFileSync(p('s1.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n10/01/2027 18:30;anne.dupre@orange.fr;2\r\n');
  writeFileSync(p('s2.csv'), 'Horodateur;Adresse e-mail;OEUF\r\n11/01/2027 09:00;bernard.lopez@free.fr;1\r\n');
  expect((await cabas('run', '--workbook', p('g.xlsx'), '--answers', p('s1.csv'), '--out', p('r'), '--now', '10/01/2027 19:00')).status).toBe(0);
  const before = readdirSync(p('r/mail')).sort();
  expect(before.length).toBeGreaterThan(0);
  const same = await cabas('run', '--workbook', p('r/workbook.xlsx'), '--answers', p('s2.csv'), '--out', p('r'), '--now', '11/01/2027 12:00');
  expect(same.status).toBe(1);
  expect(same.stderr).toContain('contient le classeur que vous reprenez');
  expect(readdirSync(p('r/mail')).sort()).toEqual(before);
  const next = await cabas('run', '--workbook', p('r/workbook.xlsx'), '--answers', p('s2.csv'), '--out', p('r-suite'), '--now', '11/01/2027 12:00');
  expect(next.status).toBe(0);
});
