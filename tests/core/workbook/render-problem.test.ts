import type { Problem } from '../../../src/core/model';
import { a1, renderProblem } from '../../../src/core/workbook/render-problem';

const NB = '\u00a0';

describe('a1', () => {
  test.each([
    { column: 1, row: 1, expected: 'A1' }, { column: 6, row: 7, expected: 'F7' }, { column: 26, row: 3, expected: 'Z3' },
    { column: 27, row: 1, expected: 'AA1' }, { column: 52, row: 2, expected: 'AZ2' }, { column: 703, row: 10, expected: 'AAA10' },
  ])('names column $column row $row $expected', ({ column, row, expected }) => {
    expect(a1(column, row)).toBe(expected);
  });
});

describe('renderProblem', () => {
  const price = (place: Problem['place']): Problem => ({ code: 'catalog.bad-price', severity: 'error', place, params: { value: '3,5O' } });
  test.each([
    { scenario: 'a cell', problem: price({ tab: 'Produits', row: 7, column: 6 }), fr: `Produits!F7${NB}: «${NB}3,5O${NB}» n’est pas un prix`, en: 'Produits!F7: "3,5O" is not a price' },
    { scenario: 'a tab with a space', problem: price({ tab: 'Mes produits', row: 2, column: 1 }), fr: `'Mes produits'!A2${NB}: «${NB}3,5O${NB}» n’est pas un prix`, en: `'Mes produits'!A2: "3,5O" is not a price` },
    { scenario: 'a tab with a quote', problem: price({ tab: "L'épicerie", row: 2, column: 1 }), fr: `'L''épicerie'!A2${NB}: «${NB}3,5O${NB}» n’est pas un prix`, en: `'L''épicerie'!A2: "3,5O" is not a price` },
    { scenario: 'a row alone', problem: price({ tab: 'Produits', row: 4 }), fr: `Produits!4:4${NB}: «${NB}3,5O${NB}» n’est pas un prix`, en: 'Produits!4:4: "3,5O" is not a price' },
    { scenario: 'a tab alone', problem: price({ tab: 'Produits' }), fr: `Produits${NB}: «${NB}3,5O${NB}» n’est pas un prix`, en: 'Produits: "3,5O" is not a price' },
    { scenario: 'no place', problem: { code: 'sites.none', severity: 'error' } as Problem, fr: 'Aucun lieu de retrait. Ajoutez au moins un lieu.', en: 'No pickup site. Add at least one site.' },
    { scenario: 'a code of another area', problem: { code: 'order.unknown-member', severity: 'error', place: { tab: 'Commandes', row: 2, column: 3 } } as Problem, fr: `Commandes!C2${NB}: order.unknown-member`, en: 'Commandes!C2: order.unknown-member' },
    { scenario: 'a code named like an object property', problem: { code: 'toString', severity: 'error' } as Problem, fr: 'ToString', en: 'ToString' },
  ])('renders $scenario', ({ problem, fr, en }) => {
    expect(renderProblem(problem, 'fr')).toBe(fr);
    expect(renderProblem(problem, 'en')).toBe(en);
  });
});
