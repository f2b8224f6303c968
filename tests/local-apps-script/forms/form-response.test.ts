// What a stored response gives back, answered or not, and after an edit through the edit link.
// https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
// https://developers.google.com/apps-script/reference/forms/item-response
import { LocalFormService } from '../../../src/local-apps-script/forms/form-service';
import { asScript, serviceEnv } from '../support/service-env';

type Item = GoogleAppsScript.Forms.Item;

// One question of each kind the local Form has; none is required, so any can be left unanswered.
function openForm() {
  const env = serviceEnv();
  const forms = new LocalFormService(env);
  const app = asScript<GoogleAppsScript.Forms.FormApp>(env, forms.app);
  const form = app.create('Commande');
  const items: Record<string, Item> = {
    text: form.addTextItem().setTitle('Œufs') as unknown as Item,
    paragraph: form.addParagraphTextItem().setTitle('Commentaire') as unknown as Item,
    list: form.addListItem().setTitle('Lieu').setChoiceValues(['Monclar', 'Septfonds']) as unknown as Item,
    choice: form.addMultipleChoiceItem().setTitle('Retrait').setChoiceValues(['Matin', 'Soir']) as unknown as Item,
    checkbox: form.addCheckboxItem().setTitle('Sacs').setChoiceValues(['Papier', 'Tissu']) as unknown as Item,
  };
  form.addSectionHeaderItem().setTitle('Ferme du Causse');
  form.setEmailCollectionType(app.EmailCollectionType.VERIFIED).setAllowResponseEdits(true).setPublished(true);
  return { env, forms, form, items };
}

const ANSWERS: Record<string, string | string[]> = { Œufs: '4', Commentaire: 'merci', Lieu: 'Monclar', Retrait: 'Soir', Sacs: ['Tissu'] };
const TITLES: Record<string, string> = { text: 'Œufs', paragraph: 'Commentaire', list: 'Lieu', choice: 'Retrait', checkbox: 'Sacs' };

describe('getItemResponses', () => {
  test.each<{ kind: string; unanswered: string | null }>([
    { kind: 'text', unanswered: '' },
    { kind: 'paragraph', unanswered: '' },
    { kind: 'list', unanswered: null },
    { kind: 'choice', unanswered: null },
    { kind: 'checkbox', unanswered: null },
  ])('an unanswered $kind item comes back as $unanswered (null: left out)', ({ kind, unanswered }) => {
    const { env, forms, form, items } = openForm();
    const answers = { ...ANSWERS };
    delete answers[TITLES[kind]];
    const r = forms.submit(form.getId(), 'a@example.org', answers, 0);
    const byId = new Map(asScript<GoogleAppsScript.Forms.FormResponse>(env, r).getItemResponses().map((ir) => [ir.getItem().getId(), ir.getResponse()]));
    expect(byId.has(items[kind].getId()) ? byId.get(items[kind].getId()) : null).toEqual(unanswered);
    expect(byId.size).toBe(unanswered === null ? 4 : 5); // every other question, answered, is there
  });

  test('a response with no answer at all gives \'\' for each text item, in form order, and nothing else', () => {
    const { env, forms, form, items } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', {}, 0);
    expect(asScript<GoogleAppsScript.Forms.FormResponse>(env, r).getItemResponses().map((ir) => [ir.getItem().getId(), ir.getResponse()])).toEqual([[items.text.getId(), ''], [items.paragraph.getId(), '']]);
  });

  test('a checkbox answer is a string[]; the others are strings', () => {
    const { env, forms, form } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', ANSWERS, 0);
    expect(asScript<GoogleAppsScript.Forms.FormResponse>(env, r).getItemResponses().map((ir) => ir.getResponse())).toEqual(['4', 'merci', 'Monclar', 'Soir', ['Tissu']]);
  });
});

