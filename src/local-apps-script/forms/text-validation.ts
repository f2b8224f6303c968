// FormApp.createTextValidation(): the builder, the validation it builds, and the check Google Forms
// runs on a respondent's answer (https://developers.google.com/apps-script/reference/forms/text-validation-builder).
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';

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

const LOCAL_VALIDATION = Symbol('local text validation');

export function validationOf(value: unknown): LocalTextValidation | null {
  return (value as { [LOCAL_VALIDATION]?: LocalTextValidation } | null)?.[LOCAL_VALIDATION] ?? null;
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

export class LocalTextValidationBuilder {
  readonly self: Builder;
  private rule: TextRule | null = null;
  private helpText = '';

  constructor(private readonly env: RuntimeEnv) {
    this.self = serviceObject<Builder>(env, 'TextValidationBuilder', this);
  }

  private set(method: string, rule: TextRule): Builder {
    record(this.env, 'FormApp', `TextValidationBuilder.${method}`, 'local');
    this.rule = rule;
    return this.self;
  }

  requireNumber(): Builder {
    return this.set('requireNumber', { kind: 'number' });
  }
  requireWholeNumber(): Builder {
    return this.set('requireWholeNumber', { kind: 'whole' });
  }
  requireNumberBetween(start: number, end: number): Builder {
    return this.set('requireNumberBetween', { kind: 'between', min: Number(start), max: Number(end) });
  }
  requireNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.set('requireNumberGreaterThanOrEqualTo', { kind: 'gte', value: Number(number) });
  }
  requireNumberLessThanOrEqualTo(number: number): Builder {
    return this.set('requireNumberLessThanOrEqualTo', { kind: 'lte', value: Number(number) });
  }
  requireTextMatchesPattern(pattern: string): Builder {
    return this.set('requireTextMatchesPattern', { kind: 'matches', pattern: String(pattern) });
  }
  setHelpText(text: string): Builder {
    record(this.env, 'FormApp', 'TextValidationBuilder.setHelpText', 'local');
    this.helpText = String(text);
    return this.self;
  }
  build(): GoogleAppsScript.Forms.TextValidation {
    record(this.env, 'FormApp', 'TextValidationBuilder.build', 'local');
    const built: LocalTextValidation = { rule: this.rule, helpText: this.helpText };
    return serviceObject<GoogleAppsScript.Forms.TextValidation>(this.env, 'TextValidation', { [LOCAL_VALIDATION]: built });
  }
}
