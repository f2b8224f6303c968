// `cabas bilan`: two groups' review exports (one French, one English) merged into a territory table that adds up.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { reviewCsv } from '../../../src/core/review/review-csv';
import type { SeasonReview } from '../../../src/core/review/season-review';
import { main } from '../../../src/cli/main';
import { runTerritory } from '../../../src/cli/territory/run-territory';

const review = (cycles: [string, number, number, number][], producers: [string, string, number][], refusals: number, outstandingCents: number): SeasonReview => ({
  unlistedCycles: [],
  cycles: cycles.map(([cycle, households, newHouseholds, amountCents]) => ({ cycle, households, newHouseholds, returning: households - newHouseholds, gone: 0, amountCents })),
  producers: producers.map(([producer, cycle, amountCents]) => ({ producer, cycle, orders: 3, amountCents })),
  sites: [{ site: 'Bourg', orders: 9, amountCents: 12_345 }],
  toleranceUnits: 2, cutUnits: 1.5, producerMinimums: [{ producer: 'Rucher', cycle: cycles[0][0], status: 'cancelled' }],
  refusals: { late: refusals, address: 1, quantity: 0, other: 0 },
  emailsSent: 40, busiestMailDay: 22, outstandingCents, volunteers: { pickups: 4, covered: 3 }, solidarity: [],
});

// Monclar shrinks (12 then 9 households), Septfonds grows (5 then 8); they share the 2026-10-02 cycle.
const MONCLAR = review([['2026-09-18', 12, 12, 45_050], ['2026-10-02', 9, 1, 38_000]], [['Ferme du Ruisseau', '2026-09-18', 30_050], ['Rucher des Bories', '2026-09-18', 15_000], ['Ferme du Ruisseau', '2026-10-02', 38_000]], 2, 4_210);
const SEPTFONDS = review([['2026-10-02', 5, 5, 20_000], ['2026-10-16', 8, 4, 31_525]], [['Ferme du Ruisseau', '2026-10-02', 20_000], ['Huilerie des Noyers', '2026-10-16', 31_525]], 0, 0);

describe('cabas bilan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-territory-'));
  const monclar = join(dir, 'monclar.csv');
  const septfonds = join(dir, 'septfonds.csv');
  writeFileSync(monclar, reviewCsv(MONCLAR, { group: 'GAC de Monclar', from: '', to: '', locale: 'fr' }));
  writeFileSync(septfonds, reviewCsv(SEPTFONDS, { group: 'Septfonds buying group', from: '', to: '', locale: 'en' }));
  let table: (string | number | null)[][] = [];
  let cycles: (string | number | null)[][] = [];
  let producers: (string | number | null)[][] = [];
  const log: string[] = [];

  beforeAll(async () => {
    await runTerritory({ files: [monclar, septfonds], out: join(dir, 'territoire.xlsx'), locale: 'fr', log: (l) => log.push(l) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'territoire.xlsx'));
    const rows = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(3).map((r) => r.slice(1) as (string | number | null)[]);
    table = rows('Territoire');
    cycles = rows('Par cycle');
    producers = rows('Par producteur');
  });

  test('one row per group, then the total, which adds the groups up', () => {
    expect(table.map((r) => r[0])).toEqual(['GAC de Monclar', 'Septfonds buying group', 'Total du territoire']);
    const [m, s, total] = table;
    for (const column of [4, 5, 6, 7, 8, 10, 11]) expect(Number(total[column])).toBeCloseTo(Number(m[column]) + Number(s[column]), 2);
    expect(m.slice(3, 9)).toEqual([2, 12, 9, 13, 0, 830.5]);
    expect(s[8]).toBe(515.25);
    expect(total[10]).toBe(2 + 1 + 0 + 1); // refusals: Monclar 2 late + 1 address, Septfonds 1 address
    expect(total[12]).toBe('6 / 8');
  });

  test('says which group grows and which shrinks (the territory: as many households, more euros)', () => {
    expect(table.map((r) => r[13])).toEqual(['en baisse', 'en croissance', 'en croissance']);
  });

  test('the charts’ data: households and euros per cycle, euros per producer, adding up to the total', () => {
    expect(cycles).toEqual([['2026-09-18', 12, 450.5, 1], ['2026-10-02', 14, 580, 2], ['2026-10-16', 8, 315.25, 1]]);
    expect(producers.map((p) => p[0])).toEqual(['Ferme du Ruisseau', 'Huilerie des Noyers', 'Rucher des Bories']);
    expect(producers[0]).toEqual(['Ferme du Ruisseau', 880.5, 2]);
    const sum = (rows: (string | number | null)[][], c: number) => Math.round(rows.reduce((s, r) => s + Number(r[c]), 0) * 100);
    expect(sum(producers, 1)).toBe(Math.round(Number(table[2][8]) * 100));
    expect(sum(cycles, 2)).toBe(Math.round(Number(table[2][8]) * 100));
    expect(log.join('\n')).toContain('2 groupements');
  });

  test.each([
    { name: 'a value that is not a number', edit: (t: string) => t.replace(';450,5;', ';450,S;'), says: /monclar-bad\.csv, ligne 6, colonne « Valeur » : « 450,S » n’est pas un nombre/ },
    { name: 'an unknown indicator', edit: (t: string) => t.replace(';households-new;', ';nouveaux;'), says: /monclar-bad\.csv, ligne 3, colonne « Indicateur » : « nouveaux »/ },
    { name: 'a header that is not the export’s', edit: (t: string) => t.replace('Valeur', 'Montant'), says: /monclar-bad\.csv, ligne 1, colonne 7 : « Montant » au lieu de « Valeur »/ },
    { name: 'a row with a cell too many', edit: (t: string) => t.replace(';households;;12;', ';households;;12;;'), says: /monclar-bad\.csv, ligne 2 : 9 cellules au lieu de 8/ },
  ])('refuses $name, naming file, line and column', async ({ edit, says }) => {
    const bad = join(dir, 'monclar-bad.csv');
    writeFileSync(bad, edit(readFileSync(monclar, 'utf8')));
    const error = await runTerritory({ files: [bad, septfonds], out: join(dir, 'bad.xlsx'), locale: 'fr', log: () => {} }).then(() => null, (e: Error) => e);
    expect(error?.message.replace(/[\u00a0\u202f]/g, ' ')).toMatch(says);
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
  });

  test('is a command of the CLI, its options parsed strictly', async () => {
    const printed: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((line: string) => { printed.push(line); });
    try {
      expect(await main(['bilan', monclar, septfonds, '--out', join(dir, 'cli.xlsx')])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(join(dir, 'cli.xlsx'))).toBe(true);
    await expect(main(['bilan', monclar])).rejects.toThrow('--out');
    await expect(main(['bilan', monclar, '--out', join(dir, 'x.xlsx'), '--colour', 'red'])).rejects.toThrow(/colour/);
  });
});
