import fc from 'fast-check';
import { wholeNumberPattern } from '../../../src/core/form/whole-number-pattern';

describe('wholeNumberPattern', () => {
  test.each([
    { max: 999, pattern: '^ *0*(?:\\d{1,2}|[1-8]\\d{2}|9[0-8]\\d|99[0-8]|999) *$' },
    { max: 3, pattern: '^ *0*(?:[0-2]|3) *$' },
    { max: 0, pattern: '^ *0*(?:0) *$' },
    { max: 10, pattern: '^ *0*(?:\\d|10) *$' },
    { max: 2.5, pattern: '^ *0*(?:[0-1]|2) *$' },
  ])('$max gives $pattern', ({ max, pattern }) => {
    expect(wholeNumberPattern(max)).toBe(pattern);
  });

  test.each([
    { max: 999, text: '999', matches: true },
    { max: 999, text: ' 12 ', matches: true },
    { max: 999, text: '007', matches: true },
    { max: 999, text: '1000', matches: false },
    { max: 999, text: '99999999999999999999', matches: false },
    { max: 999, text: '1,5', matches: false },
    { max: 999, text: '-1', matches: false },
    { max: 999, text: '1e3', matches: false },
    { max: 999, text: '', matches: false },
  ])('$max: "$text" matches $matches', ({ max, text, matches }) => {
    expect(new RegExp(wholeNumberPattern(max)).test(text)).toBe(matches);
  });

  test('matches exactly the whole numbers from 0 to the max', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 2_000_000 }), (max, n) => {
      expect(new RegExp(wholeNumberPattern(max)).test(String(n))).toBe(n <= max);
    }), { seed: 20261210, numRuns: 2000 });
  });
});
