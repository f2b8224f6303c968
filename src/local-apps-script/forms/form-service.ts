// The local FormApp: forms created by the script, and the host's view of them (what a member's
// browser does: submit, edit through the edit link), with deterministic ids for replays.
// https://developers.google.com/apps-script/reference/forms/form-app
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';
import { acceptAnswers, assertOpen, FormRefusedError, type Answers } from './accept-answers';
import { LocalForm } from './form';
import { LocalFormResponse } from './form-response';
import { ITEM_TYPE } from './item';
import { LocalTextValidationBuilder } from './text-validation';

type FormAppType = GoogleAppsScript.Forms.FormApp;

const EMAIL_COLLECTION_TYPE = { DO_NOT_COLLECT: 'DO_NOT_COLLECT', VERIFIED: 'VERIFIED', RESPONDER_INPUT: 'RESPONDER_INPUT' };

export class LocalFormService {
  readonly app: FormAppType;
  private readonly forms = new Map<string, LocalForm>();
  private formCount = 0;
  private itemCount = 0;
  private responseCount = 0;
  // Phantoms draw their ids apart, so that stored responses' ids do not depend on Google's blank firings.
  private blankCount = 0;

  constructor(private readonly env: RuntimeEnv) {
    const ids = { nextItemId: () => 1_000_000_000 + 7919 * ++this.itemCount, nextResponseId: () => this.nextResponseId() };
    const app = {
      ItemType: ITEM_TYPE,
      DestinationType: { SPREADSHEET: 'SPREADSHEET' },
      EmailCollectionType: EMAIL_COLLECTION_TYPE,
      create: (title: string) => {
        record(env, 'FormApp', 'FormApp.create', 'rpc');
        const id = `1cabasForm${String(++this.formCount).padStart(4, '0')}${'x'.repeat(30)}`;
        const form = new LocalForm(env, ids, id, String(title));
        this.forms.set(id, form);
        return form.self;
      },
      openById: (id: string) => {
        record(env, 'FormApp', 'FormApp.openById', 'lookup');
        const form = this.forms.get(String(id));
        // Apps Script's message for an id that is not a form the user can open.
        if (!form) throw env.realm.error(`No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`);
        return form.self;
      },
      openByUrl: (url: string) => {
        record(env, 'FormApp', 'FormApp.openByUrl', 'lookup');
        const form = [...this.forms.values()].find((f) => String(url).includes(f.id) || f.publishedUrl === url);
        if (!form) throw env.realm.error(`No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`);
        return form.self;
      },
      // The script is bound to the spreadsheet, not to a form.
      getActiveForm: () => {
        record(env, 'FormApp', 'FormApp.getActiveForm', 'lookup');
        return null;
      },
      createTextValidation: () => {
        record(env, 'FormApp', 'FormApp.createTextValidation', 'local');
        return new LocalTextValidationBuilder(env).self;
      },
    };
    this.app = serviceObject<FormAppType>(env, 'FormApp', app);
  }

  /** Every form the script created, oldest first. */
  list(): LocalForm[] {
    return [...this.forms.values()];
  }

  form(formId: string): LocalForm {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`no form with id ${formId}`);
    return form;
  }

  /** The form holding this response. */
  formOfResponse(responseId: string): LocalForm {
    const form = this.list().find((f) => f.responses.has(responseId));
    if (!form) throw new Error(`no response with id ${responseId}`);
    return form;
  }

  private nextResponseId(): string {
    return `2_ABaOnu${String(++this.responseCount).padStart(6, '0')}cabas`;
  }

  /**
   * A member submits: refused like Google Forms would (FormRefusedError), else stored.
   * `checks: false` records answers from elsewhere (a file): the form must be open, the page's input checks are skipped.
   */
  submit(formId: string, email: string, answers: Answers, at: number, checks = true): LocalFormResponse {
    const form = this.form(formId);
    assertOpen(form);
    if (checks && form.emailCollection !== 'DO_NOT_COLLECT' && !email) throw new FormRefusedError('An e-mail address is required by this form.');
    const accepted = acceptAnswers(form, answers, undefined, checks);
    const response = new LocalFormResponse(this.env, form, this.nextResponseId(), at, email, accepted);
    form.responses.set(response.id, response);
    return response;
  }

  /** The member edits through the edit link: same id, new timestamp, answers merged ('' clears). */
  edit(responseId: string, answers: Answers, at: number): LocalFormResponse {
    const form = this.formOfResponse(responseId);
    assertOpen(form);
    if (!form.allowEdits) throw new FormRefusedError(`The form ${form.title} does not allow editing responses.`);
    const response = form.responses.get(responseId)!;
    response.answers = acceptAnswers(form, answers, response.answers);
    response.timestamp = at;
    return response;
  }

  /** The phantom response of a blank firing: an id, no answers, not stored (submit-firings.ts says what is assumed). */
  blank(formId: string, at: number, email = ''): LocalFormResponse {
    const form = this.form(formId);
    const id = `2_ABaOnv${String(++this.blankCount).padStart(6, '0')}blank`;
    return new LocalFormResponse(this.env, form, id, at, email, new Map());
  }
}
