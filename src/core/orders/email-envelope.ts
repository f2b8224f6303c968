// What every member e-mail of a cycle shares: sender, reply-to, footer, pickup and deadline lines.
import { formatLongDate, formatLongDateTime } from '../dates';
import { headerText, subjectText } from '../email/header-text';
import { catalogue } from '../i18n';
import type { Attachment, CycleCatalog, Email, EmailKind, Settings } from '../model';
import { type EmailBlock, renderEmailBlocks } from './email-blocks';

export interface MemberEmailParts {
  settings: Settings;
  kind: EmailKind;
  key: string;
  to: string;
  subject: string;
  title: string;
  blocks: EmailBlock[];
  /** The close's e-mails have their own footer and may carry attachments. */
  footer?: string;
  attachments?: Attachment[];
}

/** Wraps rendered content into an outbox e-mail from the group, answered by the coordination. */
export function memberEmail(parts: MemberEmailParts): Email {
  const { settings } = parts;
  const footer = parts.footer ?? catalogue(settings.locale).orders.email.footer(settings.groupName, settings.coordinationEmail);
  const { text, html } = renderEmailBlocks(parts.title, parts.blocks, footer);
  return {
    key: parts.key,
    kind: parts.kind,
    to: parts.to,
    replyTo: settings.coordinationEmail,
    // Header fields are one line: a group name pasted with a line break cannot add a header.
    name: headerText(settings.groupName),
    subject: subjectText(parts.subject),
    text,
    html,
    ...(parts.attachments ? { attachments: parts.attachments } : {}),
  };
}

/** The cycle's deadline as people read it: "jeudi 10 décembre 2026 à 20 h 00". */
export function deadlineText(catalog: CycleCatalog): string {
  return formatLongDateTime(catalog.cycle.deadline, catalog.settings.timeZone, catalog.settings.locale);
}

/** "Retrait : Monclar, Salle des fêtes, le vendredi 11 décembre 2026 (17 h – 19 h)." */
export function pickupSentence(catalog: CycleCatalog, siteName: string): string {
  const { locale, timeZone } = catalog.settings;
  const site = catalog.sites.find((s) => s.name === siteName);
  const date = catalog.cycle.pickup === null ? '' : formatLongDate(catalog.cycle.pickup, timeZone, locale);
  return catalogue(locale).orders.email.pickup(siteName, site?.address ?? '', site?.pickup ?? '', date);
}
