// Writes index.html: one self-contained page to browse the workbook's tabs and the e-mails sent.
import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { escapeHtml } from '../../core/email/html';
import type { SentMessage } from '../../local-apps-script/mail/sent-message';
import type { SheetSnapshot, SpreadsheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';
import { renderChartSvg } from './chart-svg';
import { displayValue, formatDatePattern } from './display-value';

type UiLocale = 'fr' | 'en';

// Interface words of this page (CLI output, not the Apps Script catalogue).
const LABELS = {
  fr: {
    tabs: 'Onglets', emails: 'E-mails', summary: 'Résumé', kind: 'Type', to: 'À', from: 'De', cc: 'Cc', bcc: 'Cci',
    replyTo: 'Répondre à', subject: 'Objet', date: 'Envoyé le', attachments: 'Pièces jointes', html: 'Version HTML',
    text: 'Version texte', eml: 'Ouvrir le fichier .eml', none: 'Aucun e-mail envoyé.', hidden: 'masqué', empty: 'Onglet vide.',
  },
  en: {
    tabs: 'Tabs', emails: 'E-mails', summary: 'Summary', kind: 'Kind', to: 'To', from: 'From', cc: 'Cc', bcc: 'Bcc',
    replyTo: 'Reply to', subject: 'Subject', date: 'Sent', attachments: 'Attachments', html: 'HTML version',
    text: 'Text version', eml: 'Open the .eml file', none: 'No e-mail sent.', hidden: 'hidden', empty: 'Empty tab.',
  },
} as const;

/** Styles shared by the index and by pages that show one fragment (the guide's screenshots). */
export const CABAS_PAGE_CSS = `
body{font-family:Arial,Helvetica,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
header{background:#2d6a2e;color:#fff;padding:10px 16px}header h1{margin:0;font-size:20px}
nav{display:flex;flex-wrap:wrap;gap:4px;padding:8px 16px;background:#eef3ea;border-bottom:1px solid #d0d7de}
nav button{border:1px solid #b7c9b0;background:#fff;padding:4px 10px;border-radius:4px;cursor:pointer;font-size:13px}
nav button[aria-selected=true]{background:#2d6a2e;color:#fff}nav .sep{width:16px}
main{padding:12px 16px}.panel[hidden]{display:none}.summary li{margin:2px 0;overflow-wrap:anywhere}h1,h2{overflow-wrap:anywhere}
.sheet-wrap{overflow:auto;max-height:80vh;background:#fff;border:1px solid #d0d7de}
table.sheet{border-collapse:separate;border-spacing:0;font-size:13px}
table.sheet th,table.sheet td{border-right:1px solid #e1e4e8;border-bottom:1px solid #e1e4e8;padding:2px 6px;white-space:pre-wrap;vertical-align:top}
table.sheet thead th{position:sticky;top:0;background:#f0f2f4;color:#57606a;font-weight:normal;z-index:2}
table.sheet tr.frozen td{position:sticky;background:#fbfcfd;z-index:1;border-bottom:2px solid #9aa5b1}
table.sheet td.row-number{color:#57606a;background:#f0f2f4;text-align:right}
table.sheet td.num{text-align:right}table.sheet td.bool{text-align:center}table.sheet .b{font-weight:bold}
table.sheet td.note{background-image:linear-gradient(225deg,#e8a33d 5px,transparent 5px)}
table.mails{border-collapse:collapse;font-size:13px;background:#fff}table.mails td,table.mails th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;overflow-wrap:anywhere}
table.mails tr.mail{cursor:pointer}table.mails tr.mail:hover{background:#eef3ea}
.message dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;font-size:13px}.message dt{color:#57606a}.message dd{margin:0;overflow-wrap:anywhere}
.message iframe{display:block;box-sizing:border-box;width:100%;height:480px;border:1px solid #d0d7de;background:#fff}
.message pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #d0d7de;padding:8px;font-size:13px}
.message a,.message li{overflow-wrap:anywhere}
.chart{display:inline-block;box-sizing:border-box;max-width:100%;margin:12px 12px 0 0;background:#fff;border:1px solid #d0d7de;padding:8px}.chart svg{max-width:100%;height:auto}.chart figcaption{font-weight:bold;font-size:13px;margin-bottom:4px}`;

const uiLocale = (locale: string): UiLocale => (locale.toLowerCase().startsWith('en') ? 'en' : 'fr');

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** One tab as a table: column letters and row numbers like the sheet, frozen rows sticky, hidden columns left out. */
export function renderSheetHtml(sheet: SheetSnapshot, timeZone: string, locale: string): string {
  const ui = uiLocale(locale);
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => !sheet.hiddenColumns.includes(c + 1));
  if (sheet.values.length === 0) return `<p class="empty">${escapeHtml(LABELS[ui].empty)}</p>`;
  const cols = columns.map((c) => `<col${sheet.columnWidths[c + 1] ? ` style="width:${Math.round(sheet.columnWidths[c + 1])}px"` : ''}>`).join('');
  const head = `<thead><tr><th></th>${columns.map((c) => `<th>${columnLetter(c)}</th>`).join('')}</tr></thead>`;
  const rows = sheet.values.map((row, r) => {
    const frozen = r < sheet.frozenRows;
    // Frozen rows stack under the sticky column letters (about 21 px each).
    const top = frozen ? ` style="top:${21 * (r + 1)}px"` : '';
    const cells = columns.map((c) => {
      const value = row[c] ?? null;
      const validation = sheet.validations[r]?.[c] ?? null;
      const note = sheet.notes[r]?.[c] ?? '';
      const classes = [
        typeof value === 'number' || value instanceof Date ? 'num' : '',
        typeof value === 'boolean' ? 'bool' : '',
        sheet.bold[r]?.[c] ? 'b' : '',
        note ? 'note' : '',
      ].filter(Boolean).join(' ');
      const text = displayValue(value, sheet.numberFormats[r]?.[c] ?? '', validation, timeZone, uiLocale(locale));
      return `<td${classes ? ` class="${classes}"` : ''}${note ? ` title="${escapeHtml(note)}"` : ''}${top}>${escapeHtml(text)}</td>`;
    }).join('');
    return `<tr${frozen ? ' class="frozen"' : ''}><td class="row-number"${top}>${r + 1}</td>${cells}</tr>`;
  }).join('\n');
  return `<div class="sheet-wrap"><table class="sheet"><colgroup><col>${cols}</colgroup>${head}<tbody>\n${rows}\n</tbody></table></div>`;
}

