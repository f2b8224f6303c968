// Printable slips: what a household without e-mail gets instead of its e-mails. Its order's
// confirmation (or refusal, or cancellation) and its final summary are kept, the latest of each,
// and printed from the coordinator's sidebar as an A4 page that also reads on a phone.
import { catalogue } from '../i18n';
import type { EmailKind, Locale } from '../model';
import { escapeHtml } from '../email/html';

/** A household's slips: the latest answer to its order, and its final summary at the close. */
export type SlipKind = 'order' | 'summary';

/** What is kept of an e-mail turned into a slip. */
export interface Slip {
  household: string; // the household's key (members/household-key.ts)
  kind: SlipKind;
  subject: string;
  html: string; // the e-mail's HTML document, as it would have been sent
  at: number;
}

/**
 * The slip an e-mail to a household without address becomes, or null when none does (a reminder,
 * a payment reminder: nothing to print, the coordinator sees who has not ordered or paid).
 * @example slipKindOf('member-summary') // "summary"
 * @example slipKindOf('reminder') // null
 */
export function slipKindOf(kind: EmailKind): SlipKind | null {
  if (kind === 'confirmation' || kind === 'cancellation' || kind === 'rejection') return 'order';
  if (kind === 'member-summary') return 'summary';
  return null;
}

const PRINT_STYLE = '<style>'
  + '@page{size:A4;margin:15mm}'
  + 'body{margin:0 auto;padding:12px;max-width:720px}'
  + '.cabas-slip-head{border-bottom:1px solid #d0d7de;margin-bottom:12px;padding-bottom:8px}'
  + '.cabas-slip-head h1{font-size:1.3em;margin:0 0 4px}'
  + '.cabas-slip-print{font-size:1em;padding:6px 14px;margin-bottom:8px}'
  + '@media print{.cabas-slip-print{display:none}body{padding:0;max-width:none}}'
  + '</style>';

/**
 * The print-ready page of a slip: the e-mail's own document (its phone layout kept), with a page
 * size for printing, the household's name and what the slip is as a heading, and a print button
 * that does not print.
 * @example slipPage({ kind: 'order', subject: 'Commande…', html }, 'Jeanne Bousquet', 'fr') // "<!DOCTYPE html>…<h1>Jeanne Bousquet</h1>…"
 */
export function slipPage(slip: Pick<Slip, 'kind' | 'subject' | 'html'>, householdName: string, locale: Locale): string {
  const t = catalogue(locale).ui.slip;
  const head = `<div class="cabas-slip-head"><button type="button" class="cabas-slip-print" onclick="window.print()">${escapeHtml(t.print)}</button>`
    + `<h1>${escapeHtml(householdName)}</h1><div>${escapeHtml(t.heading[slip.kind])} — ${escapeHtml(slip.subject)}</div></div>`;
  const title = `<title>${escapeHtml(`${householdName} — ${t.heading[slip.kind]}`)}</title>`;
  let html = slip.html;
  html = /<\/head>/i.test(html) ? html.replace(/<\/head>/i, () => `${title}${PRINT_STYLE}</head>`) : `${title}${PRINT_STYLE}${html}`;
  const body = /<body[^>]*>/i.exec(html);
  return body ? html.replace(body[0], () => body[0] + head) : head + html;
}
