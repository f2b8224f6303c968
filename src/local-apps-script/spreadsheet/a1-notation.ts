// A1 notation: column letters, `Tab!A1:B2`, open-ended `A:A`, `1:1`, `A2:C`.
// https://developers.google.com/sheets/api/guides/concepts#cell (A1 notation)

export interface A1Range {
  sheetName: string | null;
  /** 1-based; null = open (a whole column / row, or `A2:C` running to the last row). */
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/** 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let n = column;
  let text = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    text = String.fromCharCode(65 + rest) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

/** A -> 1, AA -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(text: string): { row: number | null; column: number | null } | null {
  const m = PART.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { row, column: m[1] ? columnNumber(m[1]) : null };
}

/** Parses `A1`, `A1:B2`, `A:A`, `1:3`, `A2:C`, `'My tab'!A1`; null when it is not A1 notation. */
export function parseA1(notation: string): A1Range | null {
  let sheetName: string | null = null;
  let rest = notation.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const name = rest.slice(0, bang);
    sheetName = name.startsWith("'") && name.endsWith("'") && name.length >= 2 ? name.slice(1, -1).replace(/''/g, "'") : name;
    rest = rest.slice(bang + 1);
  }
  const [first, second, extra] = rest.split(':');
  if (extra !== undefined || !first) return null;
  const a = parsePart(first);
  if (!a) return null;
  if (second === undefined) {
    if (a.row === null || a.column === null) return null;
    return { sheetName, startRow: a.row, startColumn: a.column, endRow: a.row, endColumn: a.column };
  }
  const b = parsePart(second);
  if (!b) return null;
  // `A:A` has no rows, `1:1` no columns; `A2:C` has a start row and no end row.
  if (a.column === null && b.column !== null) return null;
  if (a.row === null && b.row !== null && a.column !== null) return null;
  const order = (x: number | null, y: number | null): [number | null, number | null] =>
    (x !== null && y !== null && y < x ? [y, x] : [x, y]);
  const [startRow, endRow] = order(a.row, b.row);
  const [startColumn, endColumn] = order(a.column, b.column);
  return { sheetName, startRow, startColumn, endRow, endColumn };
}

/** `A1`, `A1:B2`; whole columns `A:B` and whole rows `1:2` when flagged open. */
export function formatA1(row: number, column: number, numRows: number, numColumns: number, open: { rows?: boolean; columns?: boolean } = {}): string {
  const lastRow = row + numRows - 1;
  const lastColumn = column + numColumns - 1;
  if (open.rows) return `${columnLetters(column)}${row === 1 ? '' : row}:${columnLetters(lastColumn)}`;
  if (open.columns) return `${row}:${lastRow}`;
  if (numRows === 1 && numColumns === 1) return `${columnLetters(column)}${row}`;
  return `${columnLetters(column)}${row}:${columnLetters(lastColumn)}${lastRow}`;
}
