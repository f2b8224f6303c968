// FormApp and the member's side of a form (developers.google.com/apps-script/reference/forms/form,
// .../forms/item, .../forms/form-response).
import { FormRefusedError } from '../../../src/local-apps-script/forms/accept-answers';
import { LocalFormService } from '../../../src/local-apps-script/forms/form-service';
import { LocalAppsScript } from '../../../src/local-apps-script/runtime';
import { asScript, serviceEnv, thrownMessage } from '../support/service-env';

function openForm() {
  const env = serviceEnv();
  const forms = new LocalFormService(env);
  const app = asScript<GoogleAppsScript.Forms.FormApp>(env, forms.app);
  const form = app.create('Commande');
  const site = form.addListItem().setTitle('Lieu').setChoiceValues(['Monclar', 'Septfonds']).setRequired(true);
  form.addPageBreakItem().setTitle('Ferme du Causse');
  const eggs = form.addTextItem().setTitle('Œufs').setValidation(app.createTextValidation().setHelpText('Un nombre entier de 0 à 6').requireNumberBetween(0, 6).build());
  const note = form.addParagraphTextItem().setTitle('Commentaire');
  form.setEmailCollectionType(app.EmailCollectionType.VERIFIED).setAllowResponseEdits(true).setPublished(true);
  return { env, forms, app, form, site, eggs, note };
}

