// A configuration problem as one line for people: `Produits!F7 : « 3,5O » n'est pas un prix`.
import { catalogue } from '../i18n';
import type { Locale, Place, Problem } from '../model';

/**
 * A1 notation of a 1-based column and row.
 * @example a1(6, 7)  // "F7"
 * @example a1(27, 1) // "AA1"
 */
export function a1(column: number, row: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** A tab name as Sheets writes it in a reference: quoted when it is not a plain word (`'Mon onglet'`). */
function quoteTab(tab: string): string {
  return (PLAIN_WORD ??= new RegExp('^[\\p{L}\\p{N}_]+$', 'u')).test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
}

/**
 * Letters, digits and `_` only. Built on first use, as a `new RegExp`: V8 checks every regex literal
 * of the bundle when it compiles it, at each execution, and `\p{L}`/`\p{N}` classes are ICU lookups
 * (about 0.15 ms of every load for this one).
 */
let PLAIN_WORD: RegExp | undefined;

/** Where a problem is, as Sheets writes a reference: `Produits!F7`, `'Mon onglet'!5:5`, or the tab alone. */
export function placeText(place: Place | undefined): string {
  if (!place || !place.tab) return '';
  const tab = quoteTab(place.tab);
  if (place.row !== undefined && place.column !== undefined) return `${tab}!${a1(place.column, place.row)}`;
  if (place.row !== undefined) return `${tab}!${place.row}:${place.row}`;
  return tab;
}

/**
 * One problem of the workbook check in the locale, place first. Unknown codes (another area's)
 * render as the code itself, so nothing is ever silently lost.
 * @example renderProblem({ code: 'catalog.bad-price', severity: 'error', place: { tab: 'Products', row: 7, column: 6 }, params: { value: '3,5O' } }, 'en')
 *   // 'Products!F7: "3,5O" is not a price'
 */
export function renderProblem(problem: Problem, locale: Locale): string {
  const texts = catalogue(locale).problems;
  const messages = texts.messages as Record<string, (params: Record<string, string | number>) => string>;
  const render = Object.prototype.hasOwnProperty.call(messages, problem.code) ? messages[problem.code] : undefined;
  const message = render ? render(problem.params ?? {}) : problem.code;
  const place = placeText(problem.place);
  return place ? texts.placed(place, message) : capitalize(message);
}

/**
 * The errors among `problems`, each with its cell, on one line (the first `max`, then how many
 * more): what a run that went ahead with the rest tells the Journal.
 * @example configurationErrors(problems, 'fr') // "Produits!F7 : « à voir » n’est pas un prix"
 */
export function configurationErrors(problems: Problem[], locale: Locale, max = 5): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = errors.slice(0, max).map((p) => renderProblem(p, locale));
  return errors.length > max ? catalogue(locale).ui.andMore(shown.join(' ; '), errors.length - max) : shown.join(' ; ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
