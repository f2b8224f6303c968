// The spreadsheet functions the local runtime computes, as the Sheets function list describes
// them (https://support.google.com/docs/table/25273). Any other function name throws
// `not implemented: formula function NAME`. Ranges give their numbers to SUM, COUNT, AVERAGE, MIN
// and MAX and skip text, booleans and empty cells; a value typed as an argument is converted
// (`SUM("2", TRUE)` is 3). IF is lazy, so it is evaluated by the evaluator itself.
import {
  compare, FormulaError, type FormulaValue, isRange, type NotModeled, type Scalar, scalar, toNumber, toText,
} from './formula-values';

export interface FunctionContext {
  locale: string;
  notModeled: NotModeled;
}

type Fn = (args: FormulaValue[], ctx: FunctionContext) => Scalar;

/** The numbers of the arguments, as SUM reads them; the first error wins. */
function numbers(args: FormulaValue[], ctx: FunctionContext): number[] | FormulaError {
  const out: number[] = [];
  for (const arg of args) {
    if (isRange(arg)) {
      for (const row of arg.rows) {
        for (const v of row) {
          if (v instanceof FormulaError) return v;
          if (v instanceof Date) throw ctx.notModeled('a date in a sum');
          if (typeof v === 'number') out.push(v);
        }
      }
    } else {
      const n = toNumber(arg, ctx.locale, ctx.notModeled);
      if (n instanceof FormulaError) return n;
      out.push(n);
    }
  }
  return out;
}

function flat(args: FormulaValue[]): Scalar[] {
  return args.flatMap((a) => (isRange(a) ? a.rows.flat() : [a]));
}

function arity(name: string, args: FormulaValue[], min: number, max: number): void {
  // Sheets refuses a wrong argument count when the formula is entered; reading it gives #N/A.
  if (args.length < min || args.length > max) throw new WrongArgumentCount(name);
}

export class WrongArgumentCount extends Error {}

/** Round half away from zero, as ROUND does (https://support.google.com/docs/answer/3093440). */
function round(value: number, places: number): number {
  const p = Math.trunc(places);
  const shifted = Number(`${Math.abs(value)}e${p}`);
  return Math.sign(value) * Number(`${Math.round(shifted)}e${-p}`);
}

/** A SUMIF criterion (`">5"`, `"<>x"`, `"pom*"`, 3) as a test on one cell. */
function criterion(c: Scalar, ctx: FunctionContext): (v: Scalar) => boolean {
  if (c instanceof FormulaError) return () => false;
  if (typeof c !== 'string') return (v) => v !== null && compare(v, c, ctx.notModeled) === 0;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(c)!;
  const op = m[1] ?? '=';
  const operandText = m[2];
  const asNumber = toNumber(operandText, ctx.locale, ctx.notModeled);
  const numeric = operandText.trim() !== '' && typeof asNumber === 'number';
  const operand: Scalar = numeric ? asNumber : operandText;
  if (op === '=' && !numeric) {
    if (operandText === '') return (v) => v === null || v === '';
    if (/[*?~]/.test(operandText)) {
      const pattern = operandText.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_, escaped, wild, special) =>
        escaped ? `\\${escaped}` : wild ? (wild === '*' ? '.*' : '.') : `\\${special}`);
      const re = new RegExp(`^${pattern}$`, 'is');
      return (v) => typeof v === 'string' && re.test(v);
    }
  }
  if (op === '<>' && operandText === '') return (v) => v !== null && v !== '';
  return (v) => {
    if (v === null || v instanceof FormulaError) return op === '<>';
    // A number criterion matches numbers only, a text one text only (no cross-type order here).
    if ((typeof v === 'number') !== numeric || typeof v === 'boolean') return op === '<>';
    const r = compare(v, operand, ctx.notModeled) as number;
    return op === '=' ? r === 0 : op === '<>' ? r !== 0 : op === '<' ? r < 0 : op === '<=' ? r <= 0 : op === '>' ? r > 0 : r >= 0;
  };
}

export const FUNCTIONS: Record<string, Fn> = {
  SUM: (args, ctx) => {
    arity('SUM', args, 1, Infinity);
    const ns = numbers(args, ctx);
    return ns instanceof FormulaError ? ns : ns.reduce((a, b) => a + b, 0);
  },
  COUNT: (args) => {
    arity('COUNT', args, 1, Infinity);
    return flat(args).filter((v) => typeof v === 'number' || v instanceof Date).length;
  },
  COUNTA: (args) => {
    arity('COUNTA', args, 1, Infinity);
    // Typed arguments always count (even ""); range cells count when not empty.
    return args.reduce<number>((n, a) => n + (isRange(a) ? a.rows.flat().filter((v) => v !== null).length : 1), 0);
  },
  AVERAGE: (args, ctx) => {
    arity('AVERAGE', args, 1, Infinity);
    const ns = numbers(args, ctx);
    if (ns instanceof FormulaError) return ns;
    return ns.length === 0 ? new FormulaError('#DIV/0!') : ns.reduce((a, b) => a + b, 0) / ns.length;
  },
  MIN: (args, ctx) => {
    arity('MIN', args, 1, Infinity);
    const ns = numbers(args, ctx);
    return ns instanceof FormulaError ? ns : ns.length === 0 ? 0 : Math.min(...ns);
  },
  MAX: (args, ctx) => {
    arity('MAX', args, 1, Infinity);
    const ns = numbers(args, ctx);
    return ns instanceof FormulaError ? ns : ns.length === 0 ? 0 : Math.max(...ns);
  },
  ROUND: (args, ctx) => {
    arity('ROUND', args, 1, 2);
    const value = toNumber(scalar(args[0], ctx.notModeled), ctx.locale, ctx.notModeled);
    const places = args.length > 1 ? toNumber(scalar(args[1], ctx.notModeled), ctx.locale, ctx.notModeled) : 0;
    if (value instanceof FormulaError) return value;
    if (places instanceof FormulaError) return places;
    return round(value, places);
  },
  CONCATENATE: (args, ctx) => {
    arity('CONCATENATE', args, 1, Infinity);
    let text = '';
    for (const v of flat(args)) {
      const t = toText(v, ctx.locale, ctx.notModeled);
      if (t instanceof FormulaError) return t;
      text += t;
    }
    return text;
  },
  SUMIF: (args, ctx) => {
    arity('SUMIF', args, 2, 3);
    const [range, test, sumRange = args[0]] = args;
    if (!isRange(range) || !isRange(sumRange)) throw ctx.notModeled('SUMIF on values that are not ranges');
    const matches = criterion(scalar(test, ctx.notModeled), ctx);
    let total = 0;
    range.rows.forEach((row, i) => row.forEach((v, j) => {
      const n = sumRange.rows[i]?.[j];
      if (matches(v) && typeof n === 'number') total += n;
    }));
    return total;
  },
};