function dataUri(mimeType: string, bytes: Uint8Array): string {
  return `data:${mimeType.replace(/[^\w.+\-/;=]/g, '') || 'application/octet-stream'};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * One e-mail: its headers, the HTML part in a sandboxed iframe (no script, no form, no navigation
 * can run from an e-mail; `allow-same-origin` only lets the page size the frame to the e-mail), the text part, and the attachments as download links.
 */
export function renderMessageHtml(message: SentMessage, options: { locale?: string; timeZone?: string; emlHref?: string } = {}): string {
  const l = LABELS[uiLocale(options.locale ?? 'fr')];
  const row = (label: string, value: string) => (value ? `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>` : '');
  const from = message.name ? `${message.name} <${message.from}>` : message.from;
  const date = formatDatePattern(message.at, 'dd/MM/yyyy HH:mm', options.timeZone ?? 'Europe/Paris');
  const attachments = message.attachments.map((a) =>
    `<li><a download="${escapeHtml(a.name)}" href="${escapeHtml(dataUri(a.mimeType, a.bytes))}">${escapeHtml(a.name)}</a> (${escapeHtml(a.mimeType)}, ${a.bytes.length} o)</li>`);
  return [
    '<article class="message">',
    `<h2>${escapeHtml(message.subject)}</h2>`,
    `<dl>${row(l.from, from)}${row(l.to, message.to)}${row(l.cc, message.cc)}${row(l.bcc, message.bcc)}${row(l.replyTo, message.replyTo)}${row(l.date, date)}</dl>`,
    options.emlHref ? `<p><a href="${escapeHtml(options.emlHref)}">${escapeHtml(l.eml)}</a></p>` : '',
    // allow-same-origin without allow-scripts: nothing in the e-mail runs, and the page can read
    // the e-mail's height to show it whole (SCRIPT) rather than cut at the frame's first 480 px.
    message.htmlBody ? `<h3>${escapeHtml(l.html)}</h3><iframe sandbox="allow-same-origin" referrerpolicy="no-referrer" srcdoc="${escapeHtml(message.htmlBody)}"></iframe>` : '',
    `<h3>${escapeHtml(l.text)}</h3><pre>${escapeHtml(message.body)}</pre>`,
    attachments.length ? `<h3>${escapeHtml(l.attachments)}</h3><ul>${attachments.join('')}</ul>` : '',
    '</article>',
  ].join('\n');
}

/** A whole page around one fragment, with the shared styles. */
export function standalonePage(title: string, bodyHtml: string, locale: string): string {
  return `<!DOCTYPE html><html lang="${uiLocale(locale)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
    + `<style>${CABAS_PAGE_CSS}</style></head><body><main>${bodyHtml}</main></body></html>\n`;
}

