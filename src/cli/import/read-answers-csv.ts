// Reads the offline mode's answers file (one form submission per row) into rows the run replays.
import { isValidTimeZone, zonedTime } from '../../core/dates';
import { normalizeHeader } from './normalize-header';
import { parseCsv } from './parse-csv';
import { cliCatalogue, type CliCatalogue } from '../../core/i18n/cli-catalogue';

export interface AnswerRow {
  line: number;
  at: number;
  email: string;
  quantities: Record<string, string>; // ref -> raw text, '' = 0
  site: string;
  tolerance: string;
  comment: string;
  /** The site of the optional offer to help at the pickup (absent = none). */
  help?: string;
}

export type AnswersResult =
  | { ok: true; rows: AnswerRow[]; warnings: string[] }
  | { ok: false; error: { file: string; line: number; column?: string; code: string; message: string } };

type Code =
  | 'answers.unterminated-quote' | 'answers.no-timestamp-column' | 'answers.no-email-column' | 'answers.unknown-column'
  | 'answers.duplicate-column' | 'answers.cell-count' | 'answers.bad-timestamp' | 'answers.empty-file'
  | 'answers.utf16' | 'answers.bad-encoding' | 'answers.unavailable-product';

const ROLES: Record<'timestamp' | 'email' | 'site' | 'tolerance' | 'comment' | 'help', string[]> = {
  timestamp: ['horodateur', 'horodatage', 'timestamp'],
  email: ['adresse e-mail', 'adresse email', 'email address', 'e-mail address', 'e-mail', 'email'],
  site: ['lieu', 'site'],
  tolerance: ['tolerance'],
  comment: ['commentaire', 'comment', 'commentaires', 'comments'],
  help: ['benevole', 'volunteer', 'permanence', 'duty'],
};
type Role = keyof typeof ROLES;

/**
 * ISO 8601 with an offset or Z, ISO without one (in the zone), or day-first `08/12/2026 18:30[:00]`
 * in the zone; null when unreadable.
 * @example parseAnswerTimestamp('08/12/2026 18:30', 'Europe/Paris') // Date.UTC(2026, 11, 8, 17, 30)
 */
export function parseAnswerTimestamp(text: string, timeZone: string): number | null {
  const t = text.trim();
  const google = googleFormsTimestamp(t);
  if (google !== undefined) return google;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  let parts: number[];
  if (iso) {
    if (iso[7]) {
      const ms = Date.parse(t.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
      return Number.isNaN(ms) ? null : ms;
    }
    parts = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6] ?? '0'].map(Number);
  } else if (fr) {
    parts = [fr[3], fr[2], fr[1], fr[4] ?? '0', fr[5] ?? '0', fr[6] ?? '0'].map(Number);
  } else {
    return null;
  }
  const [year, month, day, hour, minute, second] = parts;
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // 31/02 or 25:00 are typing mistakes, not dates to roll over.
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1 || probe.getUTCHours() !== hour || minute > 59 || second > 59) return null;
  return zonedTime(year, month, day, hour, minute, timeZone, second);
}

/**
 * The timestamp of a response file downloaded from Google Forms (Responses → Download responses
 * (.csv)): `2026/12/08 6:30:00 PM GMT+1`, the offset written after `GMT` or `UTC`, a 12-hour
 * clock with AM/PM or a 24-hour one. undefined when the text does not have that shape.
 */
function googleFormsTimestamp(t: string): number | null | undefined {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?\s+(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(t);
  if (!m) return undefined;
  const [year, month, day, hour12, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (m[7] !== undefined && (hour12 < 1 || hour12 > 12)) return null;
  const hour = m[7] === undefined ? hour12 : (hour12 % 12) + (m[7].toUpperCase() === 'P' ? 12 : 0);
  const offset = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10] ?? 0));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const probe = new Date(utc);
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1 || probe.getUTCHours() !== hour || minute > 59 || second > 59) return null;
  return utc - offset * 60 * 1000;
}

