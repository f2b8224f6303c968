// One answer inside a form response: the item it answers and what the respondent gave.
// https://developers.google.com/apps-script/reference/forms/item-response
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';
import type { LocalItem } from './item';

// The local object behind each ItemResponse a script holds, for FormResponse.withItemResponse.
const LOCAL = new WeakMap<object, LocalItemResponse>();

/** The local item response behind a script's ItemResponse, or undefined for anything else. */
export function localItemResponse(value: unknown): LocalItemResponse | undefined {
  return typeof value === 'object' && value !== null ? LOCAL.get(value) : undefined;
}

export class LocalItemResponse {
  readonly self: GoogleAppsScript.Forms.ItemResponse;

  constructor(private readonly env: RuntimeEnv, readonly item: LocalItem, readonly answer: string | string[]) {
    this.self = serviceObject(env, 'ItemResponse', this);
    LOCAL.set(this.self as object, this);
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
