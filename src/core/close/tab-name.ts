// Makes a generated tab name acceptable to Sheets: short, without forbidden characters, unique.

const MAX = 31;
// Characters Sheets (and Excel, for the offline workbook) refuse or misread in a sheet name.
const FORBIDDEN = /['!:\\/?*[\]]/g;

const fit = (text: string, length: number) => Array.from(text).slice(0, length).join('').trimEnd();

/**
 * A tab name from `base`, at most 31 characters, not in `taken` (compared without case, as
 * Sheets does). `taken` is not changed: the caller adds the name it keeps.
 * @example safeTabName('Distribution Monclar-de-Quercy / centre', new Set()) // "Distribution Monclar-de-Quercy"
 * @example safeTabName('Récap', new Set(['Récap'])) // "Récap 2"
 */
export function safeTabName(base: string, taken: Set<string>): string {
  const clean = base.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim() || '_';
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const first = fit(clean, MAX);
  if (!used.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${fit(clean, MAX - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
