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
  const cell = (tag: 'th' | 'td', c: HtmlCell) => {
    const o = typeof c === 'object' ? c : { text: c };
    const align = o.align ?? (typeof o.text === 'number' ? 'right' : 'left');
    const style = `padding:4px 8px;border:1px solid #d0d7de;text-align:${align};${o.bold ? 'font-weight:bold;' : ''}`;
    return `<${tag} style="${style}">${escapeHtml(o.text)}</${tag}>`;
  };
  const head = `<tr style="background:#eef3ea">${headers.map((h) => cell('th', h)).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('');
  const foot = footer ? `<tr style="background:#f6f8fa">${footer.map((c) => cell('td', typeof c === 'object' ? { ...c, bold: true } : { text: c, bold: true })).join('')}</tr>` : '';
  return `<table style="border-collapse:collapse;font-size:14px;margin:8px 0">${head}${body}${foot}</table>`;
}

/** A paragraph of plain text; newlines become line breaks. */
export function htmlParagraph(text: string): string {
  return `<p style="margin:8px 0">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`;
}

/** The outer frame shared by every e-mail: title, content blocks, a footer line. */
export function htmlDocument(title: string, blocks: string[], footer: string): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2328;line-height:1.4;max-width:720px">',
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
