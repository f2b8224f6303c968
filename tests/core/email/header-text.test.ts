// headerText: a subject or sender name is one line, whatever the workbook held.
import { headerText } from '../../../src/core/email/header-text';

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
