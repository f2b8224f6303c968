import { agreeUnit, counted, noun } from '../../../src/core/i18n/grammar';
import { catalogue } from '../../../src/core/i18n';

describe('agreeUnit', () => {
  test.each`
    quantity | unit                  | locale  | agreed
    ${3}     | ${'pièce'}            | ${'fr'} | ${'pièces'}
    ${1}     | ${'pièce'}            | ${'fr'} | ${'pièce'}
    ${1.5}   | ${'pièce'}            | ${'fr'} | ${'pièce'}
    ${0}     | ${'pièce'}            | ${'fr'} | ${'pièce'}
    ${3}     | ${'pot de 500 g'}     | ${'fr'} | ${'pots de 500 g'}
    ${2}     | ${'bocal de 1 l'}     | ${'fr'} | ${'bocaux de 1 l'}
    ${2}     | ${'botte'}            | ${'fr'} | ${'bottes'}
    ${4}     | ${'kg'}               | ${'fr'} | ${'kg'}
    ${4}     | ${'500 g'}            | ${'fr'} | ${'500 g'}
    ${2}     | ${'colis'}            | ${'fr'} | ${'colis'}
    ${2}     | ${'plateau'}          | ${'fr'} | ${'plateaux'}
    ${3}     | ${'jar of 500 g'}     | ${'en'} | ${'jars of 500 g'}
    ${0}     | ${'piece'}            | ${'en'} | ${'pieces'}
    ${1}     | ${'piece'}            | ${'en'} | ${'piece'}
    ${2}     | ${'bunch'}            | ${'en'} | ${'bunches'}
    ${2}     | ${'loaf'}             | ${'en'} | ${'loaves'}
    ${2}     | ${'kg'}               | ${'en'} | ${'kg'}
  `('$quantity $unit ($locale) agrees as "$agreed"', ({ quantity, unit, locale, agreed }) => {
    expect(agreeUnit(quantity, unit, locale)).toBe(agreed);
  });
});

describe('counted', () => {
  test.each`
    n    | text
    ${0} | ${'aucune erreur'}
    ${1} | ${'1 erreur'}
    ${3} | ${'3 erreurs'}
  `('$n reads "$text"', ({ n, text }) => {
    expect(counted(n, noun('erreur', 'aucune erreur'))).toBe(text);
  });
});

test.each`
  locale  | n      | unit              | text
  ${'fr'} | ${3}   | ${'pièce'}        | ${'3 pièces'}
  ${'fr'} | ${2.5} | ${'kg'}           | ${'2,5 kg'}
  ${'fr'} | ${'4'} | ${'pot de 500 g'} | ${'4 pots de 500 g'}
  ${'en'} | ${2}   | ${'jar of 500 g'} | ${'2 jars of 500 g'}
`('the catalogue says $n $unit as "$text" ($locale)', ({ locale, n, unit, text }) => {
  expect(catalogue(locale).close.common.quantity(n, unit)).toBe(text);
});

test.each`
  errors | warnings | starts
  ${0}   | ${0}     | ${'Aucune erreur et aucun avertissement.'}
  ${1}   | ${3}     | ${'1 erreur et 3 avertissements.'}
`('the check summary counts $errors errors and $warnings warnings in words', ({ errors, warnings, starts }) => {
  expect(catalogue('fr').ui.checkSummary(errors, warnings).startsWith(starts)).toBe(true);
});
