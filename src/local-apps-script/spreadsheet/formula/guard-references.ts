// Sheets rewrites the references of every formula that points at a sheet when that sheet's rows
// or columns move or when it is renamed (`=A5` becomes `=A6` after a row is inserted above it).
// The runtime does not rewrite formulas, so it refuses such a change loudly instead of leaving
// formulas that silently point at the wrong cells.
import type { LocalSheet } from '../sheet';
import { type FormulaNode, FormulaNotModeled, FormulaSyntaxError, parseFormula } from './parse-formula';

function refersTo(node: FormulaNode, sheetName: string, own: boolean): boolean {
  switch (node.kind) {
    case 'reference': return node.sheet === null ? own : node.sheet.toLowerCase() === sheetName.toLowerCase();
    case 'unary':
    case 'percent': return refersTo(node.arg, sheetName, own);
    case 'binary': return refersTo(node.left, sheetName, own) || refersTo(node.right, sheetName, own);
    case 'call': return node.args.some((a) => refersTo(a, sheetName, own));
    default: return false;
  }
}

function formulaRefersTo(formula: string, sheetName: string, own: boolean): boolean {
  try {
    return refersTo(parseFormula(formula), sheetName, own);
  } catch (e) {
    // Syntax the runtime does not model may hold references too; one Sheets cannot parse holds none.
    if (e instanceof FormulaNotModeled) return true;
    if (e instanceof FormulaSyntaxError) return false;
    throw e;
  }
}

/** Throws `not implemented: <what> on a sheet that formulas refer to` when any formula points at `sheet`. */
export function refuseIfFormulasReferTo(sheet: LocalSheet, what: string): void {
  for (const other of sheet.spreadsheet.sheets) {
    for (const formula of other.grid.formulas()) {
      if (formulaRefersTo(formula, sheet.name, other === sheet)) {
        throw sheet.env.realm.error(`not implemented: ${what} on a sheet that formulas refer to (Sheets would rewrite their references)`);
      }
    }
  }
}
