import { displayValue, formatDatePattern } from '../../../src/cli/export/display-value';
import type { CellValue, ValidationSnapshot } from '../../../src/local-apps-script/spreadsheet/snapshot';

const checkbox: ValidationSnapshot = { kind: 'checkbox' };
const winterEvening = new Date(Date.UTC(2026, 11, 10, 19, 0)); // 20:00 in Paris
const summerMidnight = new Date(Date.UTC(2026, 5, 27, 22, 0)); // 00:00 on 28 June in Paris

test.each<{ what: string; value: CellValue; pattern: string; validation: ValidationSnapshot | null; locale: 'fr' | 'en'; shown: string }>([
  { what: 'an empty cell', value: null, pattern: '', validation: null, locale: 'fr', shown: '' },
  { what: 'money in French', value: 12.5, pattern: '#,##0.00 €', validation: null, locale: 'fr', shown: '12,50\u00a0€' },
  { what: 'money in English', value: 1234.5, pattern: '#,##0.00 €', validation: null, locale: 'en', shown: '€1,234.50' },
  { what: 'a ticked checkbox', value: true, pattern: '', validation: checkbox, locale: 'fr', shown: '☑' },
  { what: 'an empty checkbox', value: false, pattern: '', validation: checkbox, locale: 'en', shown: '☐' },
  { what: 'a plain boolean in French', value: true, pattern: '', validation: null, locale: 'fr', shown: 'VRAI' },
  { what: 'a date and time in the zone', value: winterEvening, pattern: 'dd/MM/yyyy HH:mm', validation: null, locale: 'fr', shown: '10/12/2026 20:00' },
  { what: 'a date in summer time', value: summerMidnight, pattern: 'dd/MM/yyyy', validation: null, locale: 'fr', shown: '28/06/2026' },
  { what: 'an unformatted date at midnight', value: summerMidnight, pattern: '', validation: null, locale: 'fr', shown: '28/06/2026' },
  { what: 'an unformatted date and time', value: winterEvening, pattern: '', validation: null, locale: 'en', shown: '10/12/2026 20:00' },
  { what: 'a decimal quantity in French', value: 2.5, pattern: '', validation: null, locale: 'fr', shown: '2,5' },
  { what: 'a fixed number of decimals', value: 3, pattern: '0.00', validation: null, locale: 'fr', shown: '3,00' },
  { what: 'optional decimals', value: 0.125, pattern: '0.##', validation: null, locale: 'en', shown: '0.13' },
  { what: 'a percentage', value: 0.75, pattern: '0%', validation: null, locale: 'en', shown: '75%' },
  { what: 'grouped thousands in French', value: 12345, pattern: '#,##0', validation: null, locale: 'fr', shown: '12\u202f345' },
  { what: 'text as it is', value: '<b>Tomates</b>', pattern: '', validation: null, locale: 'fr', shown: '<b>Tomates</b>' },
])('shows $what as "$shown"', ({ value, pattern, validation, locale, shown }) => {
  expect(displayValue(value, pattern, validation, 'Europe/Paris', locale)).toBe(shown);
});

test.each([
  { pattern: 'yyyy-MM-dd', zone: 'Europe/Paris', shown: '2026-12-10' },
  { pattern: 'd/M/yy H:mm:ss', zone: 'America/Martinique', shown: '10/12/26 15:00:00' },
  { pattern: "dd/MM 'à' HH:mm", zone: 'Europe/Paris', shown: '10/12 à 20:00' },
])('formats with the pattern $pattern in $zone', ({ pattern, zone, shown }) => {
  expect(formatDatePattern(winterEvening.getTime(), pattern, zone)).toBe(shown);
});
