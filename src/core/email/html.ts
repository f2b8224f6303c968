// Small HTML building blocks for e-mails: everything that came from a person is escaped here.

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string | number): string {
  const s = String(text);
  // Most text has nothing to escape: testing first spares a close thousands of replacements.
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ENTITIES[c]) : s;
}

const SPECIAL = /[&<>"']/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export type HtmlCell = string | number | { text: string | number; align?: 'left' | 'right'; bold?: boolean };

/** A table with a header row; cells are text (escaped), never markup. */
export function htmlTable(headers: HtmlCell[], rows: HtmlCell[][], footer?: HtmlCell[]): string {
  // Appending (rather than mapping and joining at each level) lets the engine build the table as
  // one rope and copy it once: a close renders thousands of tables.
  let html = `<table style="border-collapse:collapse;font-size:14px;margin:8px 0">${htmlRow('th', headers, '<tr style="background:#eef3ea">', false)}`;
  for (const r of rows) html += htmlRow('td', r, '<tr>', false);
  if (footer) html += htmlRow('td', footer, '<tr style="background:#f6f8fa">', true);
  return `${html}</table>`;
}

function htmlRow(tag: 'th' | 'td', cells: HtmlCell[], open: string, bold: boolean): string {
  let html = open;
  for (const c of cells) html += htmlCell(tag, c, bold);
  return `${html}</tr>`;
}

// A close renders hundreds of thousands of cells: their four possible styles are written once.
const CELL_STYLE = (align: string, bold: boolean) => `padding:4px 8px;border:1px solid #d0d7de;text-align:${align};${bold ? 'font-weight:bold;' : ''}`;
const CELL_STYLES: Record<string, string> = {
  left: CELL_STYLE('left', false), right: CELL_STYLE('right', false), 'left bold': CELL_STYLE('left', true), 'right bold': CELL_STYLE('right', true),
};

function htmlCell(tag: 'th' | 'td', c: HtmlCell, bold: boolean): string {
  const text = typeof c === 'object' ? c.text : c;
  const align = (typeof c === 'object' && c.align) || (typeof text === 'number' ? 'right' : 'left');
  const style = CELL_STYLES[bold || (typeof c === 'object' && c.bold) ? `${align} bold` : align];
  return `<${tag} style="${style}">${escapeHtml(text)}</${tag}>`;
}

/** A paragraph of plain text; newlines become line breaks. */
export function htmlParagraph(text: string): string {
  return `<p style="margin:8px 0">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`;
}

/**
 * On a phone (Gmail, Apple Mail and most clients honour a media query in the head), tables get
 * tighter: the inline styles, which every client reads, keep the wide layout as it has always been.
 */
const PHONE_STYLE = '<style>@media (max-width:480px){body{margin:8px!important}table{font-size:12px!important;width:100%!important}'
  + 'td,th{padding:3px!important;overflow-wrap:normal!important}h2{font-size:20px!important}}</style>';

/** The outer frame shared by every e-mail: title, content blocks, a footer line. */
export function htmlDocument(title: string, blocks: string[], footer: string): string {
  return [
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${PHONE_STYLE}</head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2328;line-height:1.4;max-width:720px;overflow-wrap:anywhere;word-wrap:break-word">',
    `<h2 style="color:#2d6a2e;margin:0 0 12px">${escapeHtml(title)}</h2>`,
    ...blocks,
    `<p style="margin-top:24px;color:#656d76;font-size:12px">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
}

/** A link whose visible text and address are both escaped; only http(s) addresses become links. */
export function htmlLink(url: string, text: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeHtml(text);
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}
