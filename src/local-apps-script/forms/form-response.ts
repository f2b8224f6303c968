// A response to a local Form: id, timestamp, respondent and answers by item id. An edit through
// the edit link keeps the id and replaces the answers and the timestamp; an answer the member
// clears is no answer any more (a cleared text item reads back as '', like one never answered).
// https://developers.google.com/apps-script/reference/forms/form-response
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { ItemKind, LocalItem } from './item';
import { LocalItemResponse } from './item-response';

// Unanswered, these still come back from getItemResponses(), with '' as the answer.
const EMPTY_WHEN_UNANSWERED: ReadonlySet<ItemKind> = new Set(['TEXT', 'PARAGRAPH_TEXT']);

export interface ResponseOwner {
  /** The form's current items, in order (answers of deleted items are not returned). */
  orderedItems(): LocalItem[];
  emailCollected(): boolean;
  editUrl(responseId: string): string;
  /** Stores a response the script built and submits (FormResponse.submit): gives it its id. */
  store(response: LocalFormResponse): string;
}

export class LocalFormResponse implements Surface<GoogleAppsScript.Forms.FormResponse> {
  get [APPS_SCRIPT_CLASS]() { return 'Forms.FormResponse' as const; }

  /** A response the script is building (Form.createResponse), until it submits it. */
  draft = false;

  constructor(
    private readonly env: RuntimeEnv,
    private readonly owner: ResponseOwner,
    public id: string,
    public timestamp: number,
    readonly email: string,
    /** Item id -> answer; unanswered items are absent. */
    public answers: Map<number, string | string[]>,
  ) {}

  /** null until submitted ("This method returns null if the form response has not been submitted"). */
  getId(): string | null {
    record(this.env, 'FormApp', 'FormResponse.getId', 'local');
    return this.draft ? null : this.id;
  }

  /** null until submitted (assumed, like getId). */
  getTimestamp(): Date | null {
    record(this.env, 'FormApp', 'FormResponse.getTimestamp', 'local');
    return this.draft ? null : this.env.realm.date(this.timestamp);
  }

  /**
   * '' unless the form collects e-mail addresses (verified or typed by the respondent); null for a
   * response the script has created but not yet submitted (the reference says so).
   */
  getRespondentEmail(): string | null {
    record(this.env, 'FormApp', 'FormResponse.getRespondentEmail', 'local');
    if (this.draft) return null;
    return this.owner.emailCollected() ? this.email : '';
  }

  /** Adds an answer to a response the script is building; it replaces an earlier answer to the same item. */
  withItemResponse(response: LocalItemResponse): this {
    record(this.env, 'FormApp', 'FormResponse.withItemResponse', 'local');
    const local = response;
    if (!(local instanceof LocalItemResponse)) throw this.env.realm.error('Invalid argument: response');
    if (!this.draft) throw this.env.realm.error('not implemented: FormResponse.withItemResponse on a submitted response');
    const a = local.answer;
    if (Array.isArray(a) ? a.length === 0 : a === '') this.answers.delete(local.item.id);
    else this.answers.set(local.item.id, Array.isArray(a) ? [...a] : a);
    return this;
  }

  /**
   * Submits a response the script built. Triggers do not run for it ("Script executions and API
   * requests don't cause triggers to run. For example, calling FormResponse.submit() [...]":
   * https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
   * https://developers.google.com/apps-script/reference/forms/form-response#submit()
   */
  submit(): this {
    record(this.env, 'FormApp', 'FormResponse.submit', 'rpc');
    if (!this.draft) throw this.env.realm.error('This response has already been submitted.');
    this.draft = false;
    this.id = this.owner.store(this);
    return this;
  }

  /**
   * Every answered item, in the form's order, plus an empty answer ('') for each unanswered text
   * or paragraph item; other unanswered items are left out. "If the form response does not contain
   * a response for a given TextItem, DateItem, TimeItem, or ParagraphTextItem, the ItemResponse
   * returned for that item will have an empty string as the response. If the form response omits
   * a response for any other item type, this method excludes that item from its returned array."
   * https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
   * (The local Form has no date or time items.)
   */
  getItemResponses(): LocalItemResponse[] {
    record(this.env, 'FormApp', 'FormResponse.getItemResponses', 'local');
    const list: LocalItemResponse[] = [];
    for (const item of this.owner.orderedItems()) {
      const answer = this.answers.get(item.id) ?? (EMPTY_WHEN_UNANSWERED.has(item.kind) ? '' : undefined);
      if (answer !== undefined) list.push(new LocalItemResponse(this.env, item, answer));
    }
    return this.env.realm.adopt(list);
  }

  /**
   * The item's answer, or null when the response holds none. The reference says only "Gets the
   * item response contained in this form response for a given item"
   * (https://developers.google.com/apps-script/reference/forms/form-response#getResponseForItem(Item));
   * null for an unanswered item, text included, is assumed: the stricter reading for a script.
   */
  getResponseForItem(item: LocalItem): LocalItemResponse | null {
    record(this.env, 'FormApp', 'FormResponse.getResponseForItem', 'local');
    const id = item.getId();
    const found = this.owner.orderedItems().find((i) => i.id === id);
    return found && this.answers.has(id) ? new LocalItemResponse(this.env, found, this.answers.get(id)!) : null;
  }

  getEditResponseUrl(): string {
    record(this.env, 'FormApp', 'FormResponse.getEditResponseUrl', 'local');
    return this.owner.editUrl(this.id);
  }
}
