// Writes rows as a CSV file a spreadsheet opens cleanly in the producer's language, and safely.
import type { Locale } from '../model';

// A text cell starting with one of these is read as a formula by spreadsheet programs; OWASP
// advises prefixing it with a single quote. https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_START = /^[=+\-@\t\r]/;

function numberText(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Math.round(value * 1e6) / 1e6);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/**
 * CSV text per RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): CRLF line ends, fields
 * quoted when they hold the separator, a quote or a line break. French uses `;` and a decimal
 * comma, as French Excel and LibreOffice expect; English uses `,` and a point. A UTF-8 BOM
 * lets Excel recognise the accents.
 * @example toCsv([['Produit', 'Montant'], ['Miel', 12.5]], 'fr') // "\uFEFFProduit;Montant\r\nMiel;12,5\r\n"
 */
export function toCsv(rows: (string | number | null)[][], locale: Locale): string {
  const separator = locale === 'fr' ? ';' : ',';
  const field = (value: string | number | null): string => {
    if (value === null) return '';
    if (typeof value === 'number') return numberText(value, locale);
    const text = FORMULA_START.test(value) ? `'${value}` : value;
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + rows.map((row) => row.map(field).join(separator) + '\r\n').join('');
}
