import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { rfc5322Date, slug, toEml, writeEmls } from '../../../src/cli/export/write-eml';
import type { SentMessage } from '../../../src/local-apps-script/mail/sent-message';
import { parseEml } from './support/parse-eml';

const confirmation: SentMessage = {
  at: Date.UTC(2026, 11, 8, 17, 30, 5),
  from: 'coordination@gac-monclar.fr',
  to: 'elise.martin@example.org',
  cc: '',
  bcc: '',
  replyTo: 'coordination@gac-monclar.fr',
  name: 'GAC Monclar — coordination',
  subject: 'Confirmation de votre commande du cycle « Décembre 2026 » : 3 produits, total 16,70 €, retrait jeudi',
  body: 'Bonjour Élise,\n\nVotre commande est bien enregistrée.\nTomates anciennes : 2 kg = 8,40 €   \nUne ligne très longue qui dépasse largement soixante-seize caractères pour forcer une coupure douce = égal.\n',
  htmlBody: '<p>Bonjour <b>Élise</b>,</p><p>Total : 16,70&nbsp;€</p>',
  attachments: [
    { name: 'récapitulatif-décembre.csv', mimeType: 'text/csv', bytes: Buffer.from('Réf;Quantité\nTOM;2\n', 'utf8') },
    { name: 'logo.png', mimeType: 'image/png', bytes: Uint8Array.from([137, 80, 78, 71, 0, 255, 13, 10]) },
  ],
  via: 'MailApp',
};

describe('a confirmation with HTML and attachments', () => {
  const raw = toEml(confirmation);
  const parsed = parseEml(raw);

  test('uses CRLF everywhere and no line over 998 characters, headers under 78', () => {
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const head = raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n');
    expect(head.every((l) => l.length <= 78)).toBe(true);
    expect(raw.split('\r\n').every((l) => l.length <= 998)).toBe(true);
  });

  test.each([
    { header: 'from', value: 'GAC Monclar — coordination <coordination@gac-monclar.fr>' },
    { header: 'to', value: 'elise.martin@example.org' },
    { header: 'reply-to', value: 'coordination@gac-monclar.fr' },
    { header: 'subject', value: confirmation.subject },
    { header: 'date', value: 'Tue, 8 Dec 2026 17:30:05 +0000' },
    { header: 'mime-version', value: '1.0' },
  ])('decodes the $header header to the original', ({ header, value }) => {
    expect(parsed.headers[header]).toBe(value);
  });

  test('omits empty Cc and Bcc', () => {
    expect(parsed.headers).not.toHaveProperty('cc');
    expect(parsed.headers).not.toHaveProperty('bcc');
  });

  test('is multipart/mixed holding an alternative and two attachments', () => {
    expect(parsed.headers['content-type']).toMatch(/^multipart\/mixed;/);
    expect(parsed.parts.map((p) => p.headers['content-type'].split(';')[0])).toEqual(['multipart/alternative', 'text/csv', 'image/png']);
    expect(parsed.parts[0].parts.map((p) => p.headers['content-type'])).toEqual(['text/plain; charset=UTF-8', 'text/html; charset=UTF-8']);
  });

  test('decodes the text part to the original text, trailing spaces and long lines included', () => {
    expect(parsed.parts[0].parts[0].text.replace(/\r\n/g, '\n')).toBe(confirmation.body);
    const bodyLines = raw.slice(raw.indexOf('\r\n\r\n')).split('\r\n');
    expect(bodyLines.filter((l) => l.length > 76)).toEqual([]);
    expect(raw).toContain('=3D =C3=A9gal.'); // "= égal." escaped, a soft break somewhere before
  });

  test('decodes the HTML part to the original HTML', () => {
    expect(parsed.parts[0].parts[1].text).toBe(confirmation.htmlBody);
  });

  test('decodes the attachments byte for byte, with an RFC 2231 name when not ASCII', () => {
    expect(parsed.parts[1].bytes.toString('utf8')).toBe('Réf;Quantité\nTOM;2\n');
    expect(parsed.parts[1].headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''r%C3%A9capitulatif-d%C3%A9cembre.csv",
    );
    expect([...parsed.parts[2].bytes]).toEqual([137, 80, 78, 71, 0, 255, 13, 10]);
    expect(parsed.parts[2].headers['content-disposition']).toBe('attachment; filename="logo.png"');
  });

  test('gives the same file for the same message, and takes a given Message-ID', () => {
    expect(toEml(confirmation)).toBe(raw);
    expect(parsed.headers['message-id']).toMatch(/^<[0-9a-f]{24}@cabas\.local>$/);
    expect(parseEml(toEml(confirmation, { messageId: '<x1@test>' })).headers['message-id']).toBe('<x1@test>');
  });
});

