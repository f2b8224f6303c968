import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import type { Locale } from '../../../src/core/model';
import { composeCancellation } from '../../../src/core/orders/compose-cancellation';
import { evaluateSubmission } from '../../../src/core/orders/evaluate-submission';
import { ANNE, anneEarlier, smallCycle, submission } from './fixtures/small-cycle';

const EDIT = 'https://docs.google.com/forms/d/e/abc/viewform?edit2=anne';

function cancelled(locale: Locale, previous = anneEarlier()) {
  const catalog = smallCycle(locale);
  const outcome = evaluateSubmission({ catalog, member: ANNE, previous, orderedByOthers: {}, nextQueue: 9, submission: submission({ responseId: 'resp-anne-2', answers: { TOM: '0' } }) });
  if (outcome.kind !== 'cancelled') throw new Error(`expected a cancellation, got ${outcome.kind}`);
  return { catalog, outcome };
}

describe('composeCancellation', () => {
  test.each<Locale>(['fr', 'en'])('renders the withdrawal of an order (%s)', (locale) => {
    const { catalog, outcome } = cancelled(locale);
    expect(composeCancellation({ catalog, member: ANNE, editUrl: EDIT, outcome })).toMatchSnapshot();
  });

  test('keys each cancellation by its response and time, so a second one is sent too', () => {
    const { catalog, outcome } = cancelled('fr');
    const later = { ...outcome, state: { ...outcome.state, submittedAt: outcome.state.submittedAt + 60_000 } };
    const keys = [outcome, later].map((o) => composeCancellation({ catalog, member: ANNE, editUrl: EDIT, outcome: o }).key);
    expect(keys).toEqual([`cancellation:2026-12-10:resp-anne-2:${outcome.state.submittedAt}`, `cancellation:2026-12-10:resp-anne-2:${outcome.state.submittedAt + 60_000}`]);
  });

  test('says nothing was recorded when there was no order to withdraw', () => {
    const { catalog, outcome } = cancelled('fr', null as never);
    const email = composeCancellation({ catalog, member: ANNE, editUrl: '', outcome });
    expect(email.text).toContain(fr("aucune commande n'est enregistrée pour vous"));
    expect(email.text).toContain('Commander → https://docs.google.com/forms/d/e/abc/viewform');
    expect(email).toMatchObject({ kind: 'cancellation', to: 'anne@example.org', replyTo: 'coordination@gac-midi-quercy.fr', name: 'GAC du Pays Midi-Quercy' });
  });
});
