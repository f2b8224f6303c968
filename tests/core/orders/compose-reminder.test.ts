import type { Locale } from '../../../src/core/model';
import { composeReminder } from '../../../src/core/orders/compose-reminder';
import { BRUNO, smallCycle } from './fixtures/small-cycle';

describe('composeReminder', () => {
  test.each<Locale>(['fr', 'en'])('renders the reminder with the form link and deadline (%s)', (locale) => {
    expect(composeReminder({ catalog: smallCycle(locale), member: BRUNO })).toMatchSnapshot();
  });

  test('is keyed once per member and cycle', () => {
    expect(composeReminder({ catalog: smallCycle(), member: BRUNO })).toMatchObject({
      key: 'reminder:2026-12-10:bruno@example.org', kind: 'reminder', to: 'bruno@example.org',
      subject: 'Pensez à commander — commande du 1er au 10 décembre 2026 (GAC du Pays Midi-Quercy)',
    });
  });

  test('escapes a hostile member name in the HTML part', () => {
    const email = composeReminder({ catalog: smallCycle(), member: { ...BRUNO, name: '<script>x</script>' } });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Bonjour &lt;script&gt;x&lt;/script&gt;,');
  });
});
