import { floorToStep, isMultipleOfStep, parseQuantity } from '../../../src/core/orders/parse-quantity';

describe('parseQuantity', () => {
  test.each([
    { raw: '2', expected: { ok: true, value: 2 } },
    { raw: '2,5', expected: { ok: true, value: 2.5 } },
    { raw: '2.5', expected: { ok: true, value: 2.5 } },
    { raw: ' 3 ', expected: { ok: true, value: 3 } },
    { raw: '', expected: { ok: true, value: 0 } },
    { raw: '   ', expected: { ok: true, value: 0 } },
    { raw: ',5', expected: { ok: true, value: 0.5 } },
    { raw: '3,', expected: { ok: true, value: 3 } },
    { raw: '+2', expected: { ok: true, value: 2 } },
    { raw: '-0', expected: { ok: true, value: 0 } },
    { raw: '-1', expected: { ok: false, code: 'order.negative' } },
    { raw: '-0,5', expected: { ok: false, code: 'order.negative' } },
    { raw: '2 kg', expected: { ok: false, code: 'order.not-a-number' } },
    { raw: 'deux', expected: { ok: false, code: 'order.not-a-number' } },
    { raw: '1e3', expected: { ok: false, code: 'order.not-a-number' } },
    { raw: '1,5,2', expected: { ok: false, code: 'order.not-a-number' } },
    { raw: '1 000', expected: { ok: true, value: 1000 } },
  ])('reads «$raw»', ({ raw, expected }) => {
    expect(parseQuantity(raw)).toEqual(expected);
  });
});

describe('steps', () => {
  test.each([
    { quantity: 2.5, step: 0.5, multiple: true },
    { quantity: 2.3, step: 0.5, multiple: false },
    { quantity: 0.3, step: 0.1, multiple: true },
    { quantity: 0.75, step: 0.25, multiple: true },
    { quantity: 3, step: 2, multiple: false },
    { quantity: 0, step: 0.5, multiple: true },
  ])('$quantity is a multiple of $step: $multiple', ({ quantity, step, multiple }) => {
    expect(isMultipleOfStep(quantity, step)).toBe(multiple);
  });

  test.each([
    { quantity: 3.7, step: 0.5, floored: 3.5 },
    { quantity: 2.3, step: 1, floored: 2 },
    { quantity: 0.3, step: 0.1, floored: 0.3 },
    { quantity: -1, step: 1, floored: 0 },
  ])('floors $quantity to $floored with a step of $step', ({ quantity, step, floored }) => {
    expect(floorToStep(quantity, step)).toBe(floored);
  });
});
