import {
  parseBoolean, parseDate, parseDateTime, parseEmail, parseInteger, parseMoney, parseNumber,
  parseOptionalDate, parseOptionalDateTime, parseOptionalEmail, parseOptionalInteger, parseOptionalMoney, parseOptionalNumber,
} from '../../../src/core/workbook/parse-cell';

const no = { ok: false };
const yes = <T>(value: T) => ({ ok: true, value });

describe('parseNumber', () => {
  test.each([
    { cell: 3, expected: yes(3) },
    { cell: '3', expected: yes(3) },
    { cell: '2,5', expected: yes(2.5) },
    { cell: '2.5', expected: yes(2.5) },
    { cell: ' 1 000,50 ', expected: yes(1000.5) },
    { cell: '1\u202f000', expected: yes(1000) },
    { cell: '-0,25', expected: yes(-0.25) },
    { cell: ',5', expected: yes(0.5) },
    { cell: '1 0', expected: no },
    { cell: '1,000.5', expected: no },
    { cell: '2 kg', expected: no },
    { cell: 'deux', expected: no },
    { cell: '', expected: no },
    { cell: true, expected: no },
    { cell: Number.NaN, expected: no },
    { cell: new Date(0), expected: no },
  ])('reads $cell', ({ cell, expected }) => {
    expect(parseNumber(cell)).toEqual(expected);
  });

  test.each([
    { cell: '', expected: yes(null) },
    { cell: '  ', expected: yes(null) },
    { cell: '4', expected: yes(4) },
    { cell: 'x', expected: no },
  ])('reads $cell as an optional number', ({ cell, expected }) => {
    expect(parseOptionalNumber(cell)).toEqual(expected);
  });
});

describe('parseInteger', () => {
  test.each([
    { cell: 12, expected: yes(12) },
    { cell: ' 1 000 ', expected: yes(1000) },
    { cell: '2,5', expected: no },
    { cell: 2.5, expected: no },
  ])('reads $cell', ({ cell, expected }) => {
    expect(parseInteger(cell)).toEqual(expected);
  });
  test('reads an empty optional integer as null', () => expect(parseOptionalInteger('')).toEqual(yes(null)));
});

describe('parseMoney', () => {
  test.each([
    { cell: '2,50', cents: 250 },
    { cell: '2.5', cents: 250 },
    { cell: '2,50 €', cents: 250 },
    { cell: '2,50€', cents: 250 },
    { cell: '€2.50', cents: 250 },
    { cell: '2,5 EUR', cents: 250 },
    { cell: '12 euros', cents: 1200 },
    { cell: ' 1 250,00 € ', cents: 125000 },
    { cell: 2.5, cents: 250 },
    { cell: 4.2, cents: 420 },
    { cell: 1.005, cents: 101 },
    { cell: 2.675, cents: 268 },
    { cell: 19.99, cents: 1999 },
    { cell: 0.285, cents: 29 },
    { cell: 1234567.89, cents: 123456789 },
    { cell: 0.1 + 0.2, cents: 30 },
    { cell: '-2,20', cents: -220 },
    { cell: '0', cents: 0 },
  ])('reads $cell as $cents cents', ({ cell, cents }) => {
    expect(parseMoney(cell)).toEqual(yes(cents));
  });

  test.each([
    { cell: '3,5O' }, { cell: '1.234' }, { cell: '2,505 €' }, { cell: '€' }, { cell: '' }, { cell: 'gratuit' }, { cell: '$2' }, { cell: false },
  ])('refuses $cell', ({ cell }) => {
    expect(parseMoney(cell)).toEqual(no);
  });

  test('reads an empty optional price as null', () => expect(parseOptionalMoney(' ')).toEqual(yes(null)));
});

describe('parseBoolean', () => {
  test.each([
    { cell: 'oui', expected: true }, { cell: 'Oui ', expected: true }, { cell: 'yes', expected: true }, { cell: 'TRUE', expected: true },
    { cell: 'vrai', expected: true }, { cell: 'x', expected: true }, { cell: '1', expected: true }, { cell: 1, expected: true },
    { cell: true, expected: true }, { cell: 'non', expected: false }, { cell: 'No', expected: false }, { cell: 'false', expected: false },
    { cell: 'faux', expected: false }, { cell: '0', expected: false }, { cell: 0, expected: false }, { cell: false, expected: false },
  ])('reads $cell as $expected', ({ cell, expected }) => {
    expect(parseBoolean(cell, !expected)).toEqual(yes(expected));
  });

  test.each([{ fallback: true }, { fallback: false }])('reads an empty cell as the default $fallback', ({ fallback }) => {
    expect(parseBoolean('', fallback)).toEqual(yes(fallback));
  });

  test.each([{ cell: 'peut-être' }, { cell: 2 }, { cell: new Date(0) }])('refuses $cell', ({ cell }) => {
    expect(parseBoolean(cell, true)).toEqual(no);
  });
});

