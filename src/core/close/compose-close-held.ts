// The e-mail a close that waits sends the coordination at once: why it waits, what to review, which menu item sends.
import { catalogue } from '../i18n';
import type { CycleCatalog, Email } from '../model';
import type { EmailBlock } from '../orders/email-blocks';
import { cycleLabel } from '../orders/cycle-label';
import { paragraph } from '../orders/paragraph';
import { closeEmail } from './close-email';

export interface HeldClose {
  catalog: CycleCatalog;
  households: number;
  /** Producers held below their minimum (`Minimum producteur = suspendre`). */
  held: string[];
  /** With automatic sending off: the e-mails the close left pending in `Envois`; null when the close waits for `Attribué`. */
  waitingInOutbox: number | null;
}

/**
 * What the coordination must do before the close's e-mails leave, sent to the coordination
 * address only. Its key is the cycle's, so a close run again sends it once.
 * @example composeCloseHeld({ catalog, households: 12, held: [], waitingInOutbox: 19 }).key // "close-held:2026-12-10"
 */
export function composeCloseHeld(h: HeldClose): Email {
  const { catalog } = h;
  const { locale, timeZone, groupName, coordinationEmail, casePolicy } = catalog.settings;
  const t = catalogue(locale).close.held;
  const menu = catalogue(locale).ui.menu;
  const label = cycleLabel(catalog.cycle, timeZone, locale);
  const reasons: string[] = [];
  if (casePolicy === 'manual') reasons.push(t.manual);
  for (const producer of h.held) reasons.push(t.minimumHeld(producer));
  const review = h.waitingInOutbox === null || reasons.length > 0;
  if (h.waitingInOutbox !== null) reasons.push(t.autoSendOff(h.waitingInOutbox));
  const blocks: EmailBlock[] = [
    paragraph(t.intro(h.households)),
    paragraph(t.why),
    { kind: 'list', items: reasons },
    paragraph(t.review),
    paragraph(review ? t.sendOrder(menu.finalize) : t.sendPending(menu.sendNow)),
  ];
  return closeEmail({
    catalog, kind: 'close-held', key: `close-held:${catalog.cycle.id}`, to: coordinationEmail,
    subject: t.subject(groupName, label), title: t.title(label), blocks,
  });
}
