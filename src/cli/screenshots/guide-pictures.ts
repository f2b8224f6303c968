// What the guides' pictures show, and the HTML page each one is taken from: a tab of the demo's
// workbook (trimmed to what fits 900 px) or one e-mail of each kind the demo sent.
import { escapeHtml } from '../../core/email/html';
import { readTable } from '../../core/workbook/read-table';
import { parseStatus, tableOfTabName, type TableKey } from '../../core/workbook/tables';
import type { SentMessage } from '../../local-apps-script/mail/sent-message';
import type { SheetSnapshot, SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { renderMessageHtml, renderSheetHtml, standalonePage } from '../export/write-index-html';
import { snapshotTable } from '../read-snapshot-table';

/** Width of every picture's page, in CSS pixels. */
export const PAGE_WIDTH = 900;

export interface TabPicture {
  file: string;
  /** A Cabas table (found by its name in either locale), or a generated tab's name pattern. */
  tab: TableKey | RegExp;
  /** Data rows kept under the header row(s); the rest is cut (row numbers stay true). */
  rows: number;
  /** Columns kept, as keys of the table (only for Cabas tables); the others are hidden. */
  columns?: string[];
}

export interface MailPicture {
  file: string;
  /** The `Type` of the message in the outbox tab. */
  kind: string;
  /** The recipient to show, when it exists; else the first message of that kind. */
  to?: string;
}

/** The pictures the guides reference (`images/…` from docs/), and what each one shows. */
export const GUIDE_PICTURES: { tabs: TabPicture[]; mails: MailPicture[] } = {
  tabs: [
    { file: 'tab-products.png', tab: 'products', rows: 14, columns: ['ref', 'producer', 'name', 'unit', 'price', 'step', 'caseSize', 'maxPerMember', 'stock', 'available'] },
    { file: 'tab-orders.png', tab: 'orders', rows: 16, columns: ['member', 'producer', 'product', 'quantity', 'tolerance', 'allocated', 'price', 'amount', 'status'] },
    { file: 'tab-recap.png', tab: /^▸ (Récap|Recap)$/, rows: 16 },
    { file: 'tab-producer.png', tab: /^▸ Chèvrerie de Cabanac$/, rows: 20 },
    { file: 'tab-distribution.png', tab: /^▸ Distribution Septfonds$/, rows: 7 },
  ],
  mails: [
    { file: 'email-confirmation.png', kind: 'confirmation', to: 'claire.delmas@example.org' },
    { file: 'email-rejection.png', kind: 'rejection', to: 'nouveau.voisin@example.org' },
    { file: 'email-member-summary.png', kind: 'member-summary', to: 'claire.delmas@example.org' },
    { file: 'email-producer-order.png', kind: 'producer-order', to: 'chevrerie.cabanac@example.org' },
    { file: 'email-digest.png', kind: 'digest' },
  ],
};

/** The sheet a picture shows; throws with the tabs there are when it is not in the workbook. */
export function findSheet(snapshot: SpreadsheetSnapshot, tab: TableKey | RegExp): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => (typeof tab === 'string' ? tableOfTabName(s.name) === tab : tab.test(s.name)));
  if (!sheet) throw new Error(`No tab ${String(tab)} in the demo's workbook (tabs: ${snapshot.sheets.map((s) => s.name).join(', ')}).`);
  return sheet;
}

const cut = <T>(grid: T[][], rows: number): T[][] => grid.slice(0, rows);

/**
 * A copy of the sheet with its first `rows` data rows (after the frozen header) and, for a Cabas
 * table, only the given columns visible. The input is not changed.
 */
