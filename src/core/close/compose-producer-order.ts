// The order e-mail to a producer: its tables, the pickup date and places, the contact, a CSV copy.
import type { HtmlCell } from '../email/html';
import { catalogue } from '../i18n';
import { formatMoney, formatQuantity } from '../money';
import type { Email } from '../model';
import type { EmailBlock } from '../orders/email-blocks';
import { paragraph } from '../orders/paragraph';
import { cycleLabel } from '../orders/cycle-label';
import { closeEmail, pickupDate, siteLine } from './close-email';
import { type ClosedCycle, type ClosedLine, type ProducerOrder, siteOrder } from './closed-cycle';
import { PRODUCER_COLUMNS, type Section, type SectionCell } from './producer-sections';
import type { ProducerRows } from './producer-tab';
import { toCsv } from './to-csv';
import { utf8Bytes } from '../email/utf8-bytes';
import { stripAccents } from '../workbook/normalize-header';

/** A file-name-safe form of a name: "Ferme des Tilleuls" -> "ferme-des-tilleuls". */
export function fileSlug(name: string): string {
  return stripAccents(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'producteur';
}

/**
 * Composes a producer's order from its delivered lines, tables and tab rows (the CSV is the tab);
 * null when the producer has no e-mail address (the digest says so). An order too long for one
 * e-mail keeps its longest tables in the CSV only, and says so.
 * @example composeProducerOrder(cycle, order, lines, sections, rows)?.attachments?.[0].fileName // "commande-ferme-des-tilleuls-2026-12-10.csv"
 */
export function composeProducerOrder(cycle: ClosedCycle, order: ProducerOrder, lines: ClosedLine[], sections: Section[], tab: ProducerRows): Email | null {
  const { catalog } = cycle;
  const { locale, timeZone, groupName, coordinationEmail } = catalog.settings;
  const producer = catalog.producers.find((p) => p.name === order.producer);
  if (!producer || producer.email.trim() === '') return null;
  const t = catalogue(locale).close;
  const label = cycleLabel(catalog.cycle, timeZone, locale);
  const rows = tab.rows.map((row) => row.map((cell) => (typeof cell === 'boolean' ? String(cell) : cell)));
  const attachments = [{
    fileName: t.producer.csvName(fileSlug(order.producer), catalog.cycle.id), mimeType: 'text/csv; charset=utf-8', content: toCsv(rows, locale),
  }];

  const sites = siteOrder(catalog, lines.map((c) => c.line.site));
  const compose = (shown: Section[], omitted: Section[]) => {
    // What a producer needs first, between two chores: when and where to deliver.
    const blocks: EmailBlock[] = [
      paragraph(t.producer.pickupIntro(pickupDate(catalog))), { kind: 'list', items: sites.map((s) => siteLine(catalog, s)) },
      paragraph(t.common.greeting('')), paragraph(t.producer.intro(groupName)),
    ];
    for (const section of shown) {
      if (section.heading) blocks.push(paragraph(section.heading.toUpperCase()));
      if (section.title) blocks.push(paragraph(section.title));
      blocks.push(sectionTable(section, locale));
    }
    const headings = omitted.filter((s) => s.heading).map((s) => s.heading.toLowerCase());
    if (headings.length > 0) blocks.push(paragraph(t.producer.detailAttached(headings)));
    blocks.push(paragraph(t.producer.contact(coordinationEmail)));
    blocks.push(paragraph(t.producer.thanks), paragraph(t.common.signature(groupName)));
    return closeEmail({
      catalog, kind: 'producer-order', key: `producer-order:${catalog.cycle.id}:${order.producer}`, to: producer.email.trim(),
      subject: t.producer.subject(groupName, label), title: t.producer.title(label), blocks, attachments,
    });
  };
  // Too long for one message, the tables by member go, then those by site, then the one by
  // product: the CSV attached has them all. A choice whose cells alone pass the limit is not rendered.
  const without = (dropped: string[]) => compose(sections.filter((s) => !dropped.includes(s.part)), sections.filter((s) => dropped.includes(s.part)));
  for (const dropped of [[], ['member'], ['member', 'site']]) {
    if (cellsAtLeast(sections.filter((s) => !dropped.includes(s.part))) > MAX_BODY_BYTES) continue;
    const email = without(dropped);
    if (bodyBytes(email) <= MAX_BODY_BYTES) return email;
  }
  return without(['member', 'site', 'product']);
}

/**
 * Apps Script refuses a message whose body passes 200 KB on a consumer account ("Email body size",
 * https://developers.google.com/apps-script/guides/services/quotas). Whether the text and HTML
 * parts count together is unverified: together they stay under it, with room for the headers.
 */
export const MAX_BODY_BYTES = 192 * 1024;

/**
 * A floor on the size of tables: every cell rendered takes over 70 bytes of HTML (its inline
 * style) and text; 40 a cell leaves room for the columns a table drops when they are empty.
 */
function cellsAtLeast(sections: Section[]): number {
  return sections.reduce((sum, s) => sum + (s.rows.length + 2) * s.headers.length, 0) * 40;
}

function bodyBytes(email: Email): number {
  // Most orders are far below: counting UTF-8 bytes is only needed near the limit (3 bytes a code unit at most).
  const units = email.text.length + email.html.length;
  return units * 3 <= MAX_BODY_BYTES ? units : utf8Bytes(email.text) + utf8Bytes(email.html);
}

/** A section as an e-mail table; a column left empty throughout (cases per site) is dropped. */
function sectionTable(section: Section, locale: 'fr' | 'en'): EmailBlock {
  const keep = PRODUCER_COLUMNS.map((_, i) => section.rows.some((r) => r[i] !== null && r[i] !== ''));
  keep[0] = true;
  const cell = (value: SectionCell, i: number): HtmlCell => {
    if (value === null || value === '') return '';
    if (typeof value === 'string') return value;
    const kind = PRODUCER_COLUMNS[i];
    const text = kind === 'money' ? formatMoney(value, locale) : formatQuantity(value, locale);
    return { text, align: 'right' };
  };
  const pick = <T,>(row: T[]) => row.filter((_, i) => keep[i]);
  return {
    kind: 'table', headers: pick(section.headers),
    rows: section.rows.map((r) => pick(r.map(cell))), footer: pick(section.total.map(cell)),
  };
}