/**
 * The answers file's bytes as text: UTF-8 with or without BOM, or UTF-16 with its BOM. UTF-16
 * without a BOM and bytes that are not UTF-8 are refused, with the line where they are.
 */
export function decodeAnswersFile(bytes: Uint8Array, file: string, locale: 'fr' | 'en'): { ok: true; text: string } | { ok: false; error: { file: string; line: number; code: Code; message: string } } {
  const t = cliCatalogue(locale).answers;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  // Text in UTF-16 has a zero byte in every other position for Latin letters; UTF-8 text has none.
  if (bytes.subarray(0, 64).includes(0)) return { ok: false, error: { file, line: 1, code: 'answers.utf16', message: t['answers.utf16'](file) } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return { ok: false, error: { file, line, code: 'answers.bad-encoding', message: t['answers.bad-encoding'](file, line) } };
  }
}

type Column = { kind: 'role'; role: Role } | { kind: 'product'; ref: string } | { kind: 'unavailable'; ref: string } | { kind: 'blank' };

/** The form's own question titles for the site, tolerance and comment (a Google Forms export's headers). */
export type RoleTitles = Partial<Record<'site' | 'tolerance' | 'comment' | 'help', string>>;

function classify(header: string, products: { ref: string; title: string }[], titles: RoleTitles, unavailable: string[] = []): Column | null {
  const h = normalizeHeader(header);
  if (h === '') return { kind: 'blank' };
  for (const role of Object.keys(ROLES) as Role[]) if (ROLES[role].includes(h)) return { kind: 'role', role };
  for (const role of ['site', 'tolerance', 'comment', 'help'] as const) {
    if (titles[role] !== undefined && normalizeHeader(titles[role]!) === h) return { kind: 'role', role };
  }
  const bracket = /^\[([^\]]+)\]/.exec(h)?.[1].trim();
  const product = products.find((p) => normalizeHeader(p.ref) === h || normalizeHeader(p.ref) === bracket)
    ?? products.find((p) => normalizeHeader(p.title) === h);
  if (product) return { kind: 'product', ref: product.ref };
  const off = unavailable.find((ref) => normalizeHeader(ref) === h || normalizeHeader(ref) === bracket);
  return off === undefined ? null : { kind: 'unavailable', ref: off };
}

