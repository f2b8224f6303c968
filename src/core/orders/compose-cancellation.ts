// The e-mail a member gets when they withdraw their order (every quantity 0).
import { catalogue } from '../i18n';
import type { CycleCatalog, Email, Member } from '../model';
import { cycleLabel } from './cycle-label';
import type { SubmissionOutcome } from './evaluate-submission';
import { deadlineText, memberEmail } from './email-envelope';
import { paragraph } from './paragraph';
import { isEnteredOrder } from './entered-order';

export interface CancellationInput {
  catalog: CycleCatalog;
  member: Member;
  editUrl: string;
  /**
   * The cancelling outcome. Pass it: its response id and time make the key unique per event
   * (cancel, order again, cancel again), and `replaced` says whether there was an order to withdraw.
   */
  outcome?: Extract<SubmissionOutcome, { kind: 'cancelled' }>;
}

/**
 * Composes the notice that the member's order is withdrawn.
 * @example composeCancellation({ catalog, member, editUrl, outcome }).key // "cancellation:2026-12-10:resp-1:1796580000000"
 */
export function composeCancellation({ catalog, member, editUrl, outcome }: CancellationInput): Email {
  const { locale, timeZone, groupName } = catalog.settings;
  const t = catalogue(locale).orders.email;
  const event = outcome ? `${outcome.state.responseId}:${outcome.state.submittedAt}` : member.email;
  const replaced = outcome?.replaced ?? true;
  // Entered by the coordination (its sidebar): the household did not send a form, and asks the coordination again.
  const entered = !!outcome && isEnteredOrder(outcome.state.responseId);
  return memberEmail({
    settings: catalog.settings,
    kind: 'cancellation',
    key: `cancellation:${catalog.cycle.id}:${event}`,
    to: member.email,
    subject: t.cancellationSubject(groupName, cycleLabel(catalog.cycle, timeZone, locale)),
    title: t.cancellationTitle,
    blocks: [
      paragraph(t.greeting(member.name)),
      ...(entered
        ? [paragraph(t.cancellationEntered), paragraph(t.cancellationEnteredChange(deadlineText(catalog)))]
        : [
          paragraph(replaced ? t.cancellationBody : t.cancellationEmpty),
          paragraph(t.cancellationChange(deadlineText(catalog))),
          { kind: 'link' as const, url: editUrl || catalog.formUrl, label: editUrl ? t.editLink : t.orderLink },
        ]),
      paragraph(t.signature(groupName)),
    ],
  });
}
