// DataValidation and its builder (SpreadsheetApp.newDataValidation()).
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import type { RuntimeEnv } from '../env';
import { isDate } from '../env';
import { DataValidationCriteria, type CriteriaName } from './enums';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalRange } from './range';
import type { ValidationSnapshot } from './snapshot';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

interface Rule {
  criteria: CriteriaName | null;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

function record(env: RuntimeEnv, method: string): void {
  env.accounting.record('SpreadsheetApp', method, 'local');
}

// Criteria values handed back to the script: Dates in its realm.
function adoptArgs(env: RuntimeEnv, args: unknown[]): unknown[] {
  return args.map((a) => (isDate(a) ? env.realm.date(a.getTime()) : Array.isArray(a) ? [...a] : a));
}

export class LocalDataValidation implements Surface<GoogleAppsScript.Spreadsheet.DataValidation> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.DataValidation' as const; }
  constructor(readonly env: RuntimeEnv, readonly rule: Readonly<Rule>) {}

  copy(): LocalDataValidationBuilder {
    record(this.env, 'DataValidation.copy');
    return new LocalDataValidationBuilder(this.env, { ...this.rule, args: [...this.rule.args] });
  }
  getAllowInvalid(): boolean {
    record(this.env, 'DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }
  getCriteriaType(): Criteria {
    record(this.env, 'DataValidation.getCriteriaType');
    return this.rule.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    record(this.env, 'DataValidation.getCriteriaValues');
    return adoptArgs(this.env, this.rule.args);
  }
  getHelpText(): string {
    record(this.env, 'DataValidation.getHelpText');
    return this.rule.helpText;
  }

  /** Host side: a checkbox rule (empty cells read FALSE). */
  isCheckbox(): boolean {
    return this.rule.criteria === 'CHECKBOX';
  }

  /** Host side: the snapshot form. */
  toSnapshot(): ValidationSnapshot {
    if (this.rule.criteria === 'CHECKBOX') return { kind: 'checkbox' };
    if (this.rule.criteria === 'VALUE_IN_LIST') return { kind: 'list', values: (this.rule.args[0] as unknown[]).map(String), allowInvalid: this.rule.allowInvalid };
    const shown = this.rule.args.map((a) => (isDate(a) ? a.toISOString() : typeof a === 'object' && a !== null && 'getA1Notation' in a ? (a as unknown as { a1(): string }).a1() : String(a)));
    return { kind: 'other', description: [this.rule.criteria ?? '', ...shown].join(' ').trim() };
  }

  /** Host side: the rule a snapshot describes. */
  static fromSnapshot(env: RuntimeEnv, snapshot: ValidationSnapshot): LocalDataValidation {
    if (snapshot.kind === 'checkbox') return new LocalDataValidation(env, { criteria: 'CHECKBOX', args: [], allowInvalid: true, helpText: '' });
    if (snapshot.kind === 'list') return new LocalDataValidation(env, { criteria: 'VALUE_IN_LIST', args: [[...snapshot.values], true], allowInvalid: snapshot.allowInvalid, helpText: '' });
    const name = snapshot.description.split(' ')[0] as CriteriaName;
    return new LocalDataValidation(env, { criteria: name in DataValidationCriteria ? name : 'CUSTOM_FORMULA', args: [], allowInvalid: true, helpText: '' });
  }
}

export class LocalDataValidationBuilder implements Surface<GoogleAppsScript.Spreadsheet.DataValidationBuilder> {
  get [APPS_SCRIPT_CLASS]() { return 'Spreadsheet.DataValidationBuilder' as const; }
  private rule: Rule;

  constructor(readonly env: RuntimeEnv, rule?: Rule) {
    // A new rule allows invalid input (shows a warning) until setAllowInvalid(false), as in Sheets.
    this.rule = rule ?? { criteria: null, args: [], allowInvalid: true, helpText: '' };
  }

  private require(method: string, criteria: CriteriaName, args: unknown[]): this {
    record(this.env, `DataValidationBuilder.${method}`);
    this.rule = { ...this.rule, criteria, args };
    return this;
  }

  build(): LocalDataValidation {
    record(this.env, 'DataValidationBuilder.build');
    // Building without criteria fails in Apps Script; the wording here is the local runtime's.
    if (this.rule.criteria === null) throw this.env.realm.error('The data validation rule has no criteria.');
    return new LocalDataValidation(this.env, { ...this.rule, args: [...this.rule.args] });
  }
  copy(): LocalDataValidationBuilder {
    record(this.env, 'DataValidationBuilder.copy');
    return new LocalDataValidationBuilder(this.env, { ...this.rule, args: [...this.rule.args] });
  }
  getAllowInvalid(): boolean { record(this.env, 'DataValidationBuilder.getAllowInvalid'); return this.rule.allowInvalid; }
  getCriteriaType(): Criteria { record(this.env, 'DataValidationBuilder.getCriteriaType'); return this.rule.criteria as unknown as Criteria; }
  getCriteriaValues(): unknown[] { record(this.env, 'DataValidationBuilder.getCriteriaValues'); return adoptArgs(this.env, this.rule.args); }
  getHelpText(): string | null { record(this.env, 'DataValidationBuilder.getHelpText'); return this.rule.helpText === '' ? null : this.rule.helpText; }

  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.require('requireCheckbox', 'CHECKBOX', [checked, unchecked].filter((v) => v !== undefined));
  }
  requireDate(): this { return this.require('requireDate', 'DATE_IS_VALID_DATE', []); }
  requireDateAfter(date: Date): this { return this.require('requireDateAfter', 'DATE_AFTER', [new Date(date.getTime())]); }
  requireDateBefore(date: Date): this { return this.require('requireDateBefore', 'DATE_BEFORE', [new Date(date.getTime())]); }
  requireNumberBetween(start: number, end: number): this { return this.require('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]); }
  requireNumberGreaterThanOrEqualTo(n: number): this { return this.require('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberGreaterThan(n: number): this { return this.require('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]); }
  requireTextIsEmail(): this { return this.require('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []); }
  requireFormulaSatisfied(formula: string): this { return this.require('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]); }
  /** Criteria values: [values, showDropdown] (showDropdown defaults to true). */
  requireValueInList(values: string[], showDropdown = true): this {
    return this.require('requireValueInList', 'VALUE_IN_LIST', [[...values].map(String), showDropdown]);
  }
  requireValueInRange(range: LocalRange, showDropdown = true): this {
    return this.require('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    record(this.env, 'DataValidationBuilder.setAllowInvalid');
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): this {
    record(this.env, 'DataValidationBuilder.setHelpText');
    this.rule = { ...this.rule, helpText: String(helpText) };
    return this;
  }
  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.require('withCriteria', String(criteria) as CriteriaName, [...args]);
  }
}
