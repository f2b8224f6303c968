// Reads the offline mode's answers file (one form submission per row) into rows the run replays.
import { isValidTimeZone, zonedTime } from '../../core/dates';
import { normalizeHeader } from './normalize-header';
import { parseCsv } from './parse-csv';

export interface AnswerRow {
  line: number;
  at: number;
  email: string;
  quantities: Record<string, string>; // ref -> raw text, '' = 0
  site: string;
  tolerance: string;
  comment: string;
}

export type AnswersResult =
  | { ok: true; rows: AnswerRow[]; warnings: string[] }
  | { ok: false; error: { file: string; line: number; column?: string; code: string; message: string } };

type Code =
  | 'answers.unterminated-quote' | 'answers.no-timestamp-column' | 'answers.no-email-column' | 'answers.unknown-column'
  | 'answers.duplicate-column' | 'answers.cell-count' | 'answers.bad-timestamp' | 'answers.empty-file';
type Warning = 'answers.ignored-blank-header' | 'answers.no-email';

interface Where { file: string; line: number; column: string; detail: string }

// CLI text, French and English: the file, the line and the column are always named.
const MESSAGES: Record<'fr' | 'en', Record<Code | Warning, (w: Where) => string>> = {
  fr: {
    'answers.empty-file': (w) => `${w.file} : le fichier est vide, il faut au moins la ligne d'en-têtes.`,
    'answers.unterminated-quote': (w) => `${w.file}, ligne ${w.line} : un guillemet ouvert n'est jamais refermé.`,
    'answers.no-timestamp-column': (w) => `${w.file}, ligne 1 : aucune colonne « Horodateur » (ou « Horodatage », « Timestamp »).`,
    'answers.no-email-column': (w) => `${w.file}, ligne 1 : aucune colonne « Adresse e-mail » (ou « E-mail », « Email address »).`,
    'answers.unknown-column': (w) => `${w.file}, ligne 1, colonne « ${w.column} » : ce n'est ni une réf. de produit, ni « [réf] … », ni le titre d'une question, ni Lieu, Tolérance ou Commentaire. Corrigez l'en-tête pour ne perdre aucune commande.`,
    'answers.duplicate-column': (w) => `${w.file}, ligne 1, colonne « ${w.column} » : le produit ${w.detail} a déjà une colonne.`,
    'answers.cell-count': (w) => `${w.file}, ligne ${w.line} : ${w.detail}.`,
    'answers.bad-timestamp': (w) => `${w.file}, ligne ${w.line}, colonne « ${w.column} » : « ${w.detail} » n'est pas une date lisible (attendu 08/12/2026 18:30 ou 2026-12-08T18:30:00+01:00).`,
    'answers.ignored-blank-header': (w) => `${w.file}, ligne ${w.line} : une colonne sans en-tête contient « ${w.detail} », elle est ignorée.`,
    'answers.no-email': (w) => `${w.file}, ligne ${w.line} : pas d'adresse e-mail, cette réponse sera refusée.`,
  },
  en: {
    'answers.empty-file': (w) => `${w.file}: the file is empty; it needs at least the header line.`,
    'answers.unterminated-quote': (w) => `${w.file}, line ${w.line}: a quote is opened and never closed.`,
    'answers.no-timestamp-column': (w) => `${w.file}, line 1: no "Timestamp" column (or "Horodateur", "Horodatage").`,
    'answers.no-email-column': (w) => `${w.file}, line 1: no "Email address" column (or "Email", "Adresse e-mail").`,
    'answers.unknown-column': (w) => `${w.file}, line 1, column "${w.column}": it is neither a product ref, nor "[ref] …", nor a question title, nor Site, Tolerance or Comment. Fix the header so that no order is lost.`,
    'answers.duplicate-column': (w) => `${w.file}, line 1, column "${w.column}": product ${w.detail} already has a column.`,
    'answers.cell-count': (w) => `${w.file}, line ${w.line}: ${w.detail}.`,
    'answers.bad-timestamp': (w) => `${w.file}, line ${w.line}, column "${w.column}": "${w.detail}" is not a readable date (expected 08/12/2026 18:30 or 2026-12-08T18:30:00+01:00).`,
    'answers.ignored-blank-header': (w) => `${w.file}, line ${w.line}: a column without a header holds "${w.detail}"; it is ignored.`,
    'answers.no-email': (w) => `${w.file}, line ${w.line}: no e-mail address; this answer will be rejected.`,
  },
};

const ROLES: Record<'timestamp' | 'email' | 'site' | 'tolerance' | 'comment', string[]> = {
  timestamp: ['horodateur', 'horodatage', 'timestamp'],
  email: ['adresse e-mail', 'adresse email', 'email address', 'e-mail address', 'e-mail', 'email'],
  site: ['lieu', 'site'],
  tolerance: ['tolerance'],
  comment: ['commentaire', 'comment', 'commentaires', 'comments'],
};
type Role = keyof typeof ROLES;

