// Privacy: a member's e-mails never show another member's data; a producer sees member names only
// when its setting allows, and never a member's e-mail address or phone; the digest goes only to
// the coordination address.
import type { SentMessage } from '../../src/local-apps-script/mail/sent-message';
import { DEADLINE_MS, HOUR, MONCLAR, OPEN_AT, SEPTFONDS, closeAndDeliver, openGroup, tabRows } from './support/reliability-group';

const MEMBERS = [
  { email: 'alice@example.org', name: 'Alice Martin', phone: '06 01 02 03 04' },
  { email: 'bruno@example.org', name: 'Bruno Petit', phone: '06 01 02 03 05' },
  { email: 'chloe@example.org', name: 'Chloé Durand', phone: '06 01 02 03 06' },
  { email: 'david@example.org', name: 'David Moreau', phone: '06 01 02 03 07' },
  { email: 'emma@example.org', name: 'Emma Laurent', phone: '06 01 02 03 08' },
  { email: 'felix@example.org', name: 'Félix Garnier', phone: '06 01 02 03 09' },
];

/** Everything a recipient can read: subject, both bodies and the attachments' text. */
function readable(m: SentMessage): string {
  return [m.subject, m.body, m.htmlBody, ...m.attachments.map((a) => Buffer.from(a.bytes).toString('utf8'))].join('\n');
}

function closedCycle() {
  const driver = openGroup();
  // Distinct quantities so that another member's order would show.
  driver.submit('alice@example.org', { 'HUI-NOI': 2, 'LEG-TOM': 2 }, { site: MONCLAR, tolerance: 3, at: OPEN_AT + HOUR, comment: 'Alice: pas de sac' });
  driver.submit('bruno@example.org', { 'HUI-NOI': 3, 'LEG-PAN': 1 }, { site: MONCLAR, at: OPEN_AT + 2 * HOUR, comment: 'Bruno: en retard' });
  driver.submit('chloe@example.org', { 'HUI-NOI': 1, 'LEG-TOM': '0,5' }, { site: SEPTFONDS, tolerance: 2, at: OPEN_AT + 3 * HOUR });
  driver.submit('zoe@example.org', { 'LEG-TOM': 1 }, { site: SEPTFONDS, at: OPEN_AT + 4 * HOUR });
  closeAndDeliver(driver, DEADLINE_MS);
  return driver;
}

describe('privacy of what leaves by e-mail', () => {
  const driver = closedCycle();
  const sent = driver.gas.mail.sent;
  const producers = new Set(['ruisseau@example.org', 'noyers@example.org']);

  test('every kind of e-mail went out (the checks below are not vacuous)', () => {
    // Envois names each kind in the group's language.
    expect(new Set(tabRows(driver, 'Envois').map((r) => r['Type']))).toEqual(new Set(['confirmation', 'refus', 'rappel', 'commande définitive', 'commande producteur', 'bilan de clôture']));
  });

  test.each(MEMBERS.map((m) => ({ who: m.email })))('what $who receives shows no other member’s name, e-mail, phone or comment', ({ who }) => {
    const others = MEMBERS.filter((m) => m.email !== who);
    for (const m of sent.filter((x) => x.to === who)) {
      const text = readable(m);
      for (const o of others) {
        expect(text).not.toContain(o.name);
        expect(text).not.toContain(o.email);
        expect(text).not.toContain(o.phone);
      }
      if (who !== 'alice@example.org') expect(text).not.toContain('pas de sac');
      if (who !== 'bruno@example.org') expect(text).not.toContain('en retard');
    }
  });

  test('a refusal to an unknown address shows nobody’s data', () => {
    const text = sent.filter((m) => m.to === 'zoe@example.org').map(readable).join('\n');
    expect(text).not.toBe('');
    for (const o of MEMBERS) for (const field of [o.name, o.email, o.phone]) expect(text).not.toContain(field);
  });

  test.each([
    { producer: 'ruisseau@example.org', shareNames: true },
    { producer: 'noyers@example.org', shareNames: false },
  ])('$producer (share names: $shareNames) sees names only if allowed, never an e-mail address or phone', ({ producer, shareNames }) => {
    const mails = sent.filter((m) => m.to === producer);
    expect(mails).toHaveLength(1);
    const text = readable(mails[0]);
    const ordering = MEMBERS.slice(0, 3);
    for (const o of MEMBERS) {
      expect(text).not.toContain(o.email);
      expect(text).not.toContain(o.phone);
      expect(text).not.toContain(o.phone.replace(/ /g, ''));
    }
    expect(text).not.toContain('pas de sac');
    if (shareNames) expect(ordering.some((o) => text.includes(o.name))).toBe(true);
    else for (const o of MEMBERS) expect(text).not.toContain(o.name);
  });

  test('the digest goes only to the coordination address, with no copy', () => {
    const digests = tabRows(driver, 'Envois').filter((r) => r['Type'] === 'bilan de clôture');
    expect(digests.map((r) => r['Destinataire'])).toEqual(['coordination@example.org']);
    const digestMails = sent.filter((m) => m.subject === digests[0]['Objet']);
    expect(digestMails.map((m) => [m.to, m.cc, m.bcc])).toEqual([['coordination@example.org', '', '']]);
  });

  test('no e-mail has more than one recipient, a copy or a blind copy', () => {
    for (const m of sent) expect([m.to.split(',').length, m.cc, m.bcc]).toEqual([1, '', '']);
    expect(sent.filter((m) => producers.has(m.to))).toHaveLength(2);
  });
});
