// setValue(s) and appendRow store strings as if typed in the Sheets UI (Sheets API USER_ENTERED:
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), unless the cell
// is formatted as plain text `@`.
import { storeInput } from '../../../src/local-apps-script/spreadsheet/user-input';

const PARIS = 'Europe/Paris';

describe('storeInput in a French spreadsheet', () => {
  test.each([
    { input: '12', value: 12, formula: '' },
    { input: '2.5', value: 2.5, formula: '' },
    { input: '2,5', value: 2.5, formula: '' },
    { input: ' 7 ', value: 7, formula: '' },
    { input: '-3', value: -3, formula: '' },
    { input: 'TRUE', value: true, formula: '' },
    { input: 'faux', value: false, formula: '' },
    { input: "'0612345678", value: '0612345678', formula: '' },
    { input: "'=1+1", value: '=1+1', formula: '' },
    { input: '=SUM(A1:A3)', value: null, formula: '=SUM(A1:A3)' },
    { input: '+33 6 12 34 56 78', value: null, formula: '=+33 6 12 34 56 78' },
    { input: '-- note', value: null, formula: '=-- note' },
    { input: 'Tomates anciennes', value: 'Tomates anciennes', formula: '' },
    { input: '06 12 34 56 78', value: '06 12 34 56 78', formula: '' },
    { input: '10 déc. 2026', value: '10 déc. 2026', formula: '' },
    { input: '20:30', value: '20:30', formula: '' },
    { input: '', value: null, formula: '' },
    { input: 12, value: 12, formula: '' },
    { input: false, value: false, formula: '' },
    { input: null, value: null, formula: '' },
    { input: undefined, value: null, formula: '' },
  ])('stores $input as $value (formula $formula)', ({ input, value, formula }) => {
    const stored = storeInput(input, '', 'fr_FR', PARIS);
    expect(stored.value).toEqual(value);
    expect(stored.formula).toBe(formula);
  });

  test.each([
    { input: '10/12/2026', instant: Date.UTC(2026, 11, 9, 23, 0), format: 'dd/MM/yyyy' },
    { input: '10/12/2026 20:30', instant: Date.UTC(2026, 11, 10, 19, 30), format: 'dd/MM/yyyy HH:mm:ss' },
    { input: '2026-07-14', instant: Date.UTC(2026, 6, 13, 22, 0), format: 'yyyy-MM-dd' },
  ])('reads the date $input in the spreadsheet time zone', ({ input, instant, format }) => {
    const stored = storeInput(input, '', 'fr_FR', PARIS);
    expect(stored.value).toEqual(new Date(instant));
    expect(stored.format).toBe(format);
  });

  test.each([
    { input: '12,50 €', value: 12.5, format: '#,##0.00 [$€]' },
    { input: '-3 €', value: -3, format: '#,##0.00 [$€]' },
    { input: '€12', value: 12, format: '[$€]#,##0.00' },
    { input: '12 %', value: 0.12, format: '0%' },
    { input: '12,5%', value: 0.125, format: '0.00%' },
    { input: '1 234', value: 1234, format: '#,##0' },
    { input: '1\u202f234,5', value: 1234.5, format: '#,##0.00' },
    { input: '1 234,50 €', value: 1234.5, format: '#,##0.00 [$€]' },
  ])('reads $input as the number $value with the format $format', ({ input, value, format }) => {
    expect(storeInput(input, '', 'fr_FR', PARIS)).toEqual({ value, formula: '', format });
  });

  test.each([
    { locale: 'fr_FR', zone: PARIS, input: '10/12', instant: Date.UTC(2026, 11, 9, 23, 0), format: 'dd/MM' },
    { locale: 'fr_FR', zone: PARIS, input: '1/2', instant: Date.UTC(2026, 1, 0, 23, 0), format: 'dd/MM' },
    { locale: 'en_US', zone: 'America/New_York', input: '1/2', instant: Date.UTC(2026, 0, 2, 5, 0), format: 'M/d' },
  ])('in $locale, $input without a year is a date of the current year', ({ locale, zone, input, instant, format }) => {
    const now = Date.UTC(2026, 5, 15, 12, 0);
    expect(storeInput(input, '', locale, zone, now)).toEqual({ value: new Date(instant), formula: '', format });
  });

  test.each(['31/02', '10/12/26'])('keeps %p as text', (input) => {
    expect(storeInput(input, '', 'fr_FR', PARIS, Date.UTC(2026, 5, 15)).value).toBe(input);
  });

  test('keeps an impossible date as text', () => {
    expect(storeInput('31/02/2026', '', 'fr_FR', PARIS).value).toBe('31/02/2026');
  });

  test.each(['12', '=A1', "'x", 'TRUE', '10/12/2026'])('stores %p as it is in a plain-text (@) cell', (input) => {
    expect(storeInput(input, '@', 'fr_FR', PARIS)).toEqual({ value: input, formula: '' });
  });

  test('copies a Date so the caller cannot change the cell afterwards', () => {
    const date = new Date(Date.UTC(2026, 0, 1));
    const stored = storeInput(date, '', 'fr_FR', PARIS);
    date.setUTCFullYear(2030);
    expect(stored.value).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });
});

describe('storeInput in an American spreadsheet', () => {
  test.each([
    { input: '2,5', value: '2,5' },
    { input: 'VRAI', value: 'VRAI' },
    { input: '12/10/2026', value: new Date(Date.UTC(2026, 11, 10, 5, 0)) },
    { input: '1,234.5', value: 1234.5 },
    { input: '$1,234.50', value: 1234.5 },
    { input: '-$5', value: -5 },
    { input: '12.5%', value: 0.125 },
    { input: '1 234', value: '1 234' },
    { input: '12,50 €', value: '12,50 €' },
  ])('stores $input as $value', ({ input, value }) => {
    expect(storeInput(input, '', 'en_US', 'America/New_York').value).toEqual(value);
  });
});
