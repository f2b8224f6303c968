// How a generated tab reads on screen and on paper: which cells wrap, and how wide each column is.
import type { TabLayout } from '../model';

type Cell = TabLayout['rows'][number][number];

/** Pixels per character of Sheets' default font (Arial 10), a little more in bold, and a cell's padding. */
const CHAR_PX = 7;
const BOLD_CHAR_PX = 7.7;
const PADDING_PX = 14;
const MIN_PX = 40;
/** The widest a column grows for its text when the layout sets no limit; longer text wraps. */
const DEFAULT_MAX_PX = 320;

export interface TabPresentation {
  /** 0-based column -> width in pixels, for every column of the tab. */
  columnWidths: Record<number, number>;
  /** Same shape as the layout's rows: true where the cell's text wraps inside its column. */
  wraps: boolean[][];
}

const filled = (v: Cell) => v !== null && v !== '';

/** What a cell shows, as long as it is when displayed: euros with two decimals, a thousands separator and ` €`. */
function shownLength(value: Cell, format: string | undefined): number {
  if (typeof value === 'boolean') return 2; // a checkbox
  if (typeof value === 'number') {
    const digits = Math.abs(Math.trunc(value)).toString().length;
    const separators = Math.floor((digits - 1) / 3);
    if (format === 'money') return digits + separators + 3 + 2 + (value < 0 ? 1 : 0);
    if (format === 'percent') return String(Math.round(value * 100)).length + 1;
    return String(value).length;
  }
  return 0;
}

const longest = (parts: string[]) => parts.reduce((n, p) => Math.max(n, [...p].length), 0);

/**
 * The presentation of a generated tab, from its rows alone (the same layout always gives the same
 * tab). A row with one filled cell is a title: its text runs over the empty cells to its right, as
 * on screen, and sets no width. In a row of a table, text wraps inside its column; a column is as
 * wide as its widest line of text or figure, at most `layout.columnWidths[c]` (else 320 px), and a
 * heading (a bold row) only needs its longest word, as it wraps onto more lines.
 * @example tabPresentation({ rows: [['Foyer', 'Total'], ['Claire Delmas', 33.75]], columnFormats: { 1: 'money' }, boldRows: [0], … }).columnWidths // { 0: 105, 1: 77 }
 */
export function tabPresentation(layout: TabLayout): TabPresentation {
  const width = layout.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const needed = new Array<number>(width).fill(MIN_PX);
  const bold = new Set(layout.boldRows);
  const wraps = layout.rows.map((row, r) => {
    const title = row.filter(filled).length <= 1;
    return Array.from({ length: width }, (_, c) => {
      const value = row[c] ?? null;
      const text = typeof value === 'string';
      const multiline = text && value.includes('\n');
      if (title && !multiline) return false;
      const perChar = bold.has(r) ? BOLD_CHAR_PX : CHAR_PX;
      const chars = text
        ? (bold.has(r) && !multiline ? longest(value.split(/\s+/)) : longest(value.split('\n')))
        : shownLength(value, layout.columnFormats[c]);
      const cap = layout.columnWidths?.[c] ?? DEFAULT_MAX_PX;
      needed[c] = Math.max(needed[c], Math.min(cap, Math.ceil(chars * perChar + PADDING_PX)));
      return text;
    });
  });
  return { columnWidths: Object.fromEntries(needed.map((px, c) => [c, px])), wraps };
}
