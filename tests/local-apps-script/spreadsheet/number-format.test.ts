// getDisplayValues() renders values through the cell's number format, in the spreadsheet's locale
// and time zone (https://developers.google.com/sheets/api/guides/formats).
import { formatValue, isDateFormat } from '../../../src/local-apps-script/spreadsheet/number-format';

const PARIS = 'Europe/Paris';
const NNBSP = '\u202f';
const evening = new Date(Date.UTC(2026, 11, 10, 19, 5, 9)); // 20:05:09 in Paris

describe('formatValue in French', () => {
  test.each([
    { value: 1234.5, format: '#,##0.00 €', shown: `1${NNBSP}234,50 €` },
    { value: 4.2, format: '0.00 €', shown: '4,20 €' },
    { value: 1234.5, format: '[$€]#,##0.00', shown: `€1${NNBSP}234,50` },
    { value: -3.5, format: '0.00 €', shown: '-3,50 €' },
    { value: 2.6, format: '0', shown: '3' },
    { value: 2, format: '0.00', shown: '2,00' },
    { value: 2.5, format: '0.###', shown: '2,5' },
    { value: 2.1234, format: '0.###', shown: '2,123' },
    // Sheets keeps the decimal separator of a whole number under `0.###` (a known wart).
    { value: 2, format: '0.###', shown: '2,' },
    { value: 0.25, format: '0%', shown: '25%' },
    { value: 2.5, format: '', shown: '2,5' },
    { value: 12, format: '', shown: '12' },
    { value: 12, format: '@', shown: '12' },
    { value: 'Tomates', format: '0.00 €', shown: 'Tomates' },
    { value: true, format: '', shown: 'VRAI' },
    { value: null, format: '0.00', shown: '' },
    { value: evening, format: 'dd/MM/yyyy', shown: '10/12/2026' },
    { value: evening, format: 'dd/MM/yyyy HH:mm', shown: '10/12/2026 20:05' },
    { value: evening, format: 'yyyy-MM-dd', shown: '2026-12-10' },
    { value: evening, format: 'HH:mm:ss', shown: '20:05:09' },
    { value: evening, format: '', shown: '10/12/2026 20:05:09' },
    { value: 46366, format: 'dd/MM/yyyy', shown: '10/12/2026' },
  ])('shows $value with "$format" as "$shown"', ({ value, format, shown }) => {
    expect(formatValue(value, format, PARIS, 'fr_FR')).toBe(shown);
  });

  test('shows an instant in the spreadsheet time zone, daylight saving time included', () => {
    const summer = new Date(Date.UTC(2026, 6, 14, 22, 30));
    expect(formatValue(summer, 'dd/MM/yyyy HH:mm', PARIS, 'fr_FR')).toBe('15/07/2026 00:30');
    expect(formatValue(summer, 'dd/MM/yyyy HH:mm', 'America/New_York', 'fr_FR')).toBe('14/07/2026 18:30');
  });
});

describe('formatValue in American English', () => {
  test.each([
    { value: 1234.5, format: '#,##0.00', shown: '1,234.50' },
    { value: 2.5, format: '', shown: '2.5' },
    { value: false, format: '', shown: 'FALSE' },
    { value: evening, format: '', shown: '12/10/2026 20:05:09' },
    { value: evening, format: 'h:mm am/pm', shown: '8:05 PM' },
  ])('shows $value with "$format" as "$shown"', ({ value, format, shown }) => {
    expect(formatValue(value, format, PARIS, 'en_US')).toBe(shown);
  });
});

describe('isDateFormat', () => {
  test.each([
    { format: 'dd/MM/yyyy', date: true },
    { format: 'HH:mm', date: true },
    { format: '#,##0.00 €', date: false },
    { format: '0.###', date: false },
    { format: '@', date: false },
    { format: '"Day" 0', date: false },
  ])('$format is a date format: $date', ({ format, date }) => {
    expect(isDateFormat(format)).toBe(date);
  });
});
