// Answers from a file (the offline mode) never saw the Form's page: the host stores them without
// the page's input checks, its closed page included (an answer after the close reaches the script,
// whose rules refuse it); only an unpublished form refuses them. Submissions through the page keep
// every check (form-service.test.ts).
import { FormRefusedError } from '../../../src/local-apps-script/forms/accept-answers';
import { LocalFormService } from '../../../src/local-apps-script/forms/form-service';
import { serviceEnv } from '../support/service-env';

function openForm() {
  const forms = new LocalFormService(serviceEnv());
  const app = forms.app;
  const form = app.create('Commande');
  const site = form.addListItem().setTitle('Lieu').setChoiceValues(['Monclar', 'Septfonds']).setRequired(true);
  const eggs = form.addTextItem().setTitle('Œufs').setValidation(app.createTextValidation().requireNumberBetween(0, 6).build());
  form.setEmailCollectionType('VERIFIED').setPublished(true);
  return { forms, form, site, eggs };
}

test.each([
  { what: 'a number over the validation', answers: (ids: { eggs: number }) => ({ [ids.eggs]: '9' }) },
  { what: 'text in a number question', answers: (ids: { eggs: number }) => ({ [ids.eggs]: 'deux' }) },
  { what: 'a required question left out', answers: (ids: { eggs: number }) => ({ [ids.eggs]: '1' }) },
  { what: 'an answer that is not a choice', answers: (ids: { eggs: number; site: number }) => ({ [ids.site]: 'Caussade', [ids.eggs]: '1' }) },
])('the page refuses $what; a file answer is stored as it is', ({ answers }) => {
  const { forms, form, site, eggs } = openForm();
  const given = answers({ eggs: eggs.getId(), site: site.getId() });
  expect(() => forms.submit(form.getId(), 'a@x.org', given, 0)).toThrow(FormRefusedError);
  const stored = forms.submit(form.getId(), 'a@x.org', given, 0, false);
  expect(Object.fromEntries(stored.answers)).toEqual(Object.fromEntries(Object.entries(given).map(([k, v]) => [Number(k), v])));
});

test('a closed form refuses the page, not a file answer; an answer must still name a question', () => {
  const { forms, form, eggs } = openForm();
  expect(() => forms.submit(form.getId(), 'a@x.org', { 'Poulets': '1' }, 0, false)).toThrow(/No question with id or title "Poulets"/);
  form.setAcceptingResponses(false);
  expect(() => forms.submit(form.getId(), 'a@x.org', { [eggs.getId()]: '1' }, 0)).toThrow(/no longer accepting responses/);
  const late = forms.submit(form.getId(), 'a@x.org', { [eggs.getId()]: '1' }, 0, false);
  expect(Object.fromEntries(late.answers)).toEqual({ [eggs.getId()]: '1' });
});

test('an unpublished form refuses a file answer: nothing was ever asked', () => {
  const { forms, form, eggs } = openForm();
  form.setPublished(false);
  expect(() => forms.submit(form.getId(), 'a@x.org', { [eggs.getId()]: '1' }, 0, false)).toThrow(/is not published/);
});

test.each([
  { what: 'unset: Google\'s own kinds of address', formAddress: undefined, published: /^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/, edit: /viewform\?edit2=/ },
  { what: 'the group\'s own form tool', formAddress: 'https://framaforms.org/gac', published: /^https:\/\/framaforms\.org\/gac$/, edit: /^https:\/\/framaforms\.org\/gac$/ },
  { what: 'none', formAddress: '', published: /^$/, edit: /^$/ },
])('the offline mode\'s form address, host-only: $what', ({ formAddress, published, edit }) => {
  const env = { ...serviceEnv(), ...(formAddress === undefined ? {} : { formAddress }) };
  const forms = new LocalFormService(env);
  const form = forms.app.create('Commande');
  const eggs = form.addTextItem().setTitle('Œufs');
  form.setPublished(true);
  expect(form.getPublishedUrl()).toMatch(published);
  expect(forms.submit(form.getId(), 'a@x.org', { [eggs.getId()]: '1' }, 0, false).getEditResponseUrl()).toMatch(edit);
});
