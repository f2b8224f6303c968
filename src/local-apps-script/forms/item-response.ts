// One answer inside a form response: the item it answers and what the respondent gave.
// https://developers.google.com/apps-script/reference/forms/item-response
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';
import type { LocalItem } from './item';

export class LocalItemResponse {
  readonly self: GoogleAppsScript.Forms.ItemResponse;

  constructor(private readonly env: RuntimeEnv, private readonly item: LocalItem, private readonly answer: string | string[]) {
    this.self = serviceObject(env, 'ItemResponse', this);
  }

  getItem(): GoogleAppsScript.Forms.Item {
    record(this.env, 'FormApp', 'ItemResponse.getItem', 'local');
    return this.item.self;
  }

  /** A string for text and choice items, a string[] for checkboxes, as Apps Script returns them. */
  getResponse(): string | string[] {
    record(this.env, 'FormApp', 'ItemResponse.getResponse', 'local');
    return this.env.realm.adopt(Array.isArray(this.answer) ? [...this.answer] : this.answer);
  }
}
