// Reads a quantity typed by a member: `2`, `2,5`, `2.5`, ` 3 `; an empty answer means 0.

export type ParsedQuantity = { ok: true; value: number } | { ok: false; code: 'order.not-a-number' | 'order.negative' };

// One optional sign, digits with one decimal separator (comma or point); no units, no exponent,
// no thousands separator: a member typing `2 kg` or `1e3` is asked to fix it rather than guessed.
const NUMBER = /^([+-]?)(\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Parses a member's quantity answer.
 * @example parseQuantity(' 2,5 ') // { ok: true, value: 2.5 }
 * @example parseQuantity('')      // { ok: true, value: 0 }
 * @example parseQuantity('-1')    // { ok: false, code: 'order.negative' }
 */
export function parseQuantity(raw: string): ParsedQuantity {
  const text = raw.replace(/[\s\u00a0\u202f]+/g, '');
  if (text === '') return { ok: true, value: 0 };
  const match = NUMBER.exec(text);
  if (!match) return { ok: false, code: 'order.not-a-number' };
  const value = Number(match[2].replace(',', '.'));
  if (match[1] === '-' && value !== 0) return { ok: false, code: 'order.negative' };
  return { ok: true, value };
}

/** True when the quantity is a whole number of steps, allowing for binary rounding (0.1 + 0.2). */
export function isMultipleOfStep(quantity: number, step: number): boolean {
  const steps = quantity / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** The largest multiple of the step not above the quantity: (3.7, 0.5) -> 3.5. */
export function floorToStep(quantity: number, step: number): number {
  if (quantity <= 0) return 0;
  const steps = Math.floor(quantity / step + 1e-9);
  return roundQuantity(steps * step);
}

/** Removes binary noise from sums of decimal quantities: 0.1 + 0.2 -> 0.3. */
export function roundQuantity(quantity: number): number {
  return Math.round(quantity * 1e6) / 1e6;
}
