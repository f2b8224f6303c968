// The cells of one sheet: a sparse row-major store that grows and shrinks with row and
// column insertion, deletion and sorting. Values are host-realm data.
import type { CellValue } from './snapshot';
import type { LocalDataValidation } from './data-validation';

export interface Cell {
  /** null = empty; Dates are host Dates (instants). */
  value: CellValue;
  /**
   * '' = none; a formula is kept as written (`=SUM(A1:A3)`) and computed when read (formula/computed-value.ts).
   * Whoever writes one also calls the grid's `noteFormula`, so that `formulas()` knows to look.
   */
  formula: string;
  /** '' = the default (automatic) format. */
  format: string;
  validation: LocalDataValidation | null;
  note: string;
  bold: boolean;
  /** Formatting that is recorded but not rendered: background, font colour, alignment, wrap… */
  style: Record<string, string>;
}

/** The style of a cell never styled, shared (frozen) until a style is set: see `setStyle`. */
export const NO_STYLE: Record<string, string> = Object.freeze({}) as Record<string, string>;

export function emptyCell(): Cell {
  // A close formats whole columns of cells it never styles: one shared empty style spares a
  // Node object per cell.
  return { value: null, formula: '', format: '', validation: null, note: '', bold: false, style: NO_STYLE };
}

/**
 * Every style object is frozen and shared: the style a change leads to is looked up from the one it
 * starts from (like V8's hidden-class transitions), so formatting a thousand rows makes no object
 * per cell. Styles take few values (colours, alignments, wraps, sizes), so the table stays small.
 */
const TRANSITIONS = new WeakMap<Record<string, string>, Map<string, Record<string, string>>>();

/** The style `from` leads to once one key is set (or removed, with null): a shared frozen object. */
export function styleAfter(from: Record<string, string>, key: string, value: string | null): Record<string, string> {
  let next = TRANSITIONS.get(from);
  if (!next) TRANSITIONS.set(from, (next = new Map()));
  const transition = value === null ? `-${key}` : `+${key}\u0000${value}`;
  let to = next.get(transition);
  if (!to) {
    const copy = { ...from };
    if (value === null) delete copy[key];
    else copy[key] = value;
    to = Object.freeze(copy);
    next.set(transition, to);
  }
  return to;
}

/** Sets (or removes, with null) one style key of the cell. */
export function setStyle(cell: Cell, key: string, value: string | null): void {
  cell.style = styleAfter(cell.style, key, value);
}

/** What formatting alone sets: a blank cell that only has these is shared (see `Grid.format`). */
export type FormatField = 'format' | 'validation' | 'bold' | 'style';

/**
 * Blank cells (no value, formula or note) that only carry formatting are shared and frozen, looked
 * up by transitions as styles are: Cabas formats whole columns of every tab it makes (1,000 rows
 * each), and a cell object for each of them was most of an install's time and garbage.
 */
const BLANK: Cell = Object.freeze(emptyCell());
/** Per cell and field: the cell each value leads to (validation rules are objects: weakly held). */
interface ByValue { plain: Map<unknown, Cell>; objects: WeakMap<object, Cell> }
const BLANK_TRANSITIONS = new WeakMap<Cell, Map<FormatField, ByValue>>();

function blankAfter<K extends FormatField>(from: Cell, field: K, value: Cell[K]): Cell {
  let byField = BLANK_TRANSITIONS.get(from);
  if (!byField) BLANK_TRANSITIONS.set(from, (byField = new Map()));
  let byValue = byField.get(field);
  if (!byValue) byField.set(field, (byValue = { plain: new Map(), objects: new WeakMap() }));
  const object = typeof value === 'object' && value !== null;
  let to = object ? byValue.objects.get(value) : byValue.plain.get(value);
  if (!to) {
    to = Object.freeze({ ...from, [field]: value });
    if (object) byValue.objects.set(value, to);
    else byValue.plain.set(value, to);
  }
  return to;
}

/** A cell with a value or a formula (what getLastRow counts); an empty checkbox reads FALSE. */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== null || cell.formula !== '' || cell.validation?.isCheckbox() === true);
}

/** A cell's own value (host realm): an empty checkbox is FALSE; a formula cell's is null (see computedValue). */
export function effectiveValue(cell: Cell | undefined): CellValue {
  if (cell === undefined) return null;
  if (cell.value === null && cell.formula === '' && cell.validation?.isCheckbox()) return false;
  return cell.value;
}

