// The local FormApp: forms created by the script, and the host's view of them (what a member's
// browser does: submit, edit through the edit link), with deterministic ids for replays.
// https://developers.google.com/apps-script/reference/forms/form-app
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import { acceptAnswers, assertOpen, FormRefusedError, type Answers } from './accept-answers';
import { LocalForm, type EmailCollection } from './form';
import { LocalItem, type ItemKind } from './item';
import { LocalFormResponse } from './form-response';
import { ITEM_TYPE } from './item';
import { LocalTextValidationBuilder } from './text-validation';

/** An item as a restored form holds it (its text validation is the Form page's and is not kept). */
export interface RestoredItem { id: number; kind: ItemKind; title: string; helpText: string; required: boolean; choices: string[] }

const EMAIL_COLLECTION_TYPE = { DO_NOT_COLLECT: 'DO_NOT_COLLECT', VERIFIED: 'VERIFIED', RESPONDER_INPUT: 'RESPONDER_INPUT' };

export class LocalFormService {
  /** The `FormApp` global handed to scripts. */
  readonly app: LocalFormApp;
  private readonly forms = new Map<string, LocalForm>();
  private formCount = 0;
  private itemCount = 0;
  private responseCount = 0;
  // Phantoms draw their ids apart, so that stored responses' ids do not depend on Google's blank firings.
  private blankCount = 0;
  private readonly ids = { nextItemId: () => 1_000_000_000 + 7919 * ++this.itemCount, nextResponseId: () => this.nextResponseId() };

  /**
   * `drive`: which account's Drive the forms are created in, in the ids (a copy's runtime passes
   * its own, so that its forms never take the ids of the original's: Drive ids are unique).
   */
  /**
   * The language the Form's page speaks to a respondent (host-only): Google Forms writes its own
   * messages in the respondent's language; the runtime takes the bound spreadsheet's, as its members'.
   */
  respondentLanguage: () => 'fr' | 'en' = () => 'en';

  constructor(private readonly env: RuntimeEnv, private readonly drive = '') {
    this.app = new LocalFormApp(env, this);
  }

  /** FormApp.create: a new form with the next deterministic id. */
  createForm(title: string): LocalForm {
    const id = `1cabasForm${String(++this.formCount).padStart(4, '0')}${this.drive}${'x'.repeat(30 - this.drive.length)}`;
    const form = new LocalForm(this.env, this.ids, id, title);
    this.forms.set(id, form);
    return form;
  }

  /**
   * Host: a form that lives on outside this runtime (in Google, in Drive; offline, in the workbook
   * an earlier run wrote), made again with its id, settings and items' ids. Later ids never meet them.
   */
  restore(kept: { id: string; title: string; accepting: boolean; allowEdits: boolean; published: boolean; emailCollection: EmailCollection; items: RestoredItem[] }): LocalForm {
    const form = new LocalForm(this.env, this.ids, kept.id, kept.title);
    Object.assign(form, { accepting: kept.accepting, allowEdits: kept.allowEdits, published: kept.published, emailCollection: kept.emailCollection });
    for (const k of kept.items) {
      const item = new LocalItem(this.env, form, k.id, k.kind);
      Object.assign(item, { title: k.title, helpText: k.helpText, required: k.required, choices: [...k.choices] });
      form.items.push(item);
      this.itemCount = Math.max(this.itemCount, Math.ceil((k.id - 1_000_000_000) / 7919));
    }
    this.formCount = Math.max(this.formCount, Number(/^1cabasForm(\d{4})/.exec(kept.id)?.[1] ?? 0));
    this.forms.set(kept.id, form);
    return form;
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
   * Host only: numbers the next responses after every response id that `texts` hold. Google's ids
   * never repeat; a runtime started on a workbook an earlier one wrote (the offline mode continuing a
   * cycle) must not hand out its ids again. Found by probing: a member of the second run got the
   * first member's id, and the run counted that member's lines as granted to the second.
   */
  continueResponseIds(texts: Iterable<unknown>): void {
    for (const text of texts) {
      if (typeof text !== 'string' || !text.includes('2_ABaOnu')) continue;
      for (const match of text.matchAll(/2_ABaOnu(\d{6,})cabas/g)) this.responseCount = Math.max(this.responseCount, Number(match[1]));
    }
  }

  /**
   * A member submits: refused like Google Forms would (FormRefusedError), else stored.
   * `checks: false` records answers from elsewhere (a file): the form must be published; the page's
   * input checks and its closed page are skipped (an answer after the close reaches the script, which refuses it).
   */
  submit(formId: string, email: string, answers: Answers, at: number, checks = true): LocalFormResponse {
    const form = this.form(formId);
    assertOpen(form, checks);
    if (checks && form.emailCollection !== 'DO_NOT_COLLECT' && !email) throw new FormRefusedError('An e-mail address is required by this form.');
    const accepted = acceptAnswers(form, answers, undefined, checks, this.respondentLanguage());
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
    response.answers = acceptAnswers(form, answers, response.answers, true, this.respondentLanguage());
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

// Apps Script's message for an id or URL that is not a form the user can open.
const NO_SUCH_FORM = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** The `FormApp` global. https://developers.google.com/apps-script/reference/forms/form-app */
export class LocalFormApp implements Surface<GoogleAppsScript.Forms.FormApp> {
  get [APPS_SCRIPT_CLASS]() { return 'Forms.FormApp' as const; }
  readonly ItemType = ITEM_TYPE;
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' };
  readonly EmailCollectionType = EMAIL_COLLECTION_TYPE;

  constructor(private readonly env: RuntimeEnv, private readonly service: LocalFormService) {}

  create(title: string): LocalForm {
    record(this.env, 'FormApp', 'FormApp.create', 'rpc');
    return this.service.createForm(String(title));
  }
  openById(id: string): LocalForm {
    record(this.env, 'FormApp', 'FormApp.openById', 'lookup');
    const form = this.service.list().find((f) => f.id === String(id));
    if (!form) throw this.env.realm.error(NO_SUCH_FORM);
    return form;
  }
  openByUrl(url: string): LocalForm {
    record(this.env, 'FormApp', 'FormApp.openByUrl', 'lookup');
    const form = this.service.list().find((f) => String(url).includes(f.id) || f.publishedUrl === url);
    if (!form) throw this.env.realm.error(NO_SUCH_FORM);
    return form;
  }
  /** The script is bound to the spreadsheet, not to a form. */
  getActiveForm(): null {
    record(this.env, 'FormApp', 'FormApp.getActiveForm', 'lookup');
    return null;
  }
  createTextValidation(): LocalTextValidationBuilder {
    record(this.env, 'FormApp', 'FormApp.createTextValidation', 'local');
    return new LocalTextValidationBuilder(this.env);
  }
}
