// How a generated tab reads on screen and on paper: which cells wrap, how wide each column is.
import type { TabLayout } from '../../../src/core/model';
import { tabPresentation } from '../../../src/core/workbook/tab-presentation';

const layout = (rows: TabLayout['rows'], extra: Partial<TabLayout> = {}): TabLayout => ({
  name: 'Distribution', rows, frozenRows: 1, columnFormats: { 1: 'money' }, boldRows: [0], ...extra,
});

describe('column widths', () => {
  test.each([
    { what: 'a column is as wide as its longest text', rows: [['Foyer', 'Total'], ['Claire Delmas', 33.75]], column: 0, px: 13 * 7 + 14 },
    { what: 'a money column is as wide as its figure, « 1 297,60 € »', rows: [['Foyer', 'Total'], ['Claire', 1297.6]], column: 1, px: 10 * 7 + 14 },
    { what: 'a big amount widens its column (no ###)', rows: [['F', 'T'], ['Claire', 1234567.89]], column: 1, px: (9 + 3 + 2) * 7 + 14 },
    { what: 'a heading needs only its longest word: it wraps', rows: [['Les Jardins de la Lère', 'x'], ['a', 'b']], column: 0, px: Math.ceil(7 * 7.7 + 14) },
    { what: 'a line of a multi-line cell counts, not the whole cell', rows: [['Produits', 'x'], ['Miel : 3 pots\nPain : 1 pièce', 'y']], column: 0, px: 14 * 7 + 14 },
    { what: 'a title alone in its row runs over the next cells and sets no width', rows: [['Récap — commande du 1er au 10 décembre 2026', ''], ['a', 'b']], column: 0, px: 40 },
  ])('$what', ({ rows, column, px }) => {
    expect(tabPresentation(layout(rows)).columnWidths[column]).toBe(px);
  });

  test('a column never grows past the layout’s limit: its text wraps instead', () => {
    const long = 'Pommes de terre (Les Jardins de la Lère) : 1 kg — 2,20 €';
    expect(tabPresentation(layout([['Foyer', 'Produits'], ['Claire', long]], { columnWidths: { 1: 200 }, columnFormats: {} })).columnWidths[1]).toBe(200);
  });

  test('every column gets a width', () => {
    const { columnWidths } = tabPresentation(layout([['a', 'b', 'c'], ['d', null, true]]));
    expect(Object.keys(columnWidths)).toEqual(['0', '1', '2']);
  });
});

describe('wrapping', () => {
  test.each([
    { what: 'a multi-line cell of a table wraps', row: ['Claire', 'Miel\nPain'], column: 1, wraps: true },
    { what: 'a text cell of a table wraps', row: ['Claire', 'Miel'], column: 0, wraps: true },
    { what: 'a number does not', row: ['Claire', 3], column: 1, wraps: false },
    { what: 'a title alone in its row runs over the next cells', row: ['Producteurs', ''], column: 0, wraps: false },
    { what: 'a multi-line title wraps', row: ['Deux\nlignes', ''], column: 0, wraps: true },
  ])('$what', ({ row, column, wraps }) => {
    expect(tabPresentation(layout([['Foyer', 'Total'], row])).wraps[1][column]).toBe(wraps);
  });

  test('leaves the layout as it was', () => {
    const input = layout([['Foyer', 'Total'], ['Claire', 3]]);
    const copy = structuredClone(input);
    tabPresentation(input);
    expect(input).toEqual(copy);
  });
});