/**
 * ISO 8601 with an offset or Z, ISO without one (in the zone), or day-first `08/12/2026 18:30[:00]`
 * in the zone; null when unreadable.
 * @example parseAnswerTimestamp('08/12/2026 18:30', 'Europe/Paris') // Date.UTC(2026, 11, 8, 17, 30)
 */
export function parseAnswerTimestamp(text: string, timeZone: string): number | null {
  const t = text.trim();
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

type Column = { kind: 'role'; role: Role } | { kind: 'product'; ref: string } | { kind: 'blank' };

function classify(header: string, products: { ref: string; title: string }[]): Column | null {
  const h = normalizeHeader(header);
  if (h === '') return { kind: 'blank' };
  for (const role of Object.keys(ROLES) as Role[]) if (ROLES[role].includes(h)) return { kind: 'role', role };
  const bracket = /^\[([^\]]+)\]/.exec(h)?.[1].trim();
  const product = products.find((p) => normalizeHeader(p.ref) === h || normalizeHeader(p.ref) === bracket)
    ?? products.find((p) => normalizeHeader(p.title) === h);
  return product ? { kind: 'product', ref: product.ref } : null;
}

/** Reads the answers CSV text; `file` is only used to name the file in messages. */
export function readAnswersCsv(
  text: string,
  options: { file: string; timeZone: string; products: { ref: string; title: string }[]; locale: 'fr' | 'en' },
): AnswersResult {
  const { file, locale } = options;
  const timeZone = isValidTimeZone(options.timeZone) ? options.timeZone : 'Europe/Paris';
  const fail = (code: Code, line: number, column?: string, detail = ''): AnswersResult => ({
    ok: false,
    error: { file, line, ...(column === undefined ? {} : { column }), code, message: MESSAGES[locale][code]({ file, line, column: column ?? '', detail }) },
  });
  const csv = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!csv.ok) return fail('answers.unterminated-quote', csv.line);
  const [header, ...records] = csv.records;
  if (!header) return fail('answers.empty-file', 1);
  const columns: Column[] = [];
  const seen = new Map<string, string>();
  for (const name of header.cells) {
    const column = classify(name, options.products);
    if (column === null) return fail('answers.unknown-column', header.line, name.trim());
    const key = column.kind === 'product' ? `product:${column.ref}` : column.kind === 'role' ? `role:${column.role}` : '';
    if (key !== '' && seen.has(key)) return fail('answers.duplicate-column', header.line, name.trim(), column.kind === 'product' ? column.ref : seen.get(key));
    if (key !== '') seen.set(key, name.trim());
    columns.push(column);
  }
  const indexOf = (role: Role) => columns.findIndex((c) => c.kind === 'role' && c.role === role);
  if (indexOf('timestamp') < 0) return fail('answers.no-timestamp-column', header.line);
  if (indexOf('email') < 0) return fail('answers.no-email-column', header.line);
  const rows: AnswerRow[] = [];
  const warnings: string[] = [];
  for (const record of records) {
    if (record.cells.length !== columns.length) {
      const detail = locale === 'fr'
        ? `${record.cells.length} cellules au lieu de ${columns.length} (une virgule ou un point-virgule de trop dans une cellule non entourée de guillemets ?)`
        : `${record.cells.length} cells instead of ${columns.length} (a stray comma or semicolon in a cell without quotes?)`;
      return fail('answers.cell-count', record.line, undefined, detail);
    }
    const cell = (role: Role) => (indexOf(role) < 0 ? '' : record.cells[indexOf(role)].trim());
    const stamp = cell('timestamp');
    const at = parseAnswerTimestamp(stamp, timeZone);
    if (at === null) return fail('answers.bad-timestamp', record.line, header.cells[indexOf('timestamp')].trim(), stamp);
    const quantities: Record<string, string> = {};
    columns.forEach((c, i) => {
      const value = record.cells[i].trim();
      if (c.kind === 'product') quantities[c.ref] = value;
      if (c.kind === 'blank' && value !== '') {
        warnings.push(MESSAGES[locale]['answers.ignored-blank-header']({ file, line: record.line, column: '', detail: value }));
      }
    });
    const email = cell('email');
    if (email === '') warnings.push(MESSAGES[locale]['answers.no-email']({ file, line: record.line, column: '', detail: '' }));
    rows.push({ line: record.line, at, email, quantities, site: cell('site'), tolerance: cell('tolerance'), comment: cell('comment') });
  }
  return { ok: true, rows, warnings };
}
