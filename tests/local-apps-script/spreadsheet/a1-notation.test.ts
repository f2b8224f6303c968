// A1 notation as Sheets reads it: https://developers.google.com/sheets/api/guides/concepts#cell
import { columnLetters, columnNumber, formatA1, parseA1 } from '../../../src/local-apps-script/spreadsheet/a1-notation';

describe('column letters', () => {
  test.each([
    { column: 1, letters: 'A' },
    { column: 26, letters: 'Z' },
    { column: 27, letters: 'AA' },
    { column: 52, letters: 'AZ' },
    { column: 703, letters: 'AAA' },
  ])('column $column is $letters and back', ({ column, letters }) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
  });
});

describe('parseA1', () => {
  test.each([
    { a1: 'B3', expected: { sheetName: null, startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 } },
    { a1: 'A1:C2', expected: { sheetName: null, startRow: 1, startColumn: 1, endRow: 2, endColumn: 3 } },
    { a1: 'C2:A1', expected: { sheetName: null, startRow: 1, startColumn: 1, endRow: 2, endColumn: 3 } },
    { a1: 'A:A', expected: { sheetName: null, startRow: null, startColumn: 1, endRow: null, endColumn: 1 } },
    { a1: '1:1', expected: { sheetName: null, startRow: 1, startColumn: null, endRow: 1, endColumn: null } },
    { a1: 'A2:C', expected: { sheetName: null, startRow: 2, startColumn: 1, endRow: null, endColumn: 3 } },
    { a1: '$A$1', expected: { sheetName: null, startRow: 1, startColumn: 1, endRow: 1, endColumn: 1 } },
    { a1: 'Produits!A1:B2', expected: { sheetName: 'Produits', startRow: 1, startColumn: 1, endRow: 2, endColumn: 2 } },
    { a1: "'Récap cycle'!B2", expected: { sheetName: 'Récap cycle', startRow: 2, startColumn: 2, endRow: 2, endColumn: 2 } },
    { a1: "'L''Épi'!A1", expected: { sheetName: "L'Épi", startRow: 1, startColumn: 1, endRow: 1, endColumn: 1 } },
  ])('reads $a1', ({ a1, expected }) => {
    expect(parseA1(a1)).toEqual(expected);
  });

  test.each(['', 'A', '0:0', 'A0', 'A1:B2:C3', '1A', 'hello world'])('refuses %p', (a1) => {
    expect(parseA1(a1)).toBeNull();
  });
});

describe('formatA1', () => {
  test.each([
    { args: [1, 1, 1, 1], open: {}, a1: 'A1' },
    { args: [2, 1, 3, 2], open: {}, a1: 'A2:B4' },
    { args: [1, 1, 1000, 1], open: { rows: true }, a1: 'A:A' },
    { args: [2, 1, 999, 3], open: { rows: true }, a1: 'A2:C' },
    { args: [1, 1, 1, 26], open: { columns: true }, a1: '1:1' },
  ])('writes $a1', ({ args, open, a1 }) => {
    const [row, column, rows, columns] = args;
    expect(formatA1(row, column, rows, columns, open)).toBe(a1);
  });
});
