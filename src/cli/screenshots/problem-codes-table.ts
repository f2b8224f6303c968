// The guides' error-code table: every configuration problem code, its message rendered with
// example params, and how to fix it, written between the guide's problem-codes markers.
import type { Locale, Place, Severity } from '../../core/model';
import { PROBLEM_CODES } from '../../core/workbook/problem-codes';
import { renderProblem } from '../../core/workbook/render-problem';
import { TABLES, tableName, type TableKey } from '../../core/workbook/tables';
import fixesData from '../../../scripts/problem-codes-fixes.json';

export const CODES_START = '<!-- problem-codes:start -->';
export const CODES_END = '<!-- problem-codes:end -->';

type Params = Record<string, string | number>;

/** One code's documentation: the example it is shown with, and the fix per locale. */
export interface ProblemFix {
  severity: Severity;
  /** Tab key, and the column as a key of TABLES (found in install order) or a 1-based number. */
  place: { tab: TableKey; column?: string | number; row?: number } | null;
  params?: Params;
  paramsByLocale?: Partial<Record<Locale, Params>>;
  fix: Record<Locale, string>;
}

export interface TableLabels { code: string; severity: string; error: string; warning: string; message: string; fix: string }

export interface ProblemDocs { labels: Record<Locale, TableLabels>; codes: Record<string, ProblemFix> }

/** The generator's data file (`scripts/problem-codes-fixes.json`), typed. */
export const PROBLEM_DOCS = fixesData as unknown as ProblemDocs;

function examplePlace(fix: ProblemFix, locale: Locale): Place | undefined {
  if (!fix.place) return undefined;
  const { tab, column, row } = fix.place;
  const place: Place = { tab: tableName(tab, locale) };
  if (row !== undefined) place.row = row;
  if (typeof column === 'number') place.column = column;
  else if (column !== undefined) {
    const index = TABLES[tab].columns.findIndex((c) => c.key === column);
    if (index < 0) throw new Error(`problem-codes-fixes.json: no column "${column}" in table "${tab}"; use a key of TABLES.${tab}.columns.`);
    place.column = index + 1;
  }
  return place;
}

/** The message a coordinator would read for this code, at its example place. */
export function exampleMessage(code: string, fix: ProblemFix, locale: Locale): string {
  const params = { ...(fix.params ?? {}), ...(fix.paramsByLocale?.[locale] ?? {}) };
  return renderProblem({ code, severity: fix.severity, place: examplePlace(fix, locale), params }, locale);
}

/**
 * French typography, as the catalogues write it: a no-break space before `:` and `»` and after
 * `«`, a narrow one before `;`, `?` and `!`; code spans are left alone.
 */
export function frenchSpacing(text: string): string {
  return text.split('`').map((part, i) => (i % 2 === 1 ? part : part
    .replace(/ ([:»])/g, '\u00a0$1').replace(/ ([;?!])/g, '\u202f$1').replace(/« /g, '«\u00a0'))).join('`');
}

/** Text safe inside a Markdown table cell (pipes escaped, one line). */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Text safe inside a code span in a table cell. */
function codeCell(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')}\``;
}

/**
 * The Markdown table of every code of PROBLEM_CODES, in their order. Throws when the data file
 * lacks a code, so the guides can never silently miss one.
 * @example problemCodesTable('fr').split('\n')[2]
 *   // "| `workbook.missing-tab` | erreur | `L’onglet « Produits » est introuvable…` | Lancez **Cabas → …** |"
 */
export function problemCodesTable(locale: Locale, docs: ProblemDocs = PROBLEM_DOCS, codes: readonly string[] = PROBLEM_CODES): string {
  const l = docs.labels[locale];
  const missing = codes.filter((code) => !docs.codes[code]?.fix?.[locale]);
  if (missing.length) throw new Error(`scripts/problem-codes-fixes.json has no ${locale} fix for: ${missing.join(', ')}. Add one per code.`);
  const rows = codes.map((code) => {
    const fix = docs.codes[code];
    return `| \`${code}\` | ${l[fix.severity]} | ${codeCell(exampleMessage(code, fix, locale))} | ${cell(locale === 'fr' ? frenchSpacing(fix.fix.fr) : fix.fix.en)} |`;
  });
  return [`| ${l.code} | ${l.severity} | ${l.message} | ${l.fix} |`, '|---|---|---|---|', ...rows].join('\n');
}

function markerIndexes(markdown: string): { start: number; end: number } {
  const start = markdown.indexOf(CODES_START);
  const end = markdown.indexOf(CODES_END);
  if (start < 0 || end < start) throw new Error(`The guide needs the lines ${CODES_START} and ${CODES_END}, in that order.`);
  return { start: start + CODES_START.length, end };
}

/** The guide with the table between the markers (anything there before is replaced). */
export function fillProblemCodes(markdown: string, table: string): string {
  const { start, end } = markerIndexes(markdown);
  return `${markdown.slice(0, start)}\n${table}\n${markdown.slice(end)}`;
}

/** The codes a guide's table lists: the first cell of each row between the markers. */
export function codesInGuide(markdown: string): string[] {
  const { start, end } = markerIndexes(markdown);
  return markdown.slice(start, end).split('\n')
    .map((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line.trim())?.[1])
    .filter((code): code is string => code !== undefined);
}
