// Renders the same e-mail content twice, as plain text and as HTML, from one list of blocks.
import { type HtmlCell, escapeHtml, htmlDocument, htmlLink, htmlParagraph, htmlTable } from '../email/html';

export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: HtmlCell[][]; footer?: HtmlCell[] }
  | { kind: 'link'; url: string; label: string };

const cellText = (c: HtmlCell) => String(typeof c === 'object' ? c.text : c);
const alignRight = (c: HtmlCell) => (typeof c === 'object' ? c.align === 'right' : typeof c === 'number');

// Plain-text tables are padded into columns: most mail clients show text parts in a fixed font.
function textTable(headers: string[], rows: HtmlCell[][], footer?: HtmlCell[]): string {
  const all: HtmlCell[][] = footer ? [headers, ...rows, footer] : [headers, ...rows];
  const texts = all.map((r) => r.map(cellText)); // once per cell: a close renders thousands of tables
  const widths = headers.map(() => 0);
  for (const r of texts) for (let i = 0; i < widths.length; i += 1) widths[i] = Math.max(widths[i], (r[i] ?? '').length);
  const line = (n: number) => {
    let text = '';
    for (let i = 0; i < all[n].length; i += 1) {
      const cell = texts[n][i];
      text += (i > 0 ? '  ' : '') + (alignRight(all[n][i]) ? cell.padStart(widths[i]) : i === all[n].length - 1 ? cell : cell.padEnd(widths[i]));
    }
    return text.trimEnd();
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  let text = `${line(0)}\n${rule}`;
  for (let n = 1; n <= rows.length; n += 1) text += `\n${line(n)}`;
  return footer ? `${text}\n${rule}\n${line(all.length - 1)}` : text;
}

function textBlock(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((i) => `- ${i}`).join('\n');
    case 'table':
      return textTable(block.headers, block.rows, block.footer);
    case 'link':
      return `${block.label} → ${block.url}`;
  }
}

function htmlBlock(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return htmlParagraph(block.text);
    case 'list':
      return `<ul style="margin:8px 0">${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return htmlTable(block.headers, block.rows, block.footer);
    case 'link':
      return `<p style="margin:8px 0">${htmlLink(block.url, block.label)}</p>`;
  }
}

/**
 * Both parts of an e-mail; every piece of text is escaped in the HTML part.
 * @example renderEmailBlocks('Titre', [{ kind: 'paragraph', text: 'a < b' }], 'pied')
 *   // { text: 'Titre\n\na < b\n\n--\npied', html: '…<p …>a &lt; b</p>…' }
 */
export function renderEmailBlocks(title: string, blocks: EmailBlock[], footer: string): { text: string; html: string } {
  const kept = blocks.filter((b) => !(b.kind === 'link' && b.url.trim() === '') && !(b.kind === 'list' && b.items.length === 0));
  const text = [title, ...kept.map(textBlock), `--\n${footer}`].join('\n\n') + '\n';
  const html = htmlDocument(title, kept.map(htmlBlock), footer);
  return { text, html };
}
