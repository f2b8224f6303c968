// How a cell reads on screen, as Sheets would show it: money `12,50 €`, dates in the sheet's zone, ☐/☑.
import { localParts } from '../../core/dates';
import { formatMoney } from '../../core/money';
import type { CellValue, ValidationSnapshot } from '../../local-apps-script/spreadsheet/snapshot';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Formats an instant with the date tokens Cabas uses in Apps Script patterns (Java SimpleDateFormat
 * letters: https://developers.google.com/apps-script/reference/utilities/utilities#formatDate).
 * @example formatDatePattern(Date.UTC(2026, 11, 10, 19), 'dd/MM/yyyy HH:mm', 'Europe/Paris') // "10/12/2026 20:00"
 */
export function formatDatePattern(instant: number, pattern: string, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const values: Record<string, (n: number) => string> = {
    y: (n) => (n === 2 ? pad(p.year % 100) : String(p.year)),
    M: (n) => pad(p.month, n), d: (n) => pad(p.day, n), H: (n) => pad(p.hour, n),
    h: (n) => pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n), m: (n) => pad(p.minute, n), s: (n) => pad(p.second, n),
  };
  return pattern.replace(/"[^"]*"|'[^']*'|([yMdHhms])\1*/g, (token, letter?: string) =>
    (letter ? values[letter](token.length) : token.slice(1, -1)));
}

function isDatePattern(pattern: string): boolean {
  return /[dy]|HH|mm:ss/.test(pattern.replace(/"[^"]*"/g, ''));
}

// One Intl.NumberFormat per precision: toLocaleString with options builds a new one on every call,
// which dominated writing index.html for a large workbook.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: false });
    formats.set(key, format);
  }
  return format;
}

function formatNumber(value: number, pattern: string, locale: 'fr' | 'en'): string {
  const plain = pattern.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  const percent = plain.includes('%');
  const shown = percent ? value * 100 : value;
  const decimals = /\.([0#]+)/.exec(plain)?.[1] ?? '';
  const fixed = decimals.replace(/#/g, '').length;
  const max = pattern === '' ? 10 : decimals.length;
  let text = numberFormat(fixed, max).format(shown);
  if (plain.includes(',')) text = text.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, '|'));
  text = locale === 'fr' ? text.replace('.', ',').replace(/\|/g, '\u202f') : text.replace(/\|/g, ',');
  return percent ? `${text}${locale === 'fr' ? '\u00a0' : ''}%` : text;
}

/**
 * The text a person sees in the cell.
 * @example displayValue(12.5, '#,##0.00 €', null, 'Europe/Paris', 'fr') // "12,50 €"
 * @example displayValue(true, '', { kind: 'checkbox' }, 'Europe/Paris', 'fr') // "☑"
 */
export function displayValue(value: CellValue, pattern: string, validation: ValidationSnapshot | null, timeZone: string, locale: 'fr' | 'en'): string {
  if (value === null) return '';
  if (typeof value === 'boolean') {
    if (validation?.kind === 'checkbox') return value ? '☑' : '☐';
    return locale === 'fr' ? (value ? 'VRAI' : 'FAUX') : (value ? 'TRUE' : 'FALSE');
  }
  if (value instanceof Date) {
    if (pattern !== '' && isDatePattern(pattern)) return formatDatePattern(value.getTime(), pattern, timeZone);
    const p = localParts(value.getTime(), timeZone);
    const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
    return formatDatePattern(value.getTime(), midnight ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm', timeZone);
  }
  if (typeof value === 'number') {
    if (pattern.includes('€')) return formatMoney(Math.round(value * 100), locale);
    return formatNumber(value, pattern, locale);
  }
  return value;
}
