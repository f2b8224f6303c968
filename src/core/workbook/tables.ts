// The workbook contract as data: each table's columns (keys, formats, lists), names and words per locale.
import { catalogue, type Catalogue } from '../i18n';
import type { Locale } from '../model';
import { normalizeHeader } from './normalize-header';

export type TableKey = 'settings' | 'sites' | 'members' | 'producers' | 'products' | 'cycles' | 'orders' | 'log' | 'outbox' | 'duties' | 'payments';
export type ColumnFormat = 'text' | 'money' | 'date' | 'datetime' | 'quantity' | 'integer' | 'checkbox' | 'email' | 'yesno';
export type ColumnList = 'yesno' | 'sites' | 'producers' | 'cycleStatus' | 'lineStatus' | 'outboxStatus' | 'logLevel' | 'languages' | 'paymentMeans';
/** The keys of a table's columns, as its headers are keyed in the catalogues: `ColumnKey<'cycles'>` is 'id' | 'opens' | … */
export type ColumnKey<T extends TableKey> = keyof Catalogue['workbook']['headers'][T] & string;
export interface ColumnDef<K extends string = string> { key: K; format: ColumnFormat; list?: ColumnList; width?: number; hidden?: boolean }
/** Column order is the install order; reading never depends on it. */
export interface TableDef<K extends string = string> { columns: ColumnDef<K>[] }

/** The lists whose words are fixed (not read from another tab), English value -> word. */
export type WordList = Exclude<ColumnList, 'sites' | 'producers'> | 'casePolicy' | 'minimumPolicy' | 'emailKind';
/** The English values of a word list, the union the model uses: `ListValue<'lineStatus'>` is 'active' | 'replaced' | … */
export type ListValue<L extends WordList> = keyof Catalogue['workbook']['lists'][L] & string;

/** A column `width` pixels wide; `list` offers its values in each cell. */
const column = <K extends string>(key: K, width: number, format: ColumnFormat = 'text', list?: ColumnList): ColumnDef<K> =>
  (list ? { key, format, list, width } : { key, format, width });
const yesno = <K extends string>(key: K): ColumnDef<K> => column(key, 90, 'yesno', 'yesno');

/** Every table's columns; a key with no header in the catalogues does not compile. */
export const TABLES: { [T in TableKey]: TableDef<ColumnKey<T>> } = {
  settings: { columns: [column('key', 260), column('value', 260), column('help', 480)] },
  sites: { columns: [column('name', 180), column('address', 320), column('pickup', 200), column('contact', 220), column('volunteers', 90, 'integer'), column('bring', 260)] },
  members: {
    columns: [
      column('email', 240, 'email'), column('name', 200), column('phone', 130),
      column('site', 160, 'text', 'sites'), yesno('active'), column('notes', 260),
      column('tariff', 120), column('formerly', 220),
    ],
  },
  producers: {
    columns: [
      column('name', 220), column('email', 240, 'email'), column('phone', 130),
      column('minimum', 110, 'money'), column('payment', 300), yesno('shareNames'), column('note', 300), yesno('active'),
    ],
  },
  products: {
    columns: [
      column('ref', 80), column('producer', 200, 'text', 'producers'), column('name', 220),
      column('description', 260), column('unit', 120), column('price', 80, 'money'),
      column('step', 60, 'quantity'), column('caseSize', 70, 'quantity'),
      column('maxPerMember', 110, 'quantity'), column('stock', 70, 'quantity'), yesno('available'),
    ],
  },
  cycles: {
    columns: [
      column('id', 110), column('opens', 140, 'datetime'), column('deadline', 140, 'datetime'),
      column('pickup', 140, 'datetime'), column('status', 100, 'text', 'cycleStatus'), column('form', 320),
    ],
  },
  orders: {
    columns: [
      column('cycle', 100), column('submittedAt', 140, 'datetime'), column('email', 220, 'email'),
      column('member', 180), column('site', 140), column('producer', 180), column('ref', 70), column('product', 200),
      column('quantity', 80, 'quantity'), column('tolerance', 80, 'quantity'),
      column('allocated', 80, 'quantity'), column('price', 80, 'money'),
      column('amount', 90, 'money'), column('responseId', 120),
      column('status', 100, 'text', 'lineStatus'), column('comment', 260), column('queue', 60, 'integer'),
    ],
  },
  log: {
    columns: [
      column('date', 140, 'datetime'), column('level', 110, 'text', 'logLevel'),
      column('event', 200), column('who', 200), column('detail', 480),
    ],
  },
  outbox: {
    columns: [
      column('key', 200), column('kind', 120), column('to', 220, 'email'), column('subject', 300),
      column('status', 100, 'text', 'outboxStatus'), column('attempts', 80, 'integer'),
      column('error', 260), column('sentAt', 140, 'datetime'), { key: 'content', format: 'text', hidden: true },
    ],
  },
  duties: {
    columns: [
      column('date', 110, 'date'), column('site', 160, 'text', 'sites'),
      column('role', 160), column('volunteer', 240, 'email'),
    ],
  },
  // The ledger (`core/payments/`): Cabas writes the first seven columns and adds rows; the ticks,
  // the means, what was received, credits and notes are the coordinators' and are kept.
  payments: {
    columns: [
      column('cycle', 100), column('email', 220, 'email'), column('member', 180), column('site', 140),
      column('producer', 180), column('due', 90, 'money'), column('detail', 320),
      column('pickedUp', 80, 'checkbox'), column('paid', 80, 'checkbox'), column('means', 130, 'text', 'paymentMeans'),
      column('received', 90, 'money'), column('credit', 90, 'money'), column('note', 260),
    ],
  },
};

