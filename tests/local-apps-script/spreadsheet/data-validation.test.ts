// SpreadsheetApp.newDataValidation():
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import { freshSpreadsheet, thrown } from './local-env';
import type { LocalDataValidationBuilder } from '../../../src/local-apps-script/spreadsheet/data-validation';

describe('data validation builder', () => {
  test.each([
    { build: (b: LocalDataValidationBuilder) => b.requireValueInList(['oui', 'non']), type: 'VALUE_IN_LIST', values: [['oui', 'non'], true] },
    { build: (b: LocalDataValidationBuilder) => b.requireValueInList(['oui'], false), type: 'VALUE_IN_LIST', values: [['oui'], false] },
    { build: (b: LocalDataValidationBuilder) => b.requireCheckbox(), type: 'CHECKBOX', values: [] },
    { build: (b: LocalDataValidationBuilder) => b.requireNumberBetween(0, 50), type: 'NUMBER_BETWEEN', values: [0, 50] },
    { build: (b: LocalDataValidationBuilder) => b.requireDate(), type: 'DATE_IS_VALID_DATE', values: [] },
  ])('builds a $type rule with its criteria values', ({ build, type, values }) => {
    const { app } = freshSpreadsheet();
    const rule = build(app.newDataValidation()).build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria[type as 'CHECKBOX']);
    expect(rule.getCriteriaValues()).toEqual(values);
  });

  test('a range rule keeps the range it points at', () => {
    const { app, sheet } = freshSpreadsheet();
    const sites = sheet.getRange('A2:A10');
    const rule = app.newDataValidation().requireValueInRange(sites).build();
    expect(rule.getCriteriaValues()[0]).toBe(sites);
  });

  test('invalid input is allowed until setAllowInvalid(false); help text is kept', () => {
    const { app } = freshSpreadsheet();
    const builder = app.newDataValidation().requireCheckbox();
    expect(builder.build().getAllowInvalid()).toBe(true);
    const rule = builder.setAllowInvalid(false).setHelpText('Cochez si payé').build();
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([false, 'Cochez si payé']);
  });

  test('copy() starts a builder from a rule without changing the rule', () => {
    const { app } = freshSpreadsheet();
    const rule = app.newDataValidation().requireValueInList(['a']).build();
    const changed = rule.copy().requireValueInList(['b']).build();
    expect([rule.getCriteriaValues()[0], changed.getCriteriaValues()[0]]).toEqual([['a'], ['b']]);
  });

  test('building without criteria fails', () => {
    const { app } = freshSpreadsheet();
    expect(() => app.newDataValidation().build()).toThrow();
    expect(thrown(() => app.newDataValidation().build()).message).toMatch(/criteria/);
  });

  test('builder calls are local', () => {
    const { app, env } = freshSpreadsheet();
    app.newDataValidation().requireCheckbox().build();
    expect(env.accounting.execution().calls).toBe(0);
  });
});