export function trimSheet(sheet: SheetSnapshot, picture: Pick<TabPicture, 'tab' | 'rows' | 'columns'>): SheetSnapshot {
  const keep = Math.max(1, sheet.frozenRows) + picture.rows;
  let hiddenColumns = [...sheet.hiddenColumns];
  if (picture.columns && typeof picture.tab === 'string') {
    const read = readTable(picture.tab, sheet.values.slice(0, 1).map((r) => r.map((v) => (v === null ? '' : v))));
    const wanted = picture.columns.map((key) => {
      const index = read.columnIndex[key];
      if (index === undefined) throw new Error(`Column "${key}" not found in tab ${sheet.name}.`);
      return index + 1;
    });
    const width = Math.max(0, ...sheet.values.map((r) => r.length));
    hiddenColumns = Array.from({ length: width }, (_, i) => i + 1).filter((c) => !wanted.includes(c));
  }
  return {
    ...sheet,
    values: cut(sheet.values, keep), numberFormats: cut(sheet.numberFormats, keep), bold: cut(sheet.bold, keep),
    notes: cut(sheet.notes, keep), validations: cut(sheet.validations, keep),
    formulas: sheet.formulas ? cut(sheet.formulas, keep) : undefined, hiddenColumns,
  };
}

/**
 * The sent message a picture shows: the outbox row of that kind (for that recipient when given
 * and present), matched to MailApp's record by recipient and subject.
 */
export function pickMessage(snapshot: SpreadsheetSnapshot, sent: SentMessage[], picture: Pick<MailPicture, 'kind' | 'to'>): SentMessage {
  const outbox = snapshotTable(snapshot, 'outbox')?.rows ?? [];
  const ofKind = outbox.filter((r) => (parseStatus('emailKind', String(r.cells.kind)) ?? String(r.cells.kind)) === picture.kind);
  const rows = ofKind.filter((r) => !picture.to || String(r.cells.to) === picture.to);
  for (const row of rows.length ? rows : ofKind) {
    const message = sent.find((m) => m.to === String(row.cells.to) && m.subject === String(row.cells.subject));
    if (message) return message;
  }
  throw new Error(`No sent e-mail of kind "${picture.kind}" in the demo (outbox kinds: ${[...new Set(outbox.map((r) => String(r.cells.kind)))].join(', ')}).`);
}

// Pictures show everything: no scrolling box, and the tab's name under the grid as Sheets shows it.
const PICTURE_CSS = `
body{background:#fff}main{padding:0}#picture{display:inline-block;max-width:${PAGE_WIDTH}px;padding:8px;background:#fff}
.sheet-wrap{max-height:none;overflow:visible}
table.sheet .overflow{width:0;white-space:nowrap;overflow:visible}
table.sheet thead th{position:static}table.sheet tr.frozen td{position:static}
.tab-bar{margin:0;font-size:13px;padding:4px 0 0}.tab-bar span{display:inline-block;padding:3px 12px;border:1px solid #d0d7de;border-top:none;background:#fff;color:#2d6a2e;font-weight:bold;box-shadow:0 2px 0 #2d6a2e}
.message h2{font-size:17px;margin:4px 0 8px}.message iframe{height:auto;border:1px solid #d0d7de}
.message h3.html-label,.message h3.text-label,.message pre{display:none}`;

function page(title: string, body: string, locale: string): string {
  return standalonePage(title, `<style>${PICTURE_CSS}</style><div id="picture">${body}</div>`, locale);
}

/** A tab's picture page: the trimmed grid and the tab's name. */
export function tabPage(sheet: SheetSnapshot, snapshot: SpreadsheetSnapshot): string {
  const grid = renderSheetHtml(sheet, snapshot.timeZone, snapshot.locale);
  return page(sheet.name, `${grid}<p class="tab-bar"><span>${escapeHtml(sheet.name)}</span></p>`, snapshot.locale);
}

/**
 * An e-mail's picture page: subject, sender, recipient and date, then the HTML part. The frame
 * may be read by the page (`allow-same-origin`, still no script) so it can be sized to its content.
 */
export function mailPage(message: SentMessage, snapshot: SpreadsheetSnapshot): string {
  const html = renderMessageHtml(message, { locale: snapshot.locale, timeZone: snapshot.timeZone })
    .replace(/<h3>([^<]*)<\/h3><iframe/, '<h3 class="html-label">$1</h3><iframe')
    .replace(/<h3>([^<]*)<\/h3><pre>/, '<h3 class="text-label">$1</h3><pre>');
  return page(message.subject, html, snapshot.locale);
}
