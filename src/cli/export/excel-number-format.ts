// Translates an Apps Script (Google Sheets) number format pattern into the Excel one.
//
// Sheets patterns are documented at
// https://developers.google.com/sheets/api/guides/formats (date tokens: d, M for month, y, H/h, m for
// minute, s; Apps Script callers commonly write Java-like `dd/MM/yyyy HH:mm`). Excel wants lowercase
// date tokens, tells month from minute by position (m after h or before s is a minute), and shows a
// 24-hour clock unless AM/PM is present. A bare euro sign becomes Excel's locale-tagged currency
// `[$€-40C]` (40C = fr-FR), which Excel and LibreOffice both render as `€`.

/**
 * @example toExcelNumberFormat('dd/MM/yyyy HH:mm') // "dd/mm/yyyy hh:mm"
 * @example toExcelNumberFormat('#,##0.00 €') // "#,##0.00 [$€-40C]"
 */
export function toExcelNumberFormat(pattern: string): string {
  if (pattern === '') return '';
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '"') {
      // A quoted literal is copied as is, quotes included.
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end + 1;
      out += pattern.slice(i, stop);
      i = stop;
    } else if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      // Bracketed parts ([$€-40C], [Red], [h]) are already Excel syntax.
      const end = pattern.indexOf(']', i);
      const stop = end < 0 ? pattern.length : end + 1;
      out += pattern.slice(i, stop);
      i = stop;
    } else if (c === '€') {
      out += '[$€-40C]';
      i += 1;
    } else if (/^am\/pm/i.test(pattern.slice(i, i + 5))) {
      out += 'AM/PM';
      i += 5;
    } else if (/[dMyHhms]/.test(c)) {
      out += c.toLowerCase();
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}