describe('header injection', () => {
  const attack: SentMessage = {
    ...confirmation,
    name: 'Mallory\r\nBcc: x@y',
    subject: 'Commande\r\nBcc: x@y',
    to: 'elise@example.org\r\nBcc: x@y',
    cc: 'a@b.c\nBcc: x@y',
    replyTo: 'r@example.org\rBcc: x@y',
    attachments: [{ name: 'a\r\nBcc: x@y.csv', mimeType: 'text/csv\r\nBcc: x@y', bytes: Buffer.from('x') }],
  };
  const raw = toEml(attack);

  test('never lets a CR or LF start a new header line', () => {
    expect(raw).not.toMatch(/(^|\r\n)Bcc:/i);
    expect(raw).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  test.each([
    { header: 'subject', value: 'Commande Bcc: x@y' },
    { header: 'from', value: '"Mallory Bcc: x@y" <coordination@gac-monclar.fr>' },
  ])('keeps the $header as one line of text', ({ header, value }) => {
    expect(parseEml(raw).headers[header]).toBe(value);
  });
});

test.each([
  { what: 'a plain ASCII name', name: 'Coordination', expected: 'Coordination <c@x.fr>' },
  { what: 'a name with a comma', name: 'Martin, Élise', expected: 'Martin, Élise <c@x.fr>' },
  { what: 'no name', name: '', expected: 'c@x.fr' },
])('writes the sender with $what', ({ name, expected }) => {
  const parsed = parseEml(toEml({ ...confirmation, name, from: 'c@x.fr' }));
  expect(parsed.headers.from).toBe(expected);
});

test('writes a text-only message with a To list, Cc and Bcc', () => {
  const parsed = parseEml(toEml({ ...confirmation, htmlBody: '', attachments: [], to: 'a@x.fr, Élise <e@x.fr>', cc: 'c@x.fr', bcc: 'b@x.fr' }));
  expect(parsed.headers.to).toBe('a@x.fr, Élise <e@x.fr>');
  expect([parsed.headers.cc, parsed.headers.bcc]).toEqual(['c@x.fr', 'b@x.fr']);
  expect(parsed.parts.map((p) => p.headers['content-type'])).toEqual(['text/plain; charset=UTF-8']);
});

test.each([
  { at: Date.UTC(2026, 0, 1, 0, 0, 0), date: 'Thu, 1 Jan 2026 00:00:00 +0000' },
  { at: Date.UTC(2026, 6, 14, 9, 5, 7), date: 'Tue, 14 Jul 2026 09:05:07 +0000' },
])('formats $at as the RFC 5322 date $date', ({ at, date }) => {
  expect(rfc5322Date(at)).toBe(date);
});

test.each([
  { text: 'Confirmation de votre commande — cycle 12', max: 40, expected: 'confirmation-de-votre-commande-cycle-12' },
  { text: 'Élise.Martin', max: 30, expected: 'elise-martin' },
  { text: '« »', max: 30, expected: 'message' },
  { text: 'Rappel : il reste deux jours pour commander', max: 20, expected: 'rappel-il-reste-deux' },
])('slugs "$text" as "$expected"', ({ text, max, expected }) => {
  expect(slug(text, max)).toBe(expected);
});

test('writes one numbered file per message, in sending order, that parses back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabas-eml-'));
  try {
    const reminder = { ...confirmation, subject: 'Rappel : commandez avant jeudi', to: 'paul@example.org', attachments: [] };
    const paths = writeEmls([confirmation, reminder], join(dir, 'mails'));
    expect(paths.map((p) => basename(p))).toEqual([
      '001-confirmation-de-votre-commande-du-cycle-elise-martin.eml',
      '002-rappel-commandez-avant-jeudi-paul.eml',
    ]);
    expect(readdirSync(join(dir, 'mails')).sort()).toEqual(paths.map((p) => basename(p)));
    expect(parseEml(readFileSync(paths[1], 'utf8')).headers.subject).toBe('Rappel : commandez avant jeudi');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
