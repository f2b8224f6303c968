// What a cell reads as on a local sheet: its value, or its formula's computed value. References
// are resolved on the formula's spreadsheet (`'Feuille 1'!A1:B3`); a missing sheet reads `#REF!`,
// and so does a formula that depends on itself (Sheets: "Circular dependency detected").
import { parseA1 } from '../a1-notation';
import { type Cell, effectiveValue } from '../grid';
import type { LocalSheet } from '../sheet';
import type { CellValue } from '../snapshot';
import { evaluateFormula } from './evaluate-formula';
import { FormulaError, type Scalar } from './formula-values';

// Cells being computed, to catch a circular reference instead of recursing forever.
const computing = new Set<Cell>();

/** The host value getValues() reads for `cell` of `sheet`: a formula is computed. */
export function computedValue(sheet: LocalSheet, cell: Cell | undefined): CellValue {
  if (cell === undefined || cell.formula === '') return effectiveValue(cell);
  if (computing.has(cell)) return '#REF!';
  computing.add(cell);
  try {
    const value = evaluateFormula(cell.formula, {
      locale: sheet.spreadsheet.locale,
      fail: (message) => sheet.env.realm.error(message),
      resolve: (name, a1) => cellsOf(name === null ? sheet : sheet.spreadsheet.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()), a1),
    });
    return value;
  } finally {
    computing.delete(cell);
  }
}

function cellsOf(sheet: LocalSheet | undefined, a1: string): Scalar[][] | FormulaError {
  if (!sheet) return new FormulaError('#REF!');
  const range = parseA1(a1);
  if (!range) return new FormulaError('#REF!');
  const startRow = range.startRow ?? 1;
  const startColumn = range.startColumn ?? 1;
  const endRow = range.endRow ?? sheet.maxRows;
  const endColumn = range.endColumn ?? sheet.maxColumns;
  if (endRow > sheet.maxRows || endColumn > sheet.maxColumns) return new FormulaError('#REF!');
  const rows: Scalar[][] = [];
  for (let r = startRow; r <= endRow; r += 1) {
    const row: Scalar[] = [];
    for (let c = startColumn; c <= endColumn; c += 1) {
      const cell = sheet.grid.get(r, c);
      const v = computedValue(sheet, cell);
      // A formula showing an error passes the error on, as a value.
      const error = cell?.formula && typeof v === 'string' && /^#(DIV\/0!|VALUE!|REF!|N\/A|NUM!|ERROR!)$/.test(v);
      row.push(error ? new FormulaError(v as FormulaError['code']) : v);
    }
    rows.push(row);
  }
  return rows;
}
