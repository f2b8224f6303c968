// A response to a local Form: id, timestamp, respondent and answers by item id. An edit through
// the edit link keeps the id and replaces the answers and the timestamp.
// https://developers.google.com/apps-script/reference/forms/form-response
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';
import type { LocalItem } from './item';
import { LocalItemResponse } from './item-response';

export interface ResponseOwner {
  /** The form's current items, in order (answers of deleted items are not returned). */
  orderedItems(): LocalItem[];
  emailCollected(): boolean;
  editUrl(responseId: string): string;
}

export class LocalFormResponse {
  readonly self: GoogleAppsScript.Forms.FormResponse;

  constructor(
    private readonly env: RuntimeEnv,
    private readonly owner: ResponseOwner,
    readonly id: string,
    public timestamp: number,
    readonly email: string,
    /** Item id -> answer; unanswered items are absent. */
    public answers: Map<number, string | string[]>,
  ) {
    this.self = serviceObject(env, 'FormResponse', this);
  }

  getId(): string {
    record(this.env, 'FormApp', 'FormResponse.getId', 'local');
    return this.id;
  }

  getTimestamp(): Date {
    record(this.env, 'FormApp', 'FormResponse.getTimestamp', 'local');
    return this.env.realm.date(this.timestamp);
  }

  /** '' unless the form collects e-mail addresses (verified or typed by the respondent). */
  getRespondentEmail(): string {
    record(this.env, 'FormApp', 'FormResponse.getRespondentEmail', 'local');
    return this.owner.emailCollected() ? this.email : '';
  }

  /** The answered items only, in the form's order (Apps Script leaves unanswered ones out). */
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    record(this.env, 'FormApp', 'FormResponse.getItemResponses', 'local');
    const list = this.owner.orderedItems().filter((item) => this.answers.has(item.id))
      .map((item) => new LocalItemResponse(this.env, item, this.answers.get(item.id)!).self);
    return this.env.realm.adopt(list);
  }

  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse | null {
    record(this.env, 'FormApp', 'FormResponse.getResponseForItem', 'local');
    const id = item.getId();
    const found = this.owner.orderedItems().find((i) => i.id === id);
    return found && this.answers.has(id) ? new LocalItemResponse(this.env, found, this.answers.get(id)!).self : null;
  }

  getEditResponseUrl(): string {
    record(this.env, 'FormApp', 'FormResponse.getEditResponseUrl', 'local');
    return this.owner.editUrl(this.id);
  }
}
