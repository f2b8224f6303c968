// One e-mail of every kind Cabas sends, in French and in English, composed by the core from the
// test fixtures (with a Google-length edit link): what the phone-width test renders in Chromium.
import { closeCycle } from '../../src/core/close/close-cycle';
import type { Email, Locale } from '../../src/core/model';
import { composeCancellation } from '../../src/core/orders/compose-cancellation';
import { composeConfirmation } from '../../src/core/orders/compose-confirmation';
import { composeRejection } from '../../src/core/orders/compose-rejection';
import { composeReminder } from '../../src/core/orders/compose-reminder';
import { evaluateSubmission } from '../../src/core/orders/evaluate-submission';
import { composeStateLost } from '../../src/core/state-lost-email';
import { closeInput } from '../core/close/fixtures/two-sites-juice-case-completed';
import { ANNE, anneEarlier, BRUNO, smallCycle, submission } from '../core/orders/fixtures/small-cycle';

/** An edit link as long as Google's (`…/viewform?edit2=2_ABaOnu…`): it must not widen a phone's page. */
export const LONG_EDIT_URL = `https://docs.google.com/forms/d/e/1FAIpQLSe${'x'.repeat(48)}/viewform?edit2=2_ABaOnud${'y'.repeat(80)}`;

export interface NamedEmail {
  name: string;
  locale: Locale;
  email: Email;
}

function orderEmails(locale: Locale): NamedEmail[] {
  const catalog = smallCycle(locale);
  const accepted = evaluateSubmission({
    catalog, member: ANNE, previous: anneEarlier(), orderedByOthers: { MIE: 8 }, nextQueue: 9,
    submission: submission({ responseId: 'resp-anne-2', answers: { TOM: '6', JUS: '6', MIE: '3', PAI: '1' }, tolerance: '2', comment: 'Je passerai vers 18 h.', editUrl: LONG_EDIT_URL }),
  });
  const cancelled = evaluateSubmission({ catalog, member: ANNE, previous: anneEarlier(), orderedByOthers: {}, nextQueue: 9, submission: submission({ responseId: 'resp-anne-2', answers: { TOM: '0' } }) });
  const rejected = evaluateSubmission({ catalog, member: ANNE, previous: null, orderedByOthers: {}, nextQueue: 1, submission: submission({ answers: { TOM: '-1', JUS: 'deux' } }) });
  if (accepted.kind !== 'accepted' || cancelled.kind !== 'cancelled' || rejected.kind !== 'rejected') throw new Error('the fixture no longer gives these outcomes');
  return [
    { name: 'confirmation', locale, email: composeConfirmation({ catalog, member: ANNE, outcome: accepted, editUrl: LONG_EDIT_URL }) },
    { name: 'cancellation', locale, email: composeCancellation({ catalog, member: ANNE, editUrl: LONG_EDIT_URL, outcome: cancelled }) },
    { name: 'rejection', locale, email: composeRejection({ settings: catalog.settings, catalog, email: ANNE.email, problems: rejected.problems, submittedAt: catalog.cycle.deadline - 3_600_000, editUrl: LONG_EDIT_URL }) },
    { name: 'reminder', locale, email: composeReminder({ catalog, member: BRUNO }) },
  ];
}

function closeEmails(locale: Locale): NamedEmail[] {
  const emails = [...closeCycle(closeInput(locale, 'manual', 'hold')).emails, ...closeCycle(closeInput(locale)).emails];
  const first = (test: (e: Email) => boolean, name: string) => {
    const email = emails.find(test);
    if (!email) throw new Error(`no ${name} e-mail in the close fixture`);
    return { name, locale, email };
  };
  return [
    first((e) => e.key.endsWith(':Ferme des Tilleuls') && e.kind === 'producer-order', 'producer-order (by member)'),
    first((e) => e.key.endsWith(':Rucher du Causse') && e.kind === 'producer-order', 'producer-order (by site)'),
    first((e) => e.key === 'member-summary:2026-12-10:anne@example.org', 'member-summary'),
    first((e) => e.kind === 'digest', 'digest'),
  ];
}

/** Every kind, both languages: 18 e-mails. */
export function everyEmailKind(): NamedEmail[] {
  return (['fr', 'en'] as Locale[]).flatMap((locale) => [
    ...orderEmails(locale),
    ...closeEmails(locale),
    { name: 'state-lost', locale, email: composeStateLost({ to: 'coordination@example.org', locale, cycleId: '2026-12-10', detail: 'A2 : {"cycle":"2026-12-10","members":[…]}', day: '2026-12-03' }) },
  ]);
}
