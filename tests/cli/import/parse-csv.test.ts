import { detectSeparator, parseCsv } from '../../../src/cli/import/parse-csv';

test.each([
  { header: 'a,b,c', separator: ',' },
  { header: 'a;b;c', separator: ';' },
  { header: '"Prix, en €";b;c', separator: ';' },
  { header: '"a;b",c\nx;y;z;w', separator: ',' },
  { header: 'seul', separator: ',' },
])('detects "$separator" from the header line $header', ({ header, separator }) => {
  expect(detectSeparator(header)).toBe(separator);
});

test.each([
  { what: 'CRLF lines', text: 'a,b\r\n1,2\r\n', records: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }] },
  { what: 'a last line without newline', text: 'a,b\n1,2', records: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }] },
  { what: 'a quoted newline', text: 'a,b\n"x\ny",2\n3,4', records: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x\ny', '2'] }, { line: 4, cells: ['3', '4'] }] },
  { what: 'doubled quotes', text: '"il dit ""oui""",b', records: [{ line: 1, cells: ['il dit "oui"', 'b'] }] },
  { what: 'empty cells', text: 'a,,c\n,,\n', records: [{ line: 1, cells: ['a', '', 'c'] }, { line: 2, cells: ['', '', ''] }] },
  { what: 'blank lines', text: 'a\n\n  \nb\n', records: [{ line: 1, cells: ['a'] }, { line: 4, cells: ['b'] }] },
  { what: 'old Mac CR lines', text: 'a;b\r1;2\r', records: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }] },
])('splits $what', ({ text, records }) => {
  expect(parseCsv(text)).toMatchObject({ ok: true, records });
});

test('reports the line where an unterminated quote opens', () => {
  expect(parseCsv('a,b\n1,"deux\ntrois\n')).toEqual({ ok: false, code: 'csv.unterminated-quote', line: 2 });
});