// The outbox tab knows each message's kind; a sent message does not, so it is looked up by recipient and subject.
function kindsFromOutbox(snapshot: SpreadsheetSnapshot): Map<string, string> {
  const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
  const kinds = new Map<string, string>();
  const outbox = snapshot.sheets.find((s) => ['envois', 'outbox'].includes(norm(s.name)));
  if (!outbox || outbox.values.length === 0) return kinds;
  const header = outbox.values[0].map((h) => norm(String(h ?? '')));
  const at = (names: string[]) => header.findIndex((h) => names.includes(h));
  const [kind, to, subject] = [at(['type', 'kind']), at(['destinataire', 'to']), at(['objet', 'subject'])];
  if (kind < 0 || to < 0 || subject < 0) return kinds;
  for (const row of outbox.values.slice(1)) kinds.set(`${row[to]}\n${row[subject]}`, String(row[kind] ?? ''));
  return kinds;
}

// Tabs and e-mail rows switch panels; without script every panel still shows (nothing is hidden in the markup).
// An e-mail's frame grows to the e-mail's height once its panel shows (a hidden frame has no height yet).
const SCRIPT = `function fit(f){try{var h=f.contentDocument.documentElement.scrollHeight;if(h>0)f.style.height=(h+2)+'px'}catch(e){}}
document.querySelectorAll('.message iframe').forEach(function(f){f.addEventListener('load',function(){fit(f)})});
document.querySelectorAll('[data-panel]').forEach(function(b){b.addEventListener('click',function(){
document.querySelectorAll('.panel').forEach(function(p){p.hidden=p.id!==b.dataset.panel;if(!p.hidden)p.querySelectorAll('iframe').forEach(fit)});
document.querySelectorAll('nav button').forEach(function(n){n.setAttribute('aria-selected',String(n.dataset.panel===b.dataset.panel))});});});
var first=document.querySelector('nav button');if(first)first.click();`;

/** Writes the page to `path`: tabs first, then the e-mails list and each e-mail. */
/**
 * `messages` are shown in full; `more` (sent after them, when a run kept only the first ones in
 * memory) are listed with a link to their .eml file. `emlFiles` covers both, in order.
 */
