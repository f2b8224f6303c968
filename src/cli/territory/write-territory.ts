// Writes the territory table of `cabas bilan` as an .xlsx: group by group with totals and trends,
// then the two charts' data tables (exceljs writes no charts: a spreadsheet draws them from these).
import ExcelJS from 'exceljs';
import { cliCatalogue } from '../../core/i18n/cli-catalogue';
import type { Locale } from '../../core/model';
import { pixelsToCharacters } from '../export/write-xlsx';
import type { Territory } from './merge-territory';

const EUROS = '#,##0.00 "€"';

/** The workbook, three tabs: `Territoire`, `Par cycle`, `Par producteur` (English names in English). */
export async function writeTerritory(territory: Territory, path: string, locale: Locale): Promise<void> {
  const t = cliCatalogue(locale).territory;
  const book = new ExcelJS.Workbook();
  book.creator = 'Cabas';
  book.created = new Date(0);
  book.modified = new Date(0);
  const sheet = (name: string, title: string, headers: string[], rows: (string | number | null)[][], money: number[], totalRow = false) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.addRow([title]).font = { bold: true };
    ws.addRow(headers).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    if (totalRow) ws.getRow(ws.rowCount).font = { bold: true };
    for (const c of money) ws.getColumn(c + 1).numFmt = EUROS;
    headers.forEach((h, i) => { ws.getColumn(i + 1).width = pixelsToCharacters(Math.max(90, Math.min(260, h.length * 7 + 20))); });
  };
  const row = (g: Territory['groups'][number] | Territory['total'], name: string): (string | number | null)[] => [
    name, g.from, g.to, g.cycles, g.firstHouseholds, g.lastHouseholds, g.newHouseholds, g.gone, g.amountCents / 100,
    g.baskets ? Math.round(g.amountCents / g.baskets) / 100 : null, g.refusals, g.outstandingCents / 100,
    g.volunteers ? `${g.volunteers.covered} / ${g.volunteers.pickups}` : null, t.trend[g.trend],
  ];
  const { total } = territory;
  sheet(t.sheets.groups, t.title(territory.groups.length, total.from, total.to), t.groupHeaders,
    [...territory.groups.map((g) => row(g, g.group)), row(total, t.total)], [8, 9, 11], true);
  sheet(t.sheets.cycles, t.cyclesTitle, t.cycleHeaders, territory.perCycle.map((c) => [c.cycle, c.households, c.amountCents / 100, c.groups]), [2]);
  sheet(t.sheets.producers, t.producersTitle, t.producerHeaders, territory.perProducer.map((p) => [p.producer, p.amountCents / 100, p.groups]), [1]);
  await book.xlsx.writeFile(path);
}
