import { utf8Bytes } from '../../../src/core/email/utf8-bytes';

describe('utf8Bytes', () => {
  test.each([
    ['', 0],
    ['Miel', 4],
    ['châtaignier', 12],
    ['12,50\u00a0€', 10],
    ['l’œuf', 8],
    ['🥕 carottes', 13],
  ])('counts %j as %i bytes, as Buffer does', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
