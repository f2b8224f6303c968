// What every e-mail of the close shares: sender name, reply-to the coordination, footer, pickup lines.
import { formatLongDate } from '../dates';
import { catalogue } from '../i18n';
import type { Attachment, CycleCatalog, Email, EmailKind } from '../model';
import type { EmailBlock } from '../orders/email-blocks';
import { memberEmail } from '../orders/email-envelope';

export interface CloseEmailParts {
  catalog: CycleCatalog;
  kind: EmailKind;
  key: string;
  to: string;
  subject: string;
  title: string;
  blocks: EmailBlock[];
  attachments?: Attachment[];
}

/** An outbox e-mail from the group, answered by the coordination; text and HTML from the same blocks. */
export function closeEmail(parts: CloseEmailParts): Email {
  const { settings } = parts.catalog;
  const footer = catalogue(settings.locale).close.common.footer(settings.groupName, settings.coordinationEmail);
  return memberEmail({ ...parts, settings, footer });
}

/** The pickup day in words, '' when the cycle has none. */
export function pickupDate(catalog: CycleCatalog): string {
  const { pickup } = catalog.cycle;
  return pickup === null ? '' : formatLongDate(pickup, catalog.settings.timeZone, catalog.settings.locale);
}

/** "Monclar-de-Quercy — Salle des fêtes, place de la Mairie (vendredi 17 h – 19 h)". */
export function siteLine(catalog: CycleCatalog, name: string): string {
  const t = catalogue(catalog.settings.locale).close.common;
  const site = catalog.sites.find((s) => s.name === name);
  return t.site(name || t.noSite, site?.address ?? '', site?.pickup ?? '');
}
