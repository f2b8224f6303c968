// Text validation as Google Forms applies it to an answer
// (developers.google.com/apps-script/reference/forms/text-validation-builder).
import { checkText, type TextRule } from '../../../src/local-apps-script/forms/text-validation';

describe('checkText', () => {
  test.each<{ rule: TextRule; text: string; ok: boolean }>([
    { rule: { kind: 'whole' }, text: '3', ok: true },
    { rule: { kind: 'whole' }, text: '2.5', ok: false },
    { rule: { kind: 'whole' }, text: 'deux', ok: false },
    { rule: { kind: 'number' }, text: '2.5', ok: true },
    { rule: { kind: 'number' }, text: '2,5', ok: true },
    { rule: { kind: 'number' }, text: '3,5O', ok: false },
    { rule: { kind: 'between', min: 0, max: 6 }, text: '6', ok: true },
    { rule: { kind: 'between', min: 0, max: 6 }, text: '7', ok: false },
    { rule: { kind: 'between', min: 0, max: 6 }, text: '-1', ok: false },
    { rule: { kind: 'gte', value: 0 }, text: '0', ok: true },
    { rule: { kind: 'gte', value: 0 }, text: '-0.5', ok: false },
    { rule: { kind: 'lte', value: 10 }, text: '11', ok: false },
    { rule: { kind: 'matches', pattern: '[A-Z]{2}\\d' }, text: 'AB1', ok: true },
    { rule: { kind: 'matches', pattern: '[A-Z]{2}\\d' }, text: 'xAB1', ok: false },
  ])('$rule.kind accepts "$text": $ok', ({ rule, text, ok }) => {
    expect(checkText({ rule, helpText: '' }, text) === null).toBe(ok);
  });

  test('a refused answer shows the help text when the validation has one', () => {
    expect(checkText({ rule: { kind: 'whole' }, helpText: 'Un nombre entier' }, '1.5')).toBe('Un nombre entier');
    expect(checkText({ rule: { kind: 'whole' }, helpText: '' }, '1.5')).toBe('Must be a whole number');
  });

  test('an empty answer is left to the required check', () => {
    expect(checkText({ rule: { kind: 'whole' }, helpText: '' }, '')).toBeNull();
  });
});
