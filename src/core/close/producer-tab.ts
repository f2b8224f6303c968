// The producer's tab: its order by product, per pickup site, and by member when it accepts names.
import { catalogue } from '../i18n';
import { centsToEuros } from '../money';
import type { CellFormat, TabLayout } from '../model';
import { cycleLabel } from '../orders/cycle-label';
import type { ClosedCycle, ProducerOrder } from './closed-cycle';
import { type ColumnKind, PRODUCER_COLUMNS, type Section, type SectionCell } from './producer-sections';

type Cell = string | number | boolean | null;
const WIDTH = PRODUCER_COLUMNS.length;
const FORMATS: Record<ColumnKind, CellFormat> = { text: 'text', quantity: 'quantity', count: 'quantity', money: 'money' };

/** Section rows as cells: money in euros, blanks as ''. */
export function sectionCells(row: SectionCell[]): Cell[] {
  return row.map((cell, i) => (cell === null ? '' : PRODUCER_COLUMNS[i] === 'money' && typeof cell === 'number' ? centsToEuros(cell) : cell));
}

export interface ProducerRows { rows: Cell[][]; boldRows: number[] }

/** The tab's rows, also used for the CSV attachment. */
export function producerRows(cycle: ClosedCycle, order: ProducerOrder, sections: Section[]): ProducerRows {
  const { locale, timeZone } = cycle.catalog.settings;
  const t = catalogue(locale).close.producer;
  const rows: Cell[][] = [];
  const boldRows: number[] = [];
  const pad = (row: Cell[]) => [...row, ...Array<Cell>(WIDTH - row.length).fill('')];
  const push = (row: Cell[], bold = false) => {
    if (bold) boldRows.push(rows.length);
    rows.push(pad(row));
  };
  push([t.tabTitle(order.producer, cycleLabel(cycle.catalog.cycle, timeZone, locale))], true);
  if (order.status === 'below-minimum-held') push([t.heldNote], true);
  sections.forEach((section: Section) => {
    push([]);
    if (section.heading) push([section.heading], true);
    if (section.title) push([section.title], true);
    push(section.headers, true);
    section.rows.forEach((row) => push(sectionCells(row)));
    push(sectionCells(section.total), true);
  });
  return { rows, boldRows };
}

/**
 * Lays out a producer's tab from its rows under the given (already safe and unique) name.
 * @example producerTab('Ferme des Tilleuls', producerRows(cycle, order, sections)).rows[0][0] // "Ferme des Tilleuls — commande du 1er au 10 décembre 2026"
 */
export function producerTab(name: string, { rows, boldRows }: ProducerRows): TabLayout {
  const columnFormats: Record<number, CellFormat> = {};
  PRODUCER_COLUMNS.forEach((kind, i) => {
    if (kind !== 'text') columnFormats[i] = FORMATS[kind];
  });
  return { name, rows, frozenRows: 1, columnFormats, boldRows, columnWidths: { 0: 160, 1: 220 } };
}
