// The one reminder a member without an order gets before the deadline.
import { catalogue } from '../i18n';
import type { CycleCatalog, Email, Member } from '../model';
import { cycleLabel } from './cycle-label';
import { deadlineText, memberEmail } from './email-envelope';
import { paragraph } from './paragraph';

export interface ReminderInput {
  catalog: CycleCatalog;
  member: Member;
}

/**
 * Composes the reminder; its key is one per member and cycle, so the outbox never sends two.
 * @example composeReminder({ catalog, member }).key // "reminder:2026-12-10:anne@example.org"
 */
export function composeReminder({ catalog, member }: ReminderInput): Email {
  const { locale, timeZone, groupName } = catalog.settings;
  const t = catalogue(locale).orders.email;
  return memberEmail({
    settings: catalog.settings,
    kind: 'reminder',
    key: `reminder:${catalog.cycle.id}:${member.email}`,
    to: member.email,
    subject: t.reminderSubject(groupName, cycleLabel(catalog.cycle, timeZone, locale)),
    title: t.reminderTitle,
    blocks: [
      paragraph(t.greeting(member.name)),
      paragraph(t.reminderBody(deadlineText(catalog))),
      { kind: 'link', url: catalog.formUrl, label: t.orderLink },
      paragraph(t.reminderSkip),
      paragraph(t.signature(groupName)),
    ],
  });
}
