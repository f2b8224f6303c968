// One answer inside a form response: the item it answers and what the respondent gave.
// https://developers.google.com/apps-script/reference/forms/item-response
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';
import type { LocalItem } from './item';

export class LocalItemResponse implements Surface<GoogleAppsScript.Forms.ItemResponse> {
  get [APPS_SCRIPT_CLASS]() { return 'Forms.ItemResponse' as const; }

  constructor(private readonly env: RuntimeEnv, readonly item: LocalItem, readonly answer: string | string[]) {}

  getItem(): LocalItem {
    record(this.env, 'FormApp', 'ItemResponse.getItem', 'local');
    return this.item;
  }

  /** A string for text and choice items, a string[] for checkboxes, as Apps Script returns them. */
  getResponse(): string | string[] {
    record(this.env, 'FormApp', 'ItemResponse.getResponse', 'local');
    return this.env.realm.adopt(Array.isArray(this.answer) ? [...this.answer] : this.answer);
  }
}