describe('getResponseForItem', () => {
  test.each(['text', 'paragraph', 'list', 'checkbox'])('is null for an unanswered %s item', (kind) => {
    const { env, forms, form, items } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', {}, 0);
    expect(asScript<GoogleAppsScript.Forms.FormResponse>(env, r).getResponseForItem(items[kind])).toBeNull();
  });

  test('gives the answer and its item for an answered one', () => {
    const { env, forms, form, items } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', ANSWERS, 0);
    const ir = asScript<GoogleAppsScript.Forms.FormResponse>(env, r).getResponseForItem(items.list)!;
    expect([ir.getItem().getId(), ir.getResponse()]).toEqual([items.list.getId(), 'Monclar']);
  });
});

describe('an edit through the edit link', () => {
  test.each<{ kind: string; after: string | null }>([
    { kind: 'text', after: '' },
    { kind: 'paragraph', after: '' },
    { kind: 'list', after: null },
    { kind: 'checkbox', after: null },
  ])('clearing a $kind answer leaves it as never answered ($after)', ({ kind, after }) => {
    const { env, forms, form, items } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', ANSWERS, 0);
    forms.edit(r.id, { [TITLES[kind]]: kind === 'checkbox' ? [] : '' }, 1000);
    const stored = form.getResponse(r.id);
    const found = stored.getItemResponses().find((ir) => ir.getItem().getId() === items[kind].getId());
    expect(found ? found.getResponse() : null).toEqual(after);
    expect(stored.getResponseForItem(items[kind])).toBeNull();
    expect(stored.getResponseForItem(items.choice)!.getResponse()).toBe('Soir'); // untouched answers stay
  });

  test('clearing every answer keeps the response, its id, e-mail and new timestamp', () => {
    const { env, forms, form } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', ANSWERS, 0);
    forms.edit(r.id, { Œufs: '', Commentaire: '', Lieu: '', Retrait: '', Sacs: [] }, 1000);
    const stored = form.getResponse(r.id);
    expect([stored.getId(), stored.getRespondentEmail(), stored.getTimestamp().getTime()]).toEqual([r.id, 'a@example.org', 1000]);
    expect(stored.getItemResponses().map((ir) => ir.getResponse())).toEqual(['', '']);
  });
});

describe('a response the script builds (Form.createResponse)', () => {
  test('has no id, timestamp or e-mail until submitted, then is stored with its answers', () => {
    const { env, forms, form, items } = openForm();
    const draft = asScript<GoogleAppsScript.Forms.FormApp>(env, forms.app).openById(form.getId()).createResponse();
    expect([draft.getId(), draft.getTimestamp(), draft.getRespondentEmail()]).toEqual([null, null, null]);
    draft.withItemResponse((items.list as unknown as GoogleAppsScript.Forms.ListItem).createResponse('Septfonds')).submit();
    expect(draft.getId()).toEqual(expect.any(String));
    expect(form.getResponse(draft.getId()!).getItemResponses().map((ir) => ir.getResponse())).toEqual(['', '', 'Septfonds']);
  });

  test.each<{ name: string; act: (o: ReturnType<typeof openForm>) => unknown; message: RegExp }>([
    { name: 'a list answer outside the choices', act: ({ items }) => (items.list as unknown as GoogleAppsScript.Forms.ListItem).createResponse('Caussade'), message: /"Caussade" is not a choice/ },
    { name: 'a checkbox value outside the choices', act: ({ items }) => (items.checkbox as unknown as GoogleAppsScript.Forms.CheckboxItem).createResponse(['Tissu', 'Plastique']), message: /"Plastique" is not a choice/ },
    { name: 'a text answer given to a checkbox', act: ({ items }) => (items.checkbox as unknown as { createResponse(r: string): unknown }).createResponse('Tissu'), message: /Invalid argument/ },
    { name: 'an answer that is not an ItemResponse', act: ({ form }) => form.createResponse().withItemResponse({} as GoogleAppsScript.Forms.ItemResponse), message: /Invalid argument/ },
    { name: 'a second submit', act: ({ form }) => form.createResponse().submit().submit(), message: /already been submitted/ },
  ])('refuses $name', ({ act, message }) => {
    expect(() => act(openForm())).toThrow(message);
  });
});
