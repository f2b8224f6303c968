// FormApp.createTextValidation(): the builder, the validation it builds, and the check Google Forms
// runs on a respondent's answer (https://developers.google.com/apps-script/reference/forms/text-validation-builder).
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';

type Builder = GoogleAppsScript.Forms.TextValidationBuilder;

export type TextRule =
  | { kind: 'number' }
  | { kind: 'whole' }
  | { kind: 'between'; min: number; max: number }
  | { kind: 'gte'; value: number }
  | { kind: 'lte'; value: number }
  | { kind: 'matches'; pattern: string };

/** A built validation: what TextItem.setValidation keeps. */
export interface LocalTextValidation {
  readonly rule: TextRule | null;
  readonly helpText: string;
}

/** What a built validation (LocalTextValidationRule) holds, or null for anything else. */
export function validationOf(value: unknown): LocalTextValidation | null {
  return value instanceof LocalTextValidationRule ? value.validation : null;
}

// Google Forms reads numbers with a dot; a comma is accepted too (unverified: French respondents type
// `2,5`, and Cabas parses either, so the lenient reading keeps tests on Cabas's own checks).
function asNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : null;
}

/** The error Google Forms shows under the question, or null when the answer passes. */
export function checkText(validation: LocalTextValidation, text: string): string | null {
  const rule = validation.rule;
  if (!rule || text === '') return null;
  const fail = (fallback: string) => validation.helpText || fallback;
  const n = asNumber(text);
  switch (rule.kind) {
    case 'number':
      return n === null ? fail('Must be a number') : null;
    case 'whole':
      return /^[-+]?\d+$/.test(text.trim()) ? null : fail('Must be a whole number');
    case 'between':
      return n !== null && n >= rule.min && n <= rule.max ? null : fail(`Must be a number between ${rule.min} and ${rule.max}`);
    case 'gte':
      return n !== null && n >= rule.value ? null : fail(`Must be a number greater than or equal to ${rule.value}`);
    case 'lte':
      return n !== null && n <= rule.value ? null : fail(`Must be a number less than or equal to ${rule.value}`);
    case 'matches':
      return new RegExp(`^(?:${rule.pattern})$`).test(text) ? null : fail('Must match pattern');
  }
}

export class LocalTextValidationBuilder implements Surface<Builder> {
  get [APPS_SCRIPT_CLASS]() { return 'Forms.TextValidationBuilder' as const; }
  private rule: TextRule | null = null;
  private helpText = '';

  constructor(private readonly env: RuntimeEnv) {}

  private set(method: string, rule: TextRule): this {
    record(this.env, 'FormApp', `TextValidationBuilder.${method}`, 'local');
    this.rule = rule;
    return this;
  }

  requireNumber(): this {
    return this.set('requireNumber', { kind: 'number' });
  }
  requireWholeNumber(): this {
    return this.set('requireWholeNumber', { kind: 'whole' });
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', { kind: 'between', min: Number(start), max: Number(end) });
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.set('requireNumberGreaterThanOrEqualTo', { kind: 'gte', value: Number(number) });
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.set('requireNumberLessThanOrEqualTo', { kind: 'lte', value: Number(number) });
  }
  requireTextMatchesPattern(pattern: string): this {
    return this.set('requireTextMatchesPattern', { kind: 'matches', pattern: String(pattern) });
  }
  setHelpText(text: string): this {
    record(this.env, 'FormApp', 'TextValidationBuilder.setHelpText', 'local');
    this.helpText = String(text);
    return this;
  }
  build(): LocalTextValidationRule {
    record(this.env, 'FormApp', 'TextValidationBuilder.build', 'local');
    const built: LocalTextValidation = { rule: this.rule, helpText: this.helpText };
    return new LocalTextValidationRule(built);
  }
}

/** A built text validation: the script can only hand it to an item's setValidation. */
export class LocalTextValidationRule implements Surface<GoogleAppsScript.Forms.TextValidation> {
  get [APPS_SCRIPT_CLASS]() { return 'Forms.TextValidation' as const; }
  constructor(readonly validation: LocalTextValidation) {}
}
