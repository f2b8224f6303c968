import { toCsv } from '../../../src/core/close/to-csv';
import type { Locale } from '../../../src/core/model';

const BOM = '\uFEFF';

describe('toCsv', () => {
  test.each<{ title: string; locale: Locale; rows: (string | number | null)[][]; expected: string }>([
    { title: 'French: semicolons, decimal comma, CRLF and a BOM', locale: 'fr', rows: [['Produit', 'Montant'], ['Miel', 12.5]], expected: `${BOM}Produit;Montant\r\nMiel;12,5\r\n` },
    { title: 'English: commas and a decimal point', locale: 'en', rows: [['Product', 'Amount'], ['Honey', 12.5]], expected: `${BOM}Product,Amount\r\nHoney,12.5\r\n` },
    { title: 'quotes a field holding the separator', locale: 'fr', rows: [['Tomates; anciennes', 'a,b']], expected: `${BOM}"Tomates; anciennes";a,b\r\n` },
    { title: 'quotes a field holding the separator (en)', locale: 'en', rows: [['a,b', 'c;d']], expected: `${BOM}"a,b",c;d\r\n` },
    { title: 'doubles quotes inside a quoted field', locale: 'fr', rows: [['Pain "maison"']], expected: `${BOM}"Pain ""maison"""\r\n` },
    { title: 'quotes a field with a line break', locale: 'fr', rows: [['ligne 1\nligne 2']], expected: `${BOM}"ligne 1\nligne 2"\r\n` },
    { title: 'writes null as an empty field', locale: 'fr', rows: [['a', null, 3]], expected: `${BOM}a;;3\r\n` },
    { title: 'writes negative numbers as numbers, not neutralised', locale: 'fr', rows: [[-4.2, 0]], expected: `${BOM}-4,2;0\r\n` },
  ])('$title', ({ locale, rows, expected }) => {
    expect(toCsv(rows, locale)).toBe(expected);
  });

  test.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+33 6 12', `'+33 6 12`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a text cell that a spreadsheet would run as a formula: %j', (cell, expected) => {
    expect(toCsv([[cell]], 'en')).toBe(`${BOM}${expected}\r\n`);
  });

  test('leaves ordinary text untouched', () => {
    expect(toCsv([['Anne Delmas', 'a=b']], 'fr')).toBe(`${BOM}Anne Delmas;a=b\r\n`);
  });
});
