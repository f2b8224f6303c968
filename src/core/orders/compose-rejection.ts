// The e-mail that tells a member why their submission was not recorded and what to do now.
import { formatLongDateTime } from '../dates';
import { catalogue } from '../i18n';
import type { CycleCatalog, Email, Problem, Settings } from '../model';
import { cycleLabel } from './cycle-label';
import type { EmailBlock } from './email-blocks';
import { deadlineText, memberEmail } from './email-envelope';
import { rejectionKey } from './rejection-key';
import { renderOrderProblem } from './render-order-problem';
import { paragraph } from './paragraph';

export interface RejectionInput {
  settings: Settings;
  catalog: CycleCatalog | null;
  email: string;
  problems: Problem[];
  submittedAt: number;
  /** The submission's edit link, when the form gave one: the member fixes the answer there. */
  editUrl?: string;
}

// Problems the member can fix in the form; the others (unknown member, closed cycle) need a person.
const FIXABLE = new Set(['order.not-a-number', 'order.negative', 'order.off-step', 'order.unknown-site', 'order.bad-tolerance']);
const CLOSED = new Set(['order.no-open-cycle', 'order.after-deadline']);

/**
 * Composes the rejection of a submission, with every reason and the way forward.
 * @example composeRejection({ settings, catalog, email: 'x@y.fr', problems, submittedAt }).key // "rejection:2026-12-10:x@y.fr:1796580000000:order.negative"
 */
export function composeRejection({ settings, catalog, email, problems, submittedAt, editUrl = '' }: RejectionInput): Email {
  const { locale, groupName, coordinationEmail } = settings;
  const timeZone = catalog?.settings.timeZone ?? settings.timeZone;
  const t = catalogue(locale).orders.email;
  const to = email.trim().toLowerCase();
  const blocks: EmailBlock[] = [
    paragraph(t.greeting('')),
    paragraph(t.rejectionIntro(formatLongDateTime(submittedAt, timeZone, locale))),
    { kind: 'list', items: problems.map((p) => renderOrderProblem(p, locale)) },
  ];
  const fixable = catalog !== null && problems.length > 0 && problems.every((p) => FIXABLE.has(p.code));
  if (fixable) {
    const url = editUrl || catalog.formUrl;
    blocks.push(
      paragraph(url ? t.rejectionFix(deadlineText(catalog)) : t.rejectionFixNoLink(deadlineText(catalog))),
      { kind: 'link', url, label: editUrl ? t.editLink : t.formLink },
    );
  } else if (problems.some((p) => CLOSED.has(p.code))) {
    blocks.push(paragraph(t.rejectionClosed(coordinationEmail)));
  } else {
    blocks.push(paragraph(t.rejectionContact(coordinationEmail)));
  }
  blocks.push(paragraph(t.signature(groupName)));
  const cycle = catalog ? cycleLabel(catalog.cycle, timeZone, locale) : '';
  return memberEmail({
    settings,
    kind: 'rejection',
    key: rejectionKey({ cycle: catalog?.cycle.id ?? '-', email: to, at: submittedAt, codes: problems.map((p) => p.code) }),
    to,
    subject: catalog ? t.rejectionSubject(groupName, cycle) : t.rejectionSubjectNoCycle(groupName),
    title: t.rejectionTitle,
    blocks,
  });
}
