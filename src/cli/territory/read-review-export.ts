// Reads one group's « Exporter le bilan » CSV back, refusing a file it cannot read whole, with the
// file, the line and the column: the input of `cabas bilan`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cliCatalogue } from '../../core/i18n/cli-catalogue';
import { catalogue } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { REVIEW_INDICATORS, type ReviewIndicator } from '../../core/review/review-csv';
import { normalizeHeader } from '../import/normalize-header';
import { parseCsv } from '../import/parse-csv';
import { CliError } from '../cli-error';

export interface ReviewValue { cycle: string; indicator: ReviewIndicator; detail: string; value: number }

export interface ReviewExport {
  file: string;
  group: string;
  from: string;
  to: string;
  values: ReviewValue[];
}

const WIDTH = 8;
const INDICATORS: ReadonlySet<string> = new Set(REVIEW_INDICATORS);

/** The language of an export, from its header line (either language's headers are accepted). */
function headerLocale(cells: string[]): Locale | null {
  for (const locale of ['fr', 'en'] as const) {
    const expected = catalogue(locale).payments.review.csvHeaders;
    if (expected.every((h, i) => normalizeHeader(cells[i] ?? '') === normalizeHeader(h))) return locale;
  }
  return null;
}

/** A number as the export writes it: `12,5` in French, `12.5` in English. */
function readNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * One export, checked whole. Messages in `locale` (the run's), naming file, line and column.
 * @example readReviewExport('monclar.csv', 'fr').values[0] // { cycle: '2026-09-04', indicator: 'households', detail: '', value: 31 }
 */
export function readReviewExport(path: string, locale: Locale): ReviewExport {
  const t = cliCatalogue(locale).territory;
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(cliCatalogue(locale).fileNotFound(path));
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CliError(t.emptyFile(file));
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new CliError(cliCatalogue(locale).answers['answers.unterminated-quote'](file, parsed.line));
  const [header, ...records] = parsed.records;
  const fileLocale = headerLocale(header.cells);
  const headers = catalogue(fileLocale ?? locale).payments.review.csvHeaders;
  if (!fileLocale) {
    const at = headers.findIndex((h, i) => normalizeHeader(header.cells[i] ?? '') !== normalizeHeader(h));
    throw new CliError(t.badHeader(file, at + 1, header.cells[at] ?? '', headers[at]));
  }
  let group = '';
  let from = '';
  let to = '';
  const values: ReviewValue[] = records.map(({ line, cells }) => {
    if (cells.length !== WIDTH) throw new CliError(t.cellCount(file, line, cells.length, WIDTH));
    const [g, f, tt, cycle, indicator, detail, value] = cells.map((c) => c.trim());
    if (!g) throw new CliError(t.noGroup(file, line, headers[0]));
    if (group && g !== group) throw new CliError(t.twoGroups(file, line, headers[0], group, g));
    group = g;
    from ||= f;
    to ||= tt;
    if (!INDICATORS.has(indicator)) throw new CliError(t.unknownIndicator(file, line, headers[4], indicator));
    const n = readNumber(value);
    if (n === null) throw new CliError(t.notANumber(file, line, headers[6], value));
    return { cycle, indicator: indicator as ReviewIndicator, detail, value: n };
  });
  if (!group) throw new CliError(t.emptyFile(file));
  return { file, group, from, to, values };
}
