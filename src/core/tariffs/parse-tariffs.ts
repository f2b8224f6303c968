// Reads and writes the `Tarifs` setting: names and percentages, `solidaire -30 % ; normal 0 % ; soutien +20 %`.
import { formatQuantity } from '../money';
import type { Locale, Tariff } from '../model';
import { normalizeHeader } from '../workbook/normalize-header';
import type { Parsed } from '../workbook/parse-cell';

const ENTRY = /^(.*?)\s*([+\-\u2212]?)\s*(\d+(?:[.,]\d+)?)\s*%?$/;

/**
 * Tariffs from the setting's text: entries separated by `;` or line breaks, each a name then a
 * percentage (sign optional, `%` optional). A name given twice, a percentage of −100 or less
 * (free food is a gift, not a price) or above +100 fails; an empty cell is no tariff at all.
 * @example parseTariffs('solidaire -30 % ; soutien +20 %') // { ok: true, value: [{ name: 'solidaire', percent: -30 }, { name: 'soutien', percent: 20 }] }
 * @example parseTariffs('solidaire moins trente') // { ok: false }
 */
export function parseTariffs(cell: unknown): Parsed<Tariff[]> {
  if (typeof cell !== 'string') return cell === null || cell === undefined ? { ok: true, value: [] } : { ok: false };
  const tariffs: Tariff[] = [];
  const seen = new Set<string>();
  for (const entry of cell.split(/[;\n]/)) {
    const text = entry.replace(/[\u00a0\u202f]/g, ' ').trim();
    if (text === '') continue;
    const match = ENTRY.exec(text);
    const name = match?.[1].trim() ?? '';
    if (!match || name === '' || seen.has(normalizeHeader(name))) return { ok: false };
    const percent = Number(match[3].replace(',', '.')) * (match[2] === '' || match[2] === '+' ? 1 : -1);
    if (!(percent > -100 && percent <= 100)) return { ok: false };
    seen.add(normalizeHeader(name));
    tariffs.push({ name, percent });
  }
  return { ok: true, value: tariffs };
}

/**
 * The setting's text for tariffs, as `parseTariffs` reads it back.
 * @example tariffsText([{ name: 'solidaire', percent: -30 }, { name: 'normal', percent: 0 }], 'fr') // "solidaire -30 % ; normal 0 %" (non-breaking spaces before % and ;)
 */
export function tariffsText(tariffs: Tariff[], locale: Locale): string {
  const percent = (t: Tariff) => `${t.percent > 0 ? '+' : t.percent < 0 ? '-' : ''}${formatQuantity(Math.abs(t.percent), locale)}`;
  // French puts a non-breaking space before % and ; (parseTariffs reads either space).
  return tariffs.map((t) => (locale === 'fr' ? `${t.name} ${percent(t)}\u00a0%` : `${t.name} ${percent(t)}%`)).join(locale === 'fr' ? '\u00a0; ' : '; ');
}
