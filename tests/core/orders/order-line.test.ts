import { lineTolerance } from '../../../src/core/orders/order-line';

describe('lineTolerance: the tolerance a line counts', () => {
  test.each([
    { what: 'a product not sold by the case: none', caseSize: null, max: null, quantity: 2, tolerance: 3, counted: 0 },
    { what: 'by the case, no max: all of it', caseSize: 6, max: null, quantity: 2, tolerance: 3, counted: 3 },
    // Found by probing: Alice ordered 5 of 6 at most with a tolerance of 2, and was given 7.
    { what: 'by the case, the firm quantity and the tolerance within the max', caseSize: 6, max: 6, quantity: 5, tolerance: 2, counted: 1 },
    { what: 'the firm quantity at the max: none', caseSize: 6, max: 6, quantity: 6, tolerance: 2, counted: 0 },
    { what: 'steps of 0,5 kg', caseSize: 5, max: 1.5, quantity: 0.5, tolerance: 2, counted: 1 },
  ])('$what', ({ caseSize, max, quantity, tolerance, counted }) => {
    expect(lineTolerance({ caseSize, maxPerMember: max }, quantity, tolerance)).toBe(counted);
  });
});
