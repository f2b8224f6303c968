// The form's preview, drawn from its items: sections, questions with their help and required mark,
// choices, and nothing a title could inject.
import { LocalAppsScript } from '../../../src/local-apps-script/runtime';
import { renderFormPreview } from '../../../src/local-apps-script/forms/form-preview';

function formWithItems() {
  const gas = new LocalAppsScript({ now: Date.parse('2026-12-01T09:00:00+01:00') });
  gas.loadFile('make.gs', `function make() {
    var form = FormApp.create('Commande <du 12>');
    form.addListItem().setTitle('Lieu').setChoiceValues(['Monclar', 'Septfonds']).setRequired(true);
    form.addPageBreakItem().setTitle('Chèvrerie').setHelpText('Minimum 30 €');
    form.addTextItem().setTitle('Cabécou — 1,60 €').setHelpText('Pas de 1');
    form.addMultipleChoiceItem().setTitle('Aide').setChoiceValues(['Oui', 'Non']);
    return form.getId();
  }`);
  const id = gas.run<string>('make');
  return gas.forms.form(id);
}

describe('renderFormPreview', () => {
  const form = formWithItems();
  const html = renderFormPreview(form, 'Aperçu');

  test.each([
    { what: 'the label', expected: '<p class="label">Aperçu</p>' },
    { what: 'the escaped title', expected: '<h1>Commande &lt;du 12&gt;</h1>' },
    { what: 'a required question', expected: 'Lieu <span class="req">*</span>' },
    { what: 'a section with its help', expected: '<h2>Chèvrerie</h2><p class="help">Minimum 30 €</p>' },
    { what: 'a text question with its help', expected: 'Cabécou — 1,60 €</p><p class="help">Pas de 1</p><div class="box"></div>' },
    { what: 'choices as radio buttons', expected: '<span class="mark radio"></span>Oui' },
  ])('shows $what', ({ expected }) => {
    expect(html).toContain(expected);
  });

  test('marks left-out questions', () => {
    expect(renderFormPreview({ title: 'F', description: '', items: [null as never] }, 'x')).toContain('class="card gap"');
  });
});
