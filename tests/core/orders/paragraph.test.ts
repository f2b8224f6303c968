import { paragraph } from '../../../src/core/orders/paragraph';

describe('paragraph', () => {
  test('is a paragraph block holding the text as given', () => {
    expect(paragraph('Bonjour Anne,')).toEqual({ kind: 'paragraph', text: 'Bonjour Anne,' });
  });
});