export const TABLE_ORDER: TableKey[] = ['settings', 'sites', 'members', 'producers', 'products', 'cycles', 'duties', 'orders', 'payments', 'outbox', 'log'];

const LOCALES: Locale[] = ['fr', 'en'];

/** The tab's name in a locale: `tableName('products', 'fr') === 'Produits'`. */
export function tableName(table: TableKey, locale: Locale): string {
  return catalogue(locale).workbook.tables[table];
}

function columnTexts(table: TableKey, locale: Locale, kind: 'headers' | 'notes'): Record<string, string | undefined> {
  const texts: Record<string, string | undefined> = catalogue(locale).workbook[kind][table];
  return texts;
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

/** A list's words in a locale, by English value. */
function wordsOf<L extends WordList>(list: L, locale: Locale): Record<ListValue<L>, string> {
  // Checked list by list here, so that indexing by any list keeps its own values.
  const lists: { [K in WordList]: Record<ListValue<K>, string> } = catalogue(locale).workbook.lists;
  return lists[list];
}

function isValueOf<L extends WordList>(list: L, value: string): value is ListValue<L> {
  return Object.prototype.hasOwnProperty.call(wordsOf(list, 'fr'), value);
}

/** Words of a fixed list, in list order (`yesno` fr: ['oui', 'non']); `sites`/`producers` come from tabs, so []. */
export function listValues(list: ColumnList | WordList, locale: Locale): string[] {
  if (list === 'sites' || list === 'producers') return [];
  return Object.values(wordsOf(list, locale));
}

/** The cell word for an English value: `statusWord('lineStatus', 'replaced', 'fr') === 'remplacé'`. */
export function statusWord<L extends WordList>(list: L, value: ListValue<L>, locale: Locale): string {
  return wordsOf(list, locale)[value];
}

/** The English value of a cell word in either locale (`'Clôturé '` -> 'closed'), or null when it is none of the list's words. */
export function parseStatus<L extends WordList>(list: L, text: string): ListValue<L> | null {
  // Called once per order line when a close reads Commandes: the same few words, thousands of times.
  const key = `${list}\u0000${text}`;
  let value = statuses.get(key);
  if (value === undefined) {
    if (statuses.size >= 1000) statuses.clear();
    value = findStatus(list, text);
    statuses.set(key, value);
  }
  return value !== null && isValueOf(list, value) ? value : null;
}

const statuses = new Map<string, string | null>();

function findStatus(list: WordList, text: string): string | null {
  const wanted = normalizeHeader(text);
  if (wanted === '') return null;
  for (const locale of LOCALES) {
    for (const [value, word] of Object.entries(wordsOf(list, locale))) {
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