describe('Form items', () => {
  test('items get distinct integer ids that survive moves and other items\' deletion', () => {
    const { form, site, eggs } = openForm();
    const ids = form.getItems().map((i) => i.getId());
    expect(ids.every((id) => Number.isInteger(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    form.moveItem(eggs as unknown as GoogleAppsScript.Forms.Item, 0);
    form.deleteItem(1);
    expect(form.getItems().map((i) => i.getId())).toEqual([eggs.getId(), ids[1], ids[3]]);
    expect(ids[0]).toBe(site.getId());
    expect(form.getItemById(eggs.getId())!.getTitle()).toBe('Œufs');
  });

  // Operations on an item after Form.deleteItem (docs/runtime-fidelity.md, "Argument checks"): the
  // runtime used to keep setting titles and choices of an item no form holds.
  test('an item deleted from the form refuses further calls; its id stays readable', () => {
    const { form, site } = openForm();
    const id = site.getId();
    form.deleteItem(site as unknown as GoogleAppsScript.Forms.Item);
    const gone = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
    expect(thrownMessage(() => site.setTitle('Lieu de retrait'))).toBe(gone);
    expect(thrownMessage(() => site.setChoiceValues(['Caussade']))).toBe(gone);
    expect(thrownMessage(() => site.getTitle())).toBe(gone);
    expect(thrownMessage(() => site.duplicate())).toBe(gone);
    expect(site.getId()).toBe(id);
    expect(form.getItems().map((i) => i.getTitle())).not.toContain('Lieu de retrait');
  });

  test('getItemById answers null for an unknown id', () => {
    expect(openForm().form.getItemById(42)).toBeNull();
  });

  test('a cast to the item\'s own type works and to another type throws', () => {
    const { form, eggs } = openForm();
    const item = form.getItemById(eggs.getId())!;
    expect(item.asTextItem().getTitle()).toBe('Œufs');
    expect(() => item.asListItem()).toThrow(/not LIST/);
  });

  test('getItems(type) filters by FormApp.ItemType', () => {
    const { form, app } = openForm();
    expect(form.getItems(app.ItemType.PAGE_BREAK).map((i) => i.getTitle())).toEqual(['Ferme du Causse']);
  });

  test('a method the local Form lacks throws not implemented', () => {
    const { form } = openForm();
    expect(() => (form as unknown as { addGridItem(): void }).addGridItem()).toThrow('not implemented: Form.addGridItem');
  });

  test('settings read back what was set', () => {
    const { form, app } = openForm();
    form.setCustomClosedFormMessage('Fermé').setAcceptingResponses(false).setConfirmationMessage('Merci');
    expect([form.isAcceptingResponses(), form.getCustomClosedFormMessage(), form.isPublished(), form.collectsEmail(), form.canEditResponse()])
      .toEqual([false, 'Fermé', true, true, true]);
    expect(form.getEmailCollectionType()).toBe(app.EmailCollectionType.VERIFIED);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
  });
});

describe('member submissions', () => {
  test('a valid submission is stored with the answers by item id, in form order', () => {
    const { forms, form, site, eggs, note } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', { Œufs: '4', [String(site.getId())]: 'Monclar' }, 1000);
    const stored = form.getResponse(r.id);
    expect(stored.getRespondentEmail()).toBe('a@example.org');
    expect(stored.getTimestamp().getTime()).toBe(1000);
    expect(stored.getItemResponses().map((ir) => [ir.getItem().getId(), ir.getResponse()])).toEqual([[site.getId(), 'Monclar'], [eggs.getId(), '4'], [note.getId(), '']]);
  });

  test.each<{ name: string; answers: Record<string, string>; message: string }>([
    { name: 'fails the validation', answers: { Lieu: 'Monclar', Œufs: '7' }, message: 'Œufs: Un nombre entier de 0 à 6' },
    { name: 'is not a choice', answers: { Lieu: 'Caussade' }, message: 'Lieu: "Caussade" is not a choice' },
    { name: 'misses a required question', answers: { Œufs: '2' }, message: 'Lieu: This is a required question' },
    { name: 'names no question', answers: { Lieu: 'Monclar', Pommes: '2' }, message: 'No question with id or title "Pommes" in form' },
  ])('a submission that $name is refused with the reason', ({ answers, message }) => {
    const { forms, form } = openForm();
    let error: unknown;
    try {
      forms.submit(form.getId(), 'a@example.org', answers, 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormRefusedError);
    expect((error as Error).message).toContain(message);
    expect(form.getResponses()).toHaveLength(0);
  });

  test.each<{ locale: string; message: string }>([
    { locale: 'fr_FR', message: 'Lieu: Cette question est obligatoire.' },
    { locale: 'en_GB', message: 'Lieu: This is a required question' },
  ])('the required-question message speaks the language of a $locale workbook\'s members', ({ locale, message }) => {
    // The runtime's Forms take the respondents' language from the bound workbook.
    const gas = new LocalAppsScript({ now: 0, spreadsheet: { locale } });
    const { forms, form } = openForm();
    forms.respondentLanguage = gas.forms.respondentLanguage;
    expect(thrownMessage(() => forms.submit(form.getId(), 'a@example.org', { Œufs: '2' }, 0))).toBe(message);
  });

  test('a closed form refuses with its custom closed message', () => {
    const { forms, form } = openForm();
    form.setCustomClosedFormMessage('Commandes closes').setAcceptingResponses(false);
    expect(thrownMessage(() => forms.submit(form.getId(), 'a@example.org', { Lieu: 'Monclar' }, 0))).toBe('Commandes closes');
  });

  test('an unpublished form refuses', () => {
    const { forms, form } = openForm();
    form.setPublished(false);
    expect(thrownMessage(() => forms.submit(form.getId(), 'a@example.org', { Lieu: 'Monclar' }, 0))).toMatch(/not published/);
  });

  test('an edit keeps the response id, replaces the given answers and keeps the others', () => {
    const { forms, form, eggs, note } = openForm();
    const r = forms.submit(form.getId(), 'a@example.org', { Lieu: 'Monclar', Œufs: '4', Commentaire: 'merci' }, 1000);
    forms.edit(r.id, { Œufs: '6', Commentaire: '' }, 2000);
    const stored = form.getResponse(r.id);
    expect(form.getResponses()).toHaveLength(1);
    expect(stored.getTimestamp().getTime()).toBe(2000);
    expect(stored.getResponseForItem(eggs as unknown as GoogleAppsScript.Forms.Item)!.getResponse()).toBe('6');
    expect(stored.getResponseForItem(note as unknown as GoogleAppsScript.Forms.Item)).toBeNull();
  });

  test('the respondent e-mail is empty when the form does not collect e-mails', () => {
    const { env, forms, form, app } = openForm();
    form.setEmailCollectionType(app.EmailCollectionType.DO_NOT_COLLECT);
    const r = forms.submit(form.getId(), 'a@example.org', { Lieu: 'Monclar' }, 0);
    expect(asScript<GoogleAppsScript.Forms.FormResponse>(env, r).getRespondentEmail()).toBe('');
  });

  test('getResponses(timestamp) keeps the responses from that time on; deleteAllResponses clears them', () => {
    const { forms, form, env } = openForm();
    forms.submit(form.getId(), 'a@example.org', { Lieu: 'Monclar' }, 1000);
    forms.submit(form.getId(), 'b@example.org', { Lieu: 'Septfonds' }, 3000);
    expect(form.getResponses(env.realm.date(2000)).map((r) => r.getRespondentEmail())).toEqual(['b@example.org']);
    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
  });

  test('openById finds a created form and throws for an unknown id', () => {
    const { app, form } = openForm();
    expect(app.openById(form.getId()).getTitle()).toBe('Commande');
    expect(() => app.openById('nope')).toThrow(/No item with the given ID/);
    expect(app.getActiveForm()).toBeNull();
  });
});
