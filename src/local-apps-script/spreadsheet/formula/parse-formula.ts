// Turns a formula as Apps Script takes it (`=SUM('Feuille 1'!A1:B3)*2`) into a tree. Range.setFormula
// takes English function names and `,` between arguments whatever the spreadsheet's locale (the
// reference's examples, https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula,
// are in that form, and the Sheets API stores formulas so). Syntax this runtime does not model
// (array literals `{…}`, `;` separators, named ranges, whole-row ranges) throws `not implemented`,
// so a script never reads a silently wrong value; a formula Sheets itself cannot parse gives `#ERROR!`.

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'reference'; sheet: string | null; a1: string }
  | { kind: 'unary'; op: '-' | '+'; arg: FormulaNode }
  | { kind: 'percent'; arg: FormulaNode }
  | { kind: 'binary'; op: string; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; name: string; args: FormulaNode[] };

/** A formula that Sheets could not parse either: its cell reads `#ERROR!`. */
export class FormulaSyntaxError extends Error {}

/** Syntax that Sheets accepts and this runtime does not model. */
export class FormulaNotModeled extends Error {}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet: string | null; a1: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '(', ')', ',', '%'];
// A cell or a range of cells: `A1`, `$B$2`, `A1:C3`, whole columns `A:B`, `A2:C`.
const REFERENCE = /^\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?/;
const CELL_OR_COLUMNS = /^(\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}\$?\d*)$/;

function tokenize(source: string, formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const notModeled = (what: string) => new FormulaNotModeled(`not implemented: formula syntax ${what} in ${formula}`);
  const readReference = (sheet: string | null): void => {
    const m = REFERENCE.exec(source.slice(i));
    if (!m || !CELL_OR_COLUMNS.test(m[0])) throw notModeled(`reference ${source.slice(i, i + 12)}`);
    tokens.push({ t: 'ref', sheet, a1: m[0].replace(/\$/g, '') });
    i += m[0].length;
  };
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) { i += 1; continue; }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(source.slice(i));
    if (number) {
      if (source[i + number[0].length] === ':') throw notModeled(`whole-row range ${/^[\d:$]+/.exec(source.slice(i))![0]}`);
      tokens.push({ t: 'num', v: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    if (c === '"') {
      let text = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw new FormulaSyntaxError('unterminated text');
        if (source[i] === '"') {
          if (source[i + 1] === '"') { text += '"'; i += 2; continue; }
          i += 1;
          break;
        }
        text += source[i];
        i += 1;
      }
      tokens.push({ t: 'str', v: text });
      continue;
    }
    if (c === "'") {
      // A quoted sheet name, `''` for an apostrophe inside it.
      const m = /^'((?:[^']|'')*)'!/.exec(source.slice(i));
      if (!m) throw new FormulaSyntaxError('bad sheet name');
      i += m[0].length;
      readReference(m[1].replace(/''/g, "'"));
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(source.slice(i));
    if (word) {
      const after = source[i + word[0].length];
      if (after === '!') { i += word[0].length + 1; readReference(word[0]); continue; }
      if (after === '(') { tokens.push({ t: 'name', v: word[0] }); i += word[0].length; continue; }
      const ref = REFERENCE.exec(source.slice(i));
      if (ref && CELL_OR_COLUMNS.test(ref[0]) && !/^[A-Za-z0-9_.$]/.test(source.slice(i + ref[0].length))) { readReference(null); continue; }
      tokens.push({ t: 'name', v: word[0] });
      i += word[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) { tokens.push({ t: 'op', v: op }); i += op.length; continue; }
    if (c === ';') throw notModeled(`';' (Apps Script formulas separate arguments with ',')`);
    throw notModeled(`'${c}'`);
  }
  return tokens;
}

/** Parses `=…` into a tree; throws FormulaSyntaxError (Sheets' `#ERROR!`) or FormulaNotModeled. */
export function parseFormula(formula: string): FormulaNode {
  if (!formula.startsWith('=')) throw new FormulaSyntaxError('a formula starts with =');
  const tokens = tokenize(formula.slice(1), formula);
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const isOp = (...ops: string[]): boolean => { const t = peek(); return t?.t === 'op' && ops.includes(t.v); };
  const expectOp = (op: string): void => {
    if (!isOp(op)) throw new FormulaSyntaxError(`expected ${op}`);
    p += 1;
  };

  // Precedence, loosest first, as in Sheets: comparison, &, + -, * /, ^, unary minus, %.
  const binary = (ops: string[], next: () => FormulaNode, rightAssociative = false): (() => FormulaNode) => {
    const level = (): FormulaNode => {
      let left = next();
      while (isOp(...ops)) {
        const op = (tokens[p++] as { v: string }).v;
        const right = rightAssociative ? level() : next();
        left = { kind: 'binary', op, left, right };
      }
      return left;
    };
    return level;
  };
  const primary = (): FormulaNode => {
    const t = tokens[p++];
    if (t === undefined) throw new FormulaSyntaxError('unexpected end');
    switch (t.t) {
      case 'num': return { kind: 'number', value: t.v };
      case 'str': return { kind: 'text', value: t.v };
      case 'ref': return { kind: 'reference', sheet: t.sheet, a1: t.a1 };
      case 'name': {
        if (!isOp('(')) {
          const upper = t.v.toUpperCase();
          if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
          throw new FormulaNotModeled(`not implemented: formula name ${t.v} in ${formula}`);
        }
        p += 1;
        const args: FormulaNode[] = [];
        if (!isOp(')')) {
          for (;;) {
            args.push(comparison());
            if (!isOp(',')) break;
            p += 1;
          }
        }
        expectOp(')');
        return { kind: 'call', name: t.v.toUpperCase(), args };
      }
      case 'op':
        if (t.v === '(') { const inner = comparison(); expectOp(')'); return inner; }
        throw new FormulaSyntaxError(`unexpected ${t.v}`);
    }
  };
  const percent = (): FormulaNode => {
    let node = primary();
    while (isOp('%')) { p += 1; node = { kind: 'percent', arg: node }; }
    return node;
  };
  const unary = (): FormulaNode => {
    if (isOp('-', '+')) {
      const op = (tokens[p++] as { v: '-' | '+' }).v;
      return { kind: 'unary', op, arg: unary() };
    }
    return percent();
  };
  const power = binary(['^'], unary);
  const product = binary(['*', '/'], power);
  const sum = binary(['+', '-'], product);
  const concat = binary(['&'], sum);
  const comparison = binary(['=', '<>', '<', '>', '<=', '>='], concat);

  const tree = comparison();
  if (p < tokens.length) throw new FormulaSyntaxError('unexpected text after the formula');
  return tree;
}