export function writeIndexHtml(input: { title: string; snapshot: SpreadsheetSnapshot; messages: SentMessage[]; more?: { to: string; subject: string }[]; emlFiles: string[]; summary?: string[] }, path: string): void {
  const { snapshot } = input;
  const ui = uiLocale(snapshot.locale);
  const l = LABELS[ui];
  const here = dirname(path);
  const href = (file: string | undefined) => (file === undefined ? undefined : (isAbsolute(file) ? relative(here, file) : file).split('\\').join('/'));
  const kinds = kindsFromOutbox(snapshot);
  const all = [...input.messages, ...(input.more ?? [])];
  const nav: string[] = [];
  // The run's summary is a panel of its own, the first: shown once, not above every tab.
  if (input.summary?.length) nav.push(`<button type="button" data-panel="summary">${escapeHtml(l.summary)}</button>`);
  snapshot.sheets.forEach((sheet, i) => {
    nav.push(`<button type="button" data-panel="tab-${i}">${escapeHtml(sheet.name)}${sheet.hidden ? ` (${escapeHtml(l.hidden)})` : ''}</button>`);
  });
  nav.push('<span class="sep"></span>', `<button type="button" data-panel="mails">${escapeHtml(l.emails)} (${all.length})</button>`);
  // No network: the policy forbids every fetch, including images inside e-mails (srcdoc frames inherit it).
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; frame-src 'self'";
  // Written panel by panel: at 10,000 answers the page is some 28 MB, and built whole (its panels,
  // then the page) it was a large part of the replay's peak memory (docs/offline-replay.md).
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `<!DOCTYPE html>
<html lang="${ui}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(input.title)}</title><style>${CABAS_PAGE_CSS}</style></head>
<body><header><h1>${escapeHtml(input.title)}</h1></header>
<nav aria-label="${escapeHtml(l.tabs)}">${nav.join('')}</nav>
<main>
`);
    let first = true;
    const panel = (html: string) => {
      writeSync(fd, first ? html : `\n${html}`);
      first = false;
    };
    if (input.summary?.length) {
      panel(`<section class="panel summary" id="summary"><h2>${escapeHtml(l.summary)}</h2><ul>${input.summary.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></section>`);
    }
    snapshot.sheets.forEach((sheet, i) => {
      panel(`<section class="panel" id="tab-${i}"><h2>${escapeHtml(sheet.name)}</h2>${renderSheetHtml(sheet, snapshot.timeZone, snapshot.locale)}${(sheet.charts ?? []).map((c) => renderChartSvg(c, sheet)).join('')}</section>`);
    });
    const list = all.map((m, i) => {
      const cells = `<td>${i + 1}</td><td>${escapeHtml(kinds.get(`${m.to}\n${m.subject}`) ?? '')}</td><td>${escapeHtml(m.to)}</td>`;
      if (i < input.messages.length) return `<tr class="mail" data-panel="mail-${i}">${cells}<td>${escapeHtml(m.subject)}</td></tr>`;
      const eml = href(input.emlFiles[i]);
      return `<tr>${cells}<td>${eml ? `<a href="${escapeHtml(eml)}">${escapeHtml(m.subject)}</a>` : escapeHtml(m.subject)}</td></tr>`;
    });
    panel(`<section class="panel" id="mails"><h2>${escapeHtml(l.emails)}</h2>${all.length === 0 ? `<p>${escapeHtml(l.none)}</p>`
      : `<table class="mails"><tr><th>#</th><th>${escapeHtml(l.kind)}</th><th>${escapeHtml(l.to)}</th><th>${escapeHtml(l.subject)}</th></tr>${list.join('')}</table>`}</section>`);
    input.messages.forEach((m, i) => {
      panel(`<section class="panel" id="mail-${i}">${renderMessageHtml(m, { locale: snapshot.locale, timeZone: snapshot.timeZone, emlHref: href(input.emlFiles[i]) })}</section>`);
    });
    writeSync(fd, `
</main><script>${SCRIPT}</script></body></html>
`);
  } finally {
    closeSync(fd);
  }
}
