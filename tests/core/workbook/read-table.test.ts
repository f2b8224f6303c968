import { readTable } from '../../../src/core/workbook/read-table';

describe('readTable', () => {
  test.each([
    { scenario: 'French headers', header: ['Lieu', 'Adresse', 'Distribution', 'Contact'] },
    { scenario: 'English headers', header: ['Site', 'Address', 'Pickup', 'Contact'] },
    { scenario: 'any case, accents and spaces', header: [' LIEU', 'adresse ', 'distribution', 'CONTACT'] },
    { scenario: 'both languages mixed', header: ['Site', 'Adresse', 'Pickup', 'Contact'] },
  ])('finds the columns from $scenario', ({ header }) => {
    const read = readTable('sites', [header, ['Septfonds', 'Halle', 'samedi', 'Mathieu']]);
    expect(read.columnIndex).toEqual({ name: 0, address: 1, pickup: 2, contact: 3 });
    expect(read.missing).toEqual(['volunteers', 'bring']); // the optional columns of issue 19
    expect(read.rows).toEqual([{ row: 2, cells: { name: 'Septfonds', address: 'Halle', pickup: 'samedi', contact: 'Mathieu' } }]);
  });

  test('finds shuffled columns and keeps the coordinators\' own columns as extras', () => {
    const read = readTable('products', [
      ['Prix', 'Mon commentaire', 'Réf', '', 'Produit', 'Prix'],
      [4.2, 'à revoir', 'LEG-01', 'x', 'Tomates', 9],
    ]);
    expect(read.columnIndex).toEqual({ price: 0, ref: 2, name: 4 });
    expect(read.extras).toEqual([{ index: 1, header: 'Mon commentaire' }, { index: 5, header: 'Prix' }]);
    expect(read.missing).toEqual(['producer', 'description', 'unit', 'step', 'caseSize', 'maxPerMember', 'stock', 'available']);
    expect(read.rows[0].cells).toEqual({ price: 4.2, ref: 'LEG-01', name: 'Tomates' });
  });

  test('skips fully blank rows and numbers rows as the sheet does', () => {
    const read = readTable('sites', [
      ['Lieu', 'Adresse'], ['', ''], ['Septfonds', ''], ['  ', null], ['', 'Monclar'],
    ]);
    expect(read.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  test('fills short rows with empty cells', () => {
    expect(readTable('sites', [['Lieu', 'Adresse'], ['Septfonds']]).rows[0].cells).toEqual({ name: 'Septfonds', address: '' });
  });

  test('reads an empty tab as all columns missing', () => {
    expect(readTable('duties', [])).toEqual({ columnIndex: {}, missing: ['date', 'site', 'role', 'volunteer'], extras: [], rows: [] });
  });

  test('does not mutate its input', () => {
    const values = [['Lieu'], ['Septfonds']];
    const before = JSON.stringify(values);
    readTable('sites', values);
    expect(JSON.stringify(values)).toBe(before);
  });
});
