// Who gets an e-mail, and when: the trial mode's redirection, what waits with automatic sending off,
// and the address an e-mail sent again goes to.
import { currentAddress, type Directory } from '../../../src/core/email/current-address';
import { routeEmail } from '../../../src/core/email/route-email';
import { waitsForMenu } from '../../../src/core/email/sending-policy';
import type { Email } from '../../../src/core/model';

describe('waitsForMenu', () => {
  test.each([
    { kind: 'confirmation', autoSend: false, waits: false },
    { kind: 'rejection', autoSend: false, waits: false },
    { kind: 'cancellation', autoSend: false, waits: false },
    { kind: 'close-held', autoSend: false, waits: false },
    { kind: 'reminder', autoSend: false, waits: true },
    { kind: 'producer-order', autoSend: false, waits: true },
    { kind: 'member-summary', autoSend: false, waits: true },
    { kind: 'digest', autoSend: false, waits: true },
    { kind: 'duty-alert', autoSend: false, waits: false },
    { kind: 'duty-reminder', autoSend: false, waits: true },
    { kind: 'reminder', autoSend: true, waits: false },
    { kind: 'digest', autoSend: true, waits: false },
  ])('$kind with automatic sending $autoSend: waits for the menu = $waits', ({ kind, autoSend, waits }) => {
    expect(waitsForMenu(kind, { autoSend })).toBe(waits);
  });

  test('nothing waits before any cycle was opened', () => {
    expect(waitsForMenu('reminder', null)).toBe(false);
  });
});

describe('routeEmail', () => {
  const email: Email = {
    key: 'confirmation:c:claire@example.org', kind: 'confirmation', to: 'claire@example.org', subject: 'Votre commande',
    text: 'Bonjour', html: '<html><body style="x"><p>Bonjour</p></body></html>',
  };
  const settings = { trial: true, coordinationEmail: 'moi@gmail.com', locale: 'fr' as const };

  test('in trial mode, sends to the coordination only, marked, naming who would have received it', () => {
    const routed = routeEmail(email, settings);
    expect(routed.to).toBe('moi@gmail.com');
    expect(routed.subject).toBe('[Essai] Votre commande');
    expect(routed.text).toMatch(/^Essai.*claire@example\.org[\s\S]*Bonjour$/);
    expect(routed.html).toMatch(/<body style="x"><p [^>]*>Essai.*claire@example\.org.*<\/p><p>Bonjour/);
    expect(email.to).toBe('claire@example.org');
  });

  test.each([
    { scenario: 'trial mode off', change: { trial: false } },
    { scenario: 'no trial setting (a state from an older version)', change: { trial: undefined } },
    { scenario: 'an e-mail to the coordination already', change: { coordinationEmail: 'claire@example.org' } },
  ])('leaves the e-mail as it is: $scenario', ({ change }) => {
    expect(routeEmail(email, { ...settings, ...change })).toBe(email);
  });
});

describe('currentAddress', () => {
  const then: Directory = {
    members: [{ email: 'clare@exmple.org', name: 'Claire Delmas', row: 5 }, { email: 'marc@example.org', name: 'Marc', row: 6 }],
    producers: [{ email: 'ferme@exemple.org', name: 'Ferme du Pech' }],
  };
  test.each([
    { scenario: 'a member corrected on the same row', to: 'clare@exmple.org', now: { members: [{ email: 'claire@example.org', name: 'Claire Delmas', row: 5 }], producers: [] }, expected: 'claire@example.org' },
    { scenario: 'a member corrected and moved (one of that name)', to: 'clare@exmple.org', now: { members: [{ email: 'claire@example.org', name: 'Claire Delmas', row: 9 }], producers: [] }, expected: 'claire@example.org' },
    { scenario: 'two members of that name, neither on her row', to: 'clare@exmple.org', now: { members: [{ email: 'a@x.org', name: 'Claire Delmas', row: 8 }, { email: 'b@x.org', name: 'Claire Delmas', row: 9 }], producers: [] }, expected: 'clare@exmple.org' },
    { scenario: 'an address still in Adhérents', to: 'marc@example.org', now: { members: [{ email: 'marc@example.org', name: 'Marc', row: 6 }], producers: [] }, expected: 'marc@example.org' },
    { scenario: 'a producer corrected in Producteurs', to: 'ferme@exemple.org', now: { members: [], producers: [{ email: 'ferme@example.org', name: 'Ferme du Pech' }] }, expected: 'ferme@example.org' },
    { scenario: 'a recipient nobody knows', to: 'inconnu@example.org', now: { members: [], producers: [] }, expected: 'inconnu@example.org' },
  ])('$scenario', ({ to, now, expected }) => {
    expect(currentAddress(to, then, now)).toBe(expected);
  });
});
