// The workbook contract as data: each table's columns (keys, formats, lists), names and words per locale.
import { catalogue } from '../i18n';
import type { Locale } from '../model';
import { normalizeHeader } from './normalize-header';

export type TableKey = 'settings' | 'sites' | 'members' | 'producers' | 'products' | 'cycles' | 'orders' | 'log' | 'outbox' | 'duties';
export type ColumnFormat = 'text' | 'money' | 'date' | 'datetime' | 'quantity' | 'integer' | 'checkbox' | 'email' | 'yesno';
export type ColumnList = 'yesno' | 'sites' | 'producers' | 'cycleStatus' | 'lineStatus' | 'outboxStatus' | 'logLevel' | 'languages';
export interface ColumnDef { key: string; format: ColumnFormat; list?: ColumnList; width?: number; hidden?: boolean }
/** Column order is the install order; reading never depends on it. */
export interface TableDef { key: TableKey; columns: ColumnDef[] }

/** The lists whose words are fixed (not read from another tab), English value -> word. */
export type WordList = Exclude<ColumnList, 'sites' | 'producers'> | 'casePolicy' | 'minimumPolicy';

const text = (key: string, width?: number): ColumnDef => (width ? { key, format: 'text', width } : { key, format: 'text' });
const yesno = (key: string): ColumnDef => ({ key, format: 'yesno', list: 'yesno', width: 90 });

export const TABLES: Record<TableKey, TableDef> = {
  settings: { key: 'settings', columns: [text('key', 260), text('value', 260), text('help', 480)] },
  sites: { key: 'sites', columns: [text('name', 180), text('address', 320), text('pickup', 200), text('contact', 220)] },
  members: {
    key: 'members',
    columns: [
      { key: 'email', format: 'email', width: 240 }, text('name', 200), text('phone', 130),
      { key: 'site', format: 'text', list: 'sites', width: 160 }, yesno('active'), text('notes', 260),
    ],
  },
  producers: {
    key: 'producers',
    columns: [
      text('name', 220), { key: 'email', format: 'email', width: 240 }, text('phone', 130),
      { key: 'minimum', format: 'money', width: 110 }, text('payment', 300), yesno('shareNames'), text('note', 300), yesno('active'),
    ],
  },
  products: {
    key: 'products',
    columns: [
      text('ref', 80), { key: 'producer', format: 'text', list: 'producers', width: 200 }, text('name', 220),
      text('description', 260), text('unit', 120), { key: 'price', format: 'money', width: 80 },
      { key: 'step', format: 'quantity', width: 60 }, { key: 'caseSize', format: 'quantity', width: 70 },
      { key: 'maxPerMember', format: 'quantity', width: 110 }, { key: 'stock', format: 'quantity', width: 70 }, yesno('available'),
    ],
  },
  cycles: {
    key: 'cycles',
    columns: [
      text('id', 110), { key: 'opens', format: 'datetime', width: 140 }, { key: 'deadline', format: 'datetime', width: 140 },
      { key: 'pickup', format: 'datetime', width: 140 }, { key: 'status', format: 'text', list: 'cycleStatus', width: 100 }, text('form', 320),
    ],
  },
  orders: {
    key: 'orders',
    columns: [
      text('cycle', 100), { key: 'submittedAt', format: 'datetime', width: 140 }, { key: 'email', format: 'email', width: 220 },
      text('member', 180), text('site', 140), text('producer', 180), text('ref', 70), text('product', 200),
      { key: 'quantity', format: 'quantity', width: 80 }, { key: 'tolerance', format: 'quantity', width: 80 },
      { key: 'allocated', format: 'quantity', width: 80 }, { key: 'price', format: 'money', width: 80 },
      { key: 'amount', format: 'money', width: 90 }, text('responseId', 120),
      { key: 'status', format: 'text', list: 'lineStatus', width: 100 }, text('comment', 260), { key: 'queue', format: 'integer', width: 60 },
    ],
  },
  log: {
    key: 'log',
    columns: [
      { key: 'date', format: 'datetime', width: 140 }, { key: 'level', format: 'text', list: 'logLevel', width: 110 },
      text('event', 200), text('who', 200), text('detail', 480),
    ],
  },
  outbox: {
    key: 'outbox',
    columns: [
      text('key', 200), text('kind', 120), { key: 'to', format: 'email', width: 220 }, text('subject', 300),
      { key: 'status', format: 'text', list: 'outboxStatus', width: 100 }, { key: 'attempts', format: 'integer', width: 80 },
      text('error', 260), { key: 'sentAt', format: 'datetime', width: 140 }, { key: 'content', format: 'text', hidden: true },
    ],
  },
  duties: {
    key: 'duties',
    columns: [
      { key: 'date', format: 'date', width: 110 }, { key: 'site', format: 'text', list: 'sites', width: 160 },
      text('role', 160), { key: 'volunteer', format: 'email', width: 240 },
    ],
  },
};

