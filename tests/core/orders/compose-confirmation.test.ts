import { frenchTypography as fr } from '../../../src/core/i18n/typography';
import type { Locale } from '../../../src/core/model';
import { composeConfirmation } from '../../../src/core/orders/compose-confirmation';
import { evaluateSubmission } from '../../../src/core/orders/evaluate-submission';
import { ANNE, anneEarlier, smallCycle, submission } from './fixtures/small-cycle';

function accepted(locale: Locale, comment = 'Je passerai vers 18 h.') {
  const catalog = smallCycle(locale);
  const outcome = evaluateSubmission({
    catalog, member: ANNE, previous: anneEarlier(), orderedByOthers: { MIE: 8 }, nextQueue: 9,
    submission: submission({ responseId: 'resp-anne-2', answers: { TOM: '6', JUS: '6', MIE: '3', PAI: '1' }, tolerance: '2', comment }),
  });
  if (outcome.kind !== 'accepted') throw new Error(`expected an accepted outcome, got ${outcome.kind}`);
  return { catalog, outcome };
}

describe('composeConfirmation', () => {
  test.each<Locale>(['fr', 'en'])('renders the confirmation with lines, totals, caps and pickup (%s)', (locale) => {
    const { catalog, outcome } = accepted(locale);
    const email = composeConfirmation({ catalog, member: ANNE, outcome, editUrl: 'https://docs.google.com/forms/d/e/abc/viewform?edit2=anne' });
    expect(email).toMatchSnapshot();
  });

  test('has a key unique to the cycle, response and submission time', () => {
    const { catalog, outcome } = accepted('fr');
    const email = composeConfirmation({ catalog, member: ANNE, outcome, editUrl: '' });
    expect(email).toMatchObject({
      key: `confirmation:2026-12-10:resp-anne-2:${outcome.state.submittedAt}`, kind: 'confirmation', to: 'anne@example.org',
      replyTo: 'coordination@gac-midi-quercy.fr', name: 'GAC du Pays Midi-Quercy',
      subject: 'Votre commande est enregistrée — commande du 1er au 10 décembre 2026 (GAC du Pays Midi-Quercy)',
    });
  });

  test('shows a hostile comment as text in the HTML part', () => {
    const { catalog, outcome } = accepted('fr', '<script>alert("x")</script> & <b>gras</b>');
    const email = composeConfirmation({ catalog, member: { ...ANNE, name: 'Anne <img src=x onerror=alert(1)>' }, outcome, editUrl: 'javascript:alert(1)' });
    expect(email.html).not.toMatch(/<script|<b>|<img|href="javascript/i);
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;');
    expect(email.html).toContain('Anne &lt;img src=x onerror=alert(1)&gt;');
    expect(email.text).toContain('<script>alert("x")</script> & <b>gras</b>');
  });

  test('says it replaces the previous order only when there was one', () => {
    const { catalog, outcome } = accepted('fr');
    const replacing = composeConfirmation({ catalog, member: ANNE, outcome, editUrl: '' });
    const first = composeConfirmation({ catalog, member: ANNE, outcome: { ...outcome, replaces: false }, editUrl: '' });
    expect(replacing.text).toContain('Cette commande remplace la précédente');
    expect(first.text).not.toContain('remplace');
  });

  test('speaks of tolerance only when a case product is ordered', () => {
    const catalog = smallCycle();
    const outcome = evaluateSubmission({
      catalog, member: ANNE, previous: null, orderedByOthers: {}, nextQueue: 1,
      submission: submission({ answers: { TOM: '1', JUS: '', MIE: '', PAI: '' }, tolerance: '3' }),
    });
    if (outcome.kind !== 'accepted') throw new Error('expected accepted');
    const withCase = evaluateSubmission({
      catalog, member: ANNE, previous: null, orderedByOthers: {}, nextQueue: 1,
      submission: submission({ answers: { TOM: '1', JUS: '6', MIE: '', PAI: '' }, tolerance: '3' }),
    });
    if (withCase.kind !== 'accepted') throw new Error('expected accepted');
    expect(composeConfirmation({ catalog, member: ANNE, outcome, editUrl: '' }).text).not.toContain('Pour compléter les colis');
    expect(composeConfirmation({ catalog, member: ANNE, outcome: withCase, editUrl: '' }).text)
      .toContain(fr("Pour compléter les colis, vous acceptez jusqu'à 3 unités de plus"));
  });

  test('explains an order emptied by the stock', () => {
    const catalog = smallCycle();
    const outcome = evaluateSubmission({
      catalog, member: ANNE, previous: null, orderedByOthers: { MIE: 10 }, nextQueue: 1,
      submission: submission({ answers: { TOM: '', JUS: '', MIE: '1', PAI: '' } }),
    });
    if (outcome.kind !== 'accepted') throw new Error('expected accepted');
    const text = composeConfirmation({ catalog, member: ANNE, outcome, editUrl: '' }).text;
    expect(text).toContain(fr("Aucun produit n'a pu être retenu pour vous"));
    expect(text).toContain(fr("Miel de châtaignier : vous avez demandé 1, mais il n'en reste plus en stock."));
    expect(text).not.toContain('Total');
  });
});
