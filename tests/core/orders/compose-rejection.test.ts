import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import type { Locale, Problem } from '../../../src/core/model';
import { composeRejection } from '../../../src/core/orders/compose-rejection';
import { evaluateSubmission } from '../../../src/core/orders/evaluate-submission';
import { ANNE, DEADLINE, SUBMITTED, smallCycle, submission } from './fixtures/small-cycle';

const EDIT = 'https://docs.google.com/forms/d/e/abc/viewform?edit2=anne';

function problemsOf(locale: Locale, answers: Record<string, string>): Problem[] {
  const outcome = evaluateSubmission({ catalog: smallCycle(locale), member: ANNE, previous: null, orderedByOthers: {}, nextQueue: 1, submission: submission({ answers }) });
  if (outcome.kind !== 'rejected') throw new Error(`expected a rejection, got ${outcome.kind}`);
  return outcome.problems;
}

describe('composeRejection', () => {
  test.each<Locale>(['fr', 'en'])('lists every reason and how to fix it (%s)', (locale) => {
    const catalog = smallCycle(locale);
    const problems = problemsOf(locale, { TOM: '2,3', MIE: 'beaucoup', PAI: '-1' });
    expect(composeRejection({ settings: catalog.settings, catalog, email: ' Anne@Example.org', problems, submittedAt: SUBMITTED, editUrl: EDIT })).toMatchSnapshot();
  });

  test.each<Locale>(['fr', 'en'])('sends an unknown address to the coordination when no cycle is open (%s)', (locale) => {
    const { settings } = smallCycle(locale);
    const problems: Problem[] = [{ code: 'order.unknown-member', severity: 'error', params: { email: 'inconnu@example.org' } }];
    expect(composeRejection({ settings, catalog: null, email: 'inconnu@example.org', problems, submittedAt: SUBMITTED })).toMatchSnapshot();
  });

  test.each([
    { name: 'a fixable answer points to the edit link', code: 'order.off-step', editUrl: EDIT, says: `Modifier ma commande → ${EDIT}` },
    { name: 'a fixable answer without edit link points to the form', code: 'order.negative', editUrl: '', says: 'Ouvrir le formulaire → https://docs.google.com/forms/d/e/abc/viewform' },
    { name: 'a late answer says it is too late', code: 'order.after-deadline', editUrl: EDIT, says: "Pour ce cycle, c'est trop tard." },
    { name: 'an inactive member is sent to the coordination', code: 'order.inactive-member', editUrl: EDIT, says: "Si vous pensez que c'est une erreur, écrivez à la coordination : coordination@gac-midi-quercy.fr." },
  ])('$name', ({ code, editUrl, says }) => {
    const catalog = smallCycle();
    const email = composeRejection({ settings: catalog.settings, catalog, email: 'anne@example.org', problems: [{ code, severity: 'error', params: { product: 'Tomates anciennes', value: 'x', step: 0.5 } }], submittedAt: DEADLINE + 60_000, editUrl });
    expect(email.text).toContain(fr(says));
  });

  test('is keyed by cycle, address, time and reasons, with the address normalised', () => {
    const catalog = smallCycle();
    const email = composeRejection({ settings: catalog.settings, catalog, email: ' Anne@Example.org', problems: problemsOf('fr', { TOM: '-1' }), submittedAt: SUBMITTED });
    expect(email).toMatchObject({ key: `rejection:2026-12-10:anne@example.org:${SUBMITTED}:order.negative`, kind: 'rejection', to: 'anne@example.org', replyTo: 'coordination@gac-midi-quercy.fr' });
  });

  test('shows a hostile answer as text in the HTML part', () => {
    const catalog = smallCycle();
    const email = composeRejection({ settings: catalog.settings, catalog, email: 'anne@example.org', problems: problemsOf('fr', { TOM: '<script>alert(1)</script>' }), submittedAt: SUBMITTED });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain(fr('« &lt;script&gt;alert(1)&lt;/script&gt; » pour Tomates anciennes'));
  });
});