export const TABLE_ORDER: TableKey[] = ['settings', 'sites', 'members', 'producers', 'products', 'cycles', 'duties', 'orders', 'outbox', 'log'];

const LOCALES: Locale[] = ['fr', 'en'];

/** The tab's name in a locale: `tableName('products', 'fr') === 'Produits'`. */
export function tableName(table: TableKey, locale: Locale): string {
  return catalogue(locale).workbook.tables[table];
}

function columnTexts(table: TableKey, locale: Locale, kind: 'headers' | 'notes'): Record<string, string> {
  return catalogue(locale).workbook[kind][table] as Record<string, string>;
}

/** A column's header in a locale: `headerOf('products', 'price', 'fr') === 'Prix'`. Throws for a key not in the table. */
export function headerOf(table: TableKey, column: string, locale: Locale): string {
  const header = columnTexts(table, locale, 'headers')[column];
  if (header === undefined) throw new Error(`No column "${column}" in table "${table}": use a key of TABLES.${table}.columns.`);
  return header;
}

/** The header note of a column: what goes there, with an example. */
export function noteOf(table: TableKey, column: string, locale: Locale): string {
  headerOf(table, column, locale);
  return columnTexts(table, locale, 'notes')[column] ?? '';
}

/** Words of a fixed list, in list order (`yesno` fr: ['oui', 'non']); `sites`/`producers` come from tabs, so []. */
export function listValues(list: ColumnList | WordList, locale: Locale): string[] {
  if (list === 'sites' || list === 'producers') return [];
  return Object.values(catalogue(locale).workbook.lists[list]);
}

/** The cell word for an English value: `statusWord('lineStatus', 'replaced', 'fr') === 'remplacé'`; unknown values pass through. */
export function statusWord(list: WordList, value: string, locale: Locale): string {
  const words = catalogue(locale).workbook.lists[list] as Record<string, string>;
  return words[value] ?? value;
}

/** The English value of a cell word in either locale (`'Clôturé '` -> 'closed'), or null when it is none of the list's words. */
export function parseStatus(list: WordList, text: string): string | null {
  // Called once per order line when a close reads Commandes: the same few words, thousands of times.
  const key = `${list}\u0000${text}`;
  let value = statuses.get(key);
  if (value === undefined) {
    if (statuses.size >= 1000) statuses.clear();
    value = findStatus(list, text);
    statuses.set(key, value);
  }
  return value;
}

const statuses = new Map<string, string | null>();

function findStatus(list: WordList, text: string): string | null {
  const wanted = normalizeHeader(text);
  if (wanted === '') return null;
  for (const locale of LOCALES) {
    const words = catalogue(locale).workbook.lists[list] as Record<string, string>;
    for (const [value, word] of Object.entries(words)) {
      if (normalizeHeader(word) === wanted || normalizeHeader(value) === wanted) return value;
    }
  }
  return null;
}

/** Finds which table a tab is, by its name in either locale (case/accent/space-insensitive). */
export function tableOfTabName(name: string): TableKey | null {
  const wanted = normalizeHeader(name);
  for (const table of TABLE_ORDER) {
    if (LOCALES.some((locale) => normalizeHeader(tableName(table, locale)) === wanted)) return table;
  }
  return null;
}