describe('parseEmail', () => {
  test.each([
    { cell: ' Claire.Delmas@Example.org ', expected: 'claire.delmas@example.org' },
    { cell: 'jean-marc+gac@mail.example.org', expected: 'jean-marc+gac@mail.example.org' },
    { cell: 'mailto:anne@example.org', expected: 'anne@example.org' },
    { cell: '<anne@example.org>', expected: 'anne@example.org' },
    { cell: "o'brien@example.org", expected: "o'brien@example.org" },
  ])('reads $cell', ({ cell, expected }) => {
    expect(parseEmail(cell)).toEqual(yes(expected));
  });

  test.each([
    { cell: 'claire.delmas@example' }, { cell: 'claire delmas@example.org' }, { cell: '@example.org' }, { cell: 'claire@' },
    { cell: 'claire..delmas@example.org' }, { cell: '.claire@example.org' }, { cell: 'claire@-example.org' }, { cell: 'claire@example.o' },
    { cell: 'claire@exa_mple.org' }, { cell: 'Claire Delmas' }, { cell: '' }, { cell: 42 },
  ])('refuses $cell', ({ cell }) => {
    expect(parseEmail(cell)).toEqual(no);
  });

  test('reads an empty optional e-mail as null', () => expect(parseOptionalEmail('')).toEqual(yes(null)));
});

describe('parseDateTime in Europe/Paris', () => {
  const paris = 'Europe/Paris';
  test.each([
    { cell: '10/12/2026 20:00', utc: Date.UTC(2026, 11, 10, 19, 0) },
    { cell: '10/12/2026 20h', utc: Date.UTC(2026, 11, 10, 19, 0) },
    { cell: '10/12/2026 20h30', utc: Date.UTC(2026, 11, 10, 19, 30) },
    { cell: '10/12/2026 à 20h', utc: Date.UTC(2026, 11, 10, 19, 0) },
    { cell: '10/12/2026 20:00:15', utc: Date.UTC(2026, 11, 10, 19, 0, 15) },
    { cell: '10/12/2026', utc: Date.UTC(2026, 11, 9, 23, 0) },
    { cell: '10/12/26', utc: Date.UTC(2026, 11, 9, 23, 0) },
    { cell: '10.12.2026', utc: Date.UTC(2026, 11, 9, 23, 0) },
    { cell: '2026-12-10', utc: Date.UTC(2026, 11, 9, 23, 0) },
    { cell: '2026-12-10T20:00', utc: Date.UTC(2026, 11, 10, 19, 0) },
    { cell: '2026-12-08T18:30:00+01:00', utc: Date.UTC(2026, 11, 8, 17, 30) },
    { cell: '2026-12-08T17:30:00Z', utc: Date.UTC(2026, 11, 8, 17, 30) },
    { cell: '01/07/2026 20:00', utc: Date.UTC(2026, 6, 1, 18, 0) }, // summer time: UTC+2
    { cell: '29/03/2026 01:30', utc: Date.UTC(2026, 2, 29, 0, 30) }, // before the spring change: UTC+1
    { cell: '29/03/2026 03:30', utc: Date.UTC(2026, 2, 29, 1, 30) }, // after it: UTC+2
    { cell: '29/03/2026 02:30', utc: Date.UTC(2026, 2, 29, 1, 30) }, // the skipped hour: read on the later offset
    { cell: '25/10/2026 02:30', utc: Date.UTC(2026, 9, 25, 0, 30) }, // the repeated hour: its first occurrence
    { cell: '25/10/2026 04:00', utc: Date.UTC(2026, 9, 25, 3, 0) },
    { cell: new Date(Date.UTC(2026, 11, 10, 19)), utc: Date.UTC(2026, 11, 10, 19) },
  ])('reads $cell', ({ cell, utc }) => {
    expect(parseDateTime(cell, paris)).toEqual(yes(utc));
  });

  test.each([
    { cell: '31/11/2026' }, { cell: '29/02/2027' }, { cell: '10/12/2026 24:00' }, { cell: '10/12/2026 20:60' },
    { cell: '10/12/2026 20' }, { cell: '12/10' }, { cell: 'demain' }, { cell: '' }, { cell: 46000 }, { cell: new Date(Number.NaN) },
  ])('refuses $cell', ({ cell }) => {
    expect(parseDateTime(cell, paris)).toEqual(no);
  });

  test('reads the same wall time in another zone', () => {
    expect(parseDateTime('10/12/2026 20:00', 'America/Montreal')).toEqual(yes(Date.UTC(2026, 11, 11, 1, 0)));
  });

  test('reads an empty optional date-time as null', () => expect(parseOptionalDateTime('', paris)).toEqual(yes(null)));
});

describe('parseDate', () => {
  test.each([
    { cell: '11/12/2026', utc: Date.UTC(2026, 11, 10, 23) },
    { cell: '11/12/2026 18:00', utc: Date.UTC(2026, 11, 10, 23) },
    { cell: '2026-07-14', utc: Date.UTC(2026, 6, 13, 22) },
    { cell: new Date(Date.UTC(2026, 6, 14, 12)), utc: Date.UTC(2026, 6, 13, 22) },
    { cell: '29/03/2026', utc: Date.UTC(2026, 2, 28, 23) },
  ])('reads $cell as the midnight of its day', ({ cell, utc }) => {
    expect(parseDate(cell, 'Europe/Paris')).toEqual(yes(utc));
  });

  test('reads an empty optional date as null', () => expect(parseOptionalDate('', 'Europe/Paris')).toEqual(yes(null)));
  test('refuses a bad day', () => expect(parseDate('30/02/2026', 'Europe/Paris')).toEqual(no));
});