/** Reads the answers CSV text; `file` is only used to name the file in messages. */
export function readAnswersCsv(
  text: string,
  options: {
    file: string; timeZone: string; products: { ref: string; title: string }[]; locale: 'fr' | 'en'; titles?: RoleTitles;
    /** The form's site choices, and those of its offer to help: a value outside them is warned about. */
    sites?: string[]; helpSites?: string[];
    /** Refs of `Produits` that the form does not offer this cycle (not available, or their producer inactive). */
    unavailable?: string[];
  },
): AnswersResult {
  const { file, locale } = options;
  const t = cliCatalogue(locale).answers;
  const timeZone = isValidTimeZone(options.timeZone) ? options.timeZone : 'Europe/Paris';
  const fail = (code: Code, line: number, message: string, column?: string): AnswersResult => ({
    ok: false,
    error: { file, line, ...(column === undefined ? {} : { column }), code, message },
  });
  const csv = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!csv.ok) return fail('answers.unterminated-quote', csv.line, t['answers.unterminated-quote'](file, csv.line));
  const [header, ...records] = csv.records;
  if (!header) return fail('answers.empty-file', 1, t['answers.empty-file'](file));
  const columns: Column[] = [];
  const seen = new Map<string, string>();
  for (const name of header.cells) {
    const column = classify(name, options.products, options.titles ?? {}, options.unavailable);
    if (column === null) return fail('answers.unknown-column', header.line, t['answers.unknown-column'](file, name.trim()), name.trim());
    const key = column.kind === 'product' || column.kind === 'unavailable' ? `product:${column.ref}` : column.kind === 'role' ? `role:${column.role}` : '';
    if (key !== '' && seen.has(key)) {
      return fail('answers.duplicate-column', header.line, t['answers.duplicate-column'](file, name.trim(), column.kind === 'product' || column.kind === 'unavailable' ? column.ref : seen.get(key)!), name.trim());
    }
    if (key !== '') seen.set(key, name.trim());
    columns.push(column);
  }
  const indexOf = (role: Role) => columns.findIndex((c) => c.kind === 'role' && c.role === role);
  if (indexOf('timestamp') < 0) return fail('answers.no-timestamp-column', header.line, t['answers.no-timestamp-column'](file));
  if (indexOf('email') < 0) return fail('answers.no-email-column', header.line, t['answers.no-email-column'](file));
  const rows: AnswerRow[] = [];
  const warnings: string[] = [];
  let unavailableOrdered: { line: number; column: string; ref: string; value: string } | undefined;
  for (const record of records) {
    // A row with every cell empty (`;;;;`: what a spreadsheet exports for a row it emptied) is no
    // answer, as a blank line is none. Found by probing: it refused the whole file.
    if (record.cells.every((c) => c.trim() === '')) continue;
    if (record.cells.length !== columns.length) {
      return fail('answers.cell-count', record.line, t['answers.cell-count'](file, record.line, record.cells.length, columns.length));
    }
    const cell = (role: Role) => (indexOf(role) < 0 ? '' : record.cells[indexOf(role)].trim());
    const stamp = cell('timestamp');
    const at = parseAnswerTimestamp(stamp, timeZone);
    const stampColumn = header.cells[indexOf('timestamp')].trim();
    if (at === null) return fail('answers.bad-timestamp', record.line, t['answers.bad-timestamp'](file, record.line, stampColumn, stamp), stampColumn);
    const quantities: Record<string, string> = {};
    columns.forEach((c, i) => {
      const value = record.cells[i].trim();
      if (c.kind === 'product') quantities[c.ref] = value;
      if (c.kind === 'blank' && value !== '') {
        warnings.push(t['answers.ignored-blank-header'](file, record.line, value));
      }
      // A product the form does not offer this cycle: an answer that orders it cannot be taken as
      // it is, and the whole file waits for the coordinator (found by probing: such a column was
      // refused as « neither a product ref nor … »); an empty or 0 cell is no order.
      if (c.kind === 'unavailable' && value !== '' && !/^0+([.,]0*)?$/.test(value)) unavailableOrdered ??= { line: record.line, column: header.cells[i].trim(), ref: c.ref, value };
    });
    if (unavailableOrdered) {
      const u = unavailableOrdered;
      return fail('answers.unavailable-product', u.line, t['answers.unavailable-product'](file, u.line, u.column, u.ref, u.value), u.column);
    }
    const email = cell('email');
    if (email === '') warnings.push(t['answers.no-email'](file, record.line));
    // The Form offers its sites as choices; a file can hold anything. Cabas's rule takes the
    // member's own site for one it does not know (orders/evaluate-submission.ts, `chooseSite`:
    // trimmed, case ignored) and drops an offer to help at an unknown one (exact name): said here,
    // with the cell, rather than silently.
    const site = cell('site');
    if (site !== '' && options.sites && !options.sites.some((s) => s.trim().toLowerCase() === site.toLowerCase())) {
      warnings.push(t['answers.unknown-site'](file, record.line, header.cells[indexOf('site')].trim(), site, options.sites.join(', ')));
    }
    const help = cell('help');
    if (help !== '' && options.helpSites && !options.helpSites.includes(help)) {
      warnings.push(t['answers.unknown-help-site'](file, record.line, header.cells[indexOf('help')].trim(), help, options.helpSites.join(', ')));
    }
    rows.push({ line: record.line, at, email, quantities, site: cell('site'), tolerance: cell('tolerance'), comment: cell('comment'), ...(cell('help') ? { help: cell('help') } : {}) });
  }
  columns.forEach((c, i) => {
    if (c.kind === 'unavailable') warnings.push(t['answers.unavailable-column'](file, header.cells[i].trim(), c.ref));
  });
  return { ok: true, rows, warnings };
}
