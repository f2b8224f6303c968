// headerText: a subject or sender name is one line, whatever the workbook held.
import { headerText, subjectText } from '../../../src/core/email/header-text';
import { closeCycle } from '../../../src/core/close/close-cycle';
import { closeInput } from '../close/fixtures/two-sites-juice-case-completed';

describe('headerText', () => {
  test.each([
    { name: 'keeps a plain subject as it is', input: 'GAC des Deux Villages — commande', expected: 'GAC des Deux Villages — commande' },
    { name: 'turns CR LF into a space, so no Bcc header can start', input: 'GAC\r\nBcc: victim@evil.example', expected: 'GAC Bcc: victim@evil.example' },
    { name: 'turns a bare LF, a tab and a NUL into spaces', input: 'a\nb\tc\u0000d', expected: 'a b c d' },
    { name: 'turns Unicode line and paragraph separators into spaces', input: 'a\u2028b\u2029c\u0085d', expected: 'a b c d' },
    { name: 'keeps accents, emoji and right-to-left marks', input: 'Œufs 🍅 \u200Fשלום', expected: 'Œufs 🍅 \u200Fשלום' },
    { name: 'trims what a line break left at the ends', input: '\r\nGAC\r\n', expected: 'GAC' },
  ])('$name', ({ input, expected }) => {
    expect(headerText(input)).toBe(expected);
  });
});

describe('subjectText', () => {
  test.each([
    { name: 'a subject within the limit is kept whole', subject: 'Votre commande est enregistrée', length: 30, cut: false },
    { name: 'a longer one is cut at 250 characters at most, with an ellipsis (no space before it)', subject: `GAC ${'très '.repeat(80)}long`, length: 249, cut: true },
    { name: 'characters beyond the Basic Multilingual Plane count as one', subject: '🥕'.repeat(300), length: 250, cut: true },
  ])('$name', ({ subject, length, cut }) => {
    const out = subjectText(subject);
    expect(Array.from(out)).toHaveLength(length);
    expect(out.endsWith('…')).toBe(cut);
  });

  test('every e-mail Cabas writes has such a subject, whatever the group’s name', () => {
    const input = closeInput();
    input.catalog.settings = { ...input.catalog.settings, groupName: `Groupement d’achats ${'citoyens '.repeat(40)}` };
    for (const email of closeCycle(input).emails) expect(Array.from(email.subject).length).toBeLessThanOrEqual(250);
  });
});