export class Grid {
  private rows: (Cell | undefined)[][] = [];
  /**
   * False when the grid surely holds no formula: moving rows or columns checks every formula of the
   * workbook (formula/guard-references.ts), and a close that adds columns to 70 tabs of a
   * 2,000-household workbook would otherwise look at every cell of every tab each time.
   */
  private mayHoldFormulas = false;
  /**
   * getLastRow/getLastColumn/getDataRange, cached until a cell may have changed: every sheet Cabas
   * formats holds 1,000 rows of format-only cells, and an execution reads the last row of every
   * tab several times. Anything that can change a cell goes through `at`, `set`, a row/column
   * move, or calls `touch` (a caller that changes cells it got from `get`).
   */
  private extent: { row: number | null; column: number | null } = { row: null, column: null };

  /** Forgets the cached extent: a cell may have changed. */
  touch(): void {
    this.extent.row = null;
    this.extent.column = null;
  }

  /** Says a cell of this grid was given `formula` (see Cell.formula). */
  noteFormula(formula: string): void {
    if (formula !== '') this.mayHoldFormulas = true;
  }

  get(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell, to change: created when missing, a cell of its own when it was a shared formatted blank. */
  at(row: number, column: number): Cell {
    this.touch();
    const r = (this.rows[row - 1] ??= []);
    const cell = r[column - 1];
    if (cell === undefined) return (r[column - 1] = emptyCell());
    return Object.isFrozen(cell) ? (r[column - 1] = { ...cell }) : cell;
  }

  /** Sets one formatting field of a cell; a blank cell becomes (or stays) a shared one (see BLANK). */
  format<K extends FormatField>(row: number, column: number, field: K, value: Cell[K]): void {
    this.touch();
    const r = (this.rows[row - 1] ??= []);
    const cell = r[column - 1];
    if (cell !== undefined && !Object.isFrozen(cell)) {
      cell[field] = value;
      return;
    }
    // A column of blank cells takes the same transition row after row: the last one is kept.
    const from = cell ?? BLANK;
    const last = this.lastFormat;
    if (last.from !== from || last.field !== field || last.value !== value) {
      last.from = from;
      last.field = field;
      last.value = value;
      last.to = blankAfter(from, field, value);
    }
    r[column - 1] = last.to!;
  }

  private readonly lastFormat: { from: Cell | null; field: FormatField | null; value: unknown; to: Cell | null } = { from: null, field: null, value: undefined, to: null };

  set(row: number, column: number, cell: Cell | undefined): void {
    this.touch();
    if (cell === undefined && this.rows[row - 1] === undefined) return;
    (this.rows[row - 1] ??= [])[column - 1] = cell;
  }

  /** Every formula held in the grid, in no particular order. */
  *formulas(): Generator<string> {
    if (!this.mayHoldFormulas) return;
    let found = false;
    for (const row of this.rows) {
      if (row) for (const cell of row) if (cell && cell.formula !== '') {
        found = true;
        yield cell.formula;
      }
    }
    // Every formula written was since cleared: the next look can be skipped.
    if (!found) this.mayHoldFormulas = false;
  }

  lastRow(): number {
    return (this.extent.row ??= this.findLastRow());
  }

  lastColumn(): number {
    return (this.extent.column ??= this.findLastColumn());
  }

  private findLastRow(): number {
    for (let r = this.rows.length; r >= 1; r -= 1) if ((this.rows[r - 1] ?? []).some(hasContent)) return r;
    return 0;
  }

  private findLastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c -= 1) if (hasContent(row[c - 1])) { last = c; break; }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    this.touch();
    if (this.rows.length >= before) this.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
  }

  deleteRows(start: number, count: number): void {
    this.touch();
    this.rows.splice(start - 1, count);
  }

  insertColumns(before: number, count: number): void {
    this.touch();
    for (const row of this.rows) if (row && row.length >= before) row.splice(before - 1, 0, ...new Array<undefined>(count));
  }

  deleteColumns(start: number, count: number): void {
    this.touch();
    for (const row of this.rows) if (row) row.splice(start - 1, count);
  }

  /** Removes and returns rows [start, start+count) for columns [column, column+width). */
  takeBlock(start: number, count: number, column: number, width: number): (Cell | undefined)[][] {
    return Array.from({ length: count }, (_, i) => Array.from({ length: width }, (_, j) => this.get(start + i, column + j)));
  }

  putBlock(start: number, column: number, block: (Cell | undefined)[][]): void {
    block.forEach((row, i) => row.forEach((cell, j) => this.set(start + i, column + j, cell)));
  }
}
