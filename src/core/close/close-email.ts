// What every e-mail of the close shares: sender name, reply-to the coordination, footer, pickup lines.
import { formatLongDate } from '../dates';
import { catalogue } from '../i18n';
import type { CycleCatalog, Email } from '../model';
import { memberEmail, type MemberEmailParts } from '../orders/email-envelope';

/** A member e-mail's parts, with the cycle's catalogue in place of the settings and the close's own footer. */
export type CloseEmailParts = Omit<MemberEmailParts, 'settings' | 'footer'> & { catalog: CycleCatalog };

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
