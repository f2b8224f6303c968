// Names the tabs Cabas generates (producers, distribution per site, recap): short, without
// forbidden characters, unique, and behind a prefix that no tab of the workbook's contract has.
import { catalogue } from '../i18n';
import type { Locale } from '../model';
import { normalizeHeader } from '../workbook/normalize-header';
import { tableOfTabName } from '../workbook/tables';

const MAX = 31;
// Characters Sheets (and Excel, for the offline workbook) refuse or misread in a sheet name.
const FORBIDDEN = /['!:\\/?*[\]]/g;

/**
 * Every generated tab's name starts with it. No contract tab's name (in either locale, nor the
 * hidden `_cabas`) starts with it, whatever the case or the accents, and `normalizeHeader` keeps
 * it: so no producer, site or cycle name can give a generated tab that is read, cleared or
 * replaced as one of the contract's tabs. It is one character of the Basic Multilingual Plane
 * (one UTF-16 unit, as Excel counts its 31) and none of the forbidden ones.
 */
export const GENERATED_TAB_PREFIX = '▸ ';

/** The text cut to `length` UTF-16 units (as Excel counts its 31), never inside a character. */
function fit(text: string, length: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > length) break;
    out += char;
  }
  return out.trimEnd();
}

/**
 * A generated tab's name from `base`: the prefix, then `base` cleaned, at most 31 characters in
 * all, not in `taken` (compared without case, as Sheets does). `taken` is not changed: the caller
 * adds the name it keeps.
 * @example safeTabName('Distribution Monclar-de-Quercy / centre', new Set()) // "▸ Distribution Monclar-de-Querc"
 * @example safeTabName('Récap', new Set(['▸ Récap'])) // "▸ Récap 2"
 */
export function safeTabName(base: string, taken: Set<string>): string {
  const clean = base.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim() || '_';
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const room = MAX - GENERATED_TAB_PREFIX.length;
  const first = `${GENERATED_TAB_PREFIX}${fit(clean, room)}`;
  if (!used.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${GENERATED_TAB_PREFIX}${fit(clean, room - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

const LOCALES: Locale[] = ['fr', 'en'];
/** The hidden state tab's name as `normalizeHeader` reads it (`_cabas`). */
const STATE_TAB = 'cabas';

/**
 * Whether a producer's or a site's name reads as one of the workbook's own tabs (in either
 * locale, without case, accents or spaces), as the recap, or starts with the prefix. Its generated tab is still safe (it
 * carries the prefix); the configuration check warns, so that nobody mixes the two up.
 * @example readsAsCabasTab(' commandes ') // true
 * @example readsAsCabasTab('Ferme des Tilleuls') // false
 */
export function readsAsCabasTab(name: string): boolean {
  const wanted = normalizeHeader(name);
  if (wanted === '') return false;
  return tableOfTabName(name) !== null || wanted === STATE_TAB
    || LOCALES.some((locale) => normalizeHeader(catalogue(locale).close.recap.tabName) === wanted)
    || wanted.startsWith(normalizeHeader(GENERATED_TAB_PREFIX));
}
