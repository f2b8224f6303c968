// Sorts a block of rows by columns, moving whole cells (values, formats, notes) as Sheets does.
// Order as in Sheets: numbers and dates by value, then text (case-insensitive, locale-aware), then
// booleans; empty cells always last whatever the direction.
import { type Cell, type Grid, effectiveValue } from './grid';

export interface SortKey {
  /** Absolute 1-based column. */
  column: number;
  ascending: boolean;
}

function rank(cell: Cell | undefined): number {
  const v = effectiveValue(cell);
  if (v === null) return 3;
  return typeof v === 'number' || typeof v === 'object' ? 0 : typeof v === 'string' ? 1 : 2;
}

function compareCells(a: Cell | undefined, b: Cell | undefined, collator: Intl.Collator): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const va = effectiveValue(a);
  const vb = effectiveValue(b);
  if (ra === 0) return Number(va) - Number(vb); // a Date's valueOf is its instant
  if (ra === 1) return collator.compare(String(va), String(vb));
  if (ra === 2) return Number(va) - Number(vb);
  return 0;
}

export function sortRows(grid: Grid, row: number, numRows: number, column: number, numColumns: number, keys: SortKey[], locale: string, fail: (message: string) => Error): void {
  const collator = new Intl.Collator(locale.replace('_', '-'), { sensitivity: 'base', numeric: false });
  const block = grid.takeBlock(row, numRows, column, numColumns);
  // Sheets sorts formula cells by their results and rewrites their references as rows move:
  // neither is modeled here, so such a sort fails loudly rather than ordering them as empty.
  if (block.some((cells) => cells.some((c) => c !== undefined && c.formula !== ''))) throw fail('not implemented: sorting rows that hold formulas');
  const ordered = block
    .map((cells, index) => ({ cells, index }))
    .sort((x, y) => {
      for (const key of keys) {
        const a = x.cells[key.column - column];
        const b = y.cells[key.column - column];
        const byValue = compareCells(a, b, collator);
        // Empty cells stay last in both directions.
        if (byValue !== 0) return rank(a) === 3 || rank(b) === 3 || key.ascending ? byValue : -byValue;
      }
      return x.index - y.index;
    });
  grid.putBlock(row, column, ordered.map((o) => o.cells));
}
