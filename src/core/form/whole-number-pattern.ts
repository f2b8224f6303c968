// The Form's check of a whole-unit quantity with a ceiling: one regular expression, since a Form
// question takes one validation and "whole number" has no upper bound.
// https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextMatchesPattern(String)

/**
 * A pattern (RE2, as Google Forms reads it; anchored, so that "matches" and "contains" read it
 * alike) for the whole numbers from 0 to `max`, spaces around and leading zeros allowed.
 * @example wholeNumberPattern(999) // "^ *0*(?:\\d{1,2}|[1-8]\\d{2}|9[0-8]\\d|99[0-8]|999) *$"
 * @example wholeNumberPattern(3)   // "^ *0*(?:[0-2]|3) *$"
 */
export function wholeNumberPattern(max: number): string {
  const digits = String(Math.max(0, Math.floor(max)));
  const k = digits.length;
  const alternatives: string[] = [];
  if (k > 1) alternatives.push(k > 2 ? `\\d{1,${k - 1}}` : '\\d');
  for (let i = 0; i < k; i += 1) {
    // Numbers of k digits that start like `max` and have a smaller digit at position i.
    const digit = Number(digits[i]);
    const low = i === 0 && k > 1 ? 1 : 0;
    if (digit <= low) continue;
    const rest = k - i - 1;
    const range = digit - 1 === low ? String(low) : `[${low}-${digit - 1}]`;
    alternatives.push(`${digits.slice(0, i)}${range}${rest > 1 ? `\\d{${rest}}` : rest === 1 ? '\\d' : ''}`);
  }
  alternatives.push(digits);
  return `^ *0*(?:${alternatives.join('|')}) *$`;
}
