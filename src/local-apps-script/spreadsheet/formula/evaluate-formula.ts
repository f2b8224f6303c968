// Computes a formula cell's value the way Sheets does for the operators and functions the runtime
// models (see parse-formula.ts and formula-functions.ts). What getValues() reads for it: a number,
// text, a boolean, '' for a blank result, or the error's text (`#DIV/0!`), as Sheets hands
// errors to scripts. Anything else throws `not implemented: formula …`, never a silent ''.
// Operators: the "Operator" category of https://support.google.com/docs/table/25273
import { FUNCTIONS, WrongArgumentCount } from './formula-functions';
import {
  compare, FormulaError, type FormulaValue, type NotModeled, type Scalar, scalar, toBoolean, toNumber, toText,
} from './formula-values';
import { type FormulaNode, FormulaNotModeled, FormulaSyntaxError, parseFormula } from './parse-formula';

export interface FormulaContext {
  locale: string;
  /** The cells of `a1` on `sheet` (null = the formula's own sheet); a FormulaError for a missing sheet or a circular reference. */
  resolve(sheet: string | null, a1: string): Scalar[][] | FormulaError;
  /** Builds the error thrown (in the script's realm) for what is not modeled. */
  fail(message: string): Error;
}

/** A formula's value: what the cell holds for getValues() (host values; errors as their text). */
export function evaluateFormula(formula: string, ctx: FormulaContext): string | number | boolean | Date | null {
  const notModeled: NotModeled = (what) => ctx.fail(`not implemented: formula ${what} in ${formula}`);
  let tree: FormulaNode;
  try {
    tree = parseFormula(formula);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return '#ERROR!';
    if (e instanceof FormulaNotModeled) throw ctx.fail(e.message);
    throw e;
  }
  const result = scalar(evaluate(tree, ctx, notModeled), notModeled);
  return result instanceof FormulaError ? result.code : result;
}

function arithmetic(op: string, a: number, b: number): Scalar {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? new FormulaError('#DIV/0!') : a / b;
    default: {
      const p = a ** b;
      return Number.isFinite(p) ? p : new FormulaError('#NUM!');
    }
  }
}

function evaluate(node: FormulaNode, ctx: FormulaContext, notModeled: NotModeled): FormulaValue {
  const value = (n: FormulaNode): Scalar => scalar(evaluate(n, ctx, notModeled), notModeled);
  const number = (n: FormulaNode) => toNumber(value(n), ctx.locale, notModeled);
  switch (node.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return node.value;
    case 'reference': {
      const rows = ctx.resolve(node.sheet, node.a1);
      return rows instanceof FormulaError ? rows : { kind: 'range', rows };
    }
    case 'unary': {
      const n = number(node.arg);
      return n instanceof FormulaError ? n : node.op === '-' ? -n : n;
    }
    case 'percent': {
      const n = number(node.arg);
      return n instanceof FormulaError ? n : n / 100;
    }
    case 'binary': {
      if (node.op === '&') {
        const a = toText(value(node.left), ctx.locale, notModeled);
        const b = toText(value(node.right), ctx.locale, notModeled);
        return a instanceof FormulaError ? a : b instanceof FormulaError ? b : a + b;
      }
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
        const r = compare(value(node.left), value(node.right), notModeled);
        if (r instanceof FormulaError) return r;
        return { '=': r === 0, '<>': r !== 0, '<': r < 0, '>': r > 0, '<=': r <= 0, '>=': r >= 0 }[node.op] as boolean;
      }
      const a = number(node.left);
      const b = number(node.right);
      if (a instanceof FormulaError) return a;
      if (b instanceof FormulaError) return b;
      return arithmetic(node.op, a, b);
    }
    case 'call': {
      if (node.name === 'IF') {
        // https://support.google.com/docs/answer/3093364: the branch not taken is not evaluated.
        if (node.args.length < 2 || node.args.length > 3) return new FormulaError('#N/A');
        const test = toBoolean(value(node.args[0]), notModeled);
        if (test instanceof FormulaError) return test;
        if (test) return evaluate(node.args[1], ctx, notModeled);
        return node.args.length === 3 ? evaluate(node.args[2], ctx, notModeled) : false;
      }
      const fn = FUNCTIONS[node.name];
      if (!fn) throw notModeled(`function ${node.name}`);
      const args = node.args.map((a) => evaluate(a, ctx, notModeled));
      try {
        return fn(args, { locale: ctx.locale, notModeled });
      } catch (e) {
        // "Wrong number of arguments": Sheets shows #N/A.
        if (e instanceof WrongArgumentCount) return new FormulaError('#N/A');
        throw e;
      }
    }
  }
}
