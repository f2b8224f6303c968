import { toExcelNumberFormat } from '../../../src/cli/export/excel-number-format';
import { toAppsScriptNumberFormat } from '../../../src/cli/import/apps-script-number-format';

test.each([
  { appsScript: '', excel: '' },
  { appsScript: '#,##0.00 €', excel: '#,##0.00 [$€-40C]' },
  { appsScript: '#,##0.00 [$€-40C]', excel: '#,##0.00 [$€-40C]' },
  { appsScript: 'dd/MM/yyyy', excel: 'dd/mm/yyyy' },
  { appsScript: 'HH:mm', excel: 'hh:mm' },
  { appsScript: 'dd/MM/yyyy HH:mm:ss', excel: 'dd/mm/yyyy hh:mm:ss' },
  { appsScript: 'h:mm am/pm', excel: 'h:mm AM/PM' },
  { appsScript: '0.00" kg"', excel: '0.00" kg"' },
  { appsScript: '0.###', excel: '0.###' },
  { appsScript: '0%', excel: '0%' },
])('writes the Apps Script pattern "$appsScript" as the Excel format "$excel"', ({ appsScript, excel }) => {
  expect(toExcelNumberFormat(appsScript)).toBe(excel);
});

test.each([
  { excel: 'General', appsScript: '' },
  { excel: 'dd/mm/yyyy', appsScript: 'dd/MM/yyyy' },
  { excel: 'hh:mm', appsScript: 'HH:mm' },
  { excel: 'd/m/yy h:mm', appsScript: 'd/M/yy H:mm' },
  { excel: 'mm:ss', appsScript: 'mm:ss' },
  { excel: 'mmm yyyy', appsScript: 'MMM yyyy' },
  { excel: 'h:mm AM/PM', appsScript: 'h:mm AM/PM' },
  { excel: '#,##0.00\\ [$€-40C]', appsScript: '#,##0.00 €' },
  { excel: '#,##0.00 [$€-1]', appsScript: '#,##0.00 €' },
  { excel: '[Red]0.00', appsScript: '[Red]0.00' },
  { excel: '0.00" kg"', appsScript: '0.00" kg"' },
])('reads the Excel format "$excel" as the Apps Script pattern "$appsScript"', ({ excel, appsScript }) => {
  expect(toAppsScriptNumberFormat(excel)).toBe(appsScript);
});

test.each(['#,##0.00 €', 'dd/MM/yyyy', 'HH:mm', 'dd/MM/yyyy HH:mm', '0.00', '0.###'])(
  'gets "%s" back unchanged after a trip through Excel',
  (pattern) => {
    expect(toAppsScriptNumberFormat(toExcelNumberFormat(pattern))).toBe(pattern);
  },
);
