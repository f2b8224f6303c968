import { normalizeHeader } from '../../../src/core/workbook/normalize-header';

describe('normalizeHeader', () => {
  test.each([
    { a: ' Max par  adhérent ', b: 'max-par-adherent' },
    { a: 'E-mail', b: 'email' },
    { a: 'Réf', b: 'REF' },
    { a: 'Événement', b: 'evenement' },
    { a: 'Noms des adhérents', b: 'noms_des_adherents' },
    { a: 'Rappel avant clôture (heures)', b: 'rappel avant cloture (heures)' },
    { a: 'l’unité', b: "l'unite" },
    { a: 'Envoyé\u00a0le', b: 'envoye le' },
  ])('matches «$a» with «$b»', ({ a, b }) => {
    expect(normalizeHeader(a)).toBe(normalizeHeader(b));
  });

  test.each([
    { a: 'Prix', b: 'Pris' },
    { a: 'Lieu', b: 'Lieux' },
    { a: 'Stock', b: 'Stocks' },
  ])('keeps «$a» and «$b» apart', ({ a, b }) => {
    expect(normalizeHeader(a)).not.toBe(normalizeHeader(b));
  });

  test.each([
    { cell: null, expected: '' },
    { cell: undefined, expected: '' },
    { cell: 12, expected: '12' },
  ])('reads a non-text cell $cell', ({ cell, expected }) => {
    expect(normalizeHeader(cell)).toBe(expected);
  });
});
